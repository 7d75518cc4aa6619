import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetContentSource, parseNdjson, type SanityDocument } from '../../shared/content/dataset-source';
import {
  rebaseExamples,
  SEED_WRITTEN_ON,
  shiftDateString,
  weeksSinceSeed,
} from '../../shared/content/example-rebase';

/** Moving the seed's example documents to the current week (shared/content/example-rebase.ts). */

const DATASET = fileURLToPath(new URL('../../sanity/seed/dataset.ndjson', import.meta.url));
const seed = parseNdjson(readFileSync(DATASET, 'utf8'));
const WRITTEN = Date.parse(`${SEED_WRITTEN_ON}T00:00:00Z`);
const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

/** Every date or datetime string of a document with where it sits, e.g. `term.start`. */
function datesOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) && !Number.isNaN(Date.parse(value)) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => datesOf(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, field]) => datesOf(field, path ? `${path}.${key}` : key));
  return [];
}

const examples = seed.filter((doc) => doc.isExample === true);
const byId = (documents: SanityDocument[], id: string) => {
  const doc = documents.find((d) => d._id === id);
  if (!doc) throw new Error(`no ${id}`);
  return doc;
};

describe('weeksSinceSeed', () => {
  it('counts whole weeks from midnight UTC of the day the seed was written, negative before it', () => {
    // Act + Assess
    expect(weeksSinceSeed(at(`${SEED_WRITTEN_ON}T00:00:00Z`))).toBe(0);
    expect(weeksSinceSeed(at('2026-11-30T23:59:59.999Z'))).toBe(0);
    expect(weeksSinceSeed(at('2026-12-01T00:00:00Z'))).toBe(1);
    expect(weeksSinceSeed(at('2029-06-01T10:00:00Z'))).toBe(131);
    expect(weeksSinceSeed(at('2026-11-23T23:59:59Z'))).toBe(-1);
  });
});

describe('shiftDateString', () => {
  it.each([
    ['2027-03-01', 7, '2027-03-08'],
    ['2028-12-31', 7, '2029-01-07'],
    ['2027-02-22', 7, '2027-03-01'],
    ['2028-02-26', 7, '2028-03-04'],
    ['2027-01-29T14:00:00.000Z', 917, '2029-08-03T14:00:00.000Z'],
    ['2026-11-24T08:00:00Z', -7, '2026-11-17T08:00:00Z'],
    ['2027-01-11T07:00Z', 14, '2027-01-25T07:00Z'],
    ['2027-01-11T09:00:00.123456+02:00', 7, '2027-01-18T09:00:00.123456+02:00'],
  ])('moves %s by %i days, keeping what follows the date as written', (value, days, expected) => {
    // Act + Assess
    expect(shiftDateString(value, days)).toBe(expected);
  });

  it.each([
    'exempel-webbinarium-mangfald-i-arbetslivet-2027',
    'Exempelomgång 2027–2028',
    '2027',
    '2027-02-30',
    '2027-13-01',
    '2027-01-29 14:00',
    '2027-01-29T14:00:00',
    '2027-01-29T14:00:00.000Zoo',
    ' 2027-01-29',
    'https://meet.example.org/2027-01-29',
  ])('leaves %j alone: not a date', (value) => {
    // Act + Assess
    expect(shiftDateString(value, 7)).toBeUndefined();
  });
});

