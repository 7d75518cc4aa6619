/**
 * Languages of the content. Swedish first, Finnish equal, English third; public text needs sv and fi.
 * Localised fields use sanity-plugin-internationalized-array (v5): an array of
 * `{_key, _type: 'internationalizedArray<Type>Value', language, value}` items.
 */
import type { MessageKey, Translate } from '../i18n';

export const LANGUAGES = [
  { id: 'sv', title: 'Svenska' },
  { id: 'fi', title: 'Suomi' },
  { id: 'en', title: 'English' },
] as const;

export type LanguageId = (typeof LANGUAGES)[number]['id'];

export const LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.map((language) => language.id);

/** Languages every public text must have. */
export const REQUIRED_LANGUAGES: readonly LanguageId[] = ['sv', 'fi'];

const LANGUAGE_NAMES: Record<LanguageId, MessageKey> = {
  sv: 'language.sv',
  fi: 'language.fi',
  en: 'language.en',
};

const LANGUAGE_OPTION_TITLES: Record<LanguageId, MessageKey> = {
  sv: 'language.option.sv',
  fi: 'language.option.fi',
  en: 'language.option.en',
};

/** For `options.list` of fields that store a language code, in the Studio's language. */
export function languageOptions(t: Translate, ids: readonly LanguageId[] = LANGUAGE_IDS) {
  return ids.map((id) => ({ value: id, title: t(LANGUAGE_OPTION_TITLES[id]) }));
}

/** "Finnish (fi)", "finska (fi)", "suomi (fi)"; an unknown code is quoted. */
export function languageLabel(t: Translate, id: string): string {
  const key = LANGUAGE_NAMES[id as LanguageId];
  return key ? `${t(key)} (${id})` : `"${id}"`;
}

/** The localised field types the internationalized-array plugin registers (see localizedTypes.ts). */
export const LOCALIZED_STRING = 'internationalizedArrayString';
export const LOCALIZED_TEXT = 'internationalizedArrayText';
export const LOCALIZED_RICH_TEXT = 'internationalizedArrayRichText';
export const LOCALIZED_SLUG = 'internationalizedArraySlug';

export interface LocalizedItem {
  _key: string;
  _type?: string;
  language?: string;
  value?: unknown;
}

/** Swedish, then Finnish, then English, with `first` (the Studio's language) ahead of them. */
export function preferring(first?: string): string[] {
  return [...new Set([...(first ? [first] : []), ...LANGUAGE_IDS])];
}

/** The text in the first preferred language that has one (sv, then fi, then en). Used by previews. */
export function localizedText(
  items: unknown,
  preferred: readonly string[] = LANGUAGE_IDS,
): string | undefined {
  if (!Array.isArray(items)) return undefined;
  for (const language of preferred) {
    const item = (items as LocalizedItem[]).find((candidate) => candidate?.language === language);
    if (typeof item?.value === 'string' && item.value.trim() !== '') return item.value;
  }
  return undefined;
}

/** A preview's text in the Studio's language, else in the first content language that has it. */
export function previewText(items: unknown, t: Translate): string | undefined {
  return localizedText(items, preferring(t.language));
}
