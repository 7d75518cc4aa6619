import type { DocumentActionProps, SanityDocument } from 'sanity';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenOnSiteAction, workspaceLanguage } from '../../../sanity/actions/openOnSite';
import {
  DEFAULT_PUBLIC_BASE_URL,
  PUBLIC_PAGE_SECTIONS,
  publicPageUrl,
} from '../../../sanity/actions/publicPage';
import { publicPagePath, PUBLIC_PAGE_SECTIONS as SITE_SECTIONS } from '../../../shared/site/page-path';
import { campaign, event, informationPackage, method, municipality, settings } from './fixtures';

/** The action reads the settings document and the workspace through Sanity's hooks; these stand in for them. */
const studio = vi.hoisted(() => ({ workspace: 'sv', settings: null as Record<string, unknown> | null }));

vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useWorkspace: () => ({ name: studio.workspace }),
  useEditState: () => ({ published: studio.settings, draft: null }),
}));

describe('publicPageUrl: the public page of a document in a language', () => {
  it('the open-on-site URL of an event in fi is its fi slug page', () => {
    // Act
    const url = publicPageUrl({ language: 'fi', document: event });

    // Assess
    expect(url).toBe('http://localhost:3000/fi/events/webinaari');
  });

  it('uses the site address of the settings, without a trailing slash', () => {
    // Act
    const urls = [
      publicPageUrl({
        baseUrl: 'https://natverket.example.org/',
        language: 'sv',
        document: informationPackage,
      }),
      publicPageUrl({ baseUrl: 'https://natverket.example.org', language: 'en', document: event }),
      publicPageUrl({ baseUrl: 'https://natverket.example.org', language: 'fi', document: method }),
    ];

    // Assess
    expect(urls).toEqual([
      'https://natverket.example.org/sv/information-packages/paket',
      'https://natverket.example.org/en/events/webinar',
      'https://natverket.example.org/fi/methods/paikallinen-verkosto',
    ]);
  });

  it('falls back to the Swedish slug in a language the document has none in', () => {
    // Prepare: the campaign fixture has no English slug

    // Act
    const url = publicPageUrl({ language: 'en', document: campaign });

    // Assess
    expect(url).toBe('http://localhost:3000/en/campaigns/arets-foretag');
  });

  it('uses the local site when the settings give no usable address', () => {
    // Act
    const urls = [undefined, '', 'javascript:alert(1)', 'not a url'].map((baseUrl) =>
      publicPageUrl({ baseUrl, language: 'sv', document: event }),
    );

    // Assess
    expect(new Set(urls)).toEqual(new Set([`${DEFAULT_PUBLIC_BASE_URL}/sv/events/webbinarium`]));
  });

  it('has no URL for types without a public page, or for a document without a slug', () => {
    // Prepare
    const withoutSlug = { ...event, slug: [] } as SanityDocument;

    // Act
    const urls = [municipality, settings, withoutSlug, null].map((document) =>
      publicPageUrl({ language: 'sv', document }),
    );

    // Assess
    expect(urls).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('the Studio and the site agree on page addresses', () => {
  it("has the site's sections, and opens the path the site links to, in every language", () => {
    // Prepare: the Studio is its own package, so it keeps its own copy of the sections
    const documents = [event, campaign, informationPackage, method];
    const slugsOf = (document: SanityDocument) =>
      (document.slug as { language: string; value: { current: string } }[]).map((item) => ({
        language: item.language,
        value: item.value.current,
      }));

    // Act
    const pairs = documents.flatMap((document) =>
      (['sv', 'fi', 'en'] as const).map((language) => [
        publicPageUrl({ language, document }),
        `${DEFAULT_PUBLIC_BASE_URL}${publicPagePath(document._type as keyof typeof SITE_SECTIONS, language, {
          id: document._id,
          slugs: slugsOf(document),
        })}`,
      ]),
    );

    // Assess
    expect(PUBLIC_PAGE_SECTIONS).toEqual(SITE_SECTIONS);
    expect(pairs).toHaveLength(12);
    for (const [studio, site] of pairs) expect(studio).toBe(site);
  });
});

describe('"Open on the site", the document action', () => {
  const opened: unknown[][] = [];
  beforeEach(() => {
    opened.length = 0;
    vi.stubGlobal('open', (...args: unknown[]) => opened.push(args));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    studio.workspace = 'sv';
    studio.settings = null;
  });

  const props = (published: SanityDocument | null) =>
    ({
      id: event._id,
      type: event._type,
      published,
      draft: null,
      onComplete: vi.fn(),
    }) as unknown as DocumentActionProps;

  it('opens the published page in the language of the workspace, on the site of the settings', () => {
    // Prepare
    studio.workspace = 'fi';
    studio.settings = { _id: 'settings', publicBaseUrl: 'https://natverket.example.org' };
    const input = props(event);

    // Act
    const description = OpenOnSiteAction(input);
    description?.onHandle?.();

    // Assess
    expect(description).toMatchObject({ label: 'Avaa sivustolla', disabled: false });
    expect(opened).toEqual([
      ['https://natverket.example.org/fi/events/webinaari', '_blank', 'noopener,noreferrer'],
    ]);
    expect(input.onComplete).toHaveBeenCalledOnce();
  });

  it('is disabled, and says why, until the document is published', () => {
    // Prepare
    studio.workspace = 'sv';

    // Act
    const description = OpenOnSiteAction(props(null));

    // Assess
    expect(description).toMatchObject({
      label: 'Öppna på webbplatsen',
      disabled: true,
      title: 'Publicera först: webbplatsen visar bara publicerat innehåll.',
    });
  });

  it('reads the language from the workspace name, Swedish by default', () => {
    // Act
    const languages = ['sv', 'fi', 'en', 'default'].map(workspaceLanguage);

    // Assess
    expect(languages).toEqual(['sv', 'fi', 'en', 'sv']);
  });
});
