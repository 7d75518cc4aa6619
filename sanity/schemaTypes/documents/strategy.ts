import { RocketIcon } from '@sanity/icons/Rocket';
import { defineArrayMember, defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { requireLanguages, uniqueValues } from '../validation';

/**
 * The regional equality strategy that organisations join (a municipality, a welfare area, a company…): its
 * period, vision and goals, what joining means and does not mean, and the focus areas it covers. The site shows
 * the strategy whose period started last, with the organisations that joined it and the join form.
 */
export const strategyType = (t: Translate) =>
  defineType({
    name: 'strategy',
    title: t('strategy.title'),
    type: 'document',
    icon: RocketIcon,
    groups: [
      { name: 'details', title: t('group.details'), default: true },
      { name: 'goals', title: t('strategy.goals') },
      { name: 'joining', title: t('strategy.group.joining') },
    ],
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'period',
        title: t('common.period'),
        type: 'dateRange',
        group: 'details',
      }),
      defineField({
        name: 'vision',
        title: t('strategy.vision'),
        description: t('strategy.vision.description'),
        type: LOCALIZED_TEXT,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'focusAreas',
        title: t('common.focusAreas'),
        description: t('strategy.focusAreas.description'),
        type: 'array',
        group: 'details',
        of: [
          defineArrayMember({ type: 'reference', title: t('common.focusArea'), to: [{ type: 'focusArea' }] }),
        ],
        validation: (rule) => rule.unique().error(t('validation.method.focusAreaTwice')),
      }),
      defineField({
        name: 'isExample',
        title: t('common.isExample'),
        description: t('common.isExample.description'),
        type: 'boolean',
        group: 'details',
        initialValue: false,
      }),
      defineField({
        name: 'goals',
        title: t('strategy.goals'),
        description: t('strategy.goals.description'),
        type: 'array',
        group: 'goals',
        of: [defineArrayMember({ type: 'strategyGoal' })],
        validation: (rule) => [
          rule.required().min(1).error(t('validation.strategy.noGoals')),
          rule.custom(uniqueValues('key', (value) => t('validation.goal.keyTwice', { value }))),
        ],
      }),
      defineField({
        name: 'joiningMeans',
        title: t('strategy.joiningMeans'),
        description: t('strategy.joiningMeans.description'),
        type: LOCALIZED_TEXT,
        group: 'joining',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'joiningDoesNotMean',
        title: t('strategy.joiningDoesNotMean'),
        description: t('strategy.joiningDoesNotMean.description'),
        type: LOCALIZED_TEXT,
        group: 'joining',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
    ],
    orderings: [
      {
        title: t('ordering.updatedDesc'),
        name: 'updatedAtDesc',
        by: [{ field: '_updatedAt', direction: 'desc' }],
      },
    ],
    preview: {
      select: { title: 'title', start: 'period.start', end: 'period.end', isExample: 'isExample' },
      prepare: ({ title, start, end, isExample }) => ({
        title: previewText(title, t) ?? t('preview.untitled.strategy'),
        subtitle: [isExample && t('preview.example'), start && `${start} – ${end ?? ''}`]
          .filter(Boolean)
          .join(' · '),
        media: RocketIcon,
      }),
    },
  });
