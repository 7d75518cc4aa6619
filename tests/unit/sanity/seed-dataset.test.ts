import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, parse } from 'groq-js';
import type { SanityDocument } from 'sanity';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../sanity/seed/build-dataset';
import { validate } from './studio';

const DATASET_FILE = fileURLToPath(new URL('../../../sanity/seed/dataset.ndjson', import.meta.url));
const raw = readFileSync(DATASET_FILE, 'utf8');
const documents = raw
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as SanityDocument & Record<string, unknown>);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every value in the dataset with where it sits, e.g. `campaign-x.criteria[2].weight`. */
function* walk(value: unknown, path: string): Generator<{ path: string; value: unknown }> {
  yield { path, value };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [field, fieldValue] of Object.entries(value)) yield* walk(fieldValue, `${path}.${field}`);
  }
}

const everything = documents.flatMap((document) => [...walk(document, document._id)]);

async function query<T>(groq: string, params: Record<string, unknown> = {}): Promise<T> {
  return (await (await evaluate(parse(groq, { params }), { dataset: documents, params })).get()) as T;
}

function sv(items: unknown): string | undefined {
  return (items as { language: string; value: string }[] | undefined)?.find((item) => item.language === 'sv')
    ?.value;
}

describe('seed dataset file (sanity/seed/dataset.ndjson)', () => {
  it('is NDJSON: one JSON document per line, ending with a newline', () => {
    // Prepare
    const lines = raw.split('\n');

    // Act
    const last = lines.pop();
    const unparsable = lines.filter((line) => {
      try {
        return typeof JSON.parse(line) !== 'object';
      } catch {
        return true;
      }
    });

    // Assess
    expect(last).toBe('');
    expect(lines.length).toBeGreaterThan(0);
    expect(unparsable).toEqual([]);
  });

  it('gives every document the system fields of an export', () => {
    // Prepare
    const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

    // Act
    const lacking = documents.filter(
      (document) =>
        typeof document._id !== 'string' ||
        typeof document._type !== 'string' ||
        typeof document._rev !== 'string' ||
        document._rev === '' ||
        !timestamp.test(String(document._createdAt)) ||
        !timestamp.test(String(document._updatedAt)),
    );

    // Assess
    expect(lacking).toEqual([]);
  });

  it('has unique, public ids: no drafts, no versions, no dotted paths', () => {
    // Prepare
    const ids = documents.map((document) => document._id);

    // Act
    const dotted = ids.filter((id) => id.includes('.'));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);

    // Assess: a dotted id (drafts.x, versions.x, organization.x) is not readable without a token
    expect(dotted).toEqual([]);
    expect(duplicates).toEqual([]);
  });

  it('resolves every reference to a document in the file', () => {
    // Prepare
    const ids = new Set(documents.map((document) => document._id));

    // Act
    const dangling = everything
      .filter(({ value }) => (value as { _type?: string } | null)?._type === 'reference')
      .filter(({ value }) => !ids.has((value as { _ref: string })._ref))
      .map(({ path }) => path);

    // Assess
    expect(dangling).toEqual([]);
  });

  it('keys every object in an array, uniquely within the array', () => {
    // Prepare
    const arrays = everything.filter(({ value }) => Array.isArray(value)) as {
      path: string;
      value: Json[];
    }[];

    // Act
    const problems = arrays.flatMap(({ path, value }) => {
      const objects = value.filter(
        (item) => item !== null && typeof item === 'object' && !Array.isArray(item),
      );
      const keys = objects.map((item) => (item as { _key?: unknown })._key);
      const missing = keys.some((key) => typeof key !== 'string' || key === '');
      const repeated = new Set(keys).size !== keys.length;
      return missing || repeated ? [path] : [];
    });

    // Assess
    expect(problems).toEqual([]);
  });

  it('stores localised text as the internationalized-array plugin v5 does', () => {
    // Prepare
    const items = everything.filter(({ value }) =>
      String((value as { _type?: unknown } | null)?._type ?? '').startsWith('internationalizedArray'),
    );

    // Act
    const malformed = items.filter(({ value }) => {
      const item = value as Record<string, unknown>;
      return (
        Object.keys(item).sort().join() !== '_key,_type,language,value' ||
        !['internationalizedArrayStringValue', 'internationalizedArrayTextValue'].includes(
          item._type as string,
        ) ||
        !['sv', 'fi', 'en'].includes(item.language as string) ||
        typeof item.value !== 'string' ||
        item.value.trim() === ''
      );
    });

    // Assess
    expect(items.length).toBeGreaterThan(0);
    expect(malformed.map(({ path }) => path)).toEqual([]);
  });

  it('holds no real email address: every one is at example.org', () => {
    // Prepare
    const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

    // Act
    const addresses = everything
      .filter(({ value }) => typeof value === 'string')
      .flatMap(({ value }) => (value as string).match(email) ?? []);
    const real = addresses.filter((address) => !address.endsWith('@example.org'));

    // Assess
    expect(addresses.length).toBeGreaterThan(15);
    expect(real).toEqual([]);
  });

  it('links only over https', () => {
    // Prepare
    const link = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

    // Act
    const links = everything
      .filter(({ value }) => typeof value === 'string')
      .flatMap(({ value }) => (value as string).match(link) ?? []);

    // Assess: the SVG namespace of the logo is a name, not a link
    expect(links.length).toBeGreaterThan(0);
    expect(
      links.filter((url) => !url.startsWith('https://') && !url.startsWith('http://www.w3.org/2000/svg"')),
    ).toEqual([]);
  });

  it('is exactly what the generator writes', () => {
    // Prepare: sanity/seed/build-dataset.ts

    // Act
    const first = buildDataset();
    const second = buildDataset();

    // Assess: deterministic, and the committed file is up to date (else run `npx tsx sanity/seed/build-dataset.ts`)
    expect(second).toBe(first);
    expect(raw).toBe(first);
  });
});

