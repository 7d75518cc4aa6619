import { describe, expect, it } from 'vitest';
import { contrastWithWhite } from '../../sanity/schemaTypes/validation';
import { settings } from '../../sanity/seed/content/settings';
import { errorSummary, type FormState, textField, withScheme } from '../../shared/ui/forms';
import { html } from '../../shared/ui/html';
import { coloursFrom, contrastRatio, DEFAULT_COLOURS, safeSvg, themeCss } from '../../shared/ui/identity';
import { page } from '../../shared/ui/layout';
import { script } from '../../shared/ui/script';
import { styles } from '../../shared/ui/styles';

/** The design system's pure parts: identity checks, the frame, the summary, and its two files. */
const identity = { name: 'Nätverket', hasLogo: false, colours: DEFAULT_COLOURS };
const frame = { lang: 'sv' as const, path: 'network', identity, secure: false };

describe('identity from settings', () => {
  it('uses a brand colour only when white text on it reaches 4.5:1, as the Studio checks at publish', () => {
    // Prepare
    const samples = ['#1d4f91', '#ffcc00', '#767676', '#777777', '#00703c', '#f47738'];
    // Act
    const used = samples.map((c) => coloursFrom(c).brand === c);
    // Assess: the site and the Studio compute the same ratio, and agree on the threshold
    expect(used).toEqual([true, false, true, false, true, false]);
    for (const c of samples) expect(contrastWithWhite(c)).toBeCloseTo(contrastRatio(c, '#ffffff'), 10);
    expect(coloursFrom('navy')).toEqual(DEFAULT_COLOURS);
    expect(themeCss(coloursFrom('#00703c'))).toBe(':root{--brand:#00703c;--brand-dark:#004e2a}\n');
  });

  it('serves the seed logo, and refuses SVG that runs or loads anything', () => {
    // Prepare
    const seedLogo = settings[0]?.logo as string;
    const svg = (inner: string, attrs = '') =>
      `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}</svg>`;
    // Act and assess
    expect(safeSvg(seedLogo)).toBe(seedLogo);
    expect(safeSvg(svg('<script>alert(1)</script>'))).toBeUndefined();
    expect(safeSvg(svg('<rect/>', ' onload="alert(1)"'))).toBeUndefined();
    expect(safeSvg(svg('<image href="https://evil.example/x.png"/>'))).toBeUndefined();
    expect(safeSvg(svg('<a xlink:href="javascript:alert(1)"><rect/></a>'))).toBeUndefined();
    expect(safeSvg(svg('<foreignObject><div/></foreignObject>'))).toBeUndefined();
    expect(safeSvg(svg('<rect style="fill:url(https://evil.example/f)"/>'))).toBeUndefined();
    expect(safeSvg(svg('<use href="#mark"/>'))).toBeDefined();
    expect(safeSvg('<html></html>')).toBeUndefined();
  });
});

describe('frame and error summary', () => {
  it('puts the summary first in main, prefixes the title with Fel:, and names each field it links to', () => {
    // Prepare
    const state: FormState = { values: {}, errors: new Map([['name', 'Obligatoriskt fält.']]) };
    const fields = textField(state, 'name', 'Namn', { required: true, lang: 'sv' });
    // Act
    const reply = page(frame, 'Gå med', html`${fields}`, {
      status: 400,
      errorSummary: errorSummary(state, 'sv'),
    });
    const text = reply.text ?? '';
    // Assess
    expect(reply.status).toBe(400);
    expect(text).toContain('<title>Fel: Gå med – Nätverket</title>');
    expect(text).toMatch(
      /<main id="main" class="main" tabindex="-1">\s*<div class="container">\s*<div class="error-summary"/,
    );
    expect(text).toContain('<a href="#f-name" data-field="f-name">Namn: Obligatoriskt fält.</a>');
    expect(text).toContain('<span class="visually-hidden">Fel:</span> Obligatoriskt fält.');
    expect(text).toContain('aria-describedby="f-name-error"');
  });

  it('has no title prefix and no summary when nothing is wrong', () => {
    // Act
    const text = page(frame, 'Gå med', html`<p>x</p>`).text ?? '';
    // Assess
    expect(text).toContain('<title>Gå med – Nätverket</title>');
    expect(text).not.toContain('error-summary');
  });
});

describe('the design system’s files and helpers', () => {
  it('serves a script that parses and a stylesheet that loads nothing from elsewhere', () => {
    // Act and assess
    expect(() => new Function(script)).not.toThrow();
    expect(styles).not.toMatch(/@import|url\(/);
    expect(styles).toContain('overflow-wrap');
  });

  it('reads a web address without a scheme as https', () => {
    // Act and assess
    expect(withScheme('www.example.fi')).toBe('https://www.example.fi');
    expect(withScheme(' example.fi/page ')).toBe('https://example.fi/page');
    expect(withScheme('https://example.fi')).toBe('https://example.fi');
    expect(withScheme('http://example.fi')).toBe('http://example.fi');
    expect(withScheme('')).toBeUndefined();
  });
});
