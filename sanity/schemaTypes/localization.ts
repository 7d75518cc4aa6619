/**
 * Languages of the content. Swedish first, Finnish equal, English third; public text needs sv and fi.
 * Localised fields use sanity-plugin-internationalized-array (v5): an array of
 * `{_key, _type: 'internationalizedArray<Type>Value', language, value}` items.
 */

export const LANGUAGES = [
  { id: 'sv', title: 'Svenska', name: 'Swedish' },
  { id: 'fi', title: 'Suomi', name: 'Finnish' },
  { id: 'en', title: 'English', name: 'English' },
] as const;

export type LanguageId = (typeof LANGUAGES)[number]['id'];

export const LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.map((language) => language.id);

/** Languages every public text must have. */
export const REQUIRED_LANGUAGES: readonly LanguageId[] = ['sv', 'fi'];

/** For `options.list` of fields that store a language code. */
export const LANGUAGE_OPTIONS = LANGUAGES.map((language) => ({ value: language.id, title: language.title }));

/** "Finnish (fi)" */
export function languageLabel(id: string): string {
  const language = LANGUAGES.find((candidate) => candidate.id === id);
  return language ? `${language.name} (${language.id})` : `"${id}"`;
}

/** Plugin configuration, shared by sanity.config.ts and the tests so both compile the same schema. */
export const internationalizedArrayConfig = {
  languages: LANGUAGES.map(({ id, title }) => ({ id, title })),
  defaultLanguages: [...REQUIRED_LANGUAGES],
  fieldTypes: ['string', 'text'],
  buttonLocations: ['field'] as ('field' | 'fieldMenu' | 'document')[],
  languageDisplay: 'titleAndCode' as const,
};

/** The localised field types the plugin registers for `fieldTypes` above. */
export const LOCALIZED_STRING = 'internationalizedArrayString';
export const LOCALIZED_TEXT = 'internationalizedArrayText';

export interface LocalizedItem {
  _key: string;
  _type?: string;
  language?: string;
  value?: unknown;
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