describe('rebaseExamples', () => {
  const now = at('2029-06-01T10:00:00Z');
  const rebased = rebaseExamples(seed, now);
  const weeks = weeksSinceSeed(now);

  it('moves every date of every example document by the same whole weeks, nested ones included', () => {
    // Act
    const moves = examples.flatMap((doc) => {
      const before = datesOf(doc);
      const after = new Map(datesOf(byId(rebased, doc._id)));
      return before.map(([path, value]) => [
        `${doc._id}.${path}`,
        (Date.parse(after.get(path) ?? '') - Date.parse(value)) / (7 * DAY),
      ]);
    });

    // Assess
    expect(examples.map((doc) => doc._id).sort()).toEqual([
      'campaign-example-jamstalldhetsforetag-2027',
      'event-example-network-meeting-2027',
      'event-example-seminar-2027',
      'event-example-webinar-2027',
      'method-example-enkat-till-arbetsgrupperna',
      'method-example-lokalt-jamstalldhetsnatverk',
      'method-example-rod-trad-i-styrdokumenten',
      'method-example-vykort-till-nyblivna-foraldrar',
      'nominationRound-example-2027',
      'strategy-example-jamstalldhetsstrategi',
      'survey-example-webinar-feedback-2027',
    ]);
    expect(moves.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        'event-example-webinar-2027.registrationOpensAt',
        'event-example-webinar-2027.registrationClosesAt',
        'event-example-webinar-2027.startsAt',
        'event-example-webinar-2027.endsAt',
        'event-example-webinar-2027._updatedAt',
        'campaign-example-jamstalldhetsforetag-2027.opensAt',
        'campaign-example-jamstalldhetsforetag-2027.closesAt',
        'nominationRound-example-2027.deadline',
        'nominationRound-example-2027.term.start',
        'nominationRound-example-2027.term.end',
      ]),
    );
    expect(new Set(moves.map(([, moved]) => moved))).toEqual(new Set([weeks]));
    expect(byId(rebased, 'nominationRound-example-2027').term).toEqual({
      _type: 'dateRange',
      start: '2029-09-03',
      end: '2031-07-06',
    });
  });

  it('keeps the order of all example dates, every duration between them, the weekday and time of day', () => {
    // Prepare
    const all = (documents: SanityDocument[]) =>
      documents.filter((doc) => doc.isExample === true).flatMap((doc) => datesOf(doc).map(([, v]) => v));
    const before = all(seed);
    const after = all(rebased);
    const ms = (values: string[]) => values.map((value) => Date.parse(value));

    // Act
    const order = (values: string[]) =>
      values.map((_, i) => i).sort((a, b) => (ms(values)[a] ?? 0) - (ms(values)[b] ?? 0));
    const gaps = (values: string[]) => ms(values).map((value) => value - (ms(values)[0] ?? 0));
    const weekdayAndTime = (values: string[]) =>
      ms(values).map((value) => [new Date(value).getUTCDay(), value % DAY]);

    // Assess
    expect(after).toHaveLength(before.length);
    expect(order(after)).toEqual(order(before));
    expect(gaps(after)).toEqual(gaps(before));
    expect(weekdayAndTime(after)).toEqual(weekdayAndTime(before));
  });

  it('leaves every other document as it is, and the documents it was given unchanged', () => {
    // Prepare
    const copy = structuredClone(seed);

    // Act
    const result = rebaseExamples(copy, now);

    // Assess
    const others = (documents: SanityDocument[]) => documents.filter((doc) => doc.isExample !== true);
    expect(others(result)).toEqual(others(seed));
    expect(others(result).map((doc) => datesOf(doc))).toContainEqual(
      expect.arrayContaining([['deadline', '2024-08-30T13:00:00.000Z']]),
    );
    expect(copy).toEqual(seed);
    expect(result.map((doc) => doc._id)).toEqual(seed.map((doc) => doc._id));
  });

  it('moves drafts and release versions of examples like the published document, and no identifier', () => {
    // Prepare
    const published = byId(seed, 'event-example-webinar-2027');
    const draft = { ...published, _id: 'drafts.event-example-webinar-2027', capacity: 30 };
    const version = { ...published, _id: 'versions.r1.event-example-webinar-2027' };
    const dateLike = {
      _id: '2027-01-01',
      _type: 'event',
      isExample: true,
      focusArea: { _type: 'reference', _ref: '2027-01-02' },
      sessions: [{ _key: '2027-01-03', _type: 'session', startsAt: '2027-01-03T10:00:00Z' }],
    };

    // Act
    const [movedDraft, movedVersion, movedPublished, movedDateLike] = rebaseExamples<SanityDocument>(
      [draft, version, published, dateLike],
      new Date(WRITTEN + 14 * DAY + 3_600_000),
    );

    // Assess
    expect(movedDraft).toEqual({
      ...movedPublished,
      _id: 'drafts.event-example-webinar-2027',
      capacity: 30,
    });
    expect(movedVersion).toEqual({ ...movedPublished, _id: 'versions.r1.event-example-webinar-2027' });
    expect(movedPublished?.registrationClosesAt).toBe('2027-02-23T14:00:00.000Z');
    expect(movedDateLike).toEqual({
      _id: '2027-01-01',
      _type: 'event',
      isExample: true,
      focusArea: { _type: 'reference', _ref: '2027-01-02' },
      sessions: [{ _key: '2027-01-03', _type: 'session', startsAt: '2027-01-17T10:00:00Z' }],
    });
  });

  it('gives a later `_updatedAt` on a later week, so a restart re-applies the windows (newer wins)', () => {
    // Act
    const updated = (iso: string) =>
      Date.parse(String(byId(rebaseExamples(seed, at(iso)), 'event-example-seminar-2027')._updatedAt));

    // Assess
    expect(updated('2029-06-08T10:00:00Z')).toBeGreaterThan(updated('2029-06-01T10:00:00Z'));
    expect(updated('2029-06-02T10:00:00Z')).toBe(updated('2029-06-01T10:00:00Z'));
    expect(updated('2029-06-01T10:00:00Z')).toBeLessThanOrEqual(Date.parse('2029-06-01T10:00:00Z'));
  });

  it('changes nothing on the week the seed was written', () => {
    // Act + Assess
    expect(rebaseExamples(seed, at('2026-11-30T12:00:00Z'))).toEqual(seed);
  });
});

describe('the seed dataset as the local stack loads it', () => {
  it('has the examples open on any day from its writing on: two events, the campaign, the round', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date(WRITTEN), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        async (now) => {
          // Act
          const source = await DatasetContentSource.fromFile(DATASET, now);
          const get = (id: string) =>
            source.fetch<Record<string, string>>('*[_id == $id][0]', { id }) as Promise<
              Record<string, string>
            >;
          const [webinar, seminar, meeting, campaign, round, history] = await Promise.all(
            [
              'event-example-webinar-2027',
              'event-example-seminar-2027',
              'event-example-network-meeting-2027',
              'campaign-example-jamstalldhetsforetag-2027',
              'nominationRound-example-2027',
              'nominationRound-members-2024-08',
            ].map(get),
          );
          const open = (opens?: string, closes?: string) =>
            Date.parse(opens ?? '') <= now.getTime() && now.getTime() < Date.parse(closes ?? '');

          // Assess
          expect(open(webinar?.registrationOpensAt, webinar?.registrationClosesAt)).toBe(true);
          expect(open(seminar?.registrationOpensAt, seminar?.registrationClosesAt)).toBe(true);
          expect(Date.parse(meeting?.registrationOpensAt ?? '')).toBeGreaterThan(now.getTime());
          expect(open(campaign?.opensAt, campaign?.closesAt)).toBe(true);
          expect(Date.parse(round?.deadline ?? '')).toBeGreaterThan(now.getTime());
          expect(history?.deadline).toBe('2024-08-30T13:00:00.000Z');
          expect(source.description).toMatch(/dataset sanity\/seed\/dataset\.ndjson/);
        },
      ),
      { numRuns: 25 },
    );
  });
});
