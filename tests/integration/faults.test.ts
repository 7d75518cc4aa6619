import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createClient } from '@sanity/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../cdk/local/ports';
import { localSettings } from '../../cdk/local/settings';
import type { ContentSource } from '../../shared/content/content-source';
import { DatasetContentSource } from '../../shared/content/dataset-source';
import { setContentSources } from '../../shared/content/default-source';
import { applyDocument, reconcile } from '../../shared/content/operational-copy';
import type { HttpEvent, HttpResult } from '../../shared/http/handler';
import { forgetEventMeta } from '../../shared/registrations/event-meta-cache';
import { createDocumentClient, setDefaultTable, type Table } from '../../shared/table/client';
import { httpEvent } from '../support/events';
import { eventDocument } from '../support/events-fixture';
import { freshTable } from '../support/table';

type Handler = (event: HttpEvent) => Promise<HttpResult>;

/**
 * Fault injection through the DynamoDB client: the handlers' module-scope table is replaced (the
 * setDefaultTable seam) by one whose client fails TransactWriteItems the way DynamoDB and the network
 * do. The failure is injected inside the SDK's retry loop, so its retries run as they would in AWS.
 */
let fault: { error: () => Error; times: number } | undefined;
let transactAttempts = 0;
let table: Table;
let registrations: Handler;
let content: Handler;
let dataset: DatasetContentSource;

beforeAll(async () => {
  const fresh = await freshTable('faults');
  Object.assign(process.env, {
    TABLE_NAME: fresh.name,
    DYNAMODB_ENDPOINT: fresh.endpoint,
    EMAIL_PEPPER: 'faults-pepper-0123456789abcdef0123456789',
    CONTENT_DATASET: localSettings().datasetPath,
  });
  const doc = createDocumentClient(fresh.endpoint);
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'TransactWriteItemsCommand') {
        transactAttempts++;
        if (fault && fault.times > 0) {
          fault.times--;
          throw fault.error();
        }
      }
      return next(args);
    },
    { step: 'deserialize', name: 'faultInjection', priority: 'low' },
  );
  table = { name: fresh.name, doc };
  setDefaultTable(table);
  dataset = await DatasetContentSource.fromFile(localSettings().datasetPath);
  await reconcile(table, dataset);
  registrations = (await import('../../functions/registrations/handler')).handler;
  content = (await import('../../functions/content/handler')).handler;
});
afterAll(() => {
  setDefaultTable(undefined);
  setContentSources(undefined);
});

const register = (eventId: string, email: string) =>
  registrations(
    httpEvent('POST /events/{eventId}/registrations', {
      path: `/events/${eventId}/registrations`,
      pathParameters: { eventId },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Fault Person', email, language: 'sv', consent: true }),
    }),
  );

const openEvent = async () => {
  const doc = eventDocument({ capacity: 5, waitlist: true });
  await applyDocument(table, doc);
  forgetEventMeta(doc._id);
  return doc._id;
};

/** Every item a registration writes, wherever it lives: registration, needs, marker, waitlist, token, mail. */
const writtenFor = async (eventId: string) => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new ScanCommand({ TableName: table.name, ExclusiveStartKey: startKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return {
    inEvent: items.filter((i) => i.pk === `EVENT#${eventId}` && i.sk !== 'META'),
    meta: items.find((i) => i.pk === `EVENT#${eventId}` && i.sk === 'META'),
    tokens: items.filter((i) => i.type === 'token' && i.eventId === eventId),
    mails: items.filter((i) => i.type === 'mail' && (i.data as { eventId?: string })?.eventId === eventId),
  };
};

const expectUnavailable = (result: HttpResult) => {
  expect(result.statusCode).toBe(503);
  expect(result.headers?.['content-type']).toBe('application/problem+json');
  expect(Number(result.headers?.['retry-after'])).toBeGreaterThan(0);
  const body = JSON.parse(result.body ?? '{}');
  expect(body).toMatchObject({ type: '/problems/unavailable', status: 503 });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
};

const throttled = () =>
  new ProvisionedThroughputExceededException({
    message: 'Rate of requests exceeds the allowed throughput',
    $metadata: {},
  });
const throttling = () =>
  Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $fault: 'client', $metadata: {} });
const timeout = () =>
  Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' });
const hangUp = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

