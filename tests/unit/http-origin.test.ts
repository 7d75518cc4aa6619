import { afterEach, describe, expect, it } from 'vitest';
import { httpHandler } from '../../shared/http/handler';
import { ORIGIN_HEADER } from '../../shared/http/origin-check';
import { json } from '../../shared/http/reply';
import { defineRoute } from '../../shared/http/route';
import { httpEvent } from '../support/events';

const routes = {
  health: defineRoute({ method: 'GET', path: '/health', auth: 'public', summary: 'test', responses: {} }),
};

let served = 0;
const implementations = {
  health: async () => {
    served += 1;
    return json(200, { status: 'ok' });
  },
};
const secret = 'origin-secret-for-tests';
const viaEdge = httpHandler(routes, implementations, { originSecret: async () => secret });
const parse = (result: { body?: string }) => JSON.parse(result.body ?? 'null');
const get = (handler: typeof viaEdge, headers: Record<string, string> = {}, routeKey = 'GET /health') =>
  handler(httpEvent(routeKey, { headers }));

afterEach(() => {
  served = 0;
  delete process.env.ORIGIN_SECRET;
});

describe('httpHandler behind CloudFront (origin secret configured)', () => {
  it('refuses a request without the origin header with 403 problem+json, before the route runs', async () => {
    // Act
    const result = await get(viaEdge, { 'accept-language': 'fi' });
    // Assess
    expect(result.statusCode).toBe(403);
    expect(result.headers?.['content-type']).toBe('application/problem+json');
    expect(parse(result)).toMatchObject({
      type: '/problems/direct-access',
      status: 403,
      title: 'Pääsy estetty',
    });
    expect(served).toBe(0);
  });

  it('refuses a wrong value, a prefix of the right one and the right one with more after it', async () => {
    // Act
    const results = await Promise.all(
      ['wrong', secret.slice(0, -1), `${secret}x`, ''].map((value) =>
        get(viaEdge, { [ORIGIN_HEADER]: value }),
      ),
    );
    // Assess
    expect(results.map((result) => result.statusCode)).toEqual([403, 403, 403, 403]);
    expect(served).toBe(0);
  });

  it('serves a request that carries the secret, whatever case the header name has', async () => {
    // Act
    const lower = await get(viaEdge, { [ORIGIN_HEADER]: secret });
    const mixed = await get(viaEdge, { 'X-Origin-Verify': secret });
    // Assess
    expect(lower.statusCode).toBe(200);
    expect(parse(lower)).toEqual({ status: 'ok' });
    expect(mixed.statusCode).toBe(200);
    expect(served).toBe(2);
  });

  it('refuses a request for an unknown route with 403 too, so a direct caller learns nothing of the routes', async () => {
    // Act
    const result = await get(viaEdge, {}, 'GET /nothing-here');
    // Assess
    expect(result.statusCode).toBe(403);
  });

  it('answers 503 with Retry-After when the secret cannot be read (Secrets Manager unavailable)', async () => {
    // Prepare
    const unavailable = Object.assign(new Error('unavailable'), { name: 'ServiceUnavailableException' });
    const failing = httpHandler(routes, implementations, { originSecret: () => Promise.reject(unavailable) });
    // Act
    const result = await get(failing, { [ORIGIN_HEADER]: secret });
    // Assess
    expect(result.statusCode).toBe(503);
    expect(result.headers?.['retry-after']).toBeDefined();
    expect(served).toBe(0);
  });
});

describe('httpHandler defaults', () => {
  it('checks nothing when no origin secret is configured, as locally', async () => {
    // Prepare
    const local = httpHandler(routes, implementations);
    // Act
    const result = await get(local);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(served).toBe(1);
  });

  it('checks the header when the function is configured with the origin secret, as in AWS', async () => {
    // Prepare
    process.env.ORIGIN_SECRET = 'configured-origin-secret';
    const deployed = httpHandler(routes, implementations);
    // Act
    const without = await get(deployed);
    const withIt = await get(deployed, { [ORIGIN_HEADER]: 'configured-origin-secret' });
    // Assess
    expect(without.statusCode).toBe(403);
    expect(withIt.statusCode).toBe(200);
    expect(served).toBe(1);
  });
});
