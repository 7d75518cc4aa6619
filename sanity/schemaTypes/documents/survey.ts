import { CommentIcon } from '@sanity/icons/Comment';
import { defineArrayMember, defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { formatHelsinki } from '../format';
import { LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { fresh, laterThan, requiredField, requireLanguages } from '../validation';

/**
 * An evaluation survey: questions answered anonymously through a personal link that works once. Linked to
 * one or more events, or (no events) to the network as a whole. Answers live outside Sanity.
 */
export const surveyType = (t: Translate) =>
  defineType({
    name: 'survey',
    title: t('survey.title'),
    type: 'document',
    icon: CommentIcon,
    groups: [
      { name: 'survey', title: t('survey.group.survey'), default: true },
      { name: 'questions', title: t('campaign.questions') },
    ],
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        group: 'survey',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'introduction',
        title: t('survey.introduction'),
        type: LOCALIZED_TEXT,
        group: 'survey',
        description: t('survey.introduction.description'),
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'events',
        title: t('structure.events'),
        type: 'array',
        group: 'survey',
        description: t('survey.events.description'),
        of: [defineArrayMember({ type: 'reference', title: t('event.title'), to: [{ type: 'event' }] })],
        validation: (rule) => rule.unique().error(t('validation.survey.eventTwice')),
      }),
      defineField({
        name: 'opensAt',
        title: t('survey.opensAt'),
        type: 'datetime',
        group: 'survey',
        validation: (rule) => requiredField(rule, t('validation.survey.opensAt')),
      }),
      defineField({
        name: 'closesAt',
        title: t('survey.closesAt'),
        type: 'datetime',
        group: 'survey',
        validation: (rule) => [
          ...requiredField(rule, t('validation.survey.closesAt')),
          fresh(rule).custom(laterThan('opensAt', t('validation.survey.order'))),
        ],
      }),
      defineField({
        name: 'autoSend',
        title: t('survey.autoSend'),
        type: 'boolean',
        group: 'survey',
        initialValue: true,
        description: t('survey.autoSend.description'),
      }),
      defineField({
        name: 'isExample',
        title: t('common.isExample'),
        type: 'boolean',
        group: 'survey',
        initialValue: false,
        description: t('common.isExample.description'),
      }),
      defineField({
        name: 'questions',
        title: t('campaign.questions'),
        type: 'array',
        group: 'questions',
        of: [defineArrayMember({ type: 'surveyQuestion' })],
        validation: (rule) => rule.required().min(1).error(t('validation.survey.noQuestions')),
      }),
    ],
    orderings: [
      {
        title: t('ordering.closesAtDesc'),
        name: 'closesAtDesc',
        by: [{ field: 'closesAt', direction: 'desc' }],
      },
    ],
    preview: {
      select: { title: 'title', closesAt: 'closesAt', events: 'events' },
      prepare: ({ title, closesAt, events }) => ({
        title: previewText(title, t) ?? t('preview.untitled.survey'),
        subtitle: [
          Array.isArray(events) && events.length
            ? t('preview.events', { count: events.length })
            : t('preview.wholeNetwork'),
          typeof closesAt === 'string' && t('preview.closes', { date: formatHelsinki(closesAt) }),
        ]
          .filter(Boolean)
          .join(' · '),
        media: CommentIcon,
      }),
    },
  });
