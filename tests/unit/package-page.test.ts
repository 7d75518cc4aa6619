import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteRequest } from '../../functions/site/context';
import { informationPackageRoute } from '../../functions/site/pages/content';
import { DatasetContentSource, parseNdjson } from '../../shared/content/dataset-source';
import { setContentSources } from '../../shared/content/default-source';
import type { Language } from '../../shared/http/route';
import { DEFAULT_COLOURS } from '../../shared/ui/identity';

/**
 * The information package page (functions/site/pages/content.ts) over the seed's package and a variant of it:
 * its rich body, else its chapters; its image, files and courses, each shown once.
 */
const seed = parseNdjson(readFileSync(join(import.meta.dirname, '../../sanity/seed/dataset.ndjson'), 'utf8'));
const pack = seed.find((doc) => doc._id === 'informationPackage-nya-fortroendevalda-2025') as Record<
  string,
  any
>;

const localized = (type: string, values: Record<string, unknown>) =>
  Object.entries(values).map(([language, value]) => ({ _key: language, _type: type, language, value }));
const span = (text: string) => ({ _type: 'span', _key: `s${text.length}`, text, marks: [] });

/** The same package without a rich body: a chapter in rich text (with its own h2) and one in plain text. */
const chapters = {
  ...pack,
  _id: 'informationPackage-chapters',
  // Without slugs of its own (the seed package's would find that package): addressed by its id.
  slug: undefined,
  body: undefined,
  sections: [
    {
      _key: 'c1',
      _type: 'packageSection',
      heading: localized('internationalizedArrayStringValue', {
        sv: 'Första kapitlet',
        fi: 'Ensimmäinen luku',
      }),
      body: localized('internationalizedArrayTextValue', {
        sv: 'Ren text som inte visas.',
        fi: 'Suomeksi vain tekstinä.',
      }),
      content: localized('internationalizedArrayRichTextValue', {
        sv: [
          { _type: 'block', _key: 'b1', style: 'h2', markDefs: [], children: [span('Underrubrik')] },
          { _type: 'block', _key: 'b2', style: 'normal', markDefs: [], children: [span('Formaterad text.')] },
        ],
      }),
    },
    {
      _key: 'c2',
      _type: 'packageSection',
      heading: localized('internationalizedArrayStringValue', { sv: 'Andra kapitlet', fi: 'Toinen luku' }),
      body: localized('internationalizedArrayTextValue', { sv: 'Bara ren text.', fi: 'Pelkkää tekstiä.' }),
    },
  ],
};

setContentSources({
  cached: new DatasetContentSource([...seed, chapters] as never),
  fresh: new DatasetContentSource([...seed, chapters] as never),
});
afterAll(() => setContentSources(undefined));

const request = (lang: Language): SiteRequest => ({
  lang,
  segments: [],
  method: 'GET',
  form: {},
  query: {},
  search: new URLSearchParams(),
  frame: {
    lang,
    path: '',
    identity: { name: 'Nätverket', hasLogo: false, colours: DEFAULT_COLOURS },
    secure: false,
  },
  csrf: '',
  bot: false,
  now: new Date('2026-12-01T12:00:00Z'),
});

/** The page's <main>, by id: the id address answers 308 to the slug page (functions/site/canonical.ts). */
const main = async (lang: Language, id: string) => {
  let reply = await informationPackageRoute(request(lang), id);
  const location = reply?.status === 308 ? reply.headers?.location : undefined;
  if (location)
    reply = await informationPackageRoute(request(lang), decodeURIComponent(location.split('/').pop() ?? ''));
  return /<main[\s\S]*<\/main>/.exec(reply?.text ?? '')?.[0] ?? '';
};
const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('information package page', () => {
  it('shows the seed package’s rich body with its image, file and course links once each', async () => {
    // Act
    const sv = await main('sv', pack._id);

    // Assess
    expect(count(sv, /<h2>/)).toBe(4);
    expect(sv).toContain('<h2>Varför jämställdhet och likabehandling?</h2>');
    expect(count(sv, /<img /)).toBe(1);
    expect(count(sv, /class="attachment"/)).toBe(1);
    expect(count(sv, /sa-skapas-en-jamlik-kommun/)).toBe(1);
    expect(sv).not.toContain('<h2>Filer</h2>');
  });

  it('shows the chapters when there is no rich body: rich text a level down, else plain text; then image, files and courses', async () => {
    // Act
    const sv = await main('sv', chapters._id);
    const fi = await main('fi', chapters._id);

    // Assess
    expect(sv).toContain('<h2>Första kapitlet</h2><h3>Underrubrik</h3><p>Formaterad text.</p>');
    expect(sv).not.toContain('Ren text som inte visas.');
    expect(sv).toContain('<h2>Andra kapitlet</h2>');
    expect(sv).toContain('Bara ren text.');
    expect(sv.indexOf('<img ')).toBeLessThan(sv.indexOf('Första kapitlet'));
    expect(sv).toContain('<h2>Filer</h2><ul><li><a class="attachment"');
    expect(sv).toContain('<h2>Kurser och material</h2>');
    // The chapter's rich text is Swedish only: a Finnish page shows its Finnish plain text instead
    expect(fi).toContain('<h2>Ensimmäinen luku</h2><p>Suomeksi vain tekstinä.</p>');
    expect(fi).toContain('<h2>Tiedostot</h2>');
    expect(fi).toContain('(PDF, 2,6 kt)');
  });
});
