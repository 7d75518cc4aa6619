import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parse } from 'groq-js';
import type { SanityDocument } from 'sanity';
import { describe, expect, it } from 'vitest';
import { ASSET_FILES, SEED_DIR } from '../../../sanity/seed/assetFiles';
import { pngDimensions, SEED_ASSETS } from '../../../sanity/seed/assets';
import { buildDataset, buildImportDataset } from '../../../sanity/seed/build-dataset';
import { validate } from './studio';

const DATASET_FILE = fileURLToPath(new URL('../../../sanity/seed/dataset.ndjson', import.meta.url));
const IMPORT_FILE = fileURLToPath(new URL('../../../sanity/seed/import.ndjson', import.meta.url));
const raw = readFileSync(DATASET_FILE, 'utf8');
const rawImport = readFileSync(IMPORT_FILE, 'utf8');
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

  it('stores localised text, rich text and slugs as the internationalized-array plugin v5 does', () => {
    // Prepare: the value each localised type holds
    const valid: Record<string, (value: unknown) => boolean> = {
      internationalizedArrayStringValue: (value) => typeof value === 'string' && value.trim() !== '',
      internationalizedArrayTextValue: (value) => typeof value === 'string' && value.trim() !== '',
      internationalizedArraySlugValue: (value) => {
        const slug = value as { _type?: unknown; current?: unknown };
        return (
          slug?._type === 'slug' &&
          typeof slug.current === 'string' &&
          /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug.current)
        );
      },
      internationalizedArrayRichTextValue: (value) => Array.isArray(value) && value.length > 0,
    };
    const items = everything.filter(({ value }) =>
      String((value as { _type?: unknown } | null)?._type ?? '').startsWith('internationalizedArray'),
    );

    // Act
    const malformed = items.filter(({ value }) => {
      const item = value as Record<string, unknown>;
      return (
        Object.keys(item).sort().join() !== '_key,_type,language,value' ||
        !valid[item._type as string]?.(item.value) ||
        !['sv', 'fi', 'en'].includes(item.language as string)
      );
    });
    const types = new Set(items.map(({ value }) => (value as { _type: string })._type));

    // Assess
    expect([...types].sort()).toEqual(Object.keys(valid).sort());
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
    expect(examples.length).toBe(11); // three events, a campaign, a round, four methods, a survey and a strategy
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

describe('seed assets: an image and a PDF of our own, as Sanity assets', () => {
  it('has an asset document for each file, in the export format, with the hash, size and size in pixels of its bytes', () => {
    // Prepare
    const image = readFileSync(ASSET_FILES.equalsSign);
    const pdf = readFileSync(ASSET_FILES.checklist);
    const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

    // Act
    const assets = documents.filter((document) => document._type.startsWith('sanity.'));

    // Assess: ids as Sanity derives them from the bytes, so an import of the files yields the same ids
    expect(assets.map((asset) => asset._id).sort()).toEqual([
      `file-${sha1(pdf)}-pdf`,
      `image-${sha1(image)}-960x540-png`,
    ]);
    expect(assets.find((asset) => asset._type === 'sanity.imageAsset')).toMatchObject({
      sha1hash: sha1(image),
      size: image.length,
      mimeType: 'image/png',
      metadata: { dimensions: { width: 960, height: 540, aspectRatio: 960 / 540 } },
    });
    expect(assets.find((asset) => asset._type === 'sanity.fileAsset')).toMatchObject({
      sha1hash: sha1(pdf),
      size: pdf.length,
      mimeType: 'application/pdf',
      extension: 'pdf',
    });
  });

  it('commits a PNG and a one-page PDF that readers can open', () => {
    // Prepare
    const image = readFileSync(ASSET_FILES.equalsSign);
    const pdf = readFileSync(ASSET_FILES.checklist).toString('latin1');

    // Act: the PDF's cross-reference table must point at its objects, and startxref at the table
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) =>
      Number(match[1]),
    );

    // Assess
    expect(pngDimensions(image)).toEqual({ width: 960, height: 540 });
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    expect(offsets.map((offset, index) => pdf.startsWith(`${index + 1} 0 obj`, offset))).toEqual(
      offsets.map(() => true),
    );
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('resolves the image and the file of the information package through asset->', async () => {
    // Prepare
    const groq = `*[_id == "informationPackage-nya-fortroendevalda-2025"][0]{
      "image": image.asset->{ _type, url, "width": metadata.dimensions.width },
      "alt": image.alt,
      "files": files[]{ "asset": asset->{ _type, extension, url }, title },
      "inBody": body[language == "fi"][0].value[_type in ["figure", "attachment"]]{ _type, "asset": asset->_type }
    }`;

    // Act
    const found = await query<{
      image: { _type: string; url: string; width: number };
      alt: { language: string }[];
      files: { asset: { _type: string; extension: string; url: string }; title: unknown }[];
      inBody: { _type: string; asset: string }[];
    }>(groq);

    // Assess
    expect(found.image).toMatchObject({ _type: 'sanity.imageAsset', width: 960 });
    expect(found.image.url.startsWith('https://')).toBe(true);
    expect(found.alt.map((item) => item.language)).toEqual(['sv', 'fi', 'en']);
    expect(found.files.map((file) => file.asset)).toMatchObject([
      { _type: 'sanity.fileAsset', extension: 'pdf' },
    ]);
    expect(sv(found.files[0]?.title)).toBe('Checklista: jämställdhet i beslutsfattandet');
    expect(found.inBody).toEqual([
      { _type: 'figure', asset: 'sanity.imageAsset' },
      { _type: 'attachment', asset: 'sanity.fileAsset' },
    ]);
  });
});

describe('seed import form (sanity/seed/import.ndjson)', () => {
  const imported = rawImport
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as SanityDocument & Record<string, unknown>);
  const uploads = imported
    .flatMap((document) => [...walk(document, document._id)])
    .filter(({ value }) => typeof (value as { _sanityAsset?: unknown } | null)?._sanityAsset === 'string')
    .map(({ value }) => value as { _sanityAsset: string; asset?: unknown });

  it('is exactly what the generator writes', () => {
    // Act
    const generated = buildImportDataset();

    // Assess: else run `npm run seed:build -w sanity`
    expect(rawImport).toBe(generated);
  });

  it('leaves the asset documents to the upload and points every image and file field at a committed file', () => {
    // Act
    const assetDocuments = imported.filter((document) => document._type.startsWith('sanity.'));
    const targets = uploads.map((upload) => /^(image|file)@file:\/\/\.\/(.+)$/.exec(upload._sanityAsset));

    // Assess
    expect(assetDocuments).toEqual([]);
    expect(uploads.length).toBeGreaterThanOrEqual(2);
    expect(uploads.filter((upload) => upload.asset !== undefined)).toEqual([]);
    expect(targets.filter((target) => !target || !existsSync(join(SEED_DIR, target[2] as string)))).toEqual(
      [],
    );
    expect(new Set(targets.map((target) => `${target?.[1]}:${target?.[2]}`))).toEqual(
      new Set(Object.values(SEED_ASSETS).map((asset) => `${asset.kind}:${asset.relativePath}`)),
    );
  });

  it('holds the same documents as the dataset, asset references aside', () => {
    // Prepare: the dataset with each asset reference written as the import form writes it
    const paths = new Map(Object.values(SEED_ASSETS).map((asset) => [asset.id, asset]));
    const asUpload = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(asUpload);
      if (value === null || typeof value !== 'object') return value;
      const { asset, ...rest } = value as Record<string, unknown>;
      const target = paths.get((asset as { _ref?: string } | undefined)?._ref ?? '');
      const fields = Object.fromEntries(
        Object.entries(rest).map(([field, inner]) => [field, asUpload(inner)]),
      );
      if (!target) return asset === undefined ? fields : { ...fields, asset: asUpload(asset) };
      return { _sanityAsset: `${target.kind}@file://./${target.relativePath}`, ...fields };
    };

    // Act
    const expected = documents.filter((document) => !document._type.startsWith('sanity.')).map(asUpload);

    // Assess
    expect(imported).toEqual(expected);
  });
});

