import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';
import { LANGUAGE_OPTIONS, LOCALIZED_STRING, localizedText } from '../localization';
import { fresh, httpsLink, requiredField, requireLanguages } from '../validation';

export const RESOURCE_FORMATS = [
  { value: 'course', title: 'Online course' },
  { value: 'video', title: 'Video' },
  { value: 'document', title: 'Document' },
  { value: 'web', title: 'Web page' },
] as const;

/** A course, video, document or page an information package points to. */
export const learningResourceType = defineType({
  name: 'learningResource',
  title: 'Resource',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: LOCALIZED_STRING,
      validation: (rule) => rule.custom(requireLanguages()),
    }),
    defineField({
      name: 'url',
      title: 'Link',
      type: 'url',
      validation: (rule) => [
        httpsLink(rule),
        fresh(rule).required().error('Give the link, e.g. https://www.eoppiva.fi/koulutukset/...'),
      ],
    }),
    defineField({
      name: 'provider',
      title: 'Provider',
      type: 'string',
      description: 'Who publishes it, e.g. eOppiva.',
      validation: (rule) => requiredField(rule, 'Say who provides the resource, e.g. eOppiva.'),
    }),
    defineField({
      name: 'language',
      title: 'Language of the resource',
      type: 'string',
      options: { list: LANGUAGE_OPTIONS, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => requiredField(rule, 'Choose the language the resource is in.'),
    }),
    defineField({
      name: 'format',
      title: 'Format',
      type: 'string',
      options: { list: [...RESOURCE_FORMATS], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => requiredField(rule, 'Choose the format of the resource.'),
    }),
  ],
  preview: {
    select: { title: 'title', provider: 'provider', language: 'language', format: 'format' },
    prepare: ({ title, provider, language, format }) => ({
      title: localizedText(title) ?? 'Resource',
      subtitle: [provider, format, language].filter(Boolean).join(' · '),
      media: LinkIcon,
    }),
  },
});
