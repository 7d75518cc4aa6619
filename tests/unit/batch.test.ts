import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { classifyDependencyError } from '../../shared/http/dependency-errors';
import { httpHandler } from '../../shared/http/handler';
import { defineRoute } from '../../shared/http/route';
import {
  BATCH_GET_LIMIT,
  BATCH_WRITE_LIMIT,
  type BatchRetry,
  type BatchWriteRequest,
  batchGetAll,
  batchWriteAll,
  UnprocessedItemsError,
} from '../../shared/table/batch';
import type { Table } from '../../shared/table/client';
import { type ItemKey, keys } from '../../shared/table/keys';
import { httpEvent } from '../support/events';

/**
 * The retry of BatchGetItem / BatchWriteItem, against a fake document client that leaves the last
 * `unprocessedPerCall` requests of each call unprocessed for its first `throttledCalls` calls. The
 * real DynamoDB Local path is covered by the content, nomination and people integration tests.
 */
function fakeTable(throttledCalls: number, unprocessedPerCall = 1) {
  const calls: { name: string; requests: unknown[] }[] = [];
  const stored = new Map<string, Record<string, unknown>>();
  const id = (key: { pk: unknown; sk: unknown }) => `${key.pk}|${key.sk}`;
  const send = async (command: { constructor: { name: string }; input: { RequestItems: any } }) => {
    const name = command.constructor.name;
    const ask = command.input.RequestItems.test;
    const requests: unknown[] = name === 'BatchGetCommand' ? ask.Keys : ask;
    calls.push({ name, requests });
    const left = calls.length <= throttledCalls ? requests.slice(-unprocessedPerCall) : [];
    const done = requests.slice(0, requests.length - left.length);
    if (name === 'BatchGetCommand') {
      const found = (done as ItemKey[]).flatMap((key) => stored.get(id(key)) ?? []);
      return {
        Responses: { test: found },
        ...(left.length ? { UnprocessedKeys: { test: { Keys: left } } } : {}),
      };
    }
    for (const request of done as BatchWriteRequest[]) {
      if ('PutRequest' in request)
        stored.set(id(request.PutRequest.Item as ItemKey), request.PutRequest.Item);
      else stored.delete(id(request.DeleteRequest.Key));
    }
    return left.length ? { UnprocessedItems: { test: left } } : {};
  };
  const table: Table = { name: 'test', doc: { send } as unknown as DynamoDBDocumentClient };
  return { table, calls, stored };
}

/** A retry whose sleeps are recorded instead of waited, with a fixed "random" draw. */
function recordingRetry(draw = 1, overrides: Partial<BatchRetry> = {}) {
  const sleeps: number[] = [];
  const retry: Partial<BatchRetry> = {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => draw,
    ...overrides,
  };
  return { retry, sleeps };
}

const metaKeys = (n: number) => Array.from({ length: n }, (_, i) => keys.eventMeta(`event-${i}`));
const puts = (n: number): BatchWriteRequest[] =>
  metaKeys(n).map((key, i) => ({ PutRequest: { Item: { ...key, documentId: `event-${i}` } } }));

