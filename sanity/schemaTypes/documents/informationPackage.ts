import { PackageIcon } from '@sanity/icons/Package';
import { defineArrayMember, defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_RICH_TEXT, LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { titleAndSlugFields } from '../slug';
import { requireLanguages } from '../validation';

/** Curated material for an audience, e.g. newly elected municipal officials after the elections. */
export const informationPackageType = (t: Translate) =>
  defineType({
    name: 'informationPackage',
    title: t('informationPackage.title'),
    type: 'document',
    icon: PackageIcon,
    groups: [
      { name: 'details', title: t('group.details'), default: true },
      { name: 'body', title: t('common.content') },
      { name: 'content', title: t('informationPackage.group.sections') },
      { name: 'resources', title: t('informationPackage.resources') },
    ],
    fields: [
      ...titleAndSlugFields(t, 'details'),
      defineField({
        name: 'audience',
        title: t('informationPackage.audience'),
        type: LOCALIZED_STRING,
        group: 'details',
        description: t('informationPackage.audience.description'),
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'summary',
        title: t('common.summary'),
        type: LOCALIZED_TEXT,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'image',
        title: t('common.image'),
        description: t('common.image.description'),
        type: 'figure',
        group: 'details',
      }),
      defineField({
        name: 'relatedEvent',
        title: t('informationPackage.relatedEvent'),
        type: 'reference',
        group: 'details',
        to: [{ type: 'event' }],
      }),
      defineField({
        name: 'body',
        title: t('common.body'),
        description: t('informationPackage.body.description'),
        type: LOCALIZED_RICH_TEXT,
        group: 'body',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'sections',
        title: t('informationPackage.sections'),
        description: t('informationPackage.sections.description'),
        type: 'array',
        group: 'content',
        of: [defineArrayMember({ type: 'packageSection' })],
      }),
      defineField({
        name: 'resources',
        title: t('informationPackage.resources'),
        type: 'array',
        group: 'resources',
        of: [defineArrayMember({ type: 'learningResource' })],
      }),
      defineField({
        name: 'files',
        title: t('common.files'),
        description: t('common.files.description'),
        type: 'array',
        group: 'resources',
        of: [defineArrayMember({ type: 'attachment' })],
      }),
    ],
    preview: {
      select: { title: 'title', audience: 'audience', image: 'image' },
      prepare: ({ title, audience, image }) => ({
        title: previewText(title, t) ?? t('preview.untitled.informationPackage'),
        subtitle: previewText(audience, t),
        media: image?.asset ? image : PackageIcon,
      }),
    },
  });
