import type { Language } from '../http/route';

/**
 * Where a document's public page lives: `/{lang}/{section}/{slug in that language}`, e.g.
 * `/fi/events/esimerkki-webinaari-2027`. Every link the site and its mails build to these pages comes
 * from `publicPagePath`; the site answers the old id form and a slug of another language with a
 * permanent redirect to this path (functions/site/handler.ts). The Studio's "open on the site" action
 * (sanity/actions/publicPage.ts) makes the same choice for the same sections.
 */
export const PUBLIC_PAGE_SECTIONS = {
  event: 'events',
  campaign: 'campaigns',
  informationPackage: 'information-packages',
  method: 'methods',
} as const;

export type PublicPageType = keyof typeof PUBLIC_PAGE_SECTIONS;

/** Every language's slug of a document, as the content queries return them (`"slugs"`). */
export type Slugs = readonly { language?: string | null; value?: string | null }[] | null | undefined;

/** The slug in `lang`, else the Swedish one (English slugs are optional); undefined when it has neither. */
export function slugIn(slugs: Slugs, lang: Language): string | undefined {
  const find = (language: string) => {
    const value = slugs?.find((item) => item.language === language)?.value?.trim();
    return value ? value : undefined;
  };
  return find(lang) ?? find('sv');
}

/**
 * The public page of a document in `lang`. `slugs` (every language) is preferred; else `slug`, already the
 * page language's; a document without any slug is addressed by its id, which then is its page.
 */
export function publicPagePath(
  type: PublicPageType,
  lang: Language,
  doc: { id: string; slug?: string | null; slugs?: Slugs },
): string {
  const key = slugIn(doc.slugs, lang) ?? (doc.slug || undefined) ?? doc.id;
  return `/${lang}/${PUBLIC_PAGE_SECTIONS[type]}/${encodeURIComponent(key)}`;
}
