import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { encodeSignatureHeader } from '@sanity/webhook';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import { localSettings, projectRoot } from '../../cdk/local/settings';
import { allRoutes, functions } from '../../functions/manifest';
import { contentSources } from '../../shared/content/default-source';
import { applyDocument, reconcile } from '../../shared/content/operational-copy';
import { unseal } from '../../shared/crypto';
import type { HttpEvent, HttpResult } from '../../shared/http/handler';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import type { RouteSpec } from '../../shared/http/route';
import { routeKeyOf } from '../../shared/http/route';
import { forgetEventMeta } from '../../shared/registrations/event-meta-cache';
import { createDocumentClient, setDefaultTable, type Table } from '../../shared/table/client';
import { applicationBody, businessIdFor, campaignDocument } from '../support/campaigns-fixture';
import { httpEvent } from '../support/events';
import { eventDocument } from '../support/events-fixture';
import { mailItemsTo } from '../support/mail';
import { roundDocument } from '../support/rounds-fixture';
import { freshTable } from '../support/table';
import { arbitraryFor, type JsonSchema, mutate, mutationArbitrary, nearLimitString } from './json-arbitrary';

type Handler = (event: HttpEvent) => Promise<HttpResult>;
export type FuzzRoute = ReturnType<typeof allRoutes>[number];

/** Generated cases per route (CI: 1,000). FUZZ_RUNS lowers it for a quick local run; FUZZ_SEED replays. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/**
 * Routes under fuzzing: every route of the manifest, so routes added later are covered without a
 * change here, except the HTML pages of the site (site-fuzz.test.ts covers them with the properties
 * that fit pages) and of the staff console (sign-in redirects and pages behind a session cookie, not
 * the JSON contract; tests/integration/console-auth.test.ts).
 */
export function fuzzedRoutes(shard: number, shards: number): FuzzRoute[] {
  return allRoutes()
    .filter((r) => r.fn !== 'site' && r.fn !== 'console')
    .filter((_, i) => i % shards === shard);
}

/** As the middleware context names them (the DocumentClient's commands run the client's). */
const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
  'ExecuteStatementCommand',
  'ExecuteTransactionCommand',
  'BatchExecuteStatementCommand',
]);

interface Fixtures {
  eventId: string;
  manageToken: string;
  /** A seat held unconfirmed on an event that asks for confirmation by email. */
  pendingToken: string;
  /** An open campaign where a submitted application claims `businessId`. */
  campaignId: string;
  businessId: string;
  roundId: string;
  nominationToken: string;
  seedIds: Record<string, string[]>;
  allSeedIds: string[];
}

export interface FuzzEnv {
  table: Table;
  handlerOf(fn: string): Promise<Handler>;
  fixtures: Fixtures;
  /** Write commands the handlers' table client has sent so far. */
  writes(): number;
  snapshot(): Promise<Map<string, string>>;
}

const pepper = 'fuzz-pepper-0123456789abcdef0123456789abcdef';
const webhookSecret = 'fuzz-webhook-secret-0123456789';

/**
 * A fresh table on the shared DynamoDB Local with the seed dataset synced into it, the handlers'
 * module-scope table pointed at it through a client that counts the writes it sends, and fixtures
 * (an open event with a registration, a sent nomination round) so that near-valid cases reach the
 * use cases rather than stopping at "unknown id".
 */
