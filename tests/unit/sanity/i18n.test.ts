import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStructureBuilder } from 'sanity/structure';
import { describe, expect, it } from 'vitest';
import {
  dictionary,
  type MessageKey,
  placeholders,
  STUDIO_LANGUAGES,
  type StudioLanguage,
  translator,
} from '../../../sanity/i18n';
import { documentTypes, objectTypes, singletonTypes } from '../../../sanity/schemaTypes';
import { structure } from '../../../sanity/structure';
import { workspaceOf, workspaces } from './studio';

const STUDIO_DIR = fileURLToPath(new URL('../../../sanity/', import.meta.url));
const entries = Object.entries(dictionary) as [MessageKey, { sv: string; fi: string; en: string }][];

/** Our type names: the walk stops at Sanity's and the internationalized-array plugin's own types. */
const OUR_TYPES = new Set(
  [...singletonTypes, ...documentTypes, ...objectTypes].map((type) => type(translator('en')).name),
);

/** Built-in subfields of images and files (asset, hotspot, crop, media): Sanity titles and hides them. */
const BUILT_IN_FIELDS = new Set(['asset', 'hotspot', 'crop', 'media']);

interface Text {
  path: string;
  text: string;
}

/** A compiled schema type, walked loosely: titles, fields, members, options and rules. */
type Compiled = Record<string, any>;

/** Every title, description and option label our schema shows, with where it sits. */
function schemaTexts(type: Compiled, path: string, out: Text[], root = false): void {
  const base = type.type?.name;
  const add = (where: string, text: unknown) => {
    if (text !== undefined) out.push({ path: `${path}${where}`, text: String(text) });
  };
  add('.title', type.title);
  add('.description', type.description);
  for (const option of type.options?.list ?? []) {
    if (typeof option === 'object') add(`.options[${option.value}]`, option.title);
  }
  for (const group of type.groups ?? []) add(`.groups[${group.name}]`, group.title);
  // Documents list their orderings in the sort menu; objects get orderings Sanity guesses and never shows.
  const orderings = root && base === 'document' ? (type.orderings ?? []) : [];
  for (const ordering of orderings) add(`.orderings[${ordering.name}]`, ordering.title);
  // A field whose type is one of our named types is walked with that type, not here.
  if (!root && base && OUR_TYPES.has(base)) return;
  if (type.jsonType === 'object' && type.name === 'block') {
    for (const style of type.fields.find((field: any) => field.name === 'style')?.type.options.list ?? []) {
      add(`.styles[${style.value}]`, style.title);
    }
    for (const list of type.fields.find((field: any) => field.name === 'listItem')?.type.options.list ?? []) {
      add(`.lists[${list.value}]`, list.title);
    }
    const marks = type.fields.find((field: any) => field.name === 'markDefs')?.type;
    for (const decorator of type.fields.find((field: any) => field.name === 'children')?.type.of[0]
      .decorators ?? []) {
      add(`.decorators[${decorator.value}]`, decorator.title);
    }
    for (const annotation of marks?.of ?? [])
      schemaTexts(annotation, `${path}.annotations[${annotation.name}]`, out);
    return;
  }
  if (
    type.jsonType === 'object' &&
    Array.isArray(type.fields) &&
    (root || base === 'object' || base === 'image' || base === 'file')
  ) {
    for (const field of type.fields) {
      if (
        BUILT_IN_FIELDS.has(field.name) &&
        (type.type?.name === 'image' || type.type?.name === 'file' || base === 'image' || base === 'file')
      )
        continue;
      schemaTexts(field.type, `${path}.${field.name}`, out);
    }
  }
  if (type.jsonType === 'array' && (root || base === 'array')) {
    for (const member of type.of ?? []) {
      schemaTexts(member, `${path}[${member.name}]`, out, false);
    }
  }
}

function compiledTexts(language: StudioLanguage): Map<string, string> {
  const { schema } = workspaceOf(language);
  const out: Text[] = [];
  for (const name of OUR_TYPES) schemaTexts(schema.get(name) as unknown as Compiled, name, out, true);
  return new Map(out.map(({ path, text }) => [path, text]));
}

