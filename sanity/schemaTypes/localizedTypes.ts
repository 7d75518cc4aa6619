/**
 * Configuration of sanity-plugin-internationalized-array, shared by sanity.config.ts and the tests so both
 * compile the same schema. It registers `internationalizedArray<Type>` (the field) and
 * `internationalizedArray<Type>Value` (one language's item) for each field type below:
 *
 * - `string`, `text`: plain text (`value` is a string);
 * - `richText`: Portable Text (`value` is an array of blocks, images and files; schemaTypes/objects/richText.ts);
 * - `slug`: a slug per language (`value` is `{_type: 'slug', current}`; schemaTypes/slug.ts).
 */
import { LANGUAGES, REQUIRED_LANGUAGES } from './localization';
import { localizedSlugValue } from './slug';

export const internationalizedArrayConfig = {
  languages: LANGUAGES.map(({ id, title }) => ({ id, title })),
  defaultLanguages: [...REQUIRED_LANGUAGES],
  fieldTypes: ['string', 'text', 'richText', localizedSlugValue],
  buttonLocations: ['field'] as ('field' | 'fieldMenu' | 'document')[],
  languageDisplay: 'titleAndCode' as const,
};
