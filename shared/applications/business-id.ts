/**
 * The Finnish Business ID (Y-tunnus, docs/DOMAIN.md): `NNNNNNN-T`, where T is a check digit over the seven
 * digits with weights 7, 9, 10, 5, 8, 4, 2. With r = sum mod 11: r = 0 gives 0, r = 1 is never issued
 * (no valid check digit exists), otherwise the check digit is 11 − r.
 */
export const BUSINESS_ID_FORMAT = /^\d{7}-\d$/;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** The check digit for seven digits, or undefined when no Business ID can have them (r = 1). */
export function businessIdCheckDigit(digits: string): number | undefined {
  if (!/^\d{7}$/.test(digits)) return undefined;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return undefined;
  return 11 - r;
}

export type BusinessIdFault = 'format' | 'checkDigit';

/** Why a Business ID is invalid, or undefined when it is valid. */
export function businessIdFault(id: string): BusinessIdFault | undefined {
  if (!BUSINESS_ID_FORMAT.test(id)) return 'format';
  const expected = businessIdCheckDigit(id.slice(0, 7));
  return expected !== undefined && expected === Number(id.slice(8)) ? undefined : 'checkDigit';
}

export const isValidBusinessId = (id: string): boolean => businessIdFault(id) === undefined;
