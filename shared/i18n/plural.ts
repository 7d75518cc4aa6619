import type { Language } from '../http/route';

const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };
const rules = new Map<Language, Intl.PluralRules>();

/** The forms of a counted phrase: `one` for 1, `other` for the rest ({n} stands for the number). */
export interface PluralForms {
  one: string;
  other: string;
}

/**
 * A counted phrase in the language's own plural rule (Intl.PluralRules): "1 ledamot", "2 ledamöter",
 * "1 jäsen", "2 jäsentä". Swedish, Finnish and English all have the categories `one` and `other`.
 */
export function plural(lang: Language, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(locales[lang]);
    rules.set(lang, rule);
  }
  const form = rule.select(count) === 'one' ? forms.one : forms.other;
  return form.replaceAll('{n}', formatNumber(count, lang));
}

/** A number as the language writes it (a non-breaking space groups thousands in sv and fi). */
export const formatNumber = (value: number, lang: Language) =>
  new Intl.NumberFormat(locales[lang]).format(value);

/** The same phrase in every language: the shape every counted text is kept in. */
export type PluralText = Record<Language, PluralForms>;

export const pluralText = (text: PluralText, lang: Language, count: number) =>
  plural(lang, count, text[lang]);