describe('seed documents', () => {
  it.each(documents.map((document) => [document._id, document] as const))(
    '%s validates with zero errors',
    async (_id, document) => {
      // Prepare: the whole dataset, so references and slug look-ups see it

      // Act
      const inStudio = await validate(document, documents, 'studio');
      const inCli = await validate(document, documents, 'cli');

      // Assess: no errors, and no warnings either (an unknown field would be one)
      expect(inStudio).toEqual([]);
      expect(inCli).toEqual([]);
    },
  );
});

describe('seed content', () => {
  it('lists the 14 municipalities of Ostrobothnia and the welfare area with placeholder contacts', async () => {
    // Prepare
    const groq = `*[_type == "organization" && kind in ["municipality", "welfareArea"]]{
      _id, kind, languageStatus, majorityLanguage,
      "sv": name[language == "sv"][0].value, "fi": name[language == "fi"][0].value,
      "email": nominationContact.email
    }`;

    // Act
    const organizations = await query<Record<string, string>[]>(groq);

    // Assess
    expect(organizations.filter((organization) => organization.kind === 'municipality')).toHaveLength(14);
    expect(organizations.filter((organization) => organization.kind === 'welfareArea')).toHaveLength(1);
    expect(organizations.find((organization) => organization.sv === 'Vasa')).toMatchObject({
      fi: 'Vaasa',
      languageStatus: 'bilingual-fi-majority',
      majorityLanguage: 'fi',
    });
    expect(organizations.find((organization) => organization.sv === 'Laihela')).toMatchObject({
      fi: 'Laihia',
      languageStatus: 'finnish',
      majorityLanguage: 'fi',
    });
    expect(organizations.every((organization) => organization.email?.endsWith('@example.org'))).toBe(true);
  });

  it('carries the activity plan: three focus areas in order, each with its actions', async () => {
    // Prepare
    const groq = `*[_type == "focusArea"] | order(orderRank) {
      "title": title[language == "sv"][0].value,
      "actions": *[_type == "action" && references(^._id)] | order(orderRank) { status }
    }`;

    // Act
    const plan = await query<{ title: string; actions: { status: string }[] }[]>(groq);

    // Assess
    expect(plan.map((focusArea) => focusArea.title)).toEqual([
      'Mångfald i arbetsliv och utbildning',
      'Jämställdhets- och likabehandlingsarbete i kommunerna och välfärdsområdet',
      'Jämställdhets- och likabehandlingsarbete i organisationer och föreningar',
    ]);
    expect(plan.map((focusArea) => focusArea.actions.length)).toEqual([6, 7, 4]);
  });

  it('has the planning meetings of 24.5.2024 and 19.6.2024 in Helsinki time', async () => {
    // Prepare
    const groq = '*[_type == "event" && kind == "planningMeeting"] | order(startsAt) { startsAt, isExample }';

    // Act
    const meetings = await query<{ startsAt: string; isExample: boolean }[]>(groq);
    const dates = meetings.map((meeting) =>
      new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki' }).format(new Date(meeting.startsAt)),
    );

    // Assess
    expect(dates).toEqual(['24.5.2024', '19.6.2024']);
    expect(meetings.every((meeting) => meeting.isExample === false)).toBe(true);
  });

  it('has the 2025 award campaign with weighted criteria and questions tied to them', async () => {
    // Prepare
    const groq = '*[_id == "campaign-jamstalldhetsforetag-2025"][0]';

    // Act
    const campaign = await query<{
      title: unknown;
      criteria: { key: string; weight: number }[];
      questions: { key: string; criterion?: string }[];
    }>(groq);

    // Assess
    expect(sv(campaign.title)).toBe('Årets jämställdhetsföretag i Österbotten 2025');
    expect(campaign.criteria.every((criterion) => criterion.weight > 0)).toBe(true);
    const keys = campaign.criteria.map((criterion) => criterion.key);
    expect(
      campaign.questions.filter((question) => question.criterion && !keys.includes(question.criterion)),
    ).toEqual([]);
  });

  it('addresses the August 2024 nomination round to all 15 organisations', async () => {
    // Prepare
    const groq = `*[_id == "nominationRound-members-2024-08"][0]{
      deadline, "kinds": organizations[]->kind
    }`;

    // Act
    const round = await query<{ deadline: string; kinds: string[] }>(groq);

    // Assess
    expect(round.deadline.startsWith('2024-08')).toBe(true);
    expect(round.kinds).toHaveLength(15);
    expect(round.kinds.filter((kind) => kind === 'municipality')).toHaveLength(14);
    expect(round.kinds.filter((kind) => kind === 'welfareArea')).toHaveLength(1);
  });

  it('links the information package for newly elected officials to the eOppiva courses', async () => {
    // Prepare
    const groq = '*[_type == "informationPackage"].resources[].url';

    // Act
    const urls = await query<string[]>(groq);

    // Assess
    expect(urls).toEqual([
      'https://www.eoppiva.fi/koulutukset/sa-skapas-en-jamlik-kommun/',
      'https://www.eoppiva.fi/koulutukset/jamstalldhet-och-likabehandling-hur-och-varfor/',
    ]);
  });

  it('marks example content as such, in its flag and its title', async () => {
    // Prepare
    const groq = `*[isExample == true]{
      _id, "sv": title[language == "sv"][0].value, "fi": title[language == "fi"][0].value
    }`;

    // Act
    const examples = await query<{ _id: string; sv: string; fi: string }[]>(groq);

    // Assess
    expect(examples.length).toBe(5);
    expect(
      examples.filter((example) => !example.sv.startsWith('Exempel') || !example.fi.startsWith('Esimerkki')),
    ).toEqual([]);
    expect(examples.every((example) => example._id.includes('example'))).toBe(true);
  });

  it('offers upcoming examples as of 24.11.2026: events and a round in 2027, a campaign open now', async () => {
    // Prepare
    const now = '2026-11-24T12:00:00.000Z';
    const groq = `{
      "events": *[_type == "event" && isExample && startsAt > $now]{ kind, capacity, waitlist, startsAt },
      "rounds": *[_type == "nominationRound" && isExample && deadline > $now]{ deadline },
      "openCampaigns": *[_type == "campaign" && isExample && opensAt <= $now && closesAt > $now]{ closesAt }
    }`;

    // Act
    const upcoming = await query<{
      events: { kind: string; capacity: number; waitlist: boolean; startsAt: string }[];
      rounds: { deadline: string }[];
      openCampaigns: { closesAt: string }[];
    }>(groq, { now });

    // Assess
    expect(upcoming.events.map((event) => event.kind).sort()).toEqual([
      'networkMeeting',
      'seminar',
      'webinar',
    ]);
    expect(upcoming.events.every((event) => event.startsAt.startsWith('2027'))).toBe(true);
    expect(upcoming.events.find((event) => event.kind === 'webinar')).toMatchObject({
      capacity: 25,
      waitlist: true,
    });
    expect(upcoming.rounds.map((round) => round.deadline.slice(0, 4))).toEqual(['2027']);
    expect(upcoming.openCampaigns.map((campaign) => campaign.closesAt.slice(0, 4))).toEqual(['2027']);
  });
});
