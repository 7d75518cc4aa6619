import { describe, expect, it } from 'vitest';
import {
  businessIdCheckDigit,
  businessIdFault,
  isValidBusinessId,
} from '../../shared/applications/business-id';

describe('Finnish Business ID (Y-tunnus)', () => {
  it('accepts the valid examples of docs/DOMAIN.md', () => {
    // Act & Assess
    expect(isValidBusinessId('2077474-0')).toBe(true); // sum 187, 187 mod 11 = 0 → check digit 0
    expect(isValidBusinessId('1474763-1')).toBe(true); // sum 219, 219 mod 11 = 10 → 11 − 10 = 1
  });

  it('rejects a wrong check digit', () => {
    // 0737546: 0·7 + 7·9 + 3·10 + 7·5 + 5·8 + 4·4 + 6·2 = 196, 196 mod 11 = 9 → check digit 2, not 1
    expect(businessIdCheckDigit('0737546')).toBe(2);
    expect(businessIdFault('0737546-1')).toBe('checkDigit');
    expect(isValidBusinessId('0737546-2')).toBe(true);
  });

  it('has no check digit when the remainder is 1, so no such id is valid', () => {
    // Prepare: 0000030 → 3 · 4 = 12, 12 mod 11 = 1
    const digits = '0000030';
    // Act
    const check = businessIdCheckDigit(digits);
    // Assess
    expect(check).toBeUndefined();
    for (let t = 0; t <= 9; t++) expect(isValidBusinessId(`${digits}-${t}`)).toBe(false);
  });

  it.each([
    ['2077474', 'no check digit'],
    ['2077474-00', 'two check digits'],
    ['207747-0', 'six digits'],
    ['20774740', 'no hyphen'],
    ['2077474–0', 'an en dash'],
    ['FI20774740', 'a VAT number'],
    ['', 'empty'],
    [' 2077474-0', 'untrimmed (zod trims before this check)'],
  ])('rejects %j (%s) as a format fault', (id) => {
    expect(businessIdFault(id)).toBe('format');
  });
});
