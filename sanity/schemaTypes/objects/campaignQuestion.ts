import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import { type CustomValidator, defineArrayMember, defineField, defineType } from 'sanity';
import type { MessageKey, Translate } from '../../i18n';
import { LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import {
  fresh,
  keyFormat,
  requiredField,
  requireLanguages,
  uniqueValues,
  wholeNumberAtLeast,
} from '../validation';

export const QUESTION_TYPES = [
  { value: 'text', title: 'option.questionType.text' },
  { value: 'longText', title: 'option.questionType.longText' },
  { value: 'singleChoice', title: 'option.questionType.singleChoice' },
  { value: 'multiChoice', title: 'option.questionType.multiChoice' },
  { value: 'number', title: 'option.questionType.number' },
  { value: 'boolean', title: 'option.questionType.boolean' },
  { value: 'url', title: 'common.webAddress' },
] as const satisfies readonly { value: string; title: MessageKey }[];

const CHOICE_TYPES: readonly string[] = ['singleChoice', 'multiChoice'];
const TEXT_TYPES: readonly string[] = ['text', 'longText'];

interface QuestionParent {
  type?: string;
}

function questionType(parent: unknown): string | undefined {
  return (parent as QuestionParent | undefined)?.type;
}

const choicesHaveOptions =
  (t: Translate): CustomValidator<{ _key: string }[] | undefined> =>
  (options, context) => {
    const type = questionType(context.parent);
    if (!type || !CHOICE_TYPES.includes(type)) return true;
    if ((options?.length ?? 0) >= 2) return true;
    return t(
      type === 'singleChoice'
        ? 'validation.question.singleChoiceOptions'
        : 'validation.question.multiChoiceOptions',
    );
  };

/** The criterion a question informs must be one of the campaign's criteria (by key). */
const criterionExists =
  (t: Translate): CustomValidator<string | undefined> =>
  (value, context) => {
    if (!value) return true;
    const criteria = (context.document as { criteria?: { key?: string }[] } | undefined)?.criteria ?? [];
    const keys = criteria.map((criterion) => criterion?.key).filter((key): key is string => Boolean(key));
    if (keys.includes(value)) return true;
    return keys.length === 0
      ? t('validation.question.noCriteria', { value })
      : t('validation.question.unknownCriterion', { value, keys: keys.join(', ') });
  };

/** One field of a campaign's application form; answers are validated against it. */
export const campaignQuestionType = (t: Translate) =>
  defineType({
    name: 'campaignQuestion',
    title: t('campaignQuestion.title'),
    type: 'object',
    icon: HelpCircleIcon,
    fields: [
      defineField({
        name: 'key',
        title: t('common.key'),
        type: 'string',
        description: t('campaignQuestion.key.description'),
        validation: (rule) => [
          ...requiredField(rule, t('validation.question.keyMissing')),
          fresh(rule).custom(keyFormat(t)),
        ],
      }),
      defineField({
        name: 'label',
        title: t('campaignQuestion.title'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'help',
        title: t('campaignQuestion.help'),
        type: LOCALIZED_TEXT,
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'type',
        title: t('campaignQuestion.type'),
        type: 'string',
        initialValue: 'text',
        options: { list: QUESTION_TYPES.map(({ value, title }) => ({ value, title: t(title) })) },
        validation: (rule) => requiredField(rule, t('validation.question.type')),
      }),
      defineField({
        name: 'required',
        title: t('campaignQuestion.required'),
        type: 'boolean',
        initialValue: false,
      }),
      defineField({
        name: 'options',
        title: t('campaignQuestion.options'),
        type: 'array',
        hidden: ({ parent }) => !CHOICE_TYPES.includes(questionType(parent) ?? ''),
        of: [defineArrayMember({ type: 'questionOption' })],
        validation: (rule) => [
          rule.custom(choicesHaveOptions(t)),
          rule.custom(uniqueValues('value', (value) => t('validation.question.optionValueTwice', { value }))),
        ],
      }),
      defineField({
        name: 'maxLength',
        title: t('campaignQuestion.maxLength'),
        type: 'number',
        hidden: ({ parent }) => !TEXT_TYPES.includes(questionType(parent) ?? ''),
        validation: (rule) => wholeNumberAtLeast(rule, t, 'validation.question.maxLength', 1),
      }),
      defineField({
        name: 'criterion',
        title: t('campaignQuestion.criterion'),
        type: 'string',
        description: t('campaignQuestion.criterion.description'),
        validation: (rule) => rule.custom(criterionExists(t)),
      }),
    ],
    preview: {
      select: { label: 'label', key: 'key', type: 'type', required: 'required' },
      prepare: ({ label, key, type, required }) => {
        const typeTitle = QUESTION_TYPES.find((candidate) => candidate.value === type)?.title;
        return {
          title: previewText(label, t) ?? key ?? t('campaignQuestion.title'),
          subtitle: [key, typeTitle && t(typeTitle), required && t('preview.required')]
            .filter(Boolean)
            .join(' · '),
          media: HelpCircleIcon,
        };
      },
    },
  });
