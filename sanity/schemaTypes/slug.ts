import { defineField, type SlugSourceFn } from 'sanity';
import { LOCALIZED_STRING, localizedText } from './localization';
import { requiredField, requireLanguages } from './validation';

/** Slugs are generated from the Swedish title (then Finnish), the first language of the content. */
export const slugFromSwedishTitle: SlugSourceFn = (document) =>
  localizedText((document as { title?: unknown }).title, ['sv', 'fi', 'en']) ?? '';

/** The localised title (sv and fi required) and the slug made from it, as public documents open. */
export const titleAndSlugFields = (group: string) => [
  defineField({
    name: 'title',
    title: 'Title',
    type: LOCALIZED_STRING,
    group,
    validation: (rule) => rule.custom(requireLanguages()),
  }),
  defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group,
    options: { source: slugFromSwedishTitle, maxLength: 96 },
    validation: (rule) => requiredField(rule, 'Generate a slug from the title (used in links).'),
  }),
];
