import { StarIcon } from '@sanity/icons/Star';
import { type CustomValidator, defineArrayMember, defineField, defineType } from 'sanity';
import { apiVersion } from '../../env';
import type { Translate } from '../../i18n';
import { formatHelsinki } from '../format';
import { LOCALIZED_RICH_TEXT, LOCALIZED_TEXT, previewText } from '../localization';
import { titleAndSlugFields } from '../slug';
import { fresh, laterThan, requiredField, requireLanguages, uniqueValues } from '../validation';

interface Reference {
  _key: string;
  _ref?: string;
}

/** The options filter only guides the picker; this catches references made otherwise (imports, API). */
const onlyMunicipalities =
  (t: Translate): CustomValidator<Reference[] | undefined> =>
  async (references, context) => {
    const ids = (references ?? [])
      .map((reference) => reference._ref)
      .filter((id): id is string => Boolean(id));
    if (ids.length === 0) return true;
    const others: { _id: string; name?: string }[] = await context
      .getClient({ apiVersion })
      .fetch(
        '*[_id in $ids && kind != "municipality"]{_id, "name": coalesce(name[language == $language][0].value, name[language == "sv"][0].value, _id)}',
        { ids, language: t.language },
      );
    if (others.length === 0) return true;
    return (references ?? [])
      .filter((reference) => others.some((other) => other._id === reference._ref))
      .map((reference) => ({
        message: t('validation.campaign.notMunicipality', {
          name: others.find((other) => other._id === reference._ref)?.name ?? '?',
        }),
        path: [{ _key: reference._key }],
      }));
  };

/** An award campaign (e.g. "Årets jämställdhetsföretag"): its window, criteria and application form. */
export const campaignType = (t: Translate) =>
  defineType({
    name: 'campaign',
    title: t('campaign.title'),
    type: 'document',
    icon: StarIcon,
    groups: [
      { name: 'details', title: t('group.details'), default: true },
      { name: 'eligibility', title: t('campaign.group.eligibility') },
      { name: 'criteria', title: t('campaign.criteria') },
      { name: 'questions', title: t('campaign.group.questions') },
    ],
    fields: [
      ...titleAndSlugFields(t, 'details'),
      defineField({
        name: 'year',
        title: t('campaign.year'),
        type: 'number',
        group: 'details',
        validation: (rule) =>
          rule.required().integer().min(2000).max(2100).error(t('validation.campaign.year')),
      }),
      defineField({
        name: 'description',
        title: t('common.description'),
        description: t('common.plainText.description'),
        type: LOCALIZED_TEXT,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'body',
        title: t('common.body'),
        description: t('common.richText.description'),
        type: LOCALIZED_RICH_TEXT,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'isExample',
        title: t('common.isExample'),
        type: 'boolean',
        group: 'details',
        initialValue: false,
        description: t('common.isExample.description'),
      }),
      defineField({
        name: 'opensAt',
        title: t('campaign.opensAt'),
        type: 'datetime',
        group: 'eligibility',
        validation: (rule) => requiredField(rule, t('validation.campaign.opensAt')),
      }),
      defineField({
        name: 'closesAt',
        title: t('campaign.closesAt'),
        type: 'datetime',
        group: 'eligibility',
        validation: (rule) => [
          ...requiredField(rule, t('validation.campaign.closesAt')),
          fresh(rule).custom(laterThan('opensAt', t('validation.campaign.order'))),
        ],
      }),
      defineField({
        name: 'reviewDeadline',
        title: t('campaign.reviewDeadline'),
        type: 'datetime',
        group: 'criteria',
        description: t('campaign.reviewDeadline.description'),
        validation: (rule) => rule.custom(laterThan('closesAt', t('validation.campaign.reviewDeadline'))),
      }),
      defineField({
        name: 'eligibleMunicipalities',
        title: t('campaign.eligibleMunicipalities'),
        type: 'array',
        group: 'eligibility',
        description: t('campaign.eligibleMunicipalities.description'),
        of: [
          defineArrayMember({
            type: 'reference',
            title: t('option.organizationKind.municipality'),
            to: [{ type: 'organization' }],
            options: { filter: 'kind == "municipality"' },
          }),
        ],
        validation: (rule) => [
          rule.unique().error(t('validation.campaign.municipalityTwice')),
          rule.custom(onlyMunicipalities(t)),
        ],
      }),
      defineField({
        name: 'eligibility',
        title: t('campaign.eligibility'),
        type: LOCALIZED_TEXT,
        group: 'eligibility',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'criteria',
        title: t('campaign.criteria'),
        type: 'array',
        group: 'criteria',
        of: [defineArrayMember({ type: 'campaignCriterion' })],
        validation: (rule) => [
          rule.required().min(1).error(t('validation.campaign.noCriteria')),
          rule.custom(uniqueValues('key', (value) => t('validation.criterion.keyTwice', { value }))),
        ],
      }),
      defineField({
        name: 'questions',
        title: t('campaign.questions'),
        type: 'array',
        group: 'questions',
        of: [defineArrayMember({ type: 'campaignQuestion' })],
        validation: (rule) =>
          rule.custom(uniqueValues('key', (value) => t('validation.question.keyTwice', { value }))),
      }),
    ],
    orderings: [
      { title: t('ordering.yearDesc'), name: 'yearDesc', by: [{ field: 'year', direction: 'desc' }] },
    ],
    preview: {
      select: { title: 'title', year: 'year', closesAt: 'closesAt', isExample: 'isExample' },
      prepare: ({ title, year, closesAt, isExample }) => ({
        title: previewText(title, t) ?? t('preview.untitled.campaign'),
        subtitle: [
          isExample && t('preview.example'),
          year,
          typeof closesAt === 'string' && t('preview.closes', { date: formatHelsinki(closesAt) }),
        ]
          .filter(Boolean)
          .join(' · '),
        media: StarIcon,
      }),
    },
  });
