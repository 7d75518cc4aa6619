import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import { type CustomValidator, defineArrayMember, defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import {
  fresh,
  keyFormat,
  requiredField,
  requireLanguages,
  uniqueValues,
  wholeNumberAtLeast,
} from '../validation';

export const QUESTION_TYPES = [
  { value: 'text', title: 'Short text' },
  { value: 'longText', title: 'Long text' },
  { value: 'singleChoice', title: 'Single choice' },
  { value: 'multiChoice', title: 'Multiple choice' },
  { value: 'number', title: 'Number' },
  { value: 'boolean', title: 'Yes / no' },
  { value: 'url', title: 'Web address' },
] as const;

const CHOICE_TYPES: readonly string[] = ['singleChoice', 'multiChoice'];
const TEXT_TYPES: readonly string[] = ['text', 'longText'];

interface QuestionParent {
  type?: string;
}

function questionType(parent: unknown): string | undefined {
  return (parent as QuestionParent | undefined)?.type;
}

const choicesHaveOptions: CustomValidator<{ _key: string }[] | undefined> = (options, context) => {
  const type = questionType(context.parent);
  if (!type || !CHOICE_TYPES.includes(type)) return true;
  if ((options?.length ?? 0) >= 2) return true;
  const title = QUESTION_TYPES.find((candidate) => candidate.value === type)?.title.toLowerCase();
  return `A ${title} question needs at least two options: add the answers people can choose from.`;
};

/** The criterion a question informs must be one of the campaign's criteria (by key). */
const criterionExists: CustomValidator<string | undefined> = (value, context) => {
  if (!value) return true;
  const criteria = (context.document as { criteria?: { key?: string }[] } | undefined)?.criteria ?? [];
  const keys = criteria.map((criterion) => criterion?.key).filter((key): key is string => Boolean(key));
  if (keys.includes(value)) return true;
  return keys.length === 0
    ? `No criterion has the key "${value}": the campaign has no criteria yet.`
    : `No criterion has the key "${value}". Use one of: ${keys.join(', ')}.`;
};

/** One field of a campaign's application form; answers are validated against it. */
export const campaignQuestionType = defineType({
  name: 'campaignQuestion',
  title: 'Question',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'key',
      title: 'Key',
      type: 'string',
      description: 'Stable id of the answer, e.g. "equal-pay-measures". Do not change it once answers exist.',
      validation: (rule) => [
        ...requiredField(rule, 'Give the question a key, e.g. "equal-pay-measures".'),
        fresh(rule).custom(keyFormat),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Question',
      type: LOCALIZED_STRING,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'help',
      title: 'Help text',
      type: LOCALIZED_TEXT,
      validation: (rule) => rule.custom(requireLanguages({ optional: true })),
    }),
    defineField({
      name: 'type',
      title: 'Answer type',
      type: 'string',
      initialValue: 'text',
      options: { list: [...QUESTION_TYPES] },
      validation: (rule) => requiredField(rule, 'Choose the answer type.'),
    }),
    defineField({
      name: 'required',
      title: 'Answer required to submit',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'options',
      title: 'Options',
      type: 'array',
      hidden: ({ parent }) => !CHOICE_TYPES.includes(questionType(parent) ?? ''),
      of: [defineArrayMember({ type: 'questionOption' })],
      validation: (rule) => [
        rule.custom(choicesHaveOptions),
        rule.custom(uniqueValues('value', 'option value')),
      ],
    }),
    defineField({
      name: 'maxLength',
      title: 'Maximum length (characters)',
      type: 'number',
      hidden: ({ parent }) => !TEXT_TYPES.includes(questionType(parent) ?? ''),
      validation: (rule) => wholeNumberAtLeast(rule, 'The maximum length', 1),
    }),
    defineField({
      name: 'criterion',
      title: 'Criterion key',
      type: 'string',
      description: 'Optional: the key of the criterion this answer informs, shown to the jury next to it.',
      validation: (rule) => rule.custom(criterionExists),
    }),
  ],
  preview: {
    select: { label: 'label', key: 'key', type: 'type', required: 'required' },
    prepare: ({ label, key, type, required }) => ({
      title: localizedText(label) ?? key ?? 'Question',
      subtitle: [
        key,
        QUESTION_TYPES.find((candidate) => candidate.value === type)?.title,
        required && 'required',
      ]
        .filter(Boolean)
        .join(' · '),
      media: HelpCircleIcon,
    }),
  },
});
