import { BarChartIcon } from '@sanity/icons/BarChart';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { fresh, keyFormat, requiredField, requireLanguages } from '../validation';

/** What the jury scores an application on (0–5 per criterion); the ranking is the weighted mean. */
export const campaignCriterionType = (t: Translate) =>
  defineType({
    name: 'campaignCriterion',
    title: t('campaignCriterion.title'),
    type: 'object',
    icon: BarChartIcon,
    fields: [
      defineField({
        name: 'key',
        title: t('common.key'),
        type: 'string',
        description: t('campaignCriterion.key.description'),
        validation: (rule) => [
          ...requiredField(rule, t('validation.criterion.keyMissing')),
          fresh(rule).custom(keyFormat(t)),
        ],
      }),
      defineField({
        name: 'label',
        title: t('common.label'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'description',
        title: t('campaignCriterion.description'),
        type: LOCALIZED_TEXT,
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'weight',
        title: t('campaignCriterion.weight'),
        type: 'number',
        initialValue: 1,
        description: t('campaignCriterion.weight.description'),
        validation: (rule) => rule.required().greaterThan(0).error(t('validation.criterion.weight')),
      }),
    ],
    preview: {
      select: { label: 'label', key: 'key', weight: 'weight' },
      prepare: ({ label, key, weight }) => ({
        title: previewText(label, t) ?? key ?? t('campaignCriterion.title'),
        subtitle: t('preview.criterion', { key: key ?? '?', weight: weight ?? '?' }),
        media: BarChartIcon,
      }),
    },
  });
