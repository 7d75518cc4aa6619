/**
 * The seed dataset's example documents (`isExample: true`) carry absolute dates written on one day:
 * an event whose registration is open, a campaign taking applications, a nomination round before its
 * deadline. Loaded as they are, they would close one by one as the calendar moves on. The local
 * dataset source moves them forward instead, so their windows sit relative to now as they sat
 * relative to the day the seed was written.
 *
 * Every date (`2027-03-01`) and datetime (`2027-01-29T14:00:00.000Z`) string of an example document,
 * at any depth, moves by the same whole number of weeks: order, durations, time of day and weekday are
 * kept. `_updatedAt` moves too, so the operational copy (newer wins) takes the new windows when the
 * local stack starts on a later week with the same data folder. Other documents keep their dates.
 *
 * Local stand-in only: it is imported by the local dataset source, never by a deployed function.
 */

/** The day the seed dataset was written (sanity/seed/dataset.ndjson). */
export const SEED_WRITTEN_ON = '2026-11-24';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Identifiers, never dates, even if one ever looked like one. */
const IDENTIFIER_KEYS = new Set(['_id', '_ref', '_key', '_type', '_rev', '_weak']);

/** YYYY-MM-DD, optionally followed by a time and a zone; the date part is what moves. */
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$)/;

/** Whole weeks from the seed's writing day (midnight UTC) to `now`; negative before it. */
export function weeksSinceSeed(now: Date, writtenOn: string = SEED_WRITTEN_ON): number {
  return Math.floor((now.getTime() - Date.parse(`${writtenOn}T00:00:00Z`)) / WEEK_MS);
}

/**
 * The date or datetime string moved by `days`, everything after the date kept as written (time,
 * fraction, zone); undefined for any other string, including impossible dates such as 2027-02-30.
 */
export function shiftDateString(value: string, days: number): string | undefined {
  const match = DATE_PREFIX.exec(value);
  if (!match) return undefined;
  const [prefix, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  // 2027-02-30 rolls over to March: such a string is not a date.
  if (date.toISOString().slice(0, 10) !== prefix) return undefined;
  const moved = new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  return moved + value.slice(prefix.length);
}

function shiftValue(value: unknown, days: number): unknown {
  if (typeof value === 'string') return shiftDateString(value, days) ?? value;
  if (Array.isArray(value)) return value.map((item) => shiftValue(item, days));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        IDENTIFIER_KEYS.has(key) ? field : shiftValue(field, days),
      ]),
    );
  }
  return value;
}

/** Whether the document (published, draft or release version) is marked as an example. */
export const isExampleDocument = (doc: object) => (doc as { isExample?: unknown }).isExample === true;

/**
 * The documents with every example document's dates moved by the whole weeks between the seed's
 * writing day and `now`; other documents are returned as they are. The input is not changed.
 */
export function rebaseExamples<T extends object>(documents: readonly T[], now: Date): T[] {
  const days = 7 * weeksSinceSeed(now);
  if (days === 0) return [...documents];
  return documents.map((doc) => (isExampleDocument(doc) ? (shiftValue(doc, days) as T) : doc));
}
