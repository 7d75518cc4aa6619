import { describe, expect, it } from 'vitest';
import { personFields, text } from '../../shared/http/schemas';
import { validatePart } from '../../shared/http/validate';
import { contentHref } from '../../shared/ui/html';

describe('free text and names', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['zero-width joiner and non-joiner', '\u200d\u200c'],
    ['word joiner', '\u2060\u2060'],
    ['byte order mark', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['bidi marks and isolates', '\u200e\u200f\u202e\u2066\u2069'],
    ['no-break space', '\u00a0\u00a0'],
    ['ideographic space', '\u3000'],
    ['em space and thin space', '\u2003\u2009'],
    ['Hangul fillers', '\u3164\u115f\u1160\uffa0'],
    ['combining grapheme joiner', '\u034f'],
    ['blank Braille pattern', '\u2800'],
    ['a mix of them around tabs', ' \u200b\t\u00ad\u3000 '],
  ])('refuses a name made only of %s, with the required-field message', (_kind, name) => {
    // Act
    const result = validatePart(text(200), name, 'name', 'sv');
    // Assess
    expect(result).toEqual({ ok: false, errors: [{ path: 'name', message: 'Obligatoriskt fält.' }] });
  });

  it.each([
    ['a plain name', 'Åsa Öberg', 'Åsa Öberg'],
    ['a name with a zero-width joiner inside', 'Anna\u200dMaria', 'Anna\u200dMaria'],
    ['a single visible letter among blanks', '\u200b A \u200b', '\u200b A \u200b'],
    ['a name in Hangul', '김민준', '김민준'],
  ])('accepts %s', (_kind, name, stored) => {
    // Act
    const result = validatePart(text(200), name, 'name', 'fi');
    // Assess
    expect(result).toEqual({ ok: true, value: stored });
  });

  it('applies to the person name of registrations and membership', () => {
    // Act
    const result = validatePart(personFields.name, '\u200b\u200b', 'name', 'fi');
    // Assess
    expect(result).toEqual({ ok: false, errors: [{ path: 'name', message: 'Pakollinen kenttä.' }] });
  });
});

describe('links from content', () => {
  it.each([
    ['https', 'https://www.eoppiva.fi/koulutukset', 'https://www.eoppiva.fi/koulutukset'],
    ['mailto', 'mailto:natverket@example.org', 'mailto:natverket@example.org'],
    ['javascript', 'javascript:alert(1)', undefined],
    ['data', 'data:text/html,<script>alert(1)</script>', undefined],
    ['plain http', 'http://example.org', undefined],
    ['a relative path', '/sv/', undefined],
    ['no string', 42, undefined],
  ])('links %s only when it is https or mailto', (_kind, url, expected) => {
    // Act / Assess
    expect(contentHref(url)).toBe(expected);
  });
});
