import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmokeChecks, smokeCheckNames } from '../smoke/checks';
import { startTestStack, type TestStack } from '../support/local-stack';
import { runTsx } from '../support/processes';

const smokeScript = 'tests/smoke/run.ts';

/** A server that is up but broken: /health answers, everything else is a plain 200. */
function startBrokenServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

describe('npm run smoke', () => {
  let stack: TestStack;
  let broken: { url: string; server: Server };
  beforeAll(async () => {
    [stack, broken] = await Promise.all([startTestStack(), startBrokenServer()]);
  });
  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => broken?.server.close(resolve));
  });

  it('passes every check against the local stack', async () => {
    // Act
    const results = await runSmokeChecks(stack.url);

    // Assess
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results.map((result) => result.name)).toEqual([
      'GET /health is 200 {"status":"ok"}',
      'GET of an unknown path is a 404 problem+json',
      'GET /sv is a 200 HTML page in sv',
      'GET /fi is a 200 HTML page in fi',
      'GET /en is a 200 HTML page in en',
      'GET /openapi.json is a valid OpenAPI 3.1 document',
      'POST /webhooks/sanity without a signature is 401',
    ]);
  });

  it('names each failed check and why, against a server that answers 200 to everything', async () => {
    // Act
    const results = await runSmokeChecks(broken.url);

    // Assess
    const byName = Object.fromEntries(results.map((result) => [result.name, result]));
    expect(byName['GET /health is 200 {"status":"ok"}']?.ok).toBe(true);
    expect(byName['GET of an unknown path is a 404 problem+json']?.detail).toBe('status 200, expected 404');
    expect(byName['GET /fi is a 200 HTML page in fi']?.detail).toBe(
      'content-type text/plain, expected text/html',
    );
    expect(byName['GET /openapi.json is a valid OpenAPI 3.1 document']?.detail).toBe(
      'body is not JSON: "ok"',
    );
    expect(byName['POST /webhooks/sanity without a signature is 401']?.detail).toBe(
      'status 200, expected 401',
    );
    expect(results.filter((result) => !result.ok)).toHaveLength(smokeCheckNames.length - 1);
  });

  it('exits 0 against the local stack and 1 against the broken server, naming each failure', async () => {
    // Act
    const passing = runTsx(smokeScript, [stack.url]);
    const failing = runTsx(smokeScript, [broken.url]);
    const [passed, failed] = await Promise.all([passing.exited, failing.exited]);

    // Assess
    expect(passed.code, passing.output()).toBe(0);
    expect(passing.output()).toContain(`All ${smokeCheckNames.length} checks passed.`);
    expect(failed.code, failing.output()).toBe(1);
    for (const name of smokeCheckNames.filter((n) => !n.startsWith('GET /health'))) {
      expect(failing.output()).toContain(`FAIL  ${name}: `);
    }
    expect(failing.output()).toContain(
      `${smokeCheckNames.length - 1} of ${smokeCheckNames.length} checks failed`,
    );
  });

  it('explains its usage and exits 2 without a URL', async () => {
    // Act
    const run = runTsx(smokeScript, []);
    const { code } = await run.exited;

    // Assess
    expect(code).toBe(2);
    expect(run.output()).toContain('Usage: npm run smoke -- <ApiUrl>');
  });
});
