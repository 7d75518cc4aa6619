import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import { type CustomValidator, defineArrayMember, defineField, defineType } from 'sanity';
import type { MessageKey, Translate } from '../../i18n';
import { LOCALIZED_STRING, previewText } from '../localization';
import { requiredField, requireLanguages, uniqueValues } from '../validation';

/** The kinds of survey question; the console's results and the answer form follow them. */
export const SURVEY_QUESTION_KINDS = [
  { value: 'scale', title: 'option.surveyQuestionKind.scale' },
  { value: 'singleChoice', title: 'option.questionType.singleChoice' },
  { value: 'multipleChoice', title: 'option.questionType.multiChoice' },
  { value: 'freeText', title: 'option.surveyQuestionKind.freeText' },
] as const satisfies readonly { value: string; title: MessageKey }[];

const CHOICE_KINDS: readonly string[] = ['singleChoice', 'multipleChoice'];

const kindOf = (parent: unknown) => (parent as { kind?: string } | undefined)?.kind ?? '';

const choicesHaveOptions =
  (t: Translate): CustomValidator<{ _key: string }[] | undefined> =>
  (options, context) => {
    if (!CHOICE_KINDS.includes(kindOf(context.parent))) return true;
    return (options?.length ?? 0) >= 2 || t('validation.surveyQuestion.options');
  };

/** One question of a survey: a 1–5 scale with its end labels, a single or multiple choice, or free text. */
export const surveyQuestionType = (t: Translate) =>
  defineType({
    name: 'surveyQuestion',
    title: t('campaignQuestion.title'),
    type: 'object',
    icon: HelpCircleIcon,
    fields: [
      defineField({
        name: 'label',
        title: t('campaignQuestion.title'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'kind',
        title: t('surveyQuestion.kind'),
        type: 'string',
        initialValue: 'scale',
        options: { list: SURVEY_QUESTION_KINDS.map(({ value, title }) => ({ value, title: t(title) })) },
        validation: (rule) => requiredField(rule, t('validation.surveyQuestion.kind')),
      }),
      defineField({
        name: 'required',
        title: t('campaignQuestion.required'),
        type: 'boolean',
        initialValue: false,
      }),
      defineField({
        name: 'minLabel',
        title: t('surveyQuestion.minLabel'),
        type: LOCALIZED_STRING,
        description: t('surveyQuestion.minLabel.description'),
        hidden: ({ parent }) => kindOf(parent) !== 'scale',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'maxLabel',
        title: t('surveyQuestion.maxLabel'),
        type: LOCALIZED_STRING,
        description: t('surveyQuestion.maxLabel.description'),
        hidden: ({ parent }) => kindOf(parent) !== 'scale',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'options',
        title: t('campaignQuestion.options'),
        type: 'array',
        hidden: ({ parent }) => !CHOICE_KINDS.includes(kindOf(parent)),
        of: [defineArrayMember({ type: 'questionOption' })],
        validation: (rule) => [
          rule.custom(choicesHaveOptions(t)),
          rule.custom(uniqueValues('value', (value) => t('validation.question.optionValueTwice', { value }))),
        ],
      }),
    ],
    preview: {
      select: { label: 'label', kind: 'kind', required: 'required' },
      prepare: ({ label, kind, required }) => {
        const kindTitle = SURVEY_QUESTION_KINDS.find((candidate) => candidate.value === kind)?.title;
        return {
          title: previewText(label, t) ?? t('campaignQuestion.title'),
          subtitle: [kindTitle && t(kindTitle), required && t('preview.required')]
            .filter(Boolean)
            .join(' · '),
          media: HelpCircleIcon,
        };
      },
    },
  });