describe('seed content: rich text, slugs and the methods toolbox', () => {
  it('gives the package for newly elected officials chapters, lists and the eOppiva links in its rich text', async () => {
    // Prepare
    const groq = `*[_id == "informationPackage-nya-fortroendevalda-2025"][0].body[]{
      language,
      "headings": value[style == "h2"].children[0].text,
      "lists": array::unique(value[defined(listItem)].listItem),
      "links": (value[].markDefs[])[_type == "link"].href,
      "internal": (value[].markDefs[])[_type == "internalLink"].reference->_type
    }`;

    // Act
    const bodies =
      await query<
        { language: string; headings: string[]; lists: string[]; links: string[]; internal: string[] }[]
      >(groq);

    // Assess
    expect(bodies.map((body) => body.language)).toEqual(['sv', 'fi', 'en']);
    for (const body of bodies) {
      expect(body.headings.length).toBeGreaterThanOrEqual(4);
      expect(body.lists.sort()).toEqual(['bullet', 'number']);
      expect(body.links).toEqual(
        expect.arrayContaining([
          'https://www.eoppiva.fi/koulutukset/sa-skapas-en-jamlik-kommun/',
          'https://www.eoppiva.fi/koulutukset/jamstalldhet-och-likabehandling-hur-och-varfor/',
          'mailto:natverket@example.org',
        ]),
      );
      expect(body.internal).toEqual(['event']);
    }
    expect(bodies[0]?.headings[0]).toBe('Varför jämställdhet och likabehandling?');
    expect(bodies[1]?.headings[0]).toBe('Miksi tasa-arvo ja yhdenvertaisuus?');
  });

  it('has a slug in Swedish, Finnish and English for every document with a public page, unique per type and language', async () => {
    // Prepare
    const groq = `*[_type in ["event", "campaign", "informationPackage", "method"]]{
      _id, _type, "slugs": slug[]{ language, "current": value.current }
    }`;

    // Act
    const pages =
      await query<{ _id: string; _type: string; slugs: { language: string; current: string }[] }[]>(groq);
    const keys = pages.flatMap((page) =>
      page.slugs.map((slug) => `${page._type}/${slug.language}/${slug.current}`),
    );

    // Assess
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((page) => page.slugs.map((slug) => slug.language).join() !== 'sv,fi,en')).toEqual([]);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('fills the methods toolbox with 3 to 5 example methods, in sv, fi and en, each tied to a focus area', async () => {
    // Prepare
    const groq = `*[_type == "method"] | order(_id) {
      _id, isExample, "titles": title[].language, "bodies": body[].language,
      "focusAreas": focusAreas[]->_type, "email": contact.email, "summary": summary[language == "fi"][0].value
    }`;

    // Act
    const methods =
      await query<
        {
          _id: string;
          isExample: boolean;
          titles: string[];
          bodies: string[];
          focusAreas: string[];
          email: string;
          summary: string;
        }[]
      >(groq);

    // Assess
    expect(methods.length).toBeGreaterThanOrEqual(3);
    expect(methods.length).toBeLessThanOrEqual(5);
    for (const method of methods) {
      expect(method).toMatchObject({
        isExample: true,
        titles: ['sv', 'fi', 'en'],
        bodies: ['sv', 'fi', 'en'],
      });
      expect(method.focusAreas.length).toBeGreaterThan(0);
      expect(method.focusAreas.every((type) => type === 'focusArea')).toBe(true);
      expect(method.email.endsWith('@example.org')).toBe(true);
      expect(method.summary.length).toBeGreaterThan(40);
    }
  });
});