export async function prepareFuzzEnv(): Promise<FuzzEnv> {
  const fresh = await freshTable('fuzz');
  Object.assign(process.env, {
    TABLE_NAME: fresh.name,
    DYNAMODB_ENDPOINT: fresh.endpoint,
    AWS_REGION: process.env.AWS_REGION || 'eu-north-1',
    EMAIL_PEPPER: pepper,
    WEBHOOK_SECRET: webhookSecret,
    CONTENT_DATASET: localSettings().datasetPath,
    MAIL_TRANSPORT: 'outbox',
    OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'fuzz-outbox-')),
  });
  const doc = createDocumentClient(fresh.endpoint);
  let writes = 0;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (WRITE_COMMANDS.has(String(context.commandName))) writes++;
      return next(args);
    },
    { step: 'initialize', name: 'fuzzWriteCounter' },
  );
  const table: Table = { name: fresh.name, doc };
  setDefaultTable(table);

  const handlers = new Map<string, Promise<Handler>>();
  const handlerOf = (fn: string) => {
    let pending = handlers.get(fn);
    if (!pending) {
      const entry = (functions as Record<string, FunctionSpec>)[fn]?.entry ?? '';
      pending = import(pathToFileURL(resolve(projectRoot, entry)).href).then((m) => m.handler as Handler);
      handlers.set(fn, pending);
    }
    return pending;
  };

  await reconcile(table, (await contentSources()).fresh);
  const event = eventDocument({ capacity: 3, waitlist: true });
  await applyDocument(table, event);
  forgetEventMeta(event._id);
  await (await handlerOf('registrations'))(
    httpEvent('POST /events/{eventId}/registrations', {
      path: `/events/${event._id}/registrations`,
      pathParameters: { eventId: event._id },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Fixture Person',
        email: 'fixture@example.org',
        language: 'sv',
        consent: true,
      }),
    }),
  );
  // The manage link goes by mail only: read it from the mail item, as the notifier would.
  const [registrationMail] = await mailItemsTo(table, pepper, 'fixture@example.org');
  const manageToken = registrationMail?.secrets.manageToken ?? 'no-token';

  const holding = eventDocument({ capacity: 3, waitlist: true, requireEmailConfirmation: true });
  await applyDocument(table, holding);
  forgetEventMeta(holding._id);
  const held = await (await handlerOf('registrations'))(
    httpEvent('POST /events/{eventId}/registrations', {
      path: `/events/${holding._id}/registrations`,
      pathParameters: { eventId: holding._id },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Held Person', email: 'held@example.org', language: 'fi', consent: true }),
    }),
  );
  const pendingToken = JSON.parse(held.body ?? '{}').manageToken as string;

  const campaign = campaignDocument();
  await applyDocument(table, campaign);
  const businessId = businessIdFor(1);
  await (await handlerOf('applications'))(
    httpEvent('POST /campaigns/{campaignId}/applications', {
      path: `/campaigns/${campaign._id}/applications`,
      pathParameters: { campaignId: campaign._id },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody(businessId)),
    }),
  );

  const round = roundDocument();
  await applyDocument(table, round);
  await (await handlerOf('nominations'))(
    httpEvent('POST /admin/nomination-rounds/{roundId}/requests', {
      path: `/admin/nomination-rounds/${round._id}/requests`,
      pathParameters: { roundId: round._id },
      claims: { sub: 'fuzz-coordinator', 'cognito:groups': '[coordinator]' },
    }),
  );
  const mails = (await scanAll(table)).filter((item) => item.type === 'mail' && item.sealed);
  const nominationToken =
    mails
      .map((m) => JSON.parse(unseal(String(m.sealed), pepper)) as Record<string, string>)
      .map((secrets) => secrets.token)
      .find(Boolean) ?? 'no-token';

  const seedIds: Record<string, string[]> = {};
  for (const line of readFileSync(localSettings().datasetPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { _id, _type } = JSON.parse(line) as { _id: string; _type: string };
    if (_id.startsWith('drafts.')) continue;
    seedIds[_type] = [...(seedIds[_type] ?? []), _id];
  }

  return {
    table,
    handlerOf,
    fixtures: {
      eventId: event._id,
      manageToken,
      pendingToken,
      campaignId: campaign._id,
      businessId,
      roundId: round._id,
      nominationToken,
      seedIds,
      allSeedIds: Object.values(seedIds).flat(),
    },
    writes: () => writes,
    snapshot: async () => {
      const items = await scanAll(table);
      return new Map(items.map((item) => [`${item.pk}|${item.sk}`, JSON.stringify(sortKeys(item))]));
    },
  };
}

/** Every item of the table. A Scan: allowed in tests only, never in product code (docs/ARCHITECTURE.md, Rules of the table). */
async function scanAll(table: Table) {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new ScanCommand({ TableName: table.name, ExclusiveStartKey: startKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Set))
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  return value instanceof Set ? [...value].sort() : value;
}

const jsonSchemaOf = (schema: z.ZodMiniType): JsonSchema => {
  const { $schema: _drop, ...rest } = toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest as JsonSchema;
};

/** Path parameters as clients get them wrong: odd characters, key-like text, lengths at the limit. */
const oddParam = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '',
    '.',
    '..',
    '../etc/passwd',
    'a/b',
    '%2F',
    '%',
    'EVENT#x',
    'TOKEN#x',
    '#',
    '?x=1',
    ' ',
    '\u0000',
    '__proto__',
    'constructor',
    'x'.repeat(200),
    'x'.repeat(201),
    'ÅÄÖ',
    '😀',
  ),
  fc.string({ minLength: 190, maxLength: 400 }),
);

