import { BulbOutlineIcon } from '@sanity/icons/BulbOutline';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { fresh, keyFormat, requiredField, requireLanguages } from '../validation';

/**
 * A goal of the strategy. Its key stays put while the texts change: joined organisations' contributions are
 * stored per goal key.
 */
export const strategyGoalType = (t: Translate) =>
  defineType({
    name: 'strategyGoal',
    title: t('strategyGoal.title'),
    type: 'object',
    icon: BulbOutlineIcon,
    fields: [
      defineField({
        name: 'key',
        title: t('common.key'),
        type: 'string',
        description: t('strategyGoal.key.description'),
        validation: (rule) => [
          ...requiredField(rule, t('validation.goal.keyMissing')),
          fresh(rule).custom(keyFormat(t)),
        ],
      }),
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'description',
        title: t('common.description'),
        type: LOCALIZED_TEXT,
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
    ],
    preview: {
      select: { title: 'title', key: 'key' },
      prepare: ({ title, key }) => ({
        title: previewText(title, t) ?? key ?? t('strategyGoal.title'),
        subtitle: key,
        media: BulbOutlineIcon,
      }),
    },
  });
