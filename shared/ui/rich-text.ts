import { type PortableTextHtmlComponents, toHTML } from '@portabletext/to-html';
import { createImageUrlBuilder } from '@sanity/image-url';
import { type LocalizedField, localize } from '../content/localize';
import type { Language } from '../http/route';
import { escapeHtml, Html } from './html';

/**
 * Rich text (Portable Text) as server-side HTML, for the site and the console alike: paragraphs, headings,
 * lists, strong and emphasis, links, links to other documents, images and files. The one place content markup
 * is made, so the rules hold everywhere:
 *
 * - every text and attribute is escaped (@portabletext/to-html escapes text; attributes go through escapeHtml);
 * - a link survives only with an http, https or mailto address (`linkHref`); anything else (javascript:,
 *   data:, vbscript:, `//host`, relative paths) is left as its plain text;
 * - external links are marked, visibly and for screen readers, in the page's language, with rel="noopener";
 * - links to other documents go to their public page in the page's language (the context's `linkTo`);
 * - images come from Sanity's image pipeline (@sanity/image-url) with a width-based srcset, their width and
 *   height (no layout shift), lazy loading and the alt text in the page's language;
 * - files are links with their type and size, in the page's language;
 * - block types, styles and marks it does not know render nothing (or their plain text), never raw markup.
 */

/** Where images and files are served: Sanity's CDN in AWS, the local stack's asset route offline. */
export interface AssetBase {
  projectId: string;
  dataset: string;
  /** `https://cdn.sanity.io`, or a path of this site such as `/_local/assets`. */
  baseUrl: string;
}

/** A document an internal link points to, as the queries project it. */
export interface LinkTarget {
  _id: string;
  _type: string;
  slug?: unknown;
}

export interface RichTextContext {
  lang: Language;
  assets: AssetBase;
  /** The public page of a linked document in `lang`; undefined when it has none (the text stays). */
  linkTo: (target: LinkTarget, lang: Language) => string | undefined;
  /** The site's own origin: links there are not marked external. */
  siteOrigin?: string;
  /**
   * The level the text's own h2 becomes: 2 right under the page title, 3 inside a section headed by an h2.
   * Levels never go beyond h6.
   */
  headingLevel?: number;
}

/** An image field (the `figure` type): an asset reference, crop and hotspot, alt text and caption per language. */
export interface FigureValue {
  _type?: string;
  asset?: { _ref?: string } | null;
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null;
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null;
  alt?: LocalizedField | null;
  caption?: LocalizedField | null;
}

/** A file field (the `attachment` type) with what the queries add from its asset: extension, type, size. */
export interface AttachmentValue {
  _type?: string;
  asset?: { _ref?: string } | null;
  title?: LocalizedField | null;
  file?: { extension?: string | null; mimeType?: string | null; size?: number | null } | null;
}

const strings = {
  externalSite: { sv: 'extern webbplats', fi: 'ulkoinen sivusto', en: 'external site' },
  file: { sv: 'Fil', fi: 'Tiedosto', en: 'File' },
  bytes: { sv: 'B', fi: 't', en: 'B' },
  kilobytes: { sv: 'kB', fi: 'kt', en: 'kB' },
  megabytes: { sv: 'MB', fi: 'Mt', en: 'MB' },
} satisfies Record<string, Record<Language, string>>;

const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };

/** The widths offered in an image's srcset (never wider than the image itself). */
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;
const MAX_IMAGE_WIDTH = 1280;
/** The text column is at most 44rem wide (shared/ui/styles.ts); below that, the viewport less its margins. */
export const IMAGE_SIZES = '(min-width: 48rem) 44rem, calc(100vw - 2rem)';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address a content link may have: an absolute http, https or mailto URL, normalised; anything else is
 * undefined. The WHATWG parser sees what a browser sees (it drops tabs and newlines, so `java\tscript:` is
 * javascript:), and an address without a scheme (`//host`, `/path`, `www.x`) does not parse without a base.
 */
