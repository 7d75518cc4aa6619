/**
 * Validation shared by the content model. Every message says what is wrong and how to fix it, because
 * editors see these messages and nothing else; each one comes from the dictionary in the Studio's language.
 */
import type { CustomValidator, Path, Rule } from 'sanity';
import { listOf, type MessageKey, type Translate } from '../i18n';
import {
  LANGUAGE_IDS,
  type LanguageId,
  type LocalizedItem,
  languageLabel,
  REQUIRED_LANGUAGES,
} from './localization';

/** Whether a localised value holds something: text, a slug, or rich text with text or an image or a file. */
export function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) {
    return value.some((block) => {
      if (block === null || typeof block !== 'object') return false;
      const { _type, children } = block as { _type?: string; children?: { text?: unknown }[] };
      if (_type !== 'block') return true;
      return (children ?? []).some((child) => typeof child?.text === 'string' && child.text.trim() !== '');
    });
  }
  if (value !== null && typeof value === 'object') {
    const current = (value as { current?: unknown }).current;
    return typeof current === 'string' && current.trim() !== '';
  }
  return false;
}

/**
 * Localised text (an internationalized-array value). Every item has one of the site's languages, each language
 * at most once, and public text has Swedish and Finnish. With `optional`, an empty field is accepted, but a text
 * given in one language must be given in both. `missing` replaces the message for missing languages.
 *
 * A field's own validation replaces the plugin's, so the item checks the plugin would make are made here too.
 */
export function requireLanguages(
  t: Translate,
  options: { optional?: boolean; languages?: readonly LanguageId[]; missing?: MessageKey } = {},
): CustomValidator<LocalizedItem[] | undefined> {
  const required = options.languages ?? REQUIRED_LANGUAGES;
  return (items) => {
    const problems: { message: string; path: Path }[] = [];
    const seen = new Set<string>();
    for (const item of items ?? []) {
      const path: Path = [{ _key: item._key }];
      if (typeof item.language !== 'string' || item.language === '') {
        problems.push({ message: t('validation.languages.noLanguage'), path });
      } else if (!(LANGUAGE_IDS as readonly string[]).includes(item.language)) {
        problems.push({
          message: t('validation.languages.unknown', {
            language: item.language,
            languages: LANGUAGE_IDS.join(', '),
          }),
          path,
        });
      } else if (seen.has(item.language)) {
        problems.push({
          message: t('validation.languages.twice', { language: languageLabel(t, item.language) }),
          path,
        });
      }
      if (typeof item.language === 'string') seen.add(item.language);
    }
    if (problems.length > 0) return problems;

    const filled = new Set(
      (items ?? []).filter((item) => hasContent(item.value)).map((item) => item.language),
    );
    if (options.optional && filled.size === 0) return true;
    const missing = required.filter((language) => !filled.has(language));
    if (missing.length === 0) return true;
    const params = {
      missing: listOf(
        t.language,
        missing.map((language) => languageLabel(t, language)),
      ),
      required: listOf(
        t.language,
        required.map((language) => languageLabel(t, language)),
      ),
    };
    if (options.missing) return t(options.missing, params);
    const one = missing.length === 1;
    if (options.optional) {
      return t(
        one ? 'validation.languages.missingOneOptional' : 'validation.languages.missingManyOptional',
        params,
      );
    }
    return t(one ? 'validation.languages.missingOne' : 'validation.languages.missingMany', params);
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

/** Links must be absolute https addresses (replaces the url type's own, http-allowing check). */
export function httpsLink<R>(rule: R, t: Translate): R {
  return (rule as unknown as Rule).uri({ scheme: ['https'] }).error(t('validation.https')) as unknown as R;
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
  message: (value: string) => string,
): CustomValidator<({ _key: string } & Record<string, unknown>)[] | undefined> {
  return (items) => {
    const seen = new Set<string>();
    const problems: { message: string; path: Path }[] = [];
    for (const item of items ?? []) {
      const value = item?.[field];
      if (typeof value !== 'string' || value === '') continue;
      if (seen.has(value)) problems.push({ message: message(value), path: [{ _key: item._key }, field] });
      seen.add(value);
    }
    return problems.length === 0 ? true : problems;
  };
}

/** Keys that code and exports use (criteria, questions, options): lowercase words joined by hyphens. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function keyFormat(t: Translate): CustomValidator<string | undefined> {
  return (value) => {
    if (value === undefined || value === '') return true;
    return KEY_PATTERN.test(value) ? true : t('validation.keyFormat', { value });
  };
}

/** A whole number of at least `min`, with the message `key` (which gets `{min}`); returns the rule. */
export function wholeNumberAtLeast<R extends { integer(): R; min(n: number): R; error(message: string): R }>(
  rule: R,
  t: Translate,
  key: MessageKey,
  min: number,
): R {
  return rule.integer().min(min).error(t(key, { min }));
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
export const brandColour =
  (t: Translate): CustomValidator<string | undefined> =>
  (value) => {
    if (value === undefined || value === '') return true;
    const colour = value.trim();
    if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return t('validation.settings.brandColour.format');
    const ratio = contrastWithWhite(colour);
    return ratio >= 4.5
      ? true
      : t('validation.settings.brandColour.contrast', { colour, ratio: ratio.toFixed(2) });
  };

/** What a logo must not contain, each with the words that name it in a message. */
const forbiddenInSvg: [RegExp, MessageKey][] = [
  [/<script/i, 'validation.settings.logo.script'],
  [/<foreignObject|<iframe|<object|<embed/i, 'validation.settings.logo.html'],
  [/<image/i, 'validation.settings.logo.image'],
  [/<!ENTITY|<!DOCTYPE/i, 'validation.settings.logo.doctype'],
  [/\son[a-z]+\s*=/i, 'validation.settings.logo.handler'],
  [/javascript:/i, 'validation.settings.logo.javascript'],
  [/@import|url\(\s*['"]?(?!#)/i, 'validation.settings.logo.external'],
  [/(?:xlink:)?href\s*=\s*["'](?!#)/i, 'validation.settings.logo.link'],
];

/** A logo as plain SVG markup: a drawing only, nothing that runs or loads from elsewhere. */
export const svgLogo =
  (t: Translate): CustomValidator<string | undefined> =>
  (value) => {
    if (value === undefined || value.trim() === '') return true;
    const text = value.trim();
    if (text.length > 50_000) return t('validation.settings.logo.size');
    if (!/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/i.test(text) || !/<\/svg>$/i.test(text))
      return t('validation.settings.logo.whole');
    const found = forbiddenInSvg.find(([pattern]) => pattern.test(text));
    return found ? t(found[1]) : true;
  };
