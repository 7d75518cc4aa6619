import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/http/route';
import {
  attachmentLink,
  figureHtml,
  fileSize,
  linkHref,
  type RichTextContext,
  richText,
} from '../../shared/ui/rich-text';

/**
 * The rich-text renderer (shared/ui/rich-text.ts) on Portable Text as the queries return it: no active content
 * from an editor's links or text, images with srcset, dimensions, lazy loading and alt text in the page's
 * language, files with their type and size.
 */

const IMAGE_REF = 'image-9f4190fd6fa6117a8fb84a58eb901411c8460cac-960x540-png';
const FILE_REF = 'file-f005951912ab69be69688d73486bde46041ad69a-pdf';

const context = (lang: Language, overrides: Partial<RichTextContext> = {}): RichTextContext => ({
  lang,
  assets: { projectId: 'abc123', dataset: 'production', baseUrl: 'https://cdn.sanity.io' },
  linkTo: (target, language) => `/${language}/events/${target._id}`,
  siteOrigin: 'https://network.example.org',
  ...overrides,
});

const localized = (values: Partial<Record<Language, string>>) =>
  Object.entries(values).map(([language, value]) => ({ _key: language, language, value }));

let keys = 0;
const key = () => `k${++keys}`;

/** A paragraph of spans; a span's marks name markDefs by key or a decorator. */
function block(
  children: { text: string; marks?: string[] }[],
  extra: { style?: string; listItem?: string; markDefs?: Record<string, unknown>[] } = {},
) {
  return {
    _type: 'block',
    _key: key(),
    style: extra.style ?? 'normal',
    ...(extra.listItem ? { listItem: extra.listItem, level: 1 } : {}),
    markDefs: extra.markDefs ?? [],
    children: children.map((child) => ({ _type: 'span', _key: key(), marks: child.marks ?? [], ...child })),
  };
}

const linked = (text: string, href: string) =>
  block([{ text, marks: ['l1'] }], { markDefs: [{ _type: 'link', _key: 'l1', href }] });