describe('DynamoDB failing under a registration', () => {
  for (const [name, error] of [
    ['ProvisionedThroughputExceededException', throttled],
    ['ThrottlingException', throttling],
    ['TimeoutError', timeout],
    ['socket hang-up (ECONNRESET)', hangUp],
  ] as const) {
    it(`answers 503 with Retry-After on ${name} after the SDK's retries, and writes nothing`, async () => {
      // Prepare
      const eventId = await openEvent();
      fault = { error, times: Number.POSITIVE_INFINITY };
      transactAttempts = 0;

      // Act
      const started = performance.now();
      const result = await register(eventId, `fault-${name.length}@example.org`);
      const elapsed = performance.now() - started;
      fault = undefined;

      // Assess
      expectUnavailable(result);
      expect(transactAttempts).toBe(3); // maxAttempts: the SDK retried before giving up
      expect(elapsed).toBeLessThan(5_000);
      const written = await writtenFor(eventId);
      expect(written.inEvent).toEqual([]);
      expect(written.tokens).toEqual([]);
      expect(written.mails).toEqual([]);
      expect(written.meta).toMatchObject({ confirmed: 0, waitlisted: 0 });
    });
  }

  it('registers once when only the first attempt is throttled (the SDK retry goes through)', async () => {
    // Prepare
    const eventId = await openEvent();
    fault = { error: throttled, times: 1 };
    transactAttempts = 0;

    // Act
    const result = await register(eventId, 'retried@example.org');
    fault = undefined;

    // Assess
    expect(result.statusCode).toBe(202);
    expect(transactAttempts).toBe(2);
    const written = await writtenFor(eventId);
    expect(written.inEvent.filter((i) => i.type === 'registration')).toHaveLength(1);
    expect(written.tokens).toHaveLength(1);
    expect(written.mails).toHaveLength(1);
    expect(written.meta).toMatchObject({ confirmed: 1 });
  });

  it('lets the next registration through once DynamoDB answers again', async () => {
    // Prepare
    const eventId = await openEvent();
    fault = { error: timeout, times: Number.POSITIVE_INFINITY };
    const failed = await register(eventId, 'again@example.org');
    fault = undefined;

    // Act
    const retried = await register(eventId, 'again@example.org');

    // Assess
    expect(failed.statusCode).toBe(503);
    expect(retried.statusCode).toBe(202);
  });
});

/** A Sanity API that is down: a closed port (connection refused), or a server answering 503. */
async function unreachableSanity(
  kind: 'refused' | '503',
): Promise<{ source: ContentSource; close(): Promise<void> }> {
  let server: Server | undefined;
  let port: number;
  if (kind === '503') {
    server = createServer((_, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Service Unavailable', message: 'maintenance' }));
    });
    await new Promise<void>((ok) => server?.listen(0, '127.0.0.1', () => ok()));
    port = (server.address() as AddressInfo).port;
  } else {
    port = await freePort();
  }
  const client = createClient({
    projectId: 'faults',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: `http://127.0.0.1:${port}`,
    useProjectHostname: false,
    useCdn: false,
    maxRetries: 1,
  });
  return {
    source: {
      description: `Sanity down (${kind})`,
      fetch: (query, params = {}) => client.fetch(query, params),
    },
    close: () => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())),
  };
}

describe('content source unreachable', () => {
  for (const kind of ['refused', '503'] as const) {
    it(`answers content routes from the last good answer, 503 where there is none, and still registers (${kind})`, async () => {
      // Prepare: the source answers, then goes down.
      let current: ContentSource = dataset;
      const switching: ContentSource = {
        description: 'switching',
        fetch: (query, params) => current.fetch(query, params),
      };
      setContentSources({ cached: switching, fresh: switching });
      const get = (routeKey: string, path: string, pathParameters?: Record<string, string>) =>
        content(httpEvent(routeKey, { path, pathParameters }));
      const before = await get('GET /content/events', '/content/events');
      const down = await unreachableSanity(kind);
      current = down.source;
      const eventId = await openEvent();

      try {
        // Act
        const started = performance.now();
        const events = await get('GET /content/events', '/content/events');
        const neverSeen = await get('GET /content/activity-plan', '/content/activity-plan');
        const elapsed = performance.now() - started;
        const registered = await register(eventId, `content-down-${kind}@example.org`);

        // Assess
        expect(before.statusCode).toBe(200);
        expect(events.statusCode).toBe(200);
        expect(JSON.parse(events.body ?? '[]')).toEqual(JSON.parse(before.body ?? '[]'));
        expectUnavailable(neverSeen);
        expect(elapsed).toBeLessThan(10_000);
        expect(registered.statusCode).toBe(202);
      } finally {
        await down.close();
      }
    });
  }
});