/** Every `.error(message)` of our schema's validation rules, walked through the compiled types. */
function ruleMessages(language: StudioLanguage): string[] {
  const { schema } = workspaceOf(language);
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (type: Compiled | undefined): void => {
    if (!type || seen.has(type)) return;
    seen.add(type);
    for (const rule of (Array.isArray(type.validation) ? type.validation : []) as { _message?: unknown }[]) {
      if (typeof rule?._message === 'string') messages.push(rule._message);
    }
    for (const field of type.fields ?? []) visit(field.type);
    for (const member of type.of ?? []) visit(member);
    if (type.type && OUR_TYPES.has(type.type.name)) visit(type.type);
  };
  for (const name of OUR_TYPES) visit(schema.get(name) as unknown as Compiled);
  return messages;
}

/** The titles of the desk structure, built for the workspace in `language`. */
function structureTitles(language: StudioLanguage): string[] {
  const workspace = workspaceOf(language);
  const source = {
    ...workspace,
    templates: [],
    document: { resolveNewDocumentOptions: () => [] },
    getClient: () => ({}),
  };
  const S = createStructureBuilder({ source, perspectiveStack: [] } as never);
  const titles: string[] = [];
  const walk = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    const title = typeof node.getTitle === 'function' ? node.getTitle() : node.title;
    if (typeof title === 'string') titles.push(title);
    for (const item of typeof node.getItems === 'function' ? (node.getItems() ?? []) : (node.items ?? []))
      walk(item);
    const child = typeof node.getChild === 'function' ? node.getChild() : node.child;
    // Our children are builders, or resolvers of a focus area id; Sanity's defaults need a running Studio.
    if (typeof child === 'function' && child.length === 1) walk(child('focusArea-x'));
    else if (child && typeof child === 'object' && child.type !== 'component') walk(child);
  };
  walk(structure(translator(language))(S, { ...source } as never));
  return titles;
}

describe('sanity.config.ts: the Studio in the editors’ languages', () => {
  it('has a Swedish, a Finnish and an English workspace, Swedish first (the default)', () => {
    // Act
    const summary = workspaces.map((workspace) => [workspace.name, workspace.basePath]);

    // Assess
    expect(summary).toEqual([
      ['sv', '/sv'],
      ['fi', '/fi'],
      ['en', '/en'],
    ]);
  });

  it('speaks Swedish in the Swedish workspace and Finnish in the Finnish one, with English kept', () => {
    // Act: the locales each workspace offers, and the one it starts in
    const locales = Object.fromEntries(
      workspaces.map((workspace) => [
        workspace.name,
        {
          offered: workspace.i18n.locales.map((locale) => locale.id),
          current: workspace.i18n.currentLocale.id,
        },
      ]),
    );

    // Assess: sv-SE and fi-FI come from @sanity/locale-sv-se and @sanity/locale-fi-fi
    expect(locales).toEqual({
      sv: { offered: ['en-US', 'sv-SE'], current: 'sv-SE' },
      fi: { offered: ['en-US', 'fi-FI'], current: 'fi-FI' },
      en: { offered: ['en-US'], current: 'en-US' },
    });
  });

  it("translates Sanity's own interface with the locale plugins", async () => {
    // Prepare
    const [sv, fi] = [workspaceOf('sv').i18n, workspaceOf('fi').i18n];
    await Promise.all([sv.loadNamespaces(['validation']), fi.loadNamespaces(['validation'])]);

    // Act
    const required = [sv.t('validation:generic.required'), fi.t('validation:generic.required')];

    // Assess
    expect(required).toEqual(['Krävs', 'Vaadittu']);
  });
});

