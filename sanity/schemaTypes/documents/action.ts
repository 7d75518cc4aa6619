import { TaskIcon } from '@sanity/icons/Task';
import { orderRankField } from '@sanity/orderable-document-list';
import { defineArrayMember, defineField, defineType } from 'sanity';
import type { MessageKey, Translate } from '../../i18n';
import { LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { manualOrdering } from '../ordering';
import { requiredField, requireLanguages } from '../validation';

export const ACTION_STATUSES = [
  { value: 'planned', title: 'option.actionStatus.planned' },
  { value: 'ongoing', title: 'option.actionStatus.ongoing' },
  { value: 'done', title: 'option.actionStatus.done' },
] as const satisfies readonly { value: string; title: MessageKey }[];

/** An action (åtgärd) of the activity plan, under one focus area. */
export const actionType = (t: Translate) =>
  defineType({
    name: 'action',
    title: t('action.title'),
    type: 'document',
    icon: TaskIcon,
    orderings: [manualOrdering(t)],
    groups: [
      { name: 'plan', title: t('action.group.plan'), default: true },
      { name: 'links', title: t('action.group.links') },
    ],
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        group: 'plan',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'focusArea',
        title: t('common.focusArea'),
        type: 'reference',
        to: [{ type: 'focusArea' }],
        group: 'plan',
        validation: (rule) => requiredField(rule, t('validation.action.focusArea')),
      }),
      defineField({
        name: 'period',
        title: t('common.period'),
        type: 'dateRange',
        group: 'plan',
        validation: (rule) => requiredField(rule, t('validation.action.period')),
      }),
      defineField({
        name: 'status',
        title: t('action.status'),
        type: 'string',
        group: 'plan',
        initialValue: 'planned',
        options: {
          list: ACTION_STATUSES.map(({ value, title }) => ({ value, title: t(title) })),
          layout: 'radio',
          direction: 'horizontal',
        },
        validation: (rule) => requiredField(rule, t('validation.action.status')),
      }),
      defineField({
        name: 'coordinator',
        title: t('actionCoordinator.title'),
        type: 'actionCoordinator',
        group: 'plan',
      }),
      defineField({
        name: 'description',
        title: t('common.description'),
        type: LOCALIZED_TEXT,
        group: 'plan',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'relatedEvents',
        title: t('action.relatedEvents'),
        type: 'array',
        group: 'links',
        of: [defineArrayMember({ type: 'reference', title: t('event.title'), to: [{ type: 'event' }] })],
        validation: (rule) => rule.unique().error(t('validation.action.eventTwice')),
      }),
      defineField({
        name: 'relatedCampaigns',
        title: t('action.relatedCampaigns'),
        type: 'array',
        group: 'links',
        of: [
          defineArrayMember({ type: 'reference', title: t('campaign.title'), to: [{ type: 'campaign' }] }),
        ],
        validation: (rule) => rule.unique().error(t('validation.action.campaignTwice')),
      }),
      orderRankField({ type: 'action', title: t('common.orderRank') }),
    ],
    preview: {
      select: { title: 'title', status: 'status', focusArea: 'focusArea.title' },
      prepare: ({ title, status, focusArea }) => {
        const statusTitle = ACTION_STATUSES.find((candidate) => candidate.value === status)?.title;
        return {
          title: previewText(title, t) ?? t('preview.untitled.action'),
          subtitle: [statusTitle && t(statusTitle), previewText(focusArea, t)].filter(Boolean).join(' · '),
          media: TaskIcon,
        };
      },
    },
  });
