/**
 * Slugs. Documents with a public page (events, campaigns, information packages, methods) have one slug per
 * language, `slug: [{language, value: {current}}]`, generated from the title in the same language and unique
 * among documents of the same type in that language. Focus areas keep one slug made from the Swedish title.
 */
import {
  type CustomValidator,
  defineField,
  getPublishedId,
  type Path,
  type SlugIsUniqueValidator,
  type SlugSourceFn,
} from 'sanity';
import { apiVersion } from '../env';
import type { Translate } from '../i18n';
import { LOCALIZED_SLUG, LOCALIZED_STRING, type LocalizedItem, localizedText } from './localization';
import { KEY_PATTERN, requiredField, requireLanguages } from './validation';

export const SLUG_MAX_LENGTH = 96;

/** "Jämställdhet – hur & varför?" → "jamstalldhet-hur-varfor": lowercase a-z, digits and single hyphens. */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}

/** Slugs of focus areas are generated from the Swedish title (then Finnish), the first language of the content. */
export const slugFromSwedishTitle: SlugSourceFn = (document) =>
  localizedText((document as { title?: unknown }).title, ['sv', 'fi', 'en']) ?? '';

/** A localised slug is generated from the title in its own language. */
export const slugFromTitleInItsLanguage: SlugSourceFn = (document, context) => {
  const language = (context.parent as { language?: string } | undefined)?.language;
  return localizedText((document as { title?: unknown }).title, language ? [language] : []) ?? '';
};

/** The document field that holds the localised slug; the uniqueness query reads it. */
export const LOCALIZED_SLUG_FIELD = 'slug';

/**
 * Unique per document type and language: no other document of the type (drafts and versions of this one
 * aside) has the same slug in the same language. A Finnish slug may equal a Swedish one (e.g. a name).
 */
export const isUniqueInLanguage: SlugIsUniqueValidator = async (slug, context) => {
  const { document, getClient } = context;
  const language = (context.parent as { language?: unknown } | undefined)?.language;
  if (!document || typeof language !== 'string') return true;
  const taken = await getClient({ apiVersion })
    .withConfig({ perspective: 'raw' })
    .fetch<string | null>(
      `*[_type == $type && !sanity::versionOf($published) && count(${LOCALIZED_SLUG_FIELD}[language == $language && value.current == $slug]) > 0][0]._id`,
      { type: document._type, published: getPublishedId(document._id), language, slug },
      { tag: 'validation.localized-slug-is-unique' },
    );
  return !taken;
};

/**
 * The slug as the value of the plugin's `internationalizedArraySlug` (see localizedTypes.ts). Its options
 * reach the slug input of every language; validation stays on the document field, which sees all languages.
 */
export const localizedSlugValue = defineField({
  name: 'slug',
  type: 'slug',
  options: {
    source: slugFromTitleInItsLanguage,
    slugify,
    maxLength: SLUG_MAX_LENGTH,
    isUnique: isUniqueInLanguage,
  },
});

/** Each slug is lowercase a-z, digits and single hyphens (what `slugify` makes), so links stay readable. */
function slugFormat(t: Translate): CustomValidator<LocalizedItem[] | undefined> {
  return (items) => {
    const problems: { message: string; path: Path }[] = [];
    for (const item of items ?? []) {
      const current = (item.value as { current?: unknown } | undefined)?.current;
      if (typeof current !== 'string' || current === '' || KEY_PATTERN.test(current)) continue;
      problems.push({
        message: t('validation.slug.format', { slug: current }),
        path: [{ _key: item._key }, 'value'],
      });
    }
    return problems.length === 0 ? true : problems;
  };
}

/** The localised title (sv and fi required) and its localised slug, as documents with a public page open. */
export const titleAndSlugFields = (t: Translate, group: string) => [
  defineField({
    name: 'title',
    title: t('common.title'),
    type: LOCALIZED_STRING,
    group,
    validation: (rule) => rule.custom(requireLanguages(t)),
  }),
  defineField({
    name: LOCALIZED_SLUG_FIELD,
    title: t('common.slug'),
    description: t('common.slug.description'),
    type: LOCALIZED_SLUG,
    group,
    validation: (rule) => [
      rule.custom(requireLanguages(t, { missing: 'validation.slug.missing' })),
      rule.custom(slugFormat(t)),
    ],
  }),
];

/** The single slug of a focus area, from its Swedish title. */
export const swedishSlugField = (t: Translate) =>
  defineField({
    name: 'slug',
    title: t('common.slug'),
    description: t('focusArea.slug.description'),
    type: 'slug',
    options: { source: slugFromSwedishTitle, slugify, maxLength: SLUG_MAX_LENGTH },
    validation: (rule) => requiredField(rule, t('validation.slug.generate')),
  });
