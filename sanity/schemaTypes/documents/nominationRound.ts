import { UsersIcon } from '@sanity/icons/Users';
import { defineArrayMember, defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { formatHelsinki } from '../format';
import { LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { requiredField, requireLanguages } from '../validation';

/**
 * A request to organisations (municipalities, the welfare area) to nominate members and deputies. Each
 * addressed organisation gets its own nomination request with a secret link; answers live outside Sanity.
 */
export const nominationRoundType = (t: Translate) =>
  defineType({
    name: 'nominationRound',
    title: t('nominationRound.title'),
    type: 'document',
    icon: UsersIcon,
    groups: [
      { name: 'request', title: t('nominationRound.group.request'), default: true },
      { name: 'addressees', title: t('common.organizations') },
    ],
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        group: 'request',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'instructions',
        title: t('nominationRound.instructions'),
        type: LOCALIZED_TEXT,
        group: 'request',
        description: t('nominationRound.instructions.description'),
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'deadline',
        title: t('nominationRound.deadline'),
        type: 'datetime',
        group: 'request',
        validation: (rule) => requiredField(rule, t('validation.round.deadline')),
      }),
      defineField({
        name: 'seats',
        title: t('seats.title'),
        type: 'seats',
        group: 'request',
        validation: (rule) => requiredField(rule, t('validation.round.seats')),
      }),
      defineField({
        name: 'term',
        title: t('nominationRound.term'),
        type: 'dateRange',
        group: 'request',
        validation: (rule) => requiredField(rule, t('validation.round.term')),
      }),
      defineField({
        name: 'askBothGenders',
        title: t('nominationRound.askBothGenders'),
        type: 'boolean',
        group: 'request',
        initialValue: true,
        description: t('nominationRound.askBothGenders.description'),
      }),
      defineField({
        name: 'isExample',
        title: t('common.isExample'),
        type: 'boolean',
        group: 'request',
        initialValue: false,
        description: t('nominationRound.isExample.description'),
      }),
      defineField({
        name: 'organizations',
        title: t('nominationRound.organizations'),
        type: 'array',
        group: 'addressees',
        of: [
          defineArrayMember({
            type: 'reference',
            title: t('organization.title'),
            to: [{ type: 'organization' }],
          }),
        ],
        validation: (rule) => [
          rule.required().min(1).error(t('validation.round.noOrganizations')),
          rule.unique().error(t('validation.round.organizationTwice')),
        ],
      }),
    ],
    orderings: [
      {
        title: t('ordering.deadlineDesc'),
        name: 'deadlineDesc',
        by: [{ field: 'deadline', direction: 'desc' }],
      },
    ],
    preview: {
      select: {
        title: 'title',
        deadline: 'deadline',
        isExample: 'isExample',
        organizations: 'organizations',
      },
      prepare: ({ title, deadline, isExample, organizations }) => ({
        title: previewText(title, t) ?? t('preview.untitled.nominationRound'),
        subtitle: [
          isExample && t('preview.example'),
          typeof deadline === 'string' && t('preview.deadline', { date: formatHelsinki(deadline) }),
          Array.isArray(organizations) && t('preview.organizations', { count: organizations.length }),
        ]
          .filter(Boolean)
          .join(' · '),
        media: UsersIcon,
      }),
    },
  });
