import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, localizedText } from '../localization';
import { fresh, keyFormat, requiredField, requireLanguages } from '../validation';

/** One answer a choice question offers. The value is stored with the answer; the label is shown. */
export const questionOptionType = defineType({
  name: 'questionOption',
  title: 'Option',
  type: 'object',
  icon: CheckmarkCircleIcon,
  fields: [
    defineField({
      name: 'value',
      title: 'Value',
      type: 'string',
      description: 'Stored with the answer, e.g. "self". Do not change it once answers exist.',
      validation: (rule) => [
        ...requiredField(rule, 'Give the option a value, e.g. "self".'),
        fresh(rule).custom(keyFormat),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: LOCALIZED_STRING,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
  ],
  preview: {
    select: { label: 'label', value: 'value' },
    prepare: ({ label, value }) => ({
      title: localizedText(label) ?? value ?? 'Option',
      subtitle: value,
      media: CheckmarkCircleIcon,
    }),
  },
});
