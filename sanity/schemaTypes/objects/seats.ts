import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { wholeNumberAtLeast } from '../validation';

/** How many people each addressed organisation nominates. */
export const seatsType = (t: Translate) =>
  defineType({
    name: 'seats',
    title: t('seats.title'),
    type: 'object',
    icon: UserIcon,
    options: { columns: 2 },
    fields: [
      defineField({
        name: 'members',
        title: t('seats.members'),
        type: 'number',
        initialValue: 1,
        validation: (rule) => wholeNumberAtLeast(rule.required(), t, 'validation.seats.members', 1),
      }),
      defineField({
        name: 'deputies',
        title: t('seats.deputies'),
        type: 'number',
        initialValue: 1,
        validation: (rule) => wholeNumberAtLeast(rule.required(), t, 'validation.seats.deputies', 0),
      }),
    ],
    preview: {
      select: { members: 'members', deputies: 'deputies' },
      prepare: ({ members, deputies }) => ({
        title: t('preview.seats', { members: members ?? '?', deputies: deputies ?? '?' }),
        media: UserIcon,
      }),
    },
  });
