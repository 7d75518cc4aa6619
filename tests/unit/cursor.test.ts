import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../shared/http/cursor';
import { HttpProblem } from '../../shared/http/problem';

describe('pagination cursors', () => {
  it('round-trips a key of the same partition', () => {
    // Prepare
    const key = { pk: 'EVENT#e1', sk: 'REG#01ABC' };
    // Act
    const decoded = decodeCursor(encodeCursor(key), 'EVENT#e1');
    // Assess
    expect(decoded).toEqual(key);
  });

  it.each([
    ['a forged signature', 'eyJwayI6IkVWRU5UI2UxIn0.AAAAAAAAAAAAAAAAAAAAAA'],
    [
      'a non-ASCII signature of the right length (found by the fuzz suite)',
      `eyJwayI6IkVWRU5UI2UxIn0.${'ä'.repeat(22)}`,
    ],
    ['no signature', 'eyJwayI6IkVWRU5UI2UxIn0'],
    ['garbage', '%%%'],
  ])('refuses %s with a 400 naming the cursor', (_name, cursor) => {
    // Act
    const attempt = () => decodeCursor(cursor, 'EVENT#e1');
    // Assess
    expect(attempt).toThrow(HttpProblem);
    try {
      attempt();
    } catch (error) {
      expect((error as HttpProblem).status).toBe(400);
      expect((error as HttpProblem).options.errors?.[0]?.path).toBe('cursor');
    }
  });

  it('refuses a genuine cursor of another partition', () => {
    // Act / Assess
    expect(() => decodeCursor(encodeCursor({ pk: 'EVENT#other', sk: 'REG#1' }), 'EVENT#e1')).toThrow(
      HttpProblem,
    );
  });
});
