import { createHmac, timingSafeEqual } from 'node:crypto';
import { problem } from './problem';

/**
 * Opaque pagination cursors: the DynamoDB LastEvaluatedKey, base64url JSON, signed so a client can
 * neither read table keys into it nor forge one that jumps into another partition.
 */
const key = () => process.env.CURSOR_SECRET || process.env.EMAIL_PEPPER || 'cursor';

const sign = (payload: string) =>
  createHmac('sha256', key()).update(payload).digest('base64url').slice(0, 22);

export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  if (!lastKey) return undefined;
  const payload = Buffer.from(JSON.stringify(lastKey)).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The start key of the next page, only for a cursor this service issued for the same partition. */
export function decodeCursor(
  cursor: string | undefined,
  partition: string,
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const [payload = '', signature = ''] = cursor.split('.');
  const expected = sign(payload);
  const invalid = () =>
    problem('invalid-input', { errors: [{ path: 'cursor', message: 'Invalid cursor.' }] });
  // Compare bytes, not characters: a non-ASCII signature of the right length must not reach
  // timingSafeEqual with buffers of different sizes (it throws, which would be a 500).
  const given = Buffer.from(signature);
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw invalid();
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (decoded.pk !== partition) throw invalid();
  return decoded;
}