/** Every element and attribute of an HTML fragment, as a browser would parse the tags. */
const tags = (markup: string) => [...markup.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map((m) => [m[1], m[2]]);

describe('rich text: links and text (acceptance 2)', () => {
  it('renders javascript:, data: and script-like text with no active content', () => {
    // Prepare
    const blocks = [
      linked('click me', 'javascript:alert(1)'),
      linked('tab trick', 'java\tscript:alert(1)'),
      linked('upper case', 'JAVASCRIPT:alert(1)'),
      linked('a picture', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
      linked('vb', 'vbscript:msgbox(1)'),
      linked('protocol-relative', '//evil.example/x'),
      linked('relative', '/sv/events'),
      block([{ text: '<script>alert("x")</script><img src=x onerror=alert(1)>' }]),
      block([{ text: '" onmouseover="alert(1)' }], { style: 'h2' }),
    ];

    // Act
    const out = richText(blocks, context('sv')).toString();

    // Assess: no link, no script, no event handler; the text is still there, escaped
    expect(out).not.toMatch(/<a\b/i);
    expect(out).not.toMatch(/<script|<img|javascript:|data:text|vbscript:/i);
    expect(tags(out).filter(([, attributes]) => /\son\w+=/i.test(attributes ?? ''))).toEqual([]);
    expect(tags(out).map(([name]) => name)).toEqual(['p', 'p', 'p', 'p', 'p', 'p', 'p', 'p', 'h2']);
    expect(out).toContain('click me');
    expect(out).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('keeps http, https and mailto links, marks other sites as external in the page language, escapes the address', () => {
    // Prepare
    const blocks = [
      linked('eOppiva', 'https://www.eoppiva.fi/koulutukset/?a=1&b="2"'),
      linked('old site', 'http://example.net/page'),
      linked('mail us', 'mailto:natverket@example.org'),
      linked('our events', 'https://network.example.org/sv/events'),
    ];

    // Act
    const [sv, fi, en] = (['sv', 'fi', 'en'] as const).map((lang) =>
      richText(blocks, context(lang)).toString(),
    );

    // Assess
    expect(sv).toContain(
      '<a class="external" href="https://www.eoppiva.fi/koulutukset/?a=1&amp;b=%222%22" rel="noopener">eOppiva<span class="external-mark" aria-hidden="true">↗</span><span class="visually-hidden"> (extern webbplats)</span></a>',
    );
    expect(sv).toContain('<a class="external" href="http://example.net/page" rel="noopener">old site');
    expect(sv).toContain('<a href="mailto:natverket@example.org">mail us</a>');
    expect(sv).toContain('<a href="https://network.example.org/sv/events">our events</a>');
    expect(fi).toContain('(ulkoinen sivusto)');
    expect(en).toContain('(external site)');
    expect(linkHref(' https://x.example/ ')).toBe('https://x.example/');
    expect(linkHref('https://')).toBeUndefined();
  });

  it('renders headings, lists, emphasis and internal links to the page in the page language', () => {
    // Prepare
    const blocks = [
      block([{ text: 'Kapitel' }], { style: 'h2' }),
      block([{ text: 'Underrubrik' }], { style: 'h3' }),
      block([{ text: 'ett', marks: ['strong'] }, { text: ' och ' }, { text: 'två', marks: ['em'] }], {
        listItem: 'bullet',
      }),
      block([{ text: 'steg' }], { listItem: 'number' }),
      block([{ text: 'seminariet', marks: ['i1'] }], {
        markDefs: [
          { _type: 'internalLink', _key: 'i1', target: { _id: 'event-seminar', _type: 'event', slug: null } },
        ],
      }),
      block([{ text: 'borttaget', marks: ['i2'] }], {
        markDefs: [{ _type: 'internalLink', _key: 'i2', target: null }],
      }),
      { _type: 'unknownWidget', _key: key(), html: '<iframe src="https://evil.example"></iframe>' },
    ];

    // Act
    const top = richText(blocks, context('fi')).toString();
    const inSection = richText(blocks, context('fi', { headingLevel: 3 })).toString();

    // Assess
    expect(top).toContain('<h2>Kapitel</h2><h3>Underrubrik</h3>');
    expect(top).toContain('<ul><li><strong>ett</strong> och <em>två</em></li></ul><ol><li>steg</li></ol>');
    expect(top).toContain('<p><a href="/fi/events/event-seminar">seminariet</a></p>');
    expect(top).toContain('<p>borttaget</p>');
    expect(top).not.toContain('iframe');
    expect(inSection).toContain('<h3>Kapitel</h3><h4>Underrubrik</h4>');
  });
});

describe('rich text: images and files (acceptance 2)', () => {
  const figure = {
    _type: 'figure',
    _key: 'f1',
    asset: { _type: 'reference', _ref: IMAGE_REF },
    alt: localized({ sv: 'Ett likhetstecken', fi: 'Yhtäläisyysmerkki' }),
  };

  it('gives an image a width-based srcset, its width and height, lazy loading and alt text in the page language', () => {
    // Act
    const sv = richText([figure], context('sv')).toString();
    const fi = figureHtml(figure, context('fi')).toString();
    const en = figureHtml(figure, context('en')).toString();

    // Assess
    const base =
      'https://cdn.sanity.io/images/abc123/production/9f4190fd6fa6117a8fb84a58eb901411c8460cac-960x540.png';
    expect(sv).toContain(
      `srcset="${base}?w=320&amp;fit=max&amp;auto=format 320w, ${base}?w=640&amp;fit=max&amp;auto=format 640w, ${base}?w=960&amp;fit=max&amp;auto=format 960w"`,
    );
    expect(sv).toContain('width="960" height="540"');
    expect(sv).toContain('loading="lazy" decoding="async"');
    expect(sv).toContain('sizes="');
    expect(sv).toContain('alt="Ett likhetstecken"');
    expect(fi).toContain('alt="Yhtäläisyysmerkki"');
    // English is optional in the Studio: the Swedish alt text, marked as Swedish
    expect(en).toContain('alt="Ett likhetstecken" lang="sv"');
  });

  it('sizes a cropped image by its crop and lets the builder cut it', () => {
    // Prepare
    const cropped = { ...figure, crop: { top: 0.1, bottom: 0, left: 0, right: 0.25 } };

    // Act
    const out = figureHtml(cropped, context('sv')).toString();

    // Assess: 960 × 0.75 = 720 wide, 540 × 0.9 = 486 high; the CDN is asked for that rectangle
    expect(out).toContain('width="720" height="486"');
    expect(out).toContain('rect=0,54,720,486');
    expect(out).toContain('720w"');
    expect(out).not.toContain('960w');
  });

  it('serves images and files from the local asset route when that is the base', () => {
    // Prepare
    const local = context('sv', {
      assets: { projectId: 'local', dataset: 'production', baseUrl: '/_local/assets' },
    });

    // Act
    const image = figureHtml(figure, local).toString();
    const file = attachmentLink({ asset: { _ref: FILE_REF }, title: localized({ sv: 'Checklista' }) }, local);

    // Assess
    expect(image).toContain(
      'src="/_local/assets/images/local/production/9f4190fd6fa6117a8fb84a58eb901411c8460cac-960x540.png?w=960',
    );
    expect(file.toString()).toContain(
      'href="/_local/assets/files/local/production/f005951912ab69be69688d73486bde46041ad69a.pdf"',
    );
  });

  it('shows a file with its title, type and size in the page language', () => {
    // Prepare
    const attachment = {
      _type: 'attachment',
      _key: 'a1',
      asset: { _type: 'reference', _ref: FILE_REF },
      title: localized({ sv: 'Checklista', fi: 'Tarkistuslista' }),
      file: { extension: 'pdf', mimeType: 'application/pdf', size: 1_234_567 },
    };
    const word = { ...attachment, asset: { _ref: 'file-abc-docx' }, file: { extension: 'docx', size: 2649 } };

    // Act
    const sv = richText([attachment], context('sv')).toString();
    const fi = richText([attachment], context('fi')).toString();
    const en = richText([attachment, word], context('en')).toString();

    // Assess
    expect(sv).toBe(
      '<p><a class="attachment" href="https://cdn.sanity.io/files/abc123/production/f005951912ab69be69688d73486bde46041ad69a.pdf" type="application/pdf"><span>Checklista</span> (PDF, 1,2 MB)</a></p>',
    );
    expect(fi).toContain('<span>Tarkistuslista</span> (PDF, 1,2 Mt)');
    expect(en).toContain('<span lang="sv">Checklista</span> (PDF, 1.2 MB)');
    expect(en).toContain('(DOCX, 2.6 kB)');
    expect([fileSize(512, 'fi'), fileSize(2649, 'fi'), fileSize(2649, 'sv')]).toEqual([
      '512 t',
      '2,6 kt',
      '2,6 kB',
    ]);
  });

  it('renders nothing for an image or file without a usable asset', () => {
    // Act
    const out = richText(
      [
        { _type: 'figure', _key: 'x', asset: { _ref: 'image-"onerror=alert(1)' } },
        { _type: 'attachment', _key: 'y', asset: null },
      ],
      context('sv'),
    ).toString();

    // Assess
    expect(out).toBe('');
  });
});
