import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../../shared/i18n/language';

describe('negotiateLanguage', () => {
  it.each([
    ['fi', 'en', 'fi'],
    ['de', 'fi-FI', 'fi'],
    [undefined, 'de-DE, en;q=0.8, fi;q=0.9', 'fi'],
    [undefined, 'en-GB,en;q=0.9', 'en'],
    [undefined, 'fi;q=0, en;q=0.1', 'en'],
    [undefined, 'de, fr', 'sv'],
    [undefined, undefined, 'sv'],
  ] as const)('?lang=%s with Accept-Language %s gives %s', (query, header, expected) => {
    // Act
    const lang = negotiateLanguage(query, header);
    // Assess
    expect(lang).toBe(expected);
  });
});
