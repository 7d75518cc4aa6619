/**
 * Helpers that give seed documents the shape `sanity dataset export` writes: system fields, `_key` on every
 * object in an array, references as `{_type: 'reference', _ref}`, and localised fields as the
 * internationalized-array plugin (v5) stores them.
 */
import { createHash } from 'node:crypto';
import type { LanguageId } from '../schemaTypes/localization';

/** Fixed, so the generated file only changes when its content does. */
export const SEED_TIMESTAMP = '2026-11-24T08:00:00Z';

export interface SeedDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export interface ExportedDocument extends SeedDocument {
  _createdAt: string;
  _updatedAt: string;
  _rev: string;
}

export type Translations = { [language in LanguageId]?: string } & { sv: string; fi: string };

export interface LocalizedValue {
  _type: 'internationalizedArrayStringValue' | 'internationalizedArrayTextValue';
  language: LanguageId;
  value: string;
}

const LANGUAGE_ORDER: LanguageId[] = ['sv', 'fi', 'en'];

function localized(type: LocalizedValue['_type'], translations: Translations): LocalizedValue[] {
  return LANGUAGE_ORDER.filter((language) => translations[language] !== undefined).map((language) => ({
    _type: type,
    language,
    value: translations[language] as string,
  }));
}

/** An internationalizedArrayString value: sv and fi always, en where given. */
export function str(translations: Translations): LocalizedValue[] {
  return localized('internationalizedArrayStringValue', translations);
}

/** An internationalizedArrayText value. */
export function text(translations: Translations): LocalizedValue[] {
  return localized('internationalizedArrayTextValue', translations);
}

export function ref(id: string): { _type: 'reference'; _ref: string } {
  return { _type: 'reference', _ref: id };
}

export function slug(current: string): { _type: 'slug'; current: string } {
  return { _type: 'slug', current };
}

type Slugs = { [language in LanguageId]?: string } & { sv: string; fi: string };

/** An internationalizedArraySlug value: a slug per language (sv and fi always, en where given). */
export function slugs(byLanguage: Slugs) {
  return LANGUAGE_ORDER.filter((language) => byLanguage[language] !== undefined).map((language) => ({
    _type: 'internationalizedArraySlugValue' as const,
    language,
    value: slug(byLanguage[language] as string),
  }));
}

// --- Portable Text ---------------------------------------------------------------------------------------

/** A run of text: plain, or with decorators, an external link (href) or a link to a document (id). */
export type Inline =
  | string
  | { text: string; marks?: ('strong' | 'em')[]; href?: string; documentId?: string };

export interface Block {
  _type: string;
  [field: string]: unknown;
}

export const strong = (text: string): Inline => ({ text, marks: ['strong'] });
export const em = (text: string): Inline => ({ text, marks: ['em'] });
export const link = (text: string, href: string): Inline => ({ text, href });
export const internalLink = (text: string, documentId: string): Inline => ({ text, documentId });

/** One text block; links become markDefs with keys unique in the block (link-1, link-2, …). */
function textBlock(style: string, inlines: readonly Inline[], listItem?: 'bullet' | 'number'): Block {
  const markDefs: Record<string, unknown>[] = [];
  const children = inlines.map((inline) => {
    const run = typeof inline === 'string' ? { text: inline } : inline;
    const marks: string[] = [...(run.marks ?? [])];
    if (run.href !== undefined || run.documentId !== undefined) {
      const _key = `link-${markDefs.length + 1}`;
      markDefs.push(
        run.href !== undefined
          ? { _key, _type: 'link', href: run.href }
          : { _key, _type: 'internalLink', reference: ref(run.documentId as string) },
      );
      marks.push(_key);
    }
    return { _type: 'span', text: run.text, marks };
  });
  return {
    _type: 'block',
    style,
    markDefs,
    children,
    ...(listItem ? { listItem, level: 1 } : {}),
  };
}

export const p = (...inlines: Inline[]): Block => textBlock('normal', inlines);
export const h2 = (text: string): Block => textBlock('h2', [text]);
export const h3 = (text: string): Block => textBlock('h3', [text]);
export const bullets = (...items: Inline[][]): Block[] =>
  items.map((item) => textBlock('normal', item, 'bullet'));
