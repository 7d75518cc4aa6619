/**
 * The Studio speaks the editors' languages. Every text our schema, structure and actions show (titles,
 * descriptions, option labels, previews, validation messages) is one entry of `dictionary.ts` with its Swedish,
 * Finnish and English text; code asks for it with `t(key, params)`. The Studio has one workspace per language
 * (sanity.config.ts), each built with its own `t`, and Sanity's own interface follows with its locale plugin.
 */
import { type Dictionary, dictionary } from './dictionary';

/** Languages of the Studio interface, Swedish first: the first workspace is the default one. */
export const STUDIO_LANGUAGES = ['sv', 'fi', 'en'] as const;

export type StudioLanguage = (typeof STUDIO_LANGUAGES)[number];

export type MessageKey = keyof Dictionary;

export type Params = Record<string, string | number>;

/** Looks a text up in one language; `language` says which, so previews can prefer it too. */
export interface Translate {
  (key: MessageKey, params?: Params): string;
  readonly language: StudioLanguage;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The text of `key` in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: StudioLanguage, key: MessageKey, params: Params = {}): string {
  const entry = dictionary[key];
  if (!entry) throw new Error(`No text "${key}" in the Studio dictionary`);
  return entry[language].replace(PLACEHOLDER, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The text "${key}" needs the parameter "${name}"`);
    return String(value);
  });
}

export function translator(language: StudioLanguage): Translate {
  return Object.assign((key: MessageKey, params?: Params) => translate(language, key, params), { language });
}

/** The placeholders a text uses, e.g. ["missing", "required"]; each language of an entry uses the same ones. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort();
}

/** "svenska (sv) och finska (fi)": a list in the Studio's language. */
export function listOf(language: StudioLanguage, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

export { dictionary };
