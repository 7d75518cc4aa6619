import { TargetIcon } from '@sanity/icons/Target';
import { orderRankField, orderRankOrdering } from '@sanity/orderable-document-list';
import { defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { slugFromSwedishTitle } from '../slug';
import { requiredField, requireLanguages } from '../validation';

/** A focus area (tyngdpunkt) of the activity plan; its actions point to it. */
export const focusAreaType = defineType({
  name: 'focusArea',
  title: 'Focus area',
  type: 'document',
  icon: TargetIcon,
  orderings: [orderRankOrdering],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: LOCALIZED_STRING,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      options: { source: slugFromSwedishTitle, maxLength: 96 },
      validation: (rule) => requiredField(rule, 'Generate a slug from the title (used in links).'),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: LOCALIZED_TEXT,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    orderRankField({ type: 'focusArea' }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({
      title: localizedText(title) ?? 'Untitled focus area',
      subtitle: localizedText(title, ['fi']) ?? slug,
      media: TargetIcon,
    }),
  },
});
