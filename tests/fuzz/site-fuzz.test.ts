import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteRoutes } from '../../functions/site/routes';
import { routeKeyOf } from '../../shared/http/route';
import { csrfToken } from '../../shared/site/csrf';
import { securityHeaders } from '../../shared/site/layout';
import { setDefaultTable } from '../../shared/table/client';
import { httpEvent } from '../support/events';
import { type FuzzEnv, prepareFuzzEnv, RUNS, SEED, tableDiff } from './route-fuzz';

/**
 * The site's routes, fuzzed like the API's (route-fuzz.ts), with the properties that fit HTML pages:
 * never a 5xx or an internal leak; HTML pages carry the security headers; a form post without a
 * matching CSRF pair is 403 and writes nothing; any other rejection (4xx) leaves the table as it was.
 */
// "TypeError: …" is a leak; a page's own "Error: " (the title and error messages, GOV.UK's habit) is not.
const leaks = /\n\s+at .+[(:]|node_modules|\.ts:\d+|[A-Za-z]Error: /;
const cookieValue = 'fuzz-csrf-cookie-value-0123456789';

let env: FuzzEnv;
beforeAll(async () => {
  env = await prepareFuzzEnv();
});
afterAll(() => {
  setDefaultTable(undefined);
});

const odd = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%zz',
    '..',
    '../..',
    '<script>',
    "' OR 1=1",
    '\u0000',
    'å/ä/ö',
    'x'.repeat(300),
  ),
);

function pathArbitrary() {
  const fx = () => env.fixtures;
  const known = fc.constantFrom(
    () => '',
    () => `events/${fx().eventId}`,
    () => 'events/event-example-webinar-2027',
    () => `registrations/${fx().manageToken}`,
    () => 'network',
    () => 'network/confirm/x',
    () => 'network/leave/x',
    () => `nominations/${fx().nominationToken}`,
    () => 'campaigns/campaign-example-jamstalldhetsforetag-2027',
    () => 'applications/not-a-token',
    () => 'information-packages/informationPackage-nya-fortroendevalda-2025',
    () => 'activity-plan',
    () => 'privacy',
    () => 'accessibility',
  );
  return fc.oneof(
    { weight: 3, arbitrary: known.map((f) => f()) },
    {
      weight: 1,
      arbitrary: fc
        .array(odd, { minLength: 1, maxLength: 4 })
        .map((parts) => parts.map(encodeURIComponent).join('/')),
    },
  );
}

const fieldNames = [
  'name',
  'email',
  'organization',
  'municipality',
  'dietary',
  'accessibility',
  'consent',
  'website',
  'interests',
  'wantsToCoordinate',
  'form',
  'intent',
  'company-name',
  'company-businessId',
  'company-municipality',
  'company-employees',
  'contact-name',
  'contact-email',
  'answer-summary',
  'answer-submitted-by',
  'justification',
  'member-1-1-name',
  'member-1-1-email',
  'member-1-1-gender',
  'deputy-1-1-name',
  'p-reason',
  'p-consent',
];
const formBody = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 12 })),
      fc.oneof(
        odd,
        fc.constantFrom(
          'on',
          'submit',
          'draft',
          'application',
          'proposal',
          'withdraw',
          'a@example.org',
          '2077474-0',
          'woman',
        ),
      ),
    ),
    { maxLength: 14 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

const csrf = fc.constantFrom('valid', 'valid', 'missing', 'forged', 'no-cookie');

describe(`the site's routes, ${RUNS} generated requests each`, () => {
  for (const [id, route] of Object.entries(siteRoutes)) {
    it(`site ${routeKeyOf(route)}: never 5xx, headers on every page, CSRF enforced, rejections change nothing`, async () => {
      // Prepare
      let current = await env.snapshot();
      const handler = await env.handlerOf('site');
      const lang = /^\/(sv|fi|en)/.exec(route.path)?.[1] ?? 'sv';
      let cases = 0;
      // Act / Assess, case by case
      await fc.assert(
        fc.asyncProperty(
          pathArbitrary(),
          formBody,
          csrf,
          fc.boolean(),
          async (path, body, csrfMode, formType) => {
            cases++;
            const isPost = route.method === 'POST';
            const rawPath =
              id === 'root'
                ? '/'
                : id === 'asset'
                  ? `/assets/${path.length % 2 ? 'site.css' : 'site.js'}`
                  : route.path.includes('{proxy+}')
                    ? `/${lang}/${path || 'x'}`
                    : `/${lang}`;
            const withToken =
              csrfMode === 'valid'
                ? `${body}&_csrf=${csrfToken(cookieValue, process.env.EMAIL_PEPPER ?? '')}`
                : csrfMode === 'forged'
                  ? `${body}&_csrf=forged`
                  : body;
            const event = {
              ...httpEvent(routeKeyOf(route), {
                path: rawPath,
                ...(route.path.includes('{proxy+}') ? { pathParameters: { proxy: rawPath.slice(4) } } : {}),
                ...(id === 'asset' ? { pathParameters: { file: rawPath.slice(8) } } : {}),
                ...(isPost
                  ? {
                      body: withToken,
                      headers: {
                        'content-type': formType ? 'application/x-www-form-urlencoded' : 'text/plain',
                      },
                    }
                  : {}),
              }),
              ...(csrfMode === 'no-cookie' ? {} : { cookies: [`csrf=${cookieValue}`] }),
            };
            const writesBefore = env.writes();
            const result = await handler(event as never);
            const status = result.statusCode ?? 0;
            const where = `${route.method} ${rawPath} (${csrfMode}) → ${status}`;
            if (status >= 500 || status < 200)
              throw new Error(`${where}: ${String(result.body).slice(0, 300)}`);
            if (leaks.test(String(result.body))) throw new Error(`${where}: internals in the page`);
            if (String(result.headers?.['content-type'] ?? '').startsWith('text/html')) {
              for (const [header, value] of Object.entries(securityHeaders)) {
                if (result.headers?.[header] !== value) throw new Error(`${where}: ${header} missing`);
              }
            }
            if (isPost && csrfMode !== 'valid' && status !== 413) {
              if (status !== 403)
                throw new Error(`${where}: a post without a matching CSRF pair was not refused`);
              if (env.writes() !== writesBefore) throw new Error(`${where}: a refused post wrote`);
            }
            if (env.writes() !== writesBefore) {
              const after = await env.snapshot();
              if (status >= 400 && !tableDiff(current, after).empty) {
                const diff = tableDiff(current, after);
                const onlyResend =
                  diff.added.every((i) => i.type === 'mail' || i.type === 'token') &&
                  diff.removed.length === 0;
                if (!onlyResend) throw new Error(`${where}: a rejection changed the table`);
              }
              current = after;
            }
          },
        ),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
      );
      expect(cases).toBeGreaterThanOrEqual(RUNS);
    });
  }
});
