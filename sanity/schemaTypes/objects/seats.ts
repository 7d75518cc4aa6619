import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';
import { wholeNumberAtLeast } from '../validation';

/** How many people each addressed organisation nominates. */
export const seatsType = defineType({
  name: 'seats',
  title: 'Seats per organisation',
  type: 'object',
  icon: UserIcon,
  options: { columns: 2 },
  fields: [
    defineField({
      name: 'members',
      title: 'Members',
      type: 'number',
      initialValue: 1,
      validation: (rule) => wholeNumberAtLeast(rule.required(), 'Members', 1),
    }),
    defineField({
      name: 'deputies',
      title: 'Deputies',
      type: 'number',
      initialValue: 1,
      validation: (rule) => wholeNumberAtLeast(rule.required(), 'Deputies', 0),
    }),
  ],
  preview: {
    select: { members: 'members', deputies: 'deputies' },
    prepare: ({ members, deputies }) => ({
      title: `${members ?? '?'} member(s), ${deputies ?? '?'} deputy(ies)`,
      media: UserIcon,
    }),
  },
});
