import { randomUUID } from 'node:crypto';
import { Validator } from '@seriousme/openapi-schema-validator';

/** One check of a deployed (or local) stack: what it asks, and why it failed if it did. */
export interface SmokeResult {
  name: string;
  ok: boolean;
  /** Why the check failed; empty when it passed. */
  detail: string;
}

interface SmokeCheck {
  name: string;
  /** Throws an Error whose message says what was wrong. */
  run(get: (path: string, init?: RequestInit) => Promise<Response>): Promise<void>;
}

const languages = ['sv', 'fi', 'en'] as const;

/**
 * What a working deployment answers, from the outside, touching no data: liveness, the catch-all 404
 * (the `$default` route, which a missing invoke permission turns into a 500), a public page in each
 * language, the contract, and a webhook that refuses an unsigned delivery.
 */
const checks: SmokeCheck[] = [
  {
    name: 'GET /health is 200 {"status":"ok"}',
    async run(get) {
      const response = await get('/health');
      expectStatus(response, 200);
      const body = await jsonOf(response);
      if ((body as { status?: unknown }).status !== 'ok') throw new Error(`body is ${JSON.stringify(body)}`);
    },
  },
  {
    name: 'GET of an unknown path is a 404 problem+json',
    async run(get) {
      const response = await get(`/smoke-check/no-such-page-${randomUUID()}`);
      expectStatus(response, 404);
      expectContentType(response, 'application/problem+json');
      const body = await jsonOf(response);
      if ((body as { status?: unknown }).status !== 404)
        throw new Error(`problem status is ${JSON.stringify((body as { status?: unknown }).status)}`);
    },
  },
  ...languages.map(
    (lang): SmokeCheck => ({
      name: `GET /${lang} is a 200 HTML page in ${lang}`,
      async run(get) {
        const response = await get(`/${lang}`);
        expectStatus(response, 200);
        expectContentType(response, 'text/html');
        const html = await response.text();
        if (!html.includes(`<html lang="${lang}"`)) throw new Error(`the page is not <html lang="${lang}">`);
      },
    }),
  ),
  {
    name: 'GET /openapi.json is a valid OpenAPI 3.1 document',
    async run(get) {
      const response = await get('/openapi.json');
      expectStatus(response, 200);
      const document = (await jsonOf(response)) as Record<string, unknown>;
      if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1.'))
        throw new Error(`openapi is ${JSON.stringify(document.openapi)}, not 3.1.x`);
      const result = await new Validator().validate(document);
      if (!result.valid)
        throw new Error(`invalid OpenAPI 3.1: ${JSON.stringify(result.errors).slice(0, 300)}`);
    },
  },
  {
    name: 'POST /webhooks/sanity without a signature is 401',
    async run(get) {
      const response = await get('/webhooks/sanity', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ _id: `smoke-check-${randomUUID()}`, _type: 'event' }),
      });
      expectStatus(response, 401);
    },
  },
];

export const smokeCheckNames: readonly string[] = checks.map((check) => check.name);

/** Runs every check against a base URL (the stack's ApiUrl output, or a local server). */
export async function runSmokeChecks(
  baseUrl: string,
  options: { timeoutMs?: number } = {},
): Promise<SmokeResult[]> {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const get = (path: string, init: RequestInit = {}) =>
    fetch(new URL(path.replace(/^\//, ''), base), {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  return Promise.all(
    checks.map(async (check): Promise<SmokeResult> => {
      try {
        await check.run(get);
        return { name: check.name, ok: true, detail: '' };
      } catch (error) {
        return { name: check.name, ok: false, detail: describe(error) };
      }
    }),
  );
}

function expectStatus(response: Response, expected: number): void {
  if (response.status !== expected) throw new Error(`status ${response.status}, expected ${expected}`);
}

function expectContentType(response: Response, expected: string): void {
  const contentType = response.headers.get('content-type') ?? '(none)';
  if (!contentType.startsWith(expected)) throw new Error(`content-type ${contentType}, expected ${expected}`);
}

async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`body is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return error.name === 'TimeoutError' ? 'no answer in time' : `${error.message}${cause}`;
  }
  return String(error);
}