export const numbered = (...items: Inline[][]): Block[] =>
  items.map((item) => textBlock('normal', item, 'number'));

/** An image (`figure`) referencing an asset document, with alt text in sv and fi (en where given). */
export function figure(assetId: string, alt: Translations, caption?: Translations): Block {
  return {
    _type: 'figure',
    asset: ref(assetId),
    alt: str(alt),
    ...(caption ? { caption: str(caption) } : {}),
  };
}

/** A file (`attachment`) referencing an asset document, with its title per language. */
export function attachment(assetId: string, title: Translations): Block {
  return { _type: 'attachment', asset: ref(assetId), title: str(title) };
}

type RichTexts = { [language in LanguageId]?: (Block | Block[])[] } & {
  sv: (Block | Block[])[];
  fi: (Block | Block[])[];
};

/** An internationalizedArrayRichText value: a block array per language (sv and fi always, en where given). */
export function richText(byLanguage: RichTexts) {
  return LANGUAGE_ORDER.filter((language) => byLanguage[language] !== undefined).map((language) => ({
    _type: 'internationalizedArrayRichTextValue' as const,
    language,
    value: (byLanguage[language] as (Block | Block[])[]).flat(),
  }));
}

/**
 * A wall-clock time in Helsinki ("2027-02-10T13:00") as the UTC instant Sanity stores for a datetime
 * ("2027-02-10T11:00:00.000Z"). Independent of the machine's time zone.
 */
export function helsinki(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Expected YYYY-MM-DDTHH:mm, got "${local}"`);
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const offsetHours of [2, 3]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (format.format(instant).replace(' ', 'T') === local) return instant.toISOString();
  }
  throw new Error(`${local} does not exist in Helsinki time (daylight saving gap)`);
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Array items get a `_key` derived from the document id, the array's path and what identifies the item
 * (language, key, value or referenced id, if unique in the array; else its position), so adding an item does
 * not change the keys of the others.
 */
function withKeys(value: unknown, documentId: string, path: string): unknown {
  if (Array.isArray(value)) {
    const identities = value.map((item) => {
      if (item === null || typeof item !== 'object') return undefined;
      const record = item as Record<string, unknown>;
      return [record.language, record.key, record.value, record._ref].find(
        (candidate): candidate is string => typeof candidate === 'string',
      );
    });
    return value.map((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
      const identity = identities[index];
      const unique =
        identity !== undefined && identities.indexOf(identity) === identities.lastIndexOf(identity);
      const itemPath = `${path}[${unique ? identity : index}]`;
      const keyed = withKeys(item, documentId, itemPath) as Record<string, unknown>;
      return { _key: digest(`${documentId}:${itemPath}`).slice(0, 12).replace(/[-_]/g, 'x'), ...keyed };
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([field, fieldValue]) => [
        field,
        withKeys(fieldValue, documentId, `${path}.${field}`),
      ]),
    );
  }
  return value;
}

/** Keys in code-point order, recursively, for a stable and diff-friendly file. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((field) => [field, sorted((value as Record<string, unknown>)[field])]),
    );
  }
  return value;
}

/** The document as an export line would hold it; `_rev` is derived from the content. */
export function exported(document: SeedDocument): ExportedDocument {
  const body = withKeys(document, document._id, '') as SeedDocument;
  const withoutRev = { ...body, _createdAt: SEED_TIMESTAMP, _updatedAt: SEED_TIMESTAMP };
  const rev = digest(JSON.stringify(sorted(withoutRev)))
    .slice(0, 22)
    .replace(/[-_]/g, 'x');
  return sorted({ ...withoutRev, _rev: rev }) as ExportedDocument;
}

/** A `dateRange` object (an action's period, a round's term): whole days, YYYY-MM-DD. */
export function dateRange(start: string, end: string): { _type: 'dateRange'; start: string; end: string } {
  return { _type: 'dateRange', start, end };
}
