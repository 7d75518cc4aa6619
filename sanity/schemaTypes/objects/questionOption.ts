import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, previewText } from '../localization';
import { fresh, keyFormat, requiredField, requireLanguages } from '../validation';

/** One answer a choice question offers. The value is stored with the answer; the label is shown. */
export const questionOptionType = (t: Translate) =>
  defineType({
    name: 'questionOption',
    title: t('questionOption.title'),
    type: 'object',
    icon: CheckmarkCircleIcon,
    fields: [
      defineField({
        name: 'value',
        title: t('questionOption.value'),
        type: 'string',
        description: t('questionOption.value.description'),
        validation: (rule) => [
          ...requiredField(rule, t('validation.option.valueMissing')),
          fresh(rule).custom(keyFormat(t)),
        ],
      }),
      defineField({
        name: 'label',
        title: t('common.label'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
    ],
    preview: {
      select: { label: 'label', value: 'value' },
      prepare: ({ label, value }) => ({
        title: previewText(label, t) ?? value ?? t('questionOption.title'),
        subtitle: value,
        media: CheckmarkCircleIcon,
      }),
    },
  });
