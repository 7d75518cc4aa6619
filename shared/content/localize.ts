import type { Language } from '../http/route';

/** An internationalized-array field as stored by sanity-plugin-internationalized-array v5. */
export type LocalizedField<T = string> =
  | readonly { _key: string; language?: string | null; value?: T | null }[]
  | null
  | undefined;

export type LocalizedMap<T = string> = Partial<Record<Language, T>>;

const fallbackOrder: readonly Language[] = ['sv', 'fi', 'en'];

/** The value in `lang`, else Swedish, else Finnish, else English (docs/DOMAIN.md, Languages: Swedish first). */
export function localize<T = string>(field: LocalizedField<T>, lang: Language): T | undefined {
  if (!field?.length) return undefined;
  for (const candidate of [lang, ...fallbackOrder]) {
    const item = field.find((entry) => (entry.language ?? entry._key) === candidate);
    if (item?.value !== undefined && item.value !== null && item.value !== '') return item.value;
  }
  return undefined;
}

/** The field as a plain {sv, fi, en} map, the shape the operational copy keeps for mail. */
export function toLocalizedMap<T = string>(field: LocalizedField<T>): LocalizedMap<T> {
  const out: LocalizedMap<T> = {};
  for (const entry of field ?? []) {
    const language = (entry.language ?? entry._key) as Language;
    if (fallbackOrder.includes(language) && entry.value !== undefined && entry.value !== null)
      out[language] = entry.value;
  }
  return out;
}

/** The same fallback over a plain map. */
export function pick<T = string>(map: LocalizedMap<T> | undefined, lang: Language): T | undefined {
  if (!map) return undefined;
  for (const candidate of [lang, ...fallbackOrder]) {
    const value = map[candidate];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

const collators = new Map<Language, Intl.Collator>();

/** Names sorted as the language sorts them (Å, Ä, Ö after Z in Swedish), not by code point. */
export function collatorFor(lang: Language): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}
