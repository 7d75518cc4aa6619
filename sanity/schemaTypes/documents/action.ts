import { TaskIcon } from '@sanity/icons/Task';
import { orderRankField, orderRankOrdering } from '@sanity/orderable-document-list';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { requiredField, requireLanguages } from '../validation';

export const ACTION_STATUSES = [
  { value: 'planned', title: 'Planned' },
  { value: 'ongoing', title: 'Ongoing' },
  { value: 'done', title: 'Done' },
] as const;

/** An action (åtgärd) of the activity plan, under one focus area. */
export const actionType = defineType({
  name: 'action',
  title: 'Action',
  type: 'document',
  icon: TaskIcon,
  orderings: [orderRankOrdering],
  groups: [
    { name: 'plan', title: 'Plan', default: true },
    { name: 'links', title: 'Related events and campaigns' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: LOCALIZED_STRING,
      group: 'plan',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'focusArea',
      title: 'Focus area',
      type: 'reference',
      to: [{ type: 'focusArea' }],
      group: 'plan',
      validation: (rule) => requiredField(rule, 'Choose the focus area this action belongs to.'),
    }),
    defineField({
      name: 'period',
      title: 'Period',
      type: 'dateRange',
      group: 'plan',
      validation: (rule) => requiredField(rule, 'Give the period of the action (start and end date).'),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'plan',
      initialValue: 'planned',
      options: { list: [...ACTION_STATUSES], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => requiredField(rule, 'Choose the status: planned, ongoing or done.'),
    }),
    defineField({
      name: 'coordinator',
      title: 'Coordinator',
      type: 'actionCoordinator',
      group: 'plan',
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: LOCALIZED_TEXT,
      group: 'plan',
      validation: (rule) => rule.custom(requireLanguages({ optional: true })),
    }),
    defineField({
      name: 'relatedEvents',
      title: 'Related events',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'event' }] })],
      validation: (rule) => rule.unique().error('Each event can be listed only once.'),
    }),
    defineField({
      name: 'relatedCampaigns',
      title: 'Related campaigns',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'campaign' }] })],
      validation: (rule) => rule.unique().error('Each campaign can be listed only once.'),
    }),
    orderRankField({ type: 'action' }),
  ],
  preview: {
    select: { title: 'title', status: 'status', focusArea: 'focusArea.title' },
    prepare: ({ title, status, focusArea }) => ({
      title: localizedText(title) ?? 'Untitled action',
      subtitle: [
        ACTION_STATUSES.find((candidate) => candidate.value === status)?.title,
        localizedText(focusArea),
      ]
        .filter(Boolean)
        .join(' · '),
      media: TaskIcon,
    }),
  },
});
