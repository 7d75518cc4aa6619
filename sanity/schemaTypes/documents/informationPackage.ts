import { PackageIcon } from '@sanity/icons/Package';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { titleAndSlugFields } from '../slug';
import { requireLanguages } from '../validation';

/** Curated material for an audience, e.g. newly elected municipal officials after the elections. */
export const informationPackageType = defineType({
  name: 'informationPackage',
  title: 'Information package',
  type: 'document',
  icon: PackageIcon,
  groups: [
    { name: 'details', title: 'Details', default: true },
    { name: 'content', title: 'Sections' },
    { name: 'resources', title: 'Courses and material' },
  ],
  fields: [
    ...titleAndSlugFields('details'),
    defineField({
      name: 'audience',
      title: 'Audience',
      type: LOCALIZED_STRING,
      group: 'details',
      description: 'Who the package is for, e.g. "Newly elected officials".',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: LOCALIZED_TEXT,
      group: 'details',
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'relatedEvent',
      title: 'Presented at',
      type: 'reference',
      group: 'details',
      to: [{ type: 'event' }],
    }),
    defineField({
      name: 'sections',
      title: 'Sections',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'packageSection' })],
    }),
    defineField({
      name: 'resources',
      title: 'Courses and material',
      type: 'array',
      group: 'resources',
      of: [defineArrayMember({ type: 'learningResource' })],
    }),
  ],
  preview: {
    select: { title: 'title', audience: 'audience' },
    prepare: ({ title, audience }) => ({
      title: localizedText(title) ?? 'Untitled information package',
      subtitle: localizedText(audience),
      media: PackageIcon,
    }),
  },
});
