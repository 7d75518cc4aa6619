import { config } from '../config';
import { assetBase } from '../content/asset-base';
import type { Language } from '../http/route';
import type { LinkTarget, RichTextContext } from '../ui/rich-text';
import { PUBLIC_PAGE_SECTIONS, type PublicPageType, publicPagePath } from './page-path';

export { attachmentLink, figureHtml, richText } from '../ui/rich-text';

/** The stored slug field of a link's target: `[{language, value: {current}}]`, as its document holds it. */
type StoredSlugs = readonly { language?: string | null; value?: { current?: string | null } | null }[];

/**
 * The public page of a linked document in a language, by its slug in that language (shared/site/page-path.ts,
 * the one place page addresses are made). Undefined for a type without a public page.
 */
export function publicPath(target: LinkTarget, lang: Language): string | undefined {
  if (!(target._type in PUBLIC_PAGE_SECTIONS)) return undefined;
  const stored = Array.isArray(target.slug) ? (target.slug as StoredSlugs) : [];
  const slugs = stored.map((item) => ({ language: item.language, value: item.value?.current }));
  return publicPagePath(target._type as PublicPageType, lang, { id: target._id, slugs });
}

/** How the public site renders rich text in `lang` (shared/ui/rich-text.ts). */
export function siteRichText(lang: Language, options: { headingLevel?: number } = {}): RichTextContext {
  return {
    lang,
    assets: assetBase(),
    linkTo: publicPath,
    siteOrigin: new URL(config.publicBaseUrl).origin,
    ...options,
  };
}
