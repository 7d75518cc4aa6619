import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { Table } from './client';
import type { ItemKey } from './keys';

/** DynamoDB's limits: BatchGetItem takes at most 100 keys, BatchWriteItem at most 25 requests. */
export const BATCH_GET_LIMIT = 100;
export const BATCH_WRITE_LIMIT = 25;

export type Item = Record<string, NativeAttributeValue>;
export type BatchWriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: ItemKey } };

/**
 * How a batch retries what DynamoDB left unprocessed (throttling, or a response over 16 MB). Only the
 * unprocessed keys or items go again, after an exponential backoff with full jitter: before retry n
 * the call sleeps random() × min(maxDelayMs, baseDelayMs × 2^(n−1)), so callers that were throttled
 * together spread out instead of hitting the table again in step. `sleep` and `random` are seams for
 * tests. With the defaults the sleeps add up to at most about 2.6 s, well inside every function's timeout.
 */
export interface BatchRetry {
  /** Calls per chunk, the first included; still unprocessed after the last → UnprocessedItemsError. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_BATCH_RETRY: BatchRetry = {
  maxAttempts: 8,
  baseDelayMs: 25,
  maxDelayMs: 1_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The sleep before retry `retry` (1 for the first retry), full jitter under a capped exponential. */
export const backoffDelay = (retry: number, options: BatchRetry): number =>
  options.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));

/**
 * DynamoDB still left items unprocessed after every attempt: the table is throttling, which is a
 * dependency being briefly unable to answer, not a fault of the request. The name is the one DynamoDB
 * itself gives a batch none of whose items it could process, so the HTTP wrapper
 * (shared/http/dependency-errors.ts) answers 503 with Retry-After, as for any throttled call.
 * The message carries counts only: keys can hold email hashes.
 */
export class UnprocessedItemsError extends Error {
  constructor(
    readonly operation: 'BatchGetItem' | 'BatchWriteItem',
    readonly unprocessed: number,
    readonly attempts: number,
  ) {
    super(`${operation}: ${unprocessed} item(s) still unprocessed after ${attempts} attempts`);
    this.name = 'ProvisionedThroughputExceededException';
  }
}

/**
 * Every item found for `keys` (in no particular order; missing keys are simply absent), in one
 * BatchGetItem per hundred keys. A key given twice is asked for once (DynamoDB rejects duplicates).
 */
export async function batchGetAll(
  table: Table,
  keys: readonly ItemKey[],
  retry: Partial<BatchRetry> = {},
): Promise<Item[]> {
  const options = { ...DEFAULT_BATCH_RETRY, ...retry };
  const unique = [...new Map(keys.map((key) => [`${key.pk}\n${key.sk}`, key])).values()];
  const found: Item[] = [];
  for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
    await untilProcessed('BatchGetItem', unique.slice(i, i + BATCH_GET_LIMIT), options, async (pending) => {
      const out = await table.doc.send(
        new BatchGetCommand({ RequestItems: { [table.name]: { Keys: pending } } }),
      );
      found.push(...(out.Responses?.[table.name] ?? []));
      return (out.UnprocessedKeys?.[table.name]?.Keys ?? []) as ItemKey[];
    });
  }
  return found;
}

/** Every put and delete of `requests`, in one BatchWriteItem per 25 (no order between them). */
export async function batchWriteAll(
  table: Table,
  requests: readonly BatchWriteRequest[],
  retry: Partial<BatchRetry> = {},
): Promise<void> {
  const options = { ...DEFAULT_BATCH_RETRY, ...retry };
  for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) {
    await untilProcessed(
      'BatchWriteItem',
      requests.slice(i, i + BATCH_WRITE_LIMIT),
      options,
      async (pending) => {
        const out = await table.doc.send(new BatchWriteCommand({ RequestItems: { [table.name]: pending } }));
        return (out.UnprocessedItems?.[table.name] ?? []) as BatchWriteRequest[];
      },
    );
  }
}

/** Sends one chunk, then only what came back unprocessed, with backoff, at most maxAttempts times. */
async function untilProcessed<T>(
  operation: UnprocessedItemsError['operation'],
  chunk: T[],
  options: BatchRetry,
  send: (pending: T[]) => Promise<T[]>,
): Promise<void> {
  let pending = chunk;
  for (let attempt = 1; pending.length; attempt++) {
    if (attempt > 1) await options.sleep(backoffDelay(attempt - 1, options));
    pending = await send(pending);
    if (pending.length && attempt >= options.maxAttempts) {
      throw new UnprocessedItemsError(operation, pending.length, attempt);
    }
  }
}