describe('the dictionary', () => {
  it('has every text in Swedish, Finnish and English, with the same parameters', () => {
    // Act
    const problems = entries.flatMap(([key, texts]) => {
      const empty = STUDIO_LANGUAGES.filter((language) => !texts[language]?.trim());
      const params = STUDIO_LANGUAGES.map((language) => placeholders(texts[language] ?? '').join());
      const mismatch = new Set(params).size > 1;
      return [
        ...empty.map((language) => `${key}: no ${language}`),
        ...(mismatch ? [`${key}: parameters differ`] : []),
      ];
    });

    // Assess
    expect(entries.length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('holds no text twice and no text the Studio does not use', () => {
    // Prepare: the Studio's source, the dictionary itself aside
    const files: string[] = [];
    const collect = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (['node_modules', 'dist', '.sanity', 'seed'].includes(name)) continue;
        if (statSync(path).isDirectory()) collect(path);
        else if (/\.tsx?$/.test(name) && name !== 'dictionary.ts') files.push(readFileSync(path, 'utf8'));
      }
    };
    collect(STUDIO_DIR);
    const source = files.join('\n');

    // Act
    const unused = entries.map(([key]) => key).filter((key) => !source.includes(`'${key}'`));
    const triples = entries.map(([, texts]) => JSON.stringify(texts));
    const repeated = entries.filter(([, texts], index) => triples.indexOf(JSON.stringify(texts)) !== index);

    // Assess
    expect(unused).toEqual([]);
    expect(repeated.map(([key]) => key)).toEqual([]);
  });

  it('translates with parameters and refuses a missing one', () => {
    // Prepare
    const fi = translator('fi');

    // Act
    const text = fi('preview.closes', { date: '29.1.2027 16:00' });

    // Assess
    expect(text).toBe('päättyy 29.1.2027 16:00');
    expect(() => fi('preview.closes')).toThrow('needs the parameter "date"');
  });
});

describe('the compiled schema in every workspace', () => {
  const texts = Object.fromEntries(
    STUDIO_LANGUAGES.map((language) => [language, compiledTexts(language)]),
  ) as Record<StudioLanguage, Map<string, string>>;

  it('titles, describes and labels the same things in sv, fi and en', () => {
    // Act
    const paths = STUDIO_LANGUAGES.map((language) => [...texts[language].keys()].sort());

    // Assess: hundreds of texts, at the same places in the three workspaces
    expect(paths[0]?.length).toBeGreaterThan(300);
    expect(paths[1]).toEqual(paths[0]);
    expect(paths[2]).toEqual(paths[0]);
  });

  it('takes every title, description and label from one dictionary entry, in its language', () => {
    // Act: the sv, fi and en text at each place must together be one entry of the dictionary
    const notFromDictionary = [...texts.sv.keys()].filter((path) => {
      const found = { sv: texts.sv.get(path), fi: texts.fi.get(path), en: texts.en.get(path) };
      return !entries.some(
        ([, entry]) => entry.sv === found.sv && entry.fi === found.fi && entry.en === found.en,
      );
    });

    // Assess
    expect(notFromDictionary.map((path) => `${path}: ${texts.en.get(path)}`)).toEqual([]);
  });

  it.each(STUDIO_LANGUAGES)(
    'gives every validation rule of the %s workspace a message from the dictionary',
    (language) => {
      // Prepare: each text as a pattern whose parameters (e.g. {min}) match anything
      const patterns = entries.map(([, entry]) => {
        const parts = entry[language]
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        return new RegExp(`^${parts.join('.+')}$`);
      });

      // Act
      const messages = ruleMessages(language);

      // Assess: the messages `.error(...)` sets; those custom rules return are checked in validation.test.ts
      expect(messages.length).toBeGreaterThan(40);
      expect(messages.filter((message) => !patterns.some((pattern) => pattern.test(message)))).toEqual([]);
    },
  );
});

describe('the desk structure', () => {
  it.each(STUDIO_LANGUAGES)('is titled in %s from the dictionary', (language) => {
    // Prepare
    const known = new Set(entries.map(([, entry]) => entry[language]));

    // Act
    const titles = structureTitles(language);

    // Assess
    expect(titles.length).toBeGreaterThan(25);
    expect(titles.filter((title) => !known.has(title))).toEqual([]);
  });

  it('says "Metodbank" in Swedish and "Työkalupakki" in Finnish', () => {
    // Act
    const [sv, fi] = [structureTitles('sv'), structureTitles('fi')];

    // Assess
    expect(sv).toContain('Metodbank');
    expect(fi).toContain('Työkalupakki');
  });
});
