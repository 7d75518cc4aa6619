/**
 * Where a document's public page lives: `<base>/<language>/<section>/<slug in that language>`, e.g.
 * `http://localhost:3000/fi/events/esimerkki-webinaari-2027`. The site resolves the slug in the page's
 * language and falls back to the Swedish slug when the document has none in that language (English is
 * optional), so the URL here makes the same choice.
 */

/** Path sections of the site, per document type that has a public page. */
export const PUBLIC_PAGE_SECTIONS = {
  event: 'events',
  campaign: 'campaigns',
  informationPackage: 'information-packages',
  method: 'methods',
} as const;

export type PublicPageType = keyof typeof PUBLIC_PAGE_SECTIONS;

/** The site's address when the settings document gives none: the local server of `npm start`. */
export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:3000';

export function hasPublicPage(type: string): type is PublicPageType {
  return Object.hasOwn(PUBLIC_PAGE_SECTIONS, type);
}

interface SlugItem {
  language?: unknown;
  value?: { current?: unknown } | null;
}

function slugIn(slugs: unknown, language: string): string | undefined {
  if (!Array.isArray(slugs)) return undefined;
  const current = (slugs as SlugItem[]).find((item) => item?.language === language)?.value?.current;
  return typeof current === 'string' && current.trim() !== '' ? current.trim() : undefined;
}

/** `https://example.org/` → `https://example.org`; anything that is not an http(s) address → the default. */
export function normalizedBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') return DEFAULT_PUBLIC_BASE_URL;
  try {
    const url = new URL(baseUrl.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return DEFAULT_PUBLIC_BASE_URL;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return DEFAULT_PUBLIC_BASE_URL;
  }
}

/**
 * The public page of `document` in `language`, or undefined when its type has no public page or it has no
 * slug (in that language or in Swedish).
 */
export function publicPageUrl(options: {
  baseUrl?: unknown;
  language: string;
  document: { _type: string; slug?: unknown } | null | undefined;
}): string | undefined {
  const { document, language } = options;
  if (!document || !hasPublicPage(document._type)) return undefined;
  const slug = slugIn(document.slug, language) ?? slugIn(document.slug, 'sv');
  if (!slug) return undefined;
  const section = PUBLIC_PAGE_SECTIONS[document._type];
  return `${normalizedBaseUrl(options.baseUrl)}/${encodeURIComponent(language)}/${section}/${encodeURIComponent(slug)}`;
}
