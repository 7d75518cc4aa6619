import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { httpHandler, MAX_BODY_BYTES } from '../../shared/http/handler';
import { IdempotentReplay } from '../../shared/http/idempotency';
import { problem } from '../../shared/http/problem';
import { json } from '../../shared/http/reply';
import { defineRoute } from '../../shared/http/route';
import { email, text } from '../../shared/http/schemas';
import { httpEvent } from '../support/events';

const routes = {
  create: defineRoute({
    method: 'POST',
    path: '/things/{thingId}',
    auth: 'public',
    summary: 'test route',
    params: z.strictObject({ thingId: z.string().check(z.regex(/^[a-z]+$/)) }),
    body: z.strictObject({ name: text(20), email: email(), consent: z.literal(true) }),
    responses: { 201: { description: 'created' } },
  }),
  adminOnly: defineRoute({
    method: 'GET',
    path: '/admin/things',
    auth: ['coordinator'],
    summary: 'test admin route',
    responses: { 200: { description: 'ok' } },
  }),
  fails: defineRoute({ method: 'GET', path: '/fails', auth: 'public', summary: 'throws', responses: {} }),
};

let lastBody: unknown;
let lastIdempotency: unknown;
let failure: unknown;
const handler = httpHandler(routes, {
  create: async ({ body, params, idempotency }) => {
    lastBody = body;
    lastIdempotency = idempotency;
    return json(201, { id: params.thingId, name: body.name, email: body.email });
  },
  adminOnly: async ({ caller }) => json(200, { subject: caller.subject }),
  fails: async () => {
    throw failure;
  },
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  handler(
    httpEvent('POST /things/{thingId}', {
      path: '/things/abc',
      pathParameters: { thingId: 'abc' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );
const parse = (result: { body?: string }) => JSON.parse(result.body ?? 'null');

describe('httpHandler', () => {
  it('trims strings and lower-cases emails before the use case sees them', async () => {
    // Prepare
    const body = { name: '  Åsa Öberg ', email: ' Asa@Example.ORG ', consent: true };
    // Act
    const result = await post(body);
    // Assess
    expect(result.statusCode).toBe(201);
    expect(lastBody).toEqual({ name: 'Åsa Öberg', email: 'asa@example.org', consent: true });
    expect(result.headers?.['content-type']).toBe('application/json');
  });

  it('refuses an own __proto__ key by its path instead of dropping it silently', async () => {
    // Prepare: JSON.parse makes `__proto__` an own key, which zod would skip without a word.
    const raw = '{"name":"Åsa","email":"asa@example.org","consent":true,"__proto__":{"isAdmin":true}}';
    // Act
    const result = await post(raw);
    // Assess
    expect(result.statusCode).toBe(400);
    expect(parse(result).errors).toEqual([{ path: '__proto__', message: 'Okänt fält.' }]);
  });

  it('finds a __proto__ key nested inside a record', async () => {
    // Prepare
    const raw = '{"name":"Åsa","email":"asa@example.org","consent":true,"meta":{"__proto__":"x"}}';
    // Act
    const result = await post(raw, { 'accept-language': 'en' });
    // Assess
    expect(result.statusCode).toBe(400);
    expect(parse(result).errors).toContainEqual({ path: 'meta.__proto__', message: 'Unknown field.' });
  });

  it('lists every invalid field in one 400, in the language asked for', async () => {
    // Prepare
    const body = { name: '', email: 'not-an-email', consent: false, extra: 1 };
    // Act
    const result = await post(body, { 'accept-language': 'fi-FI,fi;q=0.9,en;q=0.5' });
    // Assess
    expect(result.statusCode).toBe(400);
    expect(result.headers?.['content-type']).toBe('application/problem+json');
    const problemBody = parse(result);
    expect(problemBody).toMatchObject({
      status: 400,
      title: 'Virheelliset tiedot',
      type: '/problems/invalid-input',
    });
    expect(problemBody.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'consent',
      'email',
      'extra',
      'name',
    ]);
    expect(problemBody.errors.find((e: { path: string }) => e.path === 'extra').message).toBe(
      'Tuntematon kenttä.',
    );
  });

  it('names a missing field as required', async () => {
    // Act
    const result = await handler(
      httpEvent('POST /things/{thingId}', {
        path: '/things/abc',
        pathParameters: { thingId: 'abc' },
        body: JSON.stringify({ name: 'x', email: 'a@example.org' }),
        headers: { 'content-type': 'application/json' },
        query: { lang: 'en' },
      }),
    );
    // Assess
    expect(result.statusCode).toBe(400);
    expect(parse(result).errors).toEqual([{ path: 'consent', message: 'This field is required.' }]);
  });

  it('validates path parameters too', async () => {
    // Act
    const result = await handler(
      httpEvent('POST /things/{thingId}', {
        path: '/things/ABC1',
        pathParameters: { thingId: 'ABC1' },
        body: JSON.stringify({ name: 'x', email: 'a@example.org', consent: true }),
        headers: { 'content-type': 'application/json' },
      }),
    );
    // Assess
    expect(result.statusCode).toBe(400);
    expect(parse(result).errors[0].path).toBe('thingId');
  });

  it('answers 413 for a body over 64 KiB before reading it as JSON', async () => {
    // Prepare
    const big = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES), email: 'a@example.org', consent: true });
    // Act
    const result = await post(big);
    // Assess
    expect(result.statusCode).toBe(413);
    expect(parse(result)).toMatchObject({ status: 413, title: 'För stor begäran' });
    expect(lastBody).not.toEqual(expect.objectContaining({ name: expect.stringMatching(/^x{1000}/) }));
  });

  it('answers 415 for a body that is not JSON and 400 for malformed JSON', async () => {
    // Act
    const form = await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    const broken = await post('{"name":', {});
    // Assess
    expect(form.statusCode).toBe(415);
    expect(broken.statusCode).toBe(400);
    expect(parse(broken).type).toBe('/problems/malformed-json');
  });

  it('answers 401 without claims and 403 without the group, as the authorizer and handler split it', async () => {
    // Act
    const anonymous = await handler(httpEvent('GET /admin/things'));
    const jury = await handler(
      httpEvent('GET /admin/things', { claims: { sub: 'j1', 'cognito:groups': '[jury]' } }),
    );
    const coordinator = await handler(
      httpEvent('GET /admin/things', { claims: { sub: 'c1', 'cognito:groups': '[jury coordinator]' } }),
    );
    // Assess
    expect(anonymous.statusCode).toBe(401);
    expect(jury.statusCode).toBe(403);
    expect(coordinator.statusCode).toBe(200);
    expect(parse(coordinator)).toEqual({ subject: 'c1' });
  });

  it('hands the use case an idempotency context bound to the key and the body', async () => {
    // Act
    await post({ name: 'x', email: 'a@example.org', consent: true }, { 'idempotency-key': 'key-1' });
    const first = lastIdempotency as { scopeHash: string; requestHash: string };
    await post({ consent: true, email: 'A@example.org ', name: 'x' }, { 'idempotency-key': 'key-1' });
    const sameBody = lastIdempotency as { scopeHash: string; requestHash: string };
    await post({ name: 'y', email: 'a@example.org', consent: true }, { 'idempotency-key': 'key-1' });
    const otherBody = lastIdempotency as { scopeHash: string; requestHash: string };
    const invalid = await post(
      { name: 'x', email: 'a@example.org', consent: true },
      { 'idempotency-key': 'ä' },
    );
    // Assess
    expect(sameBody).toEqual(first);
    expect(otherBody.scopeHash).toBe(first.scopeHash);
    expect(otherBody.requestHash).not.toBe(first.requestHash);
    expect(invalid.statusCode).toBe(400);
    expect(parse(invalid).errors[0].path).toBe('Idempotency-Key');
  });

  it('sends a replayed reply exactly as the first one was', async () => {
    // Prepare
    failure = new IdempotentReplay({ status: 201, body: { id: 'first' } });
    // Act
    const result = await handler(httpEvent('GET /fails'));
    // Assess
    expect(result.statusCode).toBe(201);
    expect(parse(result)).toEqual({ id: 'first' });
    expect(result.headers?.['idempotent-replayed']).toBe('true');
  });

  it('turns a throttled dependency into 503 with Retry-After', async () => {
    // Prepare
    failure = Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' });
    // Act
    const result = await handler(httpEvent('GET /fails'));
    // Assess
    expect(result.statusCode).toBe(503);
    expect(result.headers?.['retry-after']).toBe('2');
    expect(parse(result).type).toBe('/problems/unavailable');
  });

  it('hides internals of an unexpected error behind a plain 500', async () => {
    // Prepare
    failure = new TypeError('secret internal detail at db.ts:42');
    // Act
    const result = await handler(httpEvent('GET /fails', { headers: { 'accept-language': 'en' } }));
    // Assess
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('secret internal detail');
    expect(parse(result)).toMatchObject({ title: 'Internal error', status: 500 });
  });

  it('passes a thrown problem through with its own status and extensions', async () => {
    // Prepare
    failure = problem('conflict', {
      extensions: { seat: 2 },
      detail: { sv: 'Full', fi: 'Täynnä', en: 'Full' },
    });
    // Act
    const result = await handler(httpEvent('GET /fails', { query: { lang: 'fi' } }));
    // Assess
    expect(result.statusCode).toBe(409);
    expect(parse(result)).toEqual({
      type: '/problems/conflict',
      title: 'Ristiriita',
      status: 409,
      detail: 'Täynnä',
      seat: 2,
    });
  });

  it('refuses to build a handler with a route left unimplemented', () => {
    // Act / Assess
    expect(() => httpHandler(routes, { create: async () => json(200, {}) } as never)).toThrow(/adminOnly/);
  });
});
