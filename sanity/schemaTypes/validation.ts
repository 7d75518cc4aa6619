/**
 * Validation shared by the content model. Every message says what is wrong and how to fix it, because
 * editors see these messages and nothing else.
 */
import type { CustomValidator, Path, Rule } from 'sanity';
import {
  LANGUAGE_IDS,
  type LanguageId,
  type LocalizedItem,
  languageLabel,
  REQUIRED_LANGUAGES,
} from './localization';

function listOf(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * Localised text (an internationalized-array value). Every item has one of the site's languages, each language
 * at most once, and public text has Swedish and Finnish. With `optional`, an empty field is accepted, but a text
 * given in one language must be given in both.
 *
 * A field's own validation replaces the plugin's, so the item checks the plugin would make are made here too.
 */
export function requireLanguages(
  options: { optional?: boolean; languages?: readonly LanguageId[] } = {},
): CustomValidator<LocalizedItem[] | undefined> {
  const required = options.languages ?? REQUIRED_LANGUAGES;
  return (items) => {
    const problems: { message: string; path: Path }[] = [];
    const seen = new Set<string>();
    for (const item of items ?? []) {
      const path: Path = [{ _key: item._key }];
      if (typeof item.language !== 'string' || item.language === '') {
        problems.push({ message: 'This translation has no language: remove it and add it again.', path });
      } else if (!(LANGUAGE_IDS as readonly string[]).includes(item.language)) {
        problems.push({
          message: `"${item.language}" is not a language of this site (${LANGUAGE_IDS.join(', ')}): remove this translation.`,
          path,
        });
      } else if (seen.has(item.language)) {
        problems.push({ message: `${languageLabel(item.language)} is given twice: keep one.`, path });
      }
      if (typeof item.language === 'string') seen.add(item.language);
    }
    if (problems.length > 0) return problems;

    const filled = new Set(
      (items ?? [])
        .filter((item) => typeof item.value === 'string' && item.value.trim() !== '')
        .map((item) => item.language),
    );
    if (options.optional && filled.size === 0) return true;
    const missing = required.filter((language) => !filled.has(language));
    if (missing.length === 0) return true;
    const names = listOf(missing.map(languageLabel));
    const needed = listOf(required.map(languageLabel));
    return `${names} ${missing.length === 1 ? 'is' : 'are'} missing: ${
      options.optional ? 'when this text is given, it needs' : 'public text needs'
    } ${needed}.`;
  };
}

/**
 * The rule Sanity passes to a field's validation already holds the checks it infers from the type: slug
 * uniqueness, email format, reference existence, allowed list values. `.error(message)` on that chain would
 * give all of them our message. A fresh rule holds only what we add to it.
 */
export function fresh<R>(rule: R): R {
  return (rule as unknown as Rule).clone().reset() as unknown as R;
}

/** Required, with a message saying what to fill in; the type's own checks keep their own messages. */
export function requiredField<R>(rule: R, message: string): R[] {
  return [rule, (fresh(rule) as unknown as Rule).required().error(message) as unknown as R];
}

export const HTTPS_MESSAGE =
  'Use a full, secure link that starts with https://, e.g. https://www.example.org/page.';

/** Links must be absolute https addresses (replaces the url type's own, http-allowing check). */
export function httpsLink<R>(rule: R): R {
  return (rule as unknown as Rule).uri({ scheme: ['https'] }).error(HTTPS_MESSAGE) as unknown as R;
}

/** Dates (YYYY-MM-DD) and date-times (ISO 8601) as comparable numbers; undefined when missing or invalid. */
function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function sibling(context: { parent?: unknown }, field: string): unknown {
  const parent = context.parent;
  return parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[field] : undefined;
}

/**
 * This date(-time) must be later than the sibling `field` (or equal to it with `orEqual`). Passes while either
 * is empty: `required` says that.
 */
export function laterThan(
  field: string,
  message: string,
  options: { orEqual?: boolean } = {},
): CustomValidator<string | undefined> {
  return (value, context) => {
    const self = timeOf(value);
    const other = timeOf(sibling(context, field));
    if (self === undefined || other === undefined) return true;
    return (options.orEqual ? self >= other : self > other) || message;
  };
}

/** This date(-time) must be earlier than the sibling `field`. */
export function earlierThan(field: string, message: string): CustomValidator<string | undefined> {
  return (value, context) => {
    const self = timeOf(value);
    const other = timeOf(sibling(context, field));
    if (self === undefined || other === undefined) return true;
    return self < other || message;
  };
}

/** This date(-time) must not be later than the sibling `field`. */
export function notLaterThan(field: string, message: string): CustomValidator<string | undefined> {
  return (value, context) => {
    const self = timeOf(value);
    const other = timeOf(sibling(context, field));
    if (self === undefined || other === undefined) return true;
    return self <= other || message;
  };
}

/**
 * Array items must differ in `field` (e.g. the key of a criterion). Each repeated item gets its own message at
 * its own path, so the editor sees which one to change.
 */
export function uniqueValues(
  field: string,
  noun: string,
): CustomValidator<({ _key: string } & Record<string, unknown>)[] | undefined> {
  return (items) => {
    const seen = new Set<string>();
    const problems: { message: string; path: Path }[] = [];
    for (const item of items ?? []) {
      const value = item?.[field];
      if (typeof value !== 'string' || value === '') continue;
      if (seen.has(value)) {
        problems.push({
          message: `The ${noun} "${value}" is used more than once: each ${noun} must be unique.`,
          path: [{ _key: item._key }, field],
        });
      }
      seen.add(value);
    }
    return problems.length === 0 ? true : problems;
  };
}

/** Keys that code and exports use (criteria, questions, options): lowercase words joined by hyphens. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const keyFormat: CustomValidator<string | undefined> = (value) => {
  if (value === undefined || value === '') return true;
  return KEY_PATTERN.test(value)
    ? true
    : `"${value}" is not a valid key: use lowercase letters a-z, digits and single hyphens, e.g. "equal-pay".`;
};

/** A whole number of at least `min`; returns the rule so it can be chained on. */
export function wholeNumberAtLeast<R extends { integer(): R; min(n: number): R; error(message: string): R }>(
  rule: R,
  label: string,
  min: number,
): R {
  return rule.integer().min(min).error(`${label} must be a whole number of at least ${min}.`);
}

/** WCAG 2.x relative luminance of #rrggbb (the same formula the site uses before it applies a colour). */
function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** The contrast ratio of a colour against white (1 to 21). */
export const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** A brand colour: #rrggbb that carries white text at 4.5:1 or more (WCAG 2.1 AA, 1.4.3). */
export const brandColour: CustomValidator<string | undefined> = (value) => {
  if (value === undefined || value === '') return true;
  if (!/^#[0-9a-fA-F]{6}$/.test(value.trim()))
    return 'Give the colour as # and six hexadecimal digits, e.g. #1d4f91.';
  const ratio = contrastWithWhite(value.trim());
  return ratio >= 4.5
    ? true
    : `White text on ${value.trim()} has a contrast of only ${ratio.toFixed(2)}:1; it must be at least 4.5:1. Choose a darker colour.`;
};

/** A logo as plain SVG markup: a drawing only, nothing that runs or loads from elsewhere. */
export const svgLogo: CustomValidator<string | undefined> = (value) => {
  if (value === undefined || value.trim() === '') return true;
  const text = value.trim();
  if (text.length > 50_000) return 'The SVG is too large (over 50,000 characters): simplify or optimise it.';
  if (!/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/i.test(text) || !/<\/svg>$/i.test(text))
    return 'Paste the whole SVG file: it must start with <svg (or <?xml) and end with </svg>.';
  const forbidden: [RegExp, string][] = [
    [/<script/i, 'a script'],
    [/<foreignObject|<iframe|<object|<embed/i, 'embedded HTML'],
    [/<image/i, 'an embedded image'],
    [/<!ENTITY|<!DOCTYPE/i, 'a DOCTYPE or entity'],
    [/\son[a-z]+\s*=/i, 'an event handler (on...=)'],
    [/javascript:/i, 'a javascript: link'],
    [/@import|url\(\s*['"]?(?!#)/i, 'an external style or image'],
    [/(?:xlink:)?href\s*=\s*["'](?!#)/i, 'a link to another file'],
  ];
  const found = forbidden.find(([pattern]) => pattern.test(text));
  return found ? `The SVG contains ${found[1]}: export it again as a plain drawing without it.` : true;
};
