import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';
import type { MessageKey, Translate } from '../../i18n';
import { LOCALIZED_STRING, languageOptions, previewText } from '../localization';
import { fresh, httpsLink, requiredField, requireLanguages } from '../validation';

export const RESOURCE_FORMATS = [
  { value: 'course', title: 'option.resourceFormat.course' },
  { value: 'video', title: 'option.resourceFormat.video' },
  { value: 'document', title: 'option.resourceFormat.document' },
  { value: 'web', title: 'option.resourceFormat.web' },
] as const satisfies readonly { value: string; title: MessageKey }[];

/** A course, video, document or page an information package points to. */
export const learningResourceType = (t: Translate) =>
  defineType({
    name: 'learningResource',
    title: t('learningResource.title'),
    type: 'object',
    icon: LinkIcon,
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
      defineField({
        name: 'url',
        title: t('common.link'),
        type: 'url',
        validation: (rule) => [
          httpsLink(rule, t),
          fresh(rule).required().error(t('validation.resource.url')),
        ],
      }),
      defineField({
        name: 'provider',
        title: t('learningResource.provider'),
        type: 'string',
        description: t('learningResource.provider.description'),
        validation: (rule) => requiredField(rule, t('validation.resource.provider')),
      }),
      defineField({
        name: 'language',
        title: t('learningResource.language'),
        type: 'string',
        options: { list: languageOptions(t), layout: 'radio', direction: 'horizontal' },
        validation: (rule) => requiredField(rule, t('validation.resource.language')),
      }),
      defineField({
        name: 'format',
        title: t('learningResource.format'),
        type: 'string',
        options: {
          list: RESOURCE_FORMATS.map(({ value, title }) => ({ value, title: t(title) })),
          layout: 'radio',
          direction: 'horizontal',
        },
        validation: (rule) => requiredField(rule, t('validation.resource.format')),
      }),
    ],
    preview: {
      select: { title: 'title', provider: 'provider', language: 'language', format: 'format' },
      prepare: ({ title, provider, language, format }) => {
        const formatTitle = RESOURCE_FORMATS.find((candidate) => candidate.value === format)?.title;
        return {
          title: previewText(title, t) ?? t('learningResource.title'),
          subtitle: [provider, formatTitle && t(formatTitle), language].filter(Boolean).join(' · '),
          media: LinkIcon,
        };
      },
    },
  });