function paramArbitrary(route: FuzzRoute, name: string, schema: JsonSchema | undefined, fx: Fixtures) {
  const seeds = (type: string) => fx.seedIds[type] ?? [];
  const known: fc.Arbitrary<string>[] = [];
  if (name === 'eventId') known.push(fc.constant(fx.eventId), ...seeds('event').map((id) => fc.constant(id)));
  if (name === 'manageToken') known.push(fc.constant(fx.manageToken), fc.constant(fx.pendingToken));
  if (name === 'businessId') known.push(fc.constant(fx.businessId), fc.constant('2077474-0'));
  if (name === 'roundId')
    known.push(fc.constant(fx.roundId), ...seeds('nominationRound').map((id) => fc.constant(id)));
  if (name === 'token' && route.fn === 'nominations') known.push(fc.constant(fx.nominationToken));
  if (name === 'campaignId')
    known.push(fc.constant(fx.campaignId), ...seeds('campaign').map((id) => fc.constant(id)));
  if (name === 'id') known.push(fc.constantFrom(fx.eventId, ...fx.allSeedIds));
  const derived = arbitraryFor(schema).map(String);
  return fc.oneof(
    ...(known.length ? [{ weight: 6, arbitrary: fc.oneof(...known) }] : []),
    { weight: 3, arbitrary: derived },
    { weight: 2, arbitrary: oddParam },
  );
}

const mediaTypes = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'json',
  '',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/merge-patch+json',
  'text/json',
);

export interface FuzzCase {
  method: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: string;
  base64: boolean;
  headers: Record<string, string>;
  claims?: Record<string, string>;
  rawPath: string;
}

/**
 * Requests biased toward near-valid: a valid value for the route's schemas (with fixture ids), then
 * 0–3 mutations (drop, retype, extra key, case, padding, huge or odd strings), plus some bad JSON,
 * wrong media types, base64 bodies, odd path parameters, wrong or missing claims.
 */
