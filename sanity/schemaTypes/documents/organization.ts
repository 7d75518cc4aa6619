import { CaseIcon } from '@sanity/icons/Case';
import { type CustomValidator, defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, localizedText } from '../localization';
import { fresh, httpsLink, requiredField, requireLanguages } from '../validation';

export const ORGANIZATION_KINDS = [
  { value: 'municipality', title: 'Municipality' },
  { value: 'welfareArea', title: 'Welfare area' },
  { value: 'association', title: 'Association' },
  { value: 'company', title: 'Company' },
  { value: 'authority', title: 'Authority' },
  { value: 'education', title: 'Educational institution' },
] as const;

export const LANGUAGE_STATUSES = [
  { value: 'bilingual-fi-majority', title: 'Bilingual, Finnish majority', majority: 'fi' },
  { value: 'bilingual-sv-majority', title: 'Bilingual, Swedish majority', majority: 'sv' },
  { value: 'finnish', title: 'Finnish', majority: 'fi' },
  { value: 'swedish', title: 'Swedish', majority: 'sv' },
] as const;

/** Kinds that nomination rounds address: they need somewhere to send the request. */
const NOMINATING_KINDS: readonly string[] = ['municipality', 'welfareArea'];

const majorityMatchesStatus: CustomValidator<string | undefined> = (value, context) => {
  const status = (context.document as { languageStatus?: string } | undefined)?.languageStatus;
  const expected = LANGUAGE_STATUSES.find((candidate) => candidate.value === status)?.majority;
  if (!value || !expected || value === expected) return true;
  const name = expected === 'sv' ? 'Swedish (sv)' : 'Finnish (fi)';
  return `The language status is "${status}", so the majority language must be ${name}.`;
};

const contactForNominatingKinds: CustomValidator<unknown> = (value, context) => {
  const kind = (context.document as { kind?: string } | undefined)?.kind;
  if (!kind || !NOMINATING_KINDS.includes(kind) || value) return true;
  return 'Municipalities and the welfare area need a nomination contact: nomination requests are mailed to it.';
};

export const organizationType = defineType({
  name: 'organization',
  title: 'Organisation',
  type: 'document',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: LOCALIZED_STRING,
      description: 'The official name in Swedish and Finnish (the same in both if it has only one).',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'shortName',
      title: 'Short name',
      type: 'string',
      description: 'Optional abbreviation for lists and exports.',
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: { list: [...ORGANIZATION_KINDS] },
      validation: (rule) => requiredField(rule, 'Choose what kind of organisation this is.'),
    }),
    defineField({
      name: 'languageStatus',
      title: 'Language status',
      type: 'string',
      options: { list: LANGUAGE_STATUSES.map(({ value, title }) => ({ value, title })) },
      validation: (rule) =>
        requiredField(rule, 'Choose the language status, e.g. "Bilingual, Swedish majority".'),
    }),
    defineField({
      name: 'majorityLanguage',
      title: 'Majority language',
      type: 'string',
      description: 'Mail to the organisation is written in this language unless its contact chose another.',
      options: {
        list: [
          { value: 'sv', title: 'Svenska' },
          { value: 'fi', title: 'Suomi' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      validation: (rule) => [
        ...requiredField(rule, 'Choose the majority language: Swedish (sv) or Finnish (fi).'),
        fresh(rule).custom(majorityMatchesStatus),
      ],
    }),
    defineField({
      name: 'nominationContact',
      title: 'Nomination contact',
      type: 'nominationContact',
      validation: (rule) => rule.custom(contactForNominatingKinds),
    }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      validation: (rule) => httpsLink(rule),
    }),
  ],
  orderings: [{ title: 'Kind', name: 'kind', by: [{ field: 'kind', direction: 'asc' }] }],
  preview: {
    select: { name: 'name', kind: 'kind', languageStatus: 'languageStatus' },
    prepare: ({ name, kind, languageStatus }) => ({
      title: localizedText(name) ?? 'Unnamed organisation',
      subtitle: [
        ORGANIZATION_KINDS.find((candidate) => candidate.value === kind)?.title,
        LANGUAGE_STATUSES.find((candidate) => candidate.value === languageStatus)?.title,
      ]
        .filter(Boolean)
        .join(' · '),
      media: CaseIcon,
    }),
  },
});
