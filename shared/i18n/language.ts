import type { Language } from '../http/route';

export const languages = ['sv', 'fi', 'en'] as const satisfies readonly Language[];
export const defaultLanguage: Language = 'sv';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/**
 * docs/ARCHITECTURE.md (Languages of a request): `?lang=sv|fi|en`, else Accept-Language (by q-value, primary subtag), else Swedish.
 */
export function negotiateLanguage(
  queryLang: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (isLanguage(queryLang)) return queryLang;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        const quality = q ? Number.parseFloat(q.slice(2)) : 1;
        return {
          primary: tag.toLowerCase().split('-')[0],
          quality: Number.isNaN(quality) ? 0 : quality,
          index,
        };
      })
      .filter((entry) => entry.quality > 0)
      .sort((a, b) => b.quality - a.quality || a.index - b.index);
    for (const entry of ranked) {
      if (isLanguage(entry.primary)) return entry.primary;
    }
  }
  return defaultLanguage;
}