export function linkHref(href: unknown): string | undefined {
  if (typeof href !== 'string' || href.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined;
  return url.href;
}

/** "2,6 kB", "2,6 kt", "1.2 MB": decimal units, one decimal, the language's decimal separator. */
export function fileSize(bytes: number, lang: Language): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${format(bytes, 0)} ${strings.bytes[lang]}`;
  if (bytes < 1_000_000) return `${format(bytes / 1000, 1)} ${strings.kilobytes[lang]}`;
  return `${format(bytes / 1_000_000, 1)} ${strings.megabytes[lang]}`;
}

/** The value in `lang` (else Swedish, Finnish, English) and the language it is in, for a `lang` attribute. */
function localizedWithLanguage(field: LocalizedField | null | undefined, lang: Language) {
  const value = localize(field, lang);
  if (value === undefined) return undefined;
  const entry = field?.find((item) => item.value === value);
  const language = entry?.language ?? entry?._key ?? lang;
  return { value, language };
}

const langAttribute = (language: string, page: Language) =>
  language === page ? '' : ` lang="${escapeHtml(language)}"`;

/** `image-<id>-<width>x<height>-<ext>`: the dimensions Sanity writes into every image asset id. */
function imageDimensions(ref: unknown) {
  const match = typeof ref === 'string' ? /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/.exec(ref) : null;
  if (!match) return undefined;
  return { width: Number(match[1]), height: Number(match[2]) };
}

const fraction = (value: unknown) => (typeof value === 'number' && value > 0 && value < 1 ? value : 0);

/** The figure as an <img> (in a <figure> when it has a caption); nothing when it has no usable asset. */
export function figureHtml(value: FigureValue | null | undefined, ctx: RichTextContext): Html {
  const natural = imageDimensions(value?.asset?._ref);
  if (!value || !natural) return new Html('');
  const crop = value.crop ?? {};
  const width = Math.max(1, Math.round(natural.width * (1 - fraction(crop.left) - fraction(crop.right))));
  const height = Math.max(1, Math.round(natural.height * (1 - fraction(crop.top) - fraction(crop.bottom))));
  const builder = createImageUrlBuilder(ctx.assets).image(value as never);
  const largest = Math.min(width, MAX_IMAGE_WIDTH);
  const widths = [...IMAGE_WIDTHS.filter((candidate) => candidate < largest), largest];
  const url = (w: number) => builder.width(w).fit('max').auto('format').url();
  const srcset = widths.map((w) => `${url(w)} ${w}w`).join(', ');
  const alt = localizedWithLanguage(value.alt, ctx.lang);
  const caption = localizedWithLanguage(value.caption, ctx.lang);
  const img =
    `<img src="${escapeHtml(url(Math.min(width, 960)))}" srcset="${escapeHtml(srcset)}" sizes="${IMAGE_SIZES}"` +
    ` width="${width}" height="${height}" alt="${escapeHtml(alt?.value ?? '')}"` +
    `${alt ? langAttribute(alt.language, ctx.lang) : ''} loading="lazy" decoding="async">`;
  return new Html(
    `<figure class="figure">${img}${
      caption
        ? `<figcaption${langAttribute(caption.language, ctx.lang)}>${escapeHtml(caption.value)}</figcaption>`
        : ''
    }</figure>`,
  );
}

const FILE_TYPES: Record<string, string> = { pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX', pptx: 'PPTX' };

/** `file-<id>-<ext>`: the id of a file asset. */
function fileAsset(ref: unknown) {
  const match = typeof ref === 'string' ? /^file-([A-Za-z0-9]+)-([a-z0-9]+)$/.exec(ref) : null;
  return match ? { id: match[1] as string, extension: match[2] as string } : undefined;
}

/** The file's address on the CDN (or the local asset route), built from its asset id as Sanity does. */
export function fileUrl(ref: unknown, assets: AssetBase): string | undefined {
  const asset = fileAsset(ref);
  if (!asset) return undefined;
  const base = assets.baseUrl.replace(/\/+$/, '');
  return `${base}/files/${assets.projectId}/${assets.dataset}/${asset.id}.${asset.extension}`;
}

/** A link to the file, its title in the page's language, then its type and size: "Title (PDF, 2,6 kB)". */
export function attachmentLink(value: AttachmentValue | null | undefined, ctx: RichTextContext): Html {
  const href = fileUrl(value?.asset?._ref, ctx.assets);
  if (!value || !href) return new Html('');
  const extension = (value.file?.extension ?? fileAsset(value.asset?._ref)?.extension ?? '').toLowerCase();
  const type = FILE_TYPES[extension] ?? extension.toUpperCase();
  const size = typeof value.file?.size === 'number' ? fileSize(value.file.size, ctx.lang) : undefined;
  const title = localizedWithLanguage(value.title, ctx.lang);
  const details = [type, size].filter(Boolean).join(', ');
  const mime = value.file?.mimeType ? ` type="${escapeHtml(value.file.mimeType)}"` : '';
  const text = title
    ? `<span${langAttribute(title.language, ctx.lang)}>${escapeHtml(title.value)}</span>`
    : escapeHtml(strings.file[ctx.lang]);
  return new Html(
    `<a class="attachment" href="${escapeHtml(href)}"${mime}>${text}${details ? ` (${escapeHtml(details)})` : ''}</a>`,
  );
}

/** An http(s) or mailto link; other sites' pages marked as external. */
function linkMarkup(href: string, children: string, ctx: RichTextContext): string {
  const url = new URL(href);
  const external = url.protocol !== 'mailto:' && url.origin !== ctx.siteOrigin;
  if (!external) return `<a href="${escapeHtml(href)}">${children}</a>`;
  return (
    `<a class="external" href="${escapeHtml(href)}" rel="noopener">${children}` +
    `<span class="external-mark" aria-hidden="true">↗</span>` +
    `<span class="visually-hidden"> (${strings.externalSite[ctx.lang]})</span></a>`
  );
}

const HEADING = /^h([1-6])$/;

function components(ctx: RichTextContext): Partial<PortableTextHtmlComponents> {
  const base = ctx.headingLevel ?? 2;
  const block: PortableTextHtmlComponents['block'] = ({ value, children }) => {
    if (!children) return '';
    const heading = HEADING.exec(value.style ?? '');
    if (!heading) return `<p>${children}</p>`;
    // The page title is the only h1: the text's h1 and h2 both become its top level.
    const level = Math.min(6, base + Math.max(0, Number(heading[1]) - 2));
    return `<h${level}>${children}</h${level}>`;
  };
  return {
    block,
    list: ({ value, children }) =>
      value.listItem === 'number' ? `<ol>${children}</ol>` : `<ul>${children}</ul>`,
    listItem: ({ children }) => `<li>${children ?? ''}</li>`,
    marks: {
      strong: ({ children }) => `<strong>${children}</strong>`,
      em: ({ children }) => `<em>${children}</em>`,
      link: ({ children, value }) => {
        const href = linkHref((value as { href?: unknown } | undefined)?.href);
        return href ? linkMarkup(href, children, ctx) : children;
      },
      internalLink: ({ children, value }) => {
        const target = (value as { target?: LinkTarget | null } | undefined)?.target;
        const path = target?._id && target._type ? ctx.linkTo(target, ctx.lang) : undefined;
        return path ? `<a href="${escapeHtml(path)}">${children}</a>` : children;
      },
    },
    types: {
      figure: ({ value }) => figureHtml(value as FigureValue, ctx).value,
      attachment: ({ value }) => {
        const link = attachmentLink(value as AttachmentValue, ctx).value;
        return link ? `<p>${link}</p>` : '';
      },
    },
    unknownType: () => '',
    unknownMark: ({ children }) => children,
    unknownBlockStyle: ({ children }) => (children ? `<p>${children}</p>` : ''),
    unknownList: ({ children }) => `<ul>${children}</ul>`,
    unknownListItem: ({ children }) => `<li>${children ?? ''}</li>`,
  };
}

const isNode = (value: unknown): value is { _type: string } =>
  typeof value === 'object' && value !== null && typeof (value as { _type?: unknown })._type === 'string';

/** Portable Text blocks (one language's value of a localised rich-text field) as HTML. */
export function richText(blocks: readonly unknown[] | null | undefined, ctx: RichTextContext): Html {
  const nodes = (blocks ?? []).filter(isNode);
  if (!nodes.length) return new Html('');
  return new Html(toHTML(nodes, { components: components(ctx), onMissingComponent: false }));
}
