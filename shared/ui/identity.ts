/**
 * The network's identity as the pages show it: its name, logo, colours, introduction and contact. It
 * comes from the Studio's settings, never from code, so another network is another settings document.
 */
export interface Identity {
  /** The network's name in the page's language. */
  name: string;
  /** A short line under the name on the home page, the home page's heading. */
  tagline?: string;
  /** Paragraphs introducing the network (plain text; blank lines separate paragraphs). */
  introduction?: string;
  contactEmail?: string;
  /** Whether a (safe) logo is set: it is served as /assets/logo.svg. */
  hasLogo: boolean;
  colours: Colours;
}

export interface Colours {
  /** Header band, buttons and links: white text on it, at least 4.5:1. */
  brand: string;
  /** Hover and pressed states, and the header's lower border. */
  brandDark: string;
}

export const DEFAULT_COLOURS: Colours = { brand: '#1d4f91', brandDark: '#123563' };

const HEX = /^#([0-9a-f]{6})$/i;

/** WCAG 2.x relative luminance of an sRGB colour #rrggbb. */
export function luminance(hex: string): number {
  const match = HEX.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1] as string, 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** The contrast ratio of two colours (1 to 21), as WCAG 2.x defines it. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG 2.1 AA for text (1.4.3): the brand colour carries white text and is the link colour on white. */
export const MIN_CONTRAST = 4.5;

/** A colour darkened by a share (0–1) towards black, for hover and borders. */
export function darken(hex: string, share: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const part = (shift: number) =>
    Math.round(((value >> shift) & 0xff) * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${part(16)}${part(8)}${part(0)}`;
}

/**
 * The colours of settings, used only when they are well formed and readable: white on the brand colour
 * at 4.5:1 or more (the Studio checks it at publish; a document written otherwise falls back here).
 */
export function coloursFrom(brand: unknown): Colours {
  if (typeof brand !== 'string' || !HEX.test(brand.trim())) return DEFAULT_COLOURS;
  const colour = brand.trim().toLowerCase();
  if (contrastRatio(colour, '#ffffff') < MIN_CONTRAST) return DEFAULT_COLOURS;
  return { brand: colour, brandDark: darken(colour, 0.3) };
}

/** The stylesheet that carries the identity's colours (a file: the CSP allows no inline style). */
export const themeCss = (colours: Colours) =>
  `:root{--brand:${colours.brand};--brand-dark:${colours.brandDark}}\n`;

const MAX_LOGO_BYTES = 50_000;

/**
 * The logo's SVG when it is a plain drawing: no script, event handler, external reference, embedded
 * HTML, entity or style sheet import. Anything else is refused (undefined) rather than repaired. It is
 * served as an image with a CSP of its own that allows nothing, so this is a second line of defence.
 */
export function safeSvg(svg: unknown): string | undefined {
  if (typeof svg !== 'string') return undefined;
  const text = svg.trim();
  if (!text || text.length > MAX_LOGO_BYTES) return undefined;
  if (!/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/i.test(text) || !/<\/svg>$/i.test(text)) return undefined;
  const forbidden = [
    /<script/i,
    /<foreignObject/i,
    /<!ENTITY/i,
    /<!DOCTYPE/i,
    /<iframe|<object|<embed|<image/i,
    /\son[a-z]+\s*=/i,
    /javascript:/i,
    /@import/i,
    /url\(\s*['"]?(?!#)/i,
    /(?:xlink:)?href\s*=\s*["'](?!#)/i,
  ];
  return forbidden.some((pattern) => pattern.test(text)) ? undefined : text;
}