describe('batchGetAll', () => {
  it('asks for 250 keys in chunks of 100, 100 and 50 and returns every item found', async () => {
    // Prepare
    const { table, calls, stored } = fakeTable(0);
    for (const key of metaKeys(250)) stored.set(`${key.pk}|${key.sk}`, { ...key, documentId: key.pk });
    // Act
    const items = await batchGetAll(table, metaKeys(250), recordingRetry().retry);
    // Assess
    expect(BATCH_GET_LIMIT).toBe(100);
    expect(calls.map((c) => c.requests.length)).toEqual([100, 100, 50]);
    expect(items).toHaveLength(250);
  });

  it('sends nothing for no keys', async () => {
    // Prepare
    const { table, calls } = fakeTable(0);
    // Act
    const items = await batchGetAll(table, []);
    // Assess
    expect(items).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('asks for a key given twice only once (DynamoDB rejects duplicate keys)', async () => {
    // Prepare
    const { table, calls, stored } = fakeTable(0);
    const key = keys.contentSnapshot('organization-vasa');
    stored.set(`${key.pk}|${key.sk}`, { ...key, documentId: 'organization-vasa' });
    // Act
    const items = await batchGetAll(table, [key, { ...key }, keys.contentSnapshot('organization-missing')]);
    // Assess
    expect(calls[0]?.requests).toEqual([key, keys.contentSnapshot('organization-missing')]);
    expect(items).toEqual([{ ...key, documentId: 'organization-vasa' }]);
  });

  it('re-sends only the unprocessed keys, and keeps what earlier calls returned', async () => {
    // Prepare: the first two calls each leave their last two keys unprocessed.
    const { table, calls, stored } = fakeTable(2, 2);
    for (const key of metaKeys(5)) stored.set(`${key.pk}|${key.sk}`, { ...key });
    const { retry, sleeps } = recordingRetry();
    // Act
    const items = await batchGetAll(table, metaKeys(5), retry);
    // Assess
    expect(calls.map((c) => c.requests)).toEqual([metaKeys(5), metaKeys(5).slice(3), metaKeys(5).slice(3)]);
    expect(items).toHaveLength(5);
    expect(sleeps).toHaveLength(2);
  });

  it('gives up after 8 attempts with an UnprocessedItemsError, sleeping 7 times with a growing backoff', async () => {
    // Prepare: DynamoDB never processes the last key.
    const { table, calls } = fakeTable(Number.POSITIVE_INFINITY);
    const { retry, sleeps } = recordingRetry(1);
    // Act
    const outcome = batchGetAll(table, metaKeys(3), retry);
    // Assess
    await expect(outcome).rejects.toBeInstanceOf(UnprocessedItemsError);
    await expect(outcome).rejects.toMatchObject({ operation: 'BatchGetItem', unprocessed: 1, attempts: 8 });
    expect(calls).toHaveLength(8);
    // Full-jitter ceilings with the random draw at its top: 25 ms doubling, capped at 1 s.
    expect(sleeps).toEqual([25, 50, 100, 200, 400, 800, 1000]);
  });
});

describe('batchWriteAll', () => {
  it('writes 60 requests in chunks of 25, 25 and 10', async () => {
    // Prepare
    const { table, calls, stored } = fakeTable(0);
    // Act
    await batchWriteAll(table, puts(60), recordingRetry().retry);
    // Assess
    expect(BATCH_WRITE_LIMIT).toBe(25);
    expect(calls.map((c) => c.requests.length)).toEqual([25, 25, 10]);
    expect(stored.size).toBe(60);
  });

  it('re-sends only the unprocessed deletes until every item is gone', async () => {
    // Prepare: 30 items; the first three calls each leave their last 5 requests unprocessed.
    const { table, calls, stored } = fakeTable(3, 5);
    for (const key of metaKeys(30)) stored.set(`${key.pk}|${key.sk}`, { ...key });
    const deletes: BatchWriteRequest[] = metaKeys(30).map((key) => ({ DeleteRequest: { Key: key } }));
    const { retry, sleeps } = recordingRetry();
    // Act
    await batchWriteAll(table, deletes, retry);
    // Assess
    expect(stored.size).toBe(0);
    // Chunk one: 25, then its last 5 twice more, then those 5 done; chunk two: its 5 at once.
    expect(calls.map((c) => c.requests.length)).toEqual([25, 5, 5, 5, 5]);
    expect(calls[1]?.requests).toEqual(deletes.slice(20, 25));
    expect(calls[4]?.requests).toEqual(deletes.slice(25));
    expect(sleeps).toHaveLength(3);
  });

  it('draws each backoff at random under the ceiling (full jitter)', async () => {
    // Prepare: three calls with unprocessed items, then success; random draws 0.5, 0, 0.25.
    const { table } = fakeTable(3);
    const draws = [0.5, 0, 0.25];
    const { retry, sleeps } = recordingRetry(0, { random: () => draws.shift() ?? 0 });
    // Act
    await batchWriteAll(table, puts(2), retry);
    // Assess: ceilings 25, 50, 100 times the draws.
    expect(sleeps).toEqual([12.5, 0, 25]);
  });

  it('honours a smaller attempt bound and says how much was left', async () => {
    // Prepare
    const { table, calls } = fakeTable(Number.POSITIVE_INFINITY, 4);
    const { retry, sleeps } = recordingRetry(1, { maxAttempts: 3 });
    // Act
    const outcome = batchWriteAll(table, puts(10), retry);
    // Assess
    await expect(outcome).rejects.toMatchObject({ operation: 'BatchWriteItem', unprocessed: 4, attempts: 3 });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([25, 50]);
  });

  it('stops at the first chunk that gives up, leaving later chunks unsent', async () => {
    // Prepare
    const { table, calls } = fakeTable(Number.POSITIVE_INFINITY);
    // Act
    const outcome = batchWriteAll(table, puts(30), recordingRetry(0).retry);
    // Assess
    await expect(outcome).rejects.toBeInstanceOf(UnprocessedItemsError);
    expect(calls.every((c) => c.requests.length <= 25)).toBe(true);
    expect(calls).toHaveLength(8);
  });
});

describe('an UnprocessedItemsError', () => {
  it('is classified as a throttled dependency, with no key in its message', () => {
    // Prepare
    const error = new UnprocessedItemsError('BatchWriteItem', 3, 8);
    // Act
    const classified = classifyDependencyError(error);
    // Assess
    expect(classified).toEqual({ code: 'unavailable', name: error.name, retryAfter: 2 });
    expect(error.message).not.toMatch(/#/);
  });

  it('reaches the client as 503 with Retry-After through the HTTP wrapper', async () => {
    // Prepare
    const routes = {
      erase: defineRoute({
        method: 'GET',
        path: '/erase',
        auth: 'public',
        summary: 'batch that never completes',
        query: z.strictObject({}),
        responses: {},
      }),
    };
    const { table } = fakeTable(Number.POSITIVE_INFINITY);
    const handler = httpHandler(routes, {
      erase: async () => {
        await batchWriteAll(table, puts(1), recordingRetry(0).retry);
        throw new Error('unreachable');
      },
    });
    // Act
    const result = await handler(httpEvent('GET /erase', { path: '/erase' }));
    // Assess
    expect(result.statusCode).toBe(503);
    expect(result.headers?.['retry-after']).toBe('2');
  });
});
