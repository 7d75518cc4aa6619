import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_RICH_TEXT, LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { requireLanguages } from '../validation';

/**
 * A chapter of an information package. `body` is plain text, which the site shows today; `content` is the same
 * chapter as rich text (the name `body` was taken), which replaces it once the site renders rich text.
 */
export const packageSectionType = (t: Translate) =>
  defineType({
    name: 'packageSection',
    title: t('packageSection.title'),
    type: 'object',
    icon: DocumentTextIcon,
    fields: [
      defineField({
        name: 'heading',
        title: t('packageSection.heading'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'body',
        title: t('common.text'),
        description: t('packageSection.body.description'),
        type: LOCALIZED_TEXT,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'content',
        title: t('richText.title'),
        description: t('common.richText.description'),
        type: LOCALIZED_RICH_TEXT,
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
    ],
    preview: {
      select: { heading: 'heading' },
      prepare: ({ heading }) => ({
        title: previewText(heading, t) ?? t('packageSection.title'),
        media: DocumentTextIcon,
      }),
    },
  });