export function caseArbitrary(route: FuzzRoute, fx: Fixtures): fc.Arbitrary<FuzzCase> {
  const spec = route.route as RouteSpec;
  const paramsSchema = spec.params ? jsonSchemaOf(spec.params) : undefined;
  const querySchema = spec.query ? jsonSchemaOf(spec.query) : undefined;
  const bodySchema = spec.body ? jsonSchemaOf(spec.body) : undefined;

  const params = paramsSchema
    ? fc.record(
        Object.fromEntries(
          Object.entries(paramsSchema.properties ?? {}).map(([name, s]) => [
            name,
            paramArbitrary(route, name, s, fx),
          ]),
        ),
      )
    : fc.constant(undefined);

  const query = querySchema
    ? fc
        .tuple(arbitraryFor(querySchema), fc.array(mutationArbitrary, { maxLength: 2 }))
        .map(([valid, muts]) => mutate(valid, muts))
        .map((q) =>
          q && typeof q === 'object' && !Array.isArray(q)
            ? Object.fromEntries(
                Object.entries(q).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
              )
            : { q: String(q) },
        )
    : fc.option(fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 10 }), { maxKeys: 2 }), {
        nil: undefined,
      });
  const lang = fc.option(
    fc.oneof(fc.constantFrom('sv', 'fi', 'en', 'de', 'SV', ''), fc.string({ maxLength: 5 })),
    {
      freq: 3,
      nil: undefined,
    },
  );

  let body: fc.Arbitrary<string | undefined>;
  if (bodySchema) {
    const valid = arbitraryFor(bodySchema);
    const json = fc
      .tuple(valid, fc.array(mutationArbitrary, { maxLength: 3 }))
      .map(([v, muts]) => JSON.stringify(mutate(v, muts)) ?? 'null');
    body = fc.oneof(
      { weight: 14, arbitrary: json },
      {
        weight: 1,
        arbitrary: fc
          .tuple(json, fc.nat(), fc.constantFrom('cut', 'bom', 'quote', 'comma', 'tail'))
          .map(([text, at, how]) =>
            how === 'cut'
              ? text.slice(0, at % Math.max(1, text.length))
              : how === 'bom'
                ? `\uFEFF${text}`
                : how === 'quote'
                  ? text.replace('"', "'")
                  : how === 'comma'
                    ? text.replace(/}$/, ',}')
                    : `${text}}`,
          ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom('[]', '"x"', '1', 'null', 'true', '[{}]', '{}', 'NaN', 'undefined'),
      },
      { weight: 1, arbitrary: fc.constantFrom('', undefined) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
      { weight: 1, arbitrary: nearLimitString.map((s) => JSON.stringify({ name: s })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(valid, fc.constantFrom('__proto__', 'constructor'))
          .map(([v, key]) => JSON.stringify(v).replace(/^\{/, `{"${key}":{"polluted":true},`)),
      },
    );
  } else if (spec.rawBody) {
    // The webhook: a projection of a seed document, signed (fresh or stale), unsigned, or forged.
    const doc = fc
      .tuple(fc.constantFrom(...fx.allSeedIds, fx.eventId), fc.array(mutationArbitrary, { maxLength: 2 }))
      .map(([id, muts]) => JSON.stringify(mutate({ _id: id, _type: 'event' }, muts)) ?? 'null');
    body = fc.oneof(
      { weight: 6, arbitrary: doc },
      { weight: 1, arbitrary: fc.string() },
      { weight: 1, arbitrary: nearLimitString },
    );
  } else {
    body = fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.string() },
      { weight: 1, arbitrary: nearLimitString },
    );
  }

  const contentType =
    spec.body || spec.rawBody
      ? fc.oneof(
          { weight: 10, arbitrary: fc.constant('application/json') },
          { weight: 2, arbitrary: mediaTypes },
          {
            weight: 1,
            arbitrary: fc.constant(undefined),
          },
        )
      : fc.option(mediaTypes, { nil: undefined });

  const idempotencyKey =
    spec.method === 'POST'
      ? fc.oneof(
          { weight: 5, arbitrary: fc.constant(undefined) },
          { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{16,40}$/) },
          { weight: 1, arbitrary: fc.constant('fuzz-fixed-key-000000000001') },
          {
            weight: 1,
            arbitrary: fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('', ' ', 'ä'.repeat(64))),
          },
        )
      : fc.constant(undefined);

  const groups = spec.auth === 'public' ? [] : [...spec.auth];
  const claims =
    spec.auth === 'public'
      ? fc.option(fc.constant({ sub: 'someone', 'cognito:groups': '[coordinator]' }), {
          freq: 10,
          nil: undefined,
        })
      : fc.oneof(
          {
            weight: 8,
            arbitrary: fc
              .constantFrom(...groups)
              .map((g) => ({ sub: `fuzz-${g}`, 'cognito:groups': `[${g}]` })),
          },
          { weight: 1, arbitrary: fc.constant(undefined) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              { sub: 'x', 'cognito:groups': '[]' },
              { sub: 'x', 'cognito:groups': '[admin]' },
              { sub: 'x', 'cognito:groups': 'coordinatorjury' },
              { sub: '', 'cognito:groups': '[coordinator]' },
              { 'cognito:groups': '[coordinator]' } as Record<string, string>,
              { sub: 'x', 'cognito:groups': '[jury]' },
            ),
          },
        );

  const signature =
    spec.rawBody !== undefined
      ? fc.constantFrom('valid', 'stale', 'forged', 'missing', 'garbage')
      : fc.constant(undefined);

  return fc
    .record({
      params,
      query,
      lang,
      body,
      base64: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      contentType,
      idempotencyKey,
      acceptLanguage: fc.option(
        fc.oneof(fc.constantFrom('fi-FI,fi;q=0.9', 'en', '*', ';;;'), fc.string({ maxLength: 20 })),
        {
          nil: undefined,
        },
      ),
      claims,
      signature,
      rawPath: fc.oneof(fc.constant(''), fc.webPath()),
    })
    .map((c) => {
      const headers: Record<string, string> = {};
      if (c.contentType !== undefined) headers['content-type'] = c.contentType;
      if (c.idempotencyKey !== undefined) headers['idempotency-key'] = c.idempotencyKey;
      if (c.acceptLanguage !== undefined) headers['accept-language'] = c.acceptLanguage;
      const query = c.lang === undefined ? c.query : { ...(c.query ?? {}), lang: c.lang };
      const rawPath =
        spec.path === '$default'
          ? c.rawPath || '/'
          : spec.path.replace(/\{(\w+)\+?\}/g, (_, name: string) =>
              encodeURIComponent(c.params?.[name] ?? ''),
            );
      return {
        method: spec.method === 'ANY' ? 'GET' : spec.method,
        params: c.params,
        query,
        body: c.body,
        base64: c.base64 && c.body !== undefined,
        headers,
        claims: c.claims,
        rawPath,
        signature: c.signature,
      } as FuzzCase & { signature?: string };
    });
}

