import { ImageIcon } from '@sanity/icons/Image';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, previewText } from '../localization';
import { requireLanguages } from '../validation';

/**
 * An image from Sanity's asset pipeline, with a hotspot for cropping and alt text in Swedish and Finnish
 * (English optional). Used in rich text and as the image of information packages and methods.
 */
export const figureType = (t: Translate) =>
  defineType({
    name: 'figure',
    title: t('common.image'),
    type: 'image',
    icon: ImageIcon,
    options: { hotspot: true },
    fields: [
      defineField({
        name: 'alt',
        title: t('figure.alt'),
        description: t('figure.alt.description'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t, { missing: 'validation.figure.altMissing' })),
      }),
      defineField({
        name: 'caption',
        title: t('figure.caption'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
    ],
    validation: (rule) =>
      rule.custom((value: { asset?: unknown } | undefined) =>
        !value || value.asset ? true : t('validation.figure.noImage'),
      ),
    preview: {
      select: { alt: 'alt', media: 'asset' },
      prepare: ({ alt, media }) => ({ title: previewText(alt, t) ?? t('common.image'), media }),
    },
  });
