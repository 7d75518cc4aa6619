import { config } from '../config';
import { assetBase } from '../content/asset-base';
import type { Language } from '../http/route';
import type { LinkTarget, RichTextContext } from '../ui/rich-text';

export { attachmentLink, figureHtml, richText } from '../ui/rich-text';

/** Path sections of the site's pages, per document type that has one. */
const SECTIONS: Record<string, string> = {
  event: 'events',
  campaign: 'campaigns',
  informationPackage: 'information-packages',
  method: 'methods',
};

/**
 * The public page of a document in a language: the one function that builds the address of a linked
 * document, so rich text's internal links follow wherever the site's URLs go. Undefined for a type without
 * a public page.
 */
export function publicPath(target: LinkTarget, lang: Language): string | undefined {
  const section = SECTIONS[target._type];
  return section ? `/${lang}/${section}/${encodeURIComponent(target._id)}` : undefined;
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
