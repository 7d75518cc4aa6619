import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { getSecret } from '../secrets';
import { problem } from './problem';

/**
 * Opaque pagination cursors: the DynamoDB LastEvaluatedKey, base64url JSON, signed so a client can
 * neither read table keys into it nor forge one that jumps into another partition. The signing key is
 * derived from the email pepper (HKDF with its own label, as the CSRF key is), so it needs no secret
 * of its own and is never the pepper itself.
 */
let derived: { pepper: string; key: Buffer } | undefined;

async function cursorKey(): Promise<Buffer> {
  const pepper = await getSecret('emailPepper');
  if (derived?.pepper !== pepper)
    derived = { pepper, key: Buffer.from(hkdfSync('sha256', pepper, 'equality-network', 'cursor', 32)) };
  return derived.key;
}

const sign = (payload: string, key: Buffer) =>
  createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);

export async function encodeCursor(
  lastKey: Record<string, unknown> | undefined,
): Promise<string | undefined> {
  if (!lastKey) return undefined;
  const payload = Buffer.from(JSON.stringify(lastKey)).toString('base64url');
  return `${payload}.${sign(payload, await cursorKey())}`;
}

/** The start key of the next page, only for a cursor this service issued for the same partition. */
export async function decodeCursor(
  cursor: string | undefined,
  partition: string,
): Promise<Record<string, unknown> | undefined> {
  if (!cursor) return undefined;
  const [payload = '', signature = ''] = cursor.split('.');
  const expected = sign(payload, await cursorKey());
  const invalid = () =>
    problem('invalid-input', { errors: [{ path: 'cursor', message: 'Invalid cursor.' }] });
  // Compare bytes, not characters: a non-ASCII signature of the right length must not reach
  // timingSafeEqual with buffers of different sizes (it throws, which would be a 500).
  const given = Buffer.from(signature);
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw invalid();
  // Signed by us, yet still checked: a key that leaked or a bug elsewhere must give a 400, not a 500.
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!isStartKey(decoded) || decoded.pk !== partition) throw invalid();
  return decoded;
}

/** A DynamoDB start key as this service writes one: an object of string or number attributes, `pk` among them. */
function isStartKey(value: unknown): value is Record<string, string | number> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.length <= 6 &&
    typeof (value as Record<string, unknown>).pk === 'string' &&
    entries.every(([, v]) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  );
}
