import { TargetIcon } from '@sanity/icons/Target';
import { orderRankField } from '@sanity/orderable-document-list';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, LOCALIZED_TEXT, localizedText, previewText } from '../localization';
import { manualOrdering } from '../ordering';
import { swedishSlugField } from '../slug';
import { requireLanguages } from '../validation';

/** A focus area (tyngdpunkt) of the activity plan; its actions and methods point to it. */
export const focusAreaType = (t: Translate) =>
  defineType({
    name: 'focusArea',
    title: t('common.focusArea'),
    type: 'document',
    icon: TargetIcon,
    orderings: [manualOrdering(t)],
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      swedishSlugField(t),
      defineField({
        name: 'summary',
        title: t('common.summary'),
        type: LOCALIZED_TEXT,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      orderRankField({ type: 'focusArea', title: t('common.orderRank') }),
    ],
    preview: {
      select: { title: 'title', slug: 'slug.current' },
      prepare: ({ title, slug }) => ({
        title: previewText(title, t) ?? t('preview.untitled.focusArea'),
        subtitle: localizedText(title, [t.language === 'fi' ? 'sv' : 'fi']) ?? slug,
        media: TargetIcon,
      }),
    },
  });
