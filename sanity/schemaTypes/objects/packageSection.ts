import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineField, defineType } from 'sanity';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText } from '../localization';
import { requireLanguages } from '../validation';

/** A chapter of an information package. */
export const packageSectionType = defineType({
  name: 'packageSection',
  title: 'Section',
  type: 'object',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: LOCALIZED_STRING,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: LOCALIZED_TEXT,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
  ],
  preview: {
    select: { heading: 'heading' },
    prepare: ({ heading }) => ({ title: localizedText(heading) ?? 'Section', media: DocumentTextIcon }),
  },
});
