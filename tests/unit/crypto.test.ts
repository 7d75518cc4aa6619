import { describe, expect, it } from 'vitest';
import { emailHash, newToken, sha256, stableStringify, ulid } from '../../shared/crypto';
import { groupsFromClaim } from '../../shared/http/caller';

describe('crypto helpers', () => {
  it('makes ULIDs that sort by time', () => {
    // Act
    const earlier = ulid(1_700_000_000_000);
    const later = ulid(1_700_000_000_001);
    // Assess
    expect(earlier).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(earlier < later).toBe(true);
  });

  it('makes tokens of 256 bits that are URL-safe and never repeat', () => {
    // Act
    const tokens = Array.from({ length: 1000 }, newToken);
    // Assess
    expect(new Set(tokens).size).toBe(1000);
    for (const t of tokens) expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(tokens.every((t) => /^[\w-]+$/.test(t))).toBe(true);
  });

  it('hashes emails with the pepper, case- and space-insensitively, never plain', () => {
    // Act
    const a = emailHash('asa@example.org', 'pepper-1');
    const b = emailHash(' ASA@example.org ', 'pepper-1');
    const c = emailHash('asa@example.org', 'pepper-2');
    // Assess
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).not.toContain('asa');
    expect(a).not.toBe(sha256('asa@example.org'));
  });

  it('serialises objects the same whatever their key order', () => {
    // Act / Assess
    expect(stableStringify({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      stableStringify({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
  });

  it.each([
    ['[coordinator jury]', ['coordinator', 'jury']],
    [['jury'], ['jury']],
    ['[jury]', ['jury']],
    ['coordinator', ['coordinator']],
    [
      ['coordinator', 'jury'],
      ['coordinator', 'jury'],
    ],
    // Commas are part of a Cognito group name, never a separator.
    ['[jury,coordinator]', []],
    ['[coordinator,x jury]', ['jury']],
    [['jury,coordinator'], []],
    ['coordinator,admin', []],
    ['[]', []],
    [undefined, []],
    [42, []],
  ])('reads the group claim %j', (claim, groups) => {
    // Act / Assess
    expect(groupsFromClaim(claim)).toEqual(groups);
  });
});
