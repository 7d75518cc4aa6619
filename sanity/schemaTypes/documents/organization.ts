import { CaseIcon } from '@sanity/icons/Case';
import { type CustomValidator, defineField, defineType } from 'sanity';
import type { MessageKey, Translate } from '../../i18n';
import { LOCALIZED_STRING, languageLabel, languageOptions, previewText } from '../localization';
import { fresh, httpsLink, requiredField, requireLanguages } from '../validation';

export const ORGANIZATION_KINDS = [
  { value: 'municipality', title: 'option.organizationKind.municipality' },
  { value: 'welfareArea', title: 'option.organizationKind.welfareArea' },
  { value: 'association', title: 'option.organizationKind.association' },
  { value: 'company', title: 'option.organizationKind.company' },
  { value: 'authority', title: 'option.organizationKind.authority' },
  { value: 'education', title: 'option.organizationKind.education' },
] as const satisfies readonly { value: string; title: MessageKey }[];

export const LANGUAGE_STATUSES = [
  { value: 'bilingual-fi-majority', title: 'option.languageStatus.bilingualFi', majority: 'fi' },
  { value: 'bilingual-sv-majority', title: 'option.languageStatus.bilingualSv', majority: 'sv' },
  { value: 'finnish', title: 'option.languageStatus.finnish', majority: 'fi' },
  { value: 'swedish', title: 'option.languageStatus.swedish', majority: 'sv' },
] as const satisfies readonly { value: string; title: MessageKey; majority: string }[];

/** Kinds that nomination rounds address: they need somewhere to send the request. */
const NOMINATING_KINDS: readonly string[] = ['municipality', 'welfareArea'];

const majorityMatchesStatus =
  (t: Translate): CustomValidator<string | undefined> =>
  (value, context) => {
    const status = (context.document as { languageStatus?: string } | undefined)?.languageStatus;
    const expected = LANGUAGE_STATUSES.find((candidate) => candidate.value === status);
    if (!value || !expected || value === expected.majority) return true;
    return t('validation.organization.majority', {
      status: t(expected.title),
      language: languageLabel(t, expected.majority),
    });
  };

const contactForNominatingKinds =
  (t: Translate): CustomValidator<unknown> =>
  (value, context) => {
    const kind = (context.document as { kind?: string } | undefined)?.kind;
    if (!kind || !NOMINATING_KINDS.includes(kind) || value) return true;
    return t('validation.organization.nominationContact');
  };

export const organizationType = (t: Translate) =>
  defineType({
    name: 'organization',
    title: t('organization.title'),
    type: 'document',
    icon: CaseIcon,
    fields: [
      defineField({
        name: 'name',
        title: t('organization.name'),
        type: LOCALIZED_STRING,
        description: t('organization.name.description'),
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'shortName',
        title: t('organization.shortName'),
        type: 'string',
        description: t('organization.shortName.description'),
      }),
      defineField({
        name: 'kind',
        title: t('common.kind'),
        type: 'string',
        options: { list: ORGANIZATION_KINDS.map(({ value, title }) => ({ value, title: t(title) })) },
        validation: (rule) => requiredField(rule, t('validation.organization.kind')),
      }),
      defineField({
        name: 'languageStatus',
        title: t('organization.languageStatus'),
        type: 'string',
        options: { list: LANGUAGE_STATUSES.map(({ value, title }) => ({ value, title: t(title) })) },
        validation: (rule) => requiredField(rule, t('validation.organization.languageStatus')),
      }),
      defineField({
        name: 'majorityLanguage',
        title: t('organization.majorityLanguage'),
        type: 'string',
        description: t('organization.majorityLanguage.description'),
        options: { list: languageOptions(t, ['sv', 'fi']), layout: 'radio', direction: 'horizontal' },
        validation: (rule) => [
          ...requiredField(rule, t('validation.organization.majorityLanguage')),
          fresh(rule).custom(majorityMatchesStatus(t)),
        ],
      }),
      defineField({
        name: 'nominationContact',
        title: t('nominationContact.title'),
        type: 'nominationContact',
        validation: (rule) => rule.custom(contactForNominatingKinds(t)),
      }),
      defineField({
        name: 'website',
        title: t('organization.website'),
        type: 'url',
        validation: (rule) => httpsLink(rule, t),
      }),
    ],
    orderings: [{ title: t('common.kind'), name: 'kind', by: [{ field: 'kind', direction: 'asc' }] }],
    preview: {
      select: { name: 'name', kind: 'kind', languageStatus: 'languageStatus' },
      prepare: ({ name, kind, languageStatus }) => {
        const kindTitle = ORGANIZATION_KINDS.find((candidate) => candidate.value === kind)?.title;
        const statusTitle = LANGUAGE_STATUSES.find((candidate) => candidate.value === languageStatus)?.title;
        return {
          title: previewText(name, t) ?? t('preview.untitled.organization'),
          subtitle: [kindTitle && t(kindTitle), statusTitle && t(statusTitle)].filter(Boolean).join(' · '),
          media: CaseIcon,
        };
      },
    },
  });
