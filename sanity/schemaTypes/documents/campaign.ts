import { StarIcon } from '@sanity/icons/Star';
import { type CustomValidator, defineArrayMember, defineField, defineType } from 'sanity';
import { apiVersion } from '../../env';
import { formatHelsinki } from '../format';
import { LOCALIZED_TEXT, localizedText } from '../localization';
import { titleAndSlugFields } from '../slug';
import { fresh, laterThan, requiredField, requireLanguages, uniqueValues } from '../validation';

interface Reference {
  _key: string;
  _ref?: string;
}

/** The options filter only guides the picker; this catches references made otherwise (imports, API). */
const onlyMunicipalities: CustomValidator<Reference[] | undefined> = async (references, context) => {
  const ids = (references ?? []).map((reference) => reference._ref).filter((id): id is string => Boolean(id));
  if (ids.length === 0) return true;
  const others: { _id: string; name?: string }[] = await context
    .getClient({ apiVersion })
    .fetch(
      '*[_id in $ids && kind != "municipality"]{_id, "name": coalesce(name[language == "sv"][0].value, _id)}',
      {
        ids,
      },
    );
  if (others.length === 0) return true;
  return (references ?? [])
    .filter((reference) => others.some((other) => other._id === reference._ref))
    .map((reference) => ({
      message: `${others.find((other) => other._id === reference._ref)?.name} is not a municipality: only municipalities can be listed here.`,
      path: [{ _key: reference._key }],
    }));
};

/** An award campaign (e.g. "Årets jämställdhetsföretag"): its window, criteria and application form. */
export const campaignType = defineType({
  name: 'campaign',
  title: 'Campaign',
  type: 'document',
  icon: StarIcon,
  groups: [
    { name: 'details', title: 'Details', default: true },
    { name: 'eligibility', title: 'Window and eligibility' },
    { name: 'criteria', title: 'Criteria' },
    { name: 'questions', title: 'Application form' },
  ],
  fields: [
    ...titleAndSlugFields('details'),
    defineField({
      name: 'year',
      title: 'Award year',
      type: 'number',
      group: 'details',
      validation: (rule) =>
        rule.required().integer().min(2000).max(2100).error('Give the award year as four digits, e.g. 2025.'),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: LOCALIZED_TEXT,
      group: 'details',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'isExample',
      title: 'Example content',
      type: 'boolean',
      group: 'details',
      initialValue: false,
      description: 'Demo content: shown with an "Example" marker, never announced.',
    }),
    defineField({
      name: 'opensAt',
      title: 'Applications open',
      type: 'datetime',
      group: 'eligibility',
      validation: (rule) => requiredField(rule, 'Give the time applications open.'),
    }),
    defineField({
      name: 'closesAt',
      title: 'Applications close',
      type: 'datetime',
      group: 'eligibility',
      validation: (rule) => [
        ...requiredField(rule, 'Give the time applications close.'),
        fresh(rule).custom(laterThan('opensAt', 'Applications must close after they open.')),
      ],
    }),
    defineField({
      name: 'eligibleMunicipalities',
      title: 'Eligible municipalities',
      type: 'array',
      group: 'eligibility',
      description: 'Companies from these municipalities may apply. Leave empty to accept all municipalities.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'organization' }],
          options: { filter: 'kind == "municipality"' },
        }),
      ],
      validation: (rule) => [
        rule.unique().error('Each municipality can be listed only once.'),
        rule.custom(onlyMunicipalities),
      ],
    }),
    defineField({
      name: 'eligibility',
      title: 'Who can apply',
      type: LOCALIZED_TEXT,
      group: 'eligibility',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'criteria',
      title: 'Criteria',
      type: 'array',
      group: 'criteria',
      of: [defineArrayMember({ type: 'campaignCriterion' })],
      validation: (rule) => [
        rule
          .required()
          .min(1)
          .error('Add at least one criterion: the jury scores applications against them.'),
        rule.custom(uniqueValues('key', 'criterion key')),
      ],
    }),
    defineField({
      name: 'questions',
      title: 'Questions',
      type: 'array',
      group: 'questions',
      of: [defineArrayMember({ type: 'campaignQuestion' })],
      validation: (rule) => rule.custom(uniqueValues('key', 'question key')),
    }),
  ],
  orderings: [{ title: 'Year, newest first', name: 'yearDesc', by: [{ field: 'year', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', year: 'year', closesAt: 'closesAt', isExample: 'isExample' },
    prepare: ({ title, year, closesAt, isExample }) => ({
      title: localizedText(title) ?? 'Untitled campaign',
      subtitle: [
        isExample && 'Example',
        year,
        typeof closesAt === 'string' && `closes ${formatHelsinki(closesAt)}`,
      ]
        .filter(Boolean)
        .join(' · '),
      media: StarIcon,
    }),
  },
});
