import { WrenchIcon } from '@sanity/icons/Wrench';
import { defineArrayMember, defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_RICH_TEXT, LOCALIZED_STRING, LOCALIZED_TEXT, previewText } from '../localization';
import { titleAndSlugFields } from '../slug';
import { requireLanguages } from '../validation';

/**
 * A method of the toolbox (metodbank): a way of working on equality and non-discrimination that members can
 * take up, e.g. a local equality network or a survey of how working groups take gender into account.
 */
export const methodType = (t: Translate) =>
  defineType({
    name: 'method',
    title: t('method.title'),
    type: 'document',
    icon: WrenchIcon,
    groups: [
      { name: 'details', title: t('group.details'), default: true },
      { name: 'body', title: t('common.content') },
      { name: 'material', title: t('method.group.material') },
    ],
    fields: [
      ...titleAndSlugFields(t, 'details'),
      defineField({
        name: 'summary',
        title: t('common.summary'),
        description: t('method.summary.description'),
        type: LOCALIZED_TEXT,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'targetGroup',
        title: t('method.targetGroup'),
        description: t('method.targetGroup.description'),
        type: LOCALIZED_STRING,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'focusAreas',
        title: t('common.focusAreas'),
        description: t('method.focusAreas.description'),
        type: 'array',
        group: 'details',
        of: [
          defineArrayMember({ type: 'reference', title: t('common.focusArea'), to: [{ type: 'focusArea' }] }),
        ],
        validation: (rule) => [
          rule.required().min(1).error(t('validation.method.focusAreas')),
          rule.unique().error(t('validation.method.focusAreaTwice')),
        ],
      }),
      defineField({
        name: 'duration',
        title: t('method.duration'),
        description: t('method.duration.description'),
        type: LOCALIZED_STRING,
        group: 'details',
        validation: (rule) => rule.custom(requireLanguages(t, { optional: true })),
      }),
      defineField({
        name: 'isExample',
        title: t('common.isExample'),
        type: 'boolean',
        group: 'details',
        initialValue: false,
        description: t('method.isExample.description'),
      }),
      defineField({
        name: 'body',
        title: t('common.body'),
        description: t('method.body.description'),
        type: LOCALIZED_RICH_TEXT,
        group: 'body',
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'image',
        title: t('common.image'),
        description: t('common.image.description'),
        type: 'figure',
        group: 'body',
      }),
      defineField({
        name: 'files',
        title: t('common.files'),
        description: t('common.files.description'),
        type: 'array',
        group: 'material',
        of: [defineArrayMember({ type: 'attachment' })],
      }),
      defineField({
        name: 'links',
        title: t('method.links'),
        type: 'array',
        group: 'material',
        of: [defineArrayMember({ type: 'webLink' })],
      }),
      defineField({
        name: 'contact',
        title: t('contactPoint.title'),
        description: t('method.contact.description'),
        type: 'contactPoint',
        group: 'material',
      }),
    ],
    orderings: [
      {
        title: t('ordering.updatedDesc'),
        name: 'updatedAtDesc',
        by: [{ field: '_updatedAt', direction: 'desc' }],
      },
    ],
    preview: {
      select: { title: 'title', targetGroup: 'targetGroup', isExample: 'isExample', image: 'image' },
      prepare: ({ title, targetGroup, isExample, image }) => ({
        title: previewText(title, t) ?? t('preview.untitled.method'),
        subtitle: [isExample && t('preview.example'), previewText(targetGroup, t)]
          .filter(Boolean)
          .join(' · '),
        media: image?.asset ? image : WrenchIcon,
      }),
    },
  });
