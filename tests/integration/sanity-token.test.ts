import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sanityToken } from '../../shared/content/default-source';
import { SanityContentSource } from '../../shared/content/sanity-source';
import { invalidateSecret, NO_SANITY_TOKEN } from '../../shared/secrets';

/**
 * The Sanity source with the real @sanity/client against a stand-in for the Sanity API on a local
 * port, and the token read as in AWS through shared/secrets.ts (here from SANITY_TOKEN): the stand-in
 * answers 401 unless the request carries the token it accepts (none, for a public dataset).
 */
let server: Server;
let apiHost: string;
let accepted: string | undefined;
let refusal = 401;
const seen: Array<string | undefined> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const authorization = req.headers.authorization;
    seen.push(authorization);
    const ok = accepted === undefined || authorization === `Bearer ${accepted}`;
    res.writeHead(ok ? 200 : refusal, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        ok
          ? { ms: 1, query: '*', result: [{ _id: 'settings' }] }
          : { error: 'Unauthorized', message: 'Session not found', statusCode: refusal },
      ),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
});

const saved = process.env.SANITY_TOKEN;
afterEach(() => {
  if (saved === undefined) delete process.env.SANITY_TOKEN;
  else process.env.SANITY_TOKEN = saved;
  invalidateSecret('sanityToken');
  seen.length = 0;
  refusal = 401;
});

const source = (useCdn: boolean) =>
  new SanityContentSource({ projectId: 'test', dataset: 'production', token: sanityToken, useCdn, apiHost });

describe('the Sanity read token', () => {
  it(`reads a public dataset without a token while the secret holds "${NO_SANITY_TOKEN}"`, async () => {
    // Prepare
    process.env.SANITY_TOKEN = 'no-sanity-token-set';
    accepted = undefined;

    // Act
    const cached = await source(true).fetch('*[_id == "settings"]');
    const fresh = await source(false).fetch('*[_id == "settings"]');

    // Assess
    expect(cached).toEqual([{ _id: 'settings' }]);
    expect(fresh).toEqual([{ _id: 'settings' }]);
    expect(seen).toEqual([undefined, undefined]);
  });

  it.each([401, 403])(
    'reads the secret again when Sanity answers %i to the kept token, and retries once with the new one',
    async (status) => {
      // Prepare: the old token is cached, then an operator puts a new one in.
      refusal = status;
      process.env.SANITY_TOKEN = 'sk-old';
      expect(await sanityToken.read()).toBe('sk-old');
      process.env.SANITY_TOKEN = 'sk-new';
      accepted = 'sk-new';

      // Act
      const result = await source(true).fetch('*[_id == "settings"]');

      // Assess
      expect(result).toEqual([{ _id: 'settings' }]);
      expect(seen).toEqual(['Bearer sk-old', 'Bearer sk-new']);
    },
  );

  it('fails with the refusal when the fresh token is refused too, after exactly one retry', async () => {
    // Prepare
    process.env.SANITY_TOKEN = 'sk-revoked';
    accepted = 'sk-something-else';

    // Act
    const error = await source(false)
      .fetch('*[_id == "settings"]')
      .catch((e: { statusCode?: number }) => e);

    // Assess
    expect((error as { statusCode?: number }).statusCode).toBe(401);
    expect(seen).toEqual(['Bearer sk-revoked', 'Bearer sk-revoked']);
  });
});