export async function eventOf(route: FuzzRoute, c: FuzzCase & { signature?: string }): Promise<HttpEvent> {
  const headers = { ...c.headers };
  if (c.signature && c.body) {
    const now = Date.now();
    if (c.signature === 'valid')
      headers['sanity-webhook-signature'] = await encodeSignatureHeader(c.body, now, webhookSecret);
    if (c.signature === 'stale')
      headers['sanity-webhook-signature'] = await encodeSignatureHeader(
        c.body,
        now - 10 * 60_000,
        webhookSecret,
      );
    if (c.signature === 'forged')
      headers['sanity-webhook-signature'] = await encodeSignatureHeader(c.body, now, 'not-the-secret');
    if (c.signature === 'garbage') headers['sanity-webhook-signature'] = 't=abc,v1=';
  }
  const routeKey = routeKeyOf(route.route);
  const event = httpEvent(routeKey, {
    path: c.rawPath,
    body: c.body === undefined ? undefined : c.base64 ? Buffer.from(c.body).toString('base64') : c.body,
    headers,
    query: c.query,
    pathParameters: c.params,
    claims: c.claims,
  });
  event.isBase64Encoded = c.base64;
  event.requestContext.http.method = c.method;
  return event;
}

/**
 * Changes a rejection may make by contract: "already registered" mails the manage link again
 * (docs/ARCHITECTURE.md), which writes a new token and a mail item and stamps the marker's resentAt.
 */
function allowedSideEffect(
  problemType: string,
  added: Record<string, unknown>[],
  changed: [Record<string, unknown>, Record<string, unknown>][],
) {
  if (problemType !== '/problems/already-registered') return false;
  return (
    added.every((item) => item.type === 'mail' || item.type === 'token') &&
    changed.every(([before, after]) => {
      const { resentAt: _a, ...restBefore } = before;
      const { resentAt: _b, ...restAfter } = after;
      return JSON.stringify(restBefore) === JSON.stringify(restAfter);
    })
  );
}

export function tableDiff(before: Map<string, string>, after: Map<string, string>) {
  const added: Record<string, unknown>[] = [];
  const removed: string[] = [];
  const changed: [Record<string, unknown>, Record<string, unknown>][] = [];
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) added.push(JSON.parse(value));
    else if (old !== value) changed.push([JSON.parse(old), JSON.parse(value)]);
  }
  for (const key of before.keys()) if (!after.has(key)) removed.push(key);
  return { added, removed, changed, empty: !added.length && !removed.length && !changed.length };
}

const leaks = /\n\s+at .+[(:]|node_modules|\.ts:\d+|Error: /;

/**
 * One case: the handler answers without throwing; never 5xx; a rejection is problem+json with
 * type, title, status (= the status code) and detail, no stack or internals; and a rejection leaves
 * the table as it was. The table is scanned after every request that sent a write command (the
 * counting middleware sees every command of the handlers' client); a rejection that sent none cannot
 * have changed it.
 */
export async function checkCase(
  env: FuzzEnv,
  route: FuzzRoute,
  c: FuzzCase,
  state: { current: Map<string, string> },
): Promise<void> {
  const handler = await env.handlerOf(route.fn);
  const event = await eventOf(route, c);
  const writesBefore = env.writes();
  const result = await handler(event);
  const status = result.statusCode ?? 0;
  const wrote = env.writes() > writesBefore;
  const where = `${routeKeyOf(route.route)} → ${status}`;
  if (status >= 500 || status < 200) throw new Error(`${where}: ${result.body}`);
  if (status >= 400) {
    const type = String(result.headers?.['content-type'] ?? '');
    if (type !== 'application/problem+json') throw new Error(`${where}: content-type ${type}`);
    const body = JSON.parse(result.body ?? 'null');
    for (const field of ['type', 'title', 'detail'])
      if (typeof body?.[field] !== 'string' || !body[field])
        throw new Error(`${where}: no ${field} in ${result.body}`);
    if (body.status !== status) throw new Error(`${where}: body status ${body.status}`);
    if (leaks.test(result.body ?? '')) throw new Error(`${where}: internals in ${result.body}`);
    if (wrote) {
      const after = await env.snapshot();
      const diff = tableDiff(state.current, after);
      if (!diff.empty && !allowedSideEffect(body.type, diff.added, diff.changed)) {
        throw new Error(
          `${where} (${body.type}) changed the table: ${JSON.stringify({ added: diff.added.length, removed: diff.removed, changed: diff.changed.length, sample: diff.added[0] ?? diff.changed[0] })}`,
        );
      }
      state.current = after;
    }
  } else if (wrote) {
    state.current = await env.snapshot();
  }
}
