import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../cdk/local/bootstrap-table';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../cdk/local/dynamodb-local';
import { freePort } from '../../cdk/local/ports';
import { localSettings } from '../../cdk/local/settings';
import { applyDocument } from '../../shared/content/operational-copy';
import type { HttpEvent, HttpResult } from '../../shared/http/handler';
import { forgetEventMeta } from '../../shared/registrations/event-meta-cache';
import { createDocumentClient, setDefaultTable, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { httpEvent } from '../support/events';
import { eventDocument } from '../support/events-fixture';

/**
 * DynamoDB going away under a running function and coming back: a DynamoDB Local of its own, on
 * disk (dbPath in a temporary folder) and a fixed port, stopped and started again on the same port
 * and files. The function's module-scope client (the real one, with its timeouts and retries) must
 * answer a clean 503 while it is gone, quickly, and serve again without a restart once it is back.
 */
const dbPath = mkdtempSync(join(tmpdir(), 'outage-dynamodb-'));
let port: number;
let dynamo: DynamoDbLocal | undefined;
let table: Table;
let handler: (event: HttpEvent) => Promise<HttpResult>;
let eventId: string;

beforeAll(async () => {
  port = await freePort();
  dynamo = await startDynamoDbLocal({ dbPath, port });
  const name = 'outage';
  Object.assign(process.env, {
    TABLE_NAME: name,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    EMAIL_PEPPER: 'outage-pepper-0123456789abcdef0123456789',
    CONTENT_DATASET: localSettings().datasetPath,
  });
  const setup = createDocumentClient(dynamo.endpoint);
  await ensureTable(setup, name);
  const doc = eventDocument({ capacity: 10, waitlist: true });
  await applyDocument({ name, doc: setup }, doc);
  setup.destroy();
  eventId = doc._id;
  forgetEventMeta(eventId);
  // The handler builds its own module-scope client from the environment, as in Lambda.
  setDefaultTable(undefined);
  handler = (await import('../../functions/registrations/handler')).handler;
  table = { name, doc: createDocumentClient(dynamo.endpoint) };
}, 60_000);

afterAll(async () => {
  table?.doc.destroy();
  await dynamo?.stop();
});

const register = (email: string) =>
  handler(
    httpEvent('POST /events/{eventId}/registrations', {
      path: `/events/${eventId}/registrations`,
      pathParameters: { eventId },
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Outage Person', email, language: 'fi', consent: true }),
    }),
  );

const registrationCount = async () => {
  const out = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
      ExpressionAttributeValues: { ':pk': keys.eventMeta(eventId).pk, ':reg': keys.registrationPrefix },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).filter((i) => i.type === 'registration').length;
};

describe('DynamoDB Local stopped mid-run and started again', () => {
  it('serves, answers 503 problem+json within seconds while stopped, and recovers on the same port and files', async () => {
    // Prepare
    const first = await register('before@example.org');
    await dynamo?.stop();

    // Act: while it is gone.
    const started = performance.now();
    const during = await register('during@example.org');
    const elapsed = performance.now() - started;

    // Act: back on the same port with the same files.
    dynamo = await startDynamoDbLocal({ dbPath, port });
    const after = await register('after@example.org');

    // Assess
    expect(first.statusCode).toBe(202);
    expect(during.statusCode).toBe(503);
    expect(during.headers?.['content-type']).toBe('application/problem+json');
    expect(Number(during.headers?.['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(during.body ?? '{}')).toMatchObject({ type: '/problems/unavailable', status: 503 });
    expect(elapsed).toBeLessThan(5_000);
    expect(after.statusCode).toBe(202);
    // The registration made before the outage survived it on disk; the one during it never happened.
    expect(await registrationCount()).toBe(2);
  }, 90_000);
});
