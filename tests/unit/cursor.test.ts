import { createHmac, hkdfSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../shared/http/cursor';
import { HttpProblem } from '../../shared/http/problem';
import { invalidateSecret } from '../../shared/secrets';

const payload = Buffer.from(JSON.stringify({ pk: 'EVENT#e1', sk: 'REG#1' })).toString('base64url');
const signedWith = (key: string) =>
  `${payload}.${createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22)}`;

async function refusal(attempt: Promise<unknown>) {
  try {
    await attempt;
  } catch (error) {
    return error;
  }
  throw new Error('the cursor was accepted');
}

describe('pagination cursors', () => {
  const pepper = process.env.EMAIL_PEPPER;
  afterEach(() => {
    process.env.EMAIL_PEPPER = pepper;
    invalidateSecret('emailPepper');
  });

  it('round-trips a key of the same partition', async () => {
    // Prepare
    const key = { pk: 'EVENT#e1', sk: 'REG#01ABC' };
    // Act
    const decoded = await decodeCursor(await encodeCursor(key), 'EVENT#e1');
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
    ['a cursor signed with the literal the key once fell back to', signedWith('cursor')],
    ['a cursor signed with the pepper itself rather than the key derived from it', signedWith(pepper ?? '')],
  ])('refuses %s with a 400 naming the cursor', async (_name, cursor) => {
    // Act
    const error = await refusal(decodeCursor(cursor, 'EVENT#e1'));
    // Assess
    expect(error).toBeInstanceOf(HttpProblem);
    expect((error as HttpProblem).status).toBe(400);
    expect((error as HttpProblem).options.errors?.[0]?.path).toBe('cursor');
  });

  it('refuses a genuine cursor of another partition', async () => {
    // Prepare
    const other = await encodeCursor({ pk: 'EVENT#other', sk: 'REG#1' });
    // Act
    const error = await refusal(decodeCursor(other, 'EVENT#e1'));
    // Assess
    expect(error).toBeInstanceOf(HttpProblem);
  });

  it('signs with a key from the pepper secret: another pepper refuses the cursor, and no pepper is an error', async () => {
    // Prepare
    const issued = await encodeCursor({ pk: 'EVENT#e1', sk: 'REG#1' });

    // Act
    process.env.EMAIL_PEPPER = 'another-pepper';
    invalidateSecret('emailPepper');
    const underAnotherPepper = await refusal(decodeCursor(issued, 'EVENT#e1'));
    delete process.env.EMAIL_PEPPER;
    invalidateSecret('emailPepper');
    const withoutPepper = await refusal(encodeCursor({ pk: 'EVENT#e1', sk: 'REG#1' }));

    // Assess
    expect((underAnotherPepper as HttpProblem).status).toBe(400);
    expect(withoutPepper).not.toBeInstanceOf(HttpProblem);
    expect((withoutPepper as Error).message).toBe('Secret emailPepper is not configured');
  });

  it.each([
    ['not JSON', 'not json at all'],
    ['JSON that is not an object', '[1,2,3]'],
    ['an object without pk', '{"sk":"REG#1"}'],
    ['an object with a nested value', '{"pk":"EVENT#e1","sk":{"S":"x"}}'],
    ['null', 'null'],
  ])('answers 400, not 500, for a validly signed cursor whose body is %s', async (_kind, body) => {
    // Prepare: signed with the very key the service derives from the pepper
    const key = Buffer.from(
      hkdfSync('sha256', process.env.EMAIL_PEPPER ?? '', 'equality-network', 'cursor', 32),
    );
    const encoded = Buffer.from(body).toString('base64url');
    const cursor = `${encoded}.${createHmac('sha256', key).update(encoded).digest('base64url').slice(0, 22)}`;
    // Act
    const error = await refusal(decodeCursor(cursor, 'EVENT#e1'));
    // Assess
    expect(error).toBeInstanceOf(HttpProblem);
    expect((error as HttpProblem).status).toBe(400);
  });
});
