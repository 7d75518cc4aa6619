import { BarChartIcon } from '@sanity/icons/BarChart';
import { defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { fresh, keyFormat, requiredField, requireLanguages } from '../validation';

/** What the jury scores an application on (0–5 per criterion); the ranking is the weighted mean. */
export const campaignCriterionType = defineType({
  name: 'campaignCriterion',
  title: 'Criterion',
  type: 'object',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'key',
      title: 'Key',
      type: 'string',
      description:
        'Stable id used in reviews and exports, e.g. "equal-pay". Do not change it once reviews exist.',
      validation: (rule) => [
        ...requiredField(rule, 'Give the criterion a key, e.g. "equal-pay".'),
        fresh(rule).custom(keyFormat),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: LOCALIZED_STRING,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'description',
      title: 'Guidance for the jury',
      type: LOCALIZED_TEXT,
      validation: (rule) => rule.custom(requireLanguages({ optional: true })),
    }),
    defineField({
      name: 'weight',
      title: 'Weight',
      type: 'number',
      initialValue: 1,
      description: 'Relative importance in the ranking; any number greater than 0.',
      validation: (rule) =>
        rule.required().greaterThan(0).error('The weight must be a number greater than 0.'),
    }),
  ],
  preview: {
    select: { label: 'label', key: 'key', weight: 'weight' },
    prepare: ({ label, key, weight }) => ({
      title: localizedText(label) ?? key ?? 'Criterion',
      subtitle: `${key ?? '?'} · weight ${weight ?? '?'}`,
      media: BarChartIcon,
    }),
  },
});
