import { encodeSignatureHeader } from '@sanity/webhook';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_MAX_AGE_MS, verifyWebhook } from '../../shared/content/webhook';
import { HttpProblem } from '../../shared/http/problem';

/**
 * verifyWebhook on its own: the signature header must be there, well-formed, signed with our secret over
 * this exact body, and no further than five minutes from now either way; every failure is the same 401.
 * The HTTP path (and that nothing is written) is covered by tests/integration/webhook-http.test.ts.
 */

const secret = 'unit-test-webhook-secret';
const now = Date.parse('2029-03-01T10:00:00Z');
const body = JSON.stringify({ _id: 'event-seminar-2029', _type: 'event' });

async function refusal(rawBody: string, signature: string | undefined, at = now) {
  const error = await verifyWebhook(rawBody, signature, secret, at).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpProblem);
  return (error as HttpProblem).status;
}

describe('verifyWebhook', () => {
  it('accepts a valid, fresh signature and returns when it was signed', async () => {
    // Prepare
    const signature = await encodeSignatureHeader(body, now - 1_000, secret);
    // Act
    const signedAt = await verifyWebhook(body, signature, secret, now);
    // Assess
    expect(signedAt).toBe(now - 1_000);
  });

  it('refuses a signature made with another secret', async () => {
    // Prepare
    const signature = await encodeSignatureHeader(body, now, 'another-secret');
    // Act / Assess
    expect(await refusal(body, signature)).toBe(401);
  });

  it('refuses a valid signature over a tampered body', async () => {
    // Prepare
    const signature = await encodeSignatureHeader(body, now, secret);
    const tampered = body.replace('event-seminar-2029', 'event-other');
    // Act / Assess
    expect(await refusal(tampered, signature)).toBe(401);
  });

  it('refuses a signature whose timestamp was changed to look fresh (the timestamp is signed too)', async () => {
    // Prepare: an hour-old capture with its t= rewritten to now.
    const old = await encodeSignatureHeader(body, now - 60 * 60 * 1000, secret);
    const moved = old.replace(/^t=\d+/, `t=${now}`);
    // Act / Assess
    expect(await refusal(body, moved)).toBe(401);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['without v1', `t=${now}`],
    ['without t', 'v1=abc'],
    ['not a signature at all', 'Bearer abc.def'],
    ['with a non-numeric timestamp', 't=yesterday,v1=abc'],
  ])('refuses a header that is %s', async (_what, header) => {
    // Act / Assess
    expect(await refusal(body, header)).toBe(401);
  });

  it('accepts a signature exactly five minutes old (the boundary is inclusive)', async () => {
    // Prepare
    const signature = await encodeSignatureHeader(body, now - SIGNATURE_MAX_AGE_MS, secret);
    // Act / Assess
    expect(await verifyWebhook(body, signature, secret, now)).toBe(now - SIGNATURE_MAX_AGE_MS);
  });

  it('refuses a signature five minutes and one millisecond old (too old: a replayed capture)', async () => {
    // Prepare
    const signature = await encodeSignatureHeader(body, now - SIGNATURE_MAX_AGE_MS - 1, secret);
    // Act / Assess
    expect(SIGNATURE_MAX_AGE_MS).toBe(5 * 60 * 1000);
    expect(await refusal(body, signature)).toBe(401);
  });

  it('accepts a clock up to five minutes ahead, and refuses one further in the future', async () => {
    // Prepare
    const ahead = await encodeSignatureHeader(body, now + SIGNATURE_MAX_AGE_MS, secret);
    const future = await encodeSignatureHeader(body, now + SIGNATURE_MAX_AGE_MS + 1, secret);
    // Act / Assess
    expect(await verifyWebhook(body, ahead, secret, now)).toBe(now + SIGNATURE_MAX_AGE_MS);
    expect(await refusal(body, future)).toBe(401);
  });

  it('tells no one which check failed: every refusal is the same problem', async () => {
    // Prepare
    const wrongSecret = await encodeSignatureHeader(body, now, 'another-secret');
    const stale = await encodeSignatureHeader(body, now - 10 * 60 * 1000, secret);
    // Act
    const failures = await Promise.all(
      [wrongSecret, stale, 'garbage', undefined].map((s) =>
        verifyWebhook(body, s, secret, now).then(
          () => undefined,
          (e: HttpProblem) => e.toBody('en'),
        ),
      ),
    );
    // Assess
    expect(failures.every((f) => f?.status === 401)).toBe(true);
    expect(new Set(failures.map((f) => JSON.stringify(f))).size).toBe(1);
  });
});
