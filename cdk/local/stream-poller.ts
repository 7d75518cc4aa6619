import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '../../shared/config';
import { logger } from '../../shared/observability/logger';
import { streamDelivery } from '../constructs/stream-delivery';

export interface StreamConsumer {
  name: string;
  itemTypes: readonly string[];
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;
}

/** What is known of records given up on: positions in the stream, never their content. */
export interface GivenUp {
  consumer: string;
  shardId?: string;
  records: number;
  firstSequenceNumber?: string;
  lastSequenceNumber?: string;
  attempts: number;
}

export interface DeliveryOptions {
  /** Retries of a failing batch after the first attempt (the mapping's MaximumRetryAttempts). */
  retryAttempts?: number;
  /** Wait before the first retry, doubled for each further one (Lambda backs off too). */
  retryDelayMs?: number;
  /** Called with what is given up after the last retry; by default logged (no item content). */
  onGiveUp?: (givenUp: GivenUp) => void;
}

const logGivenUp = (givenUp: GivenUp) =>
  logger.error('stream records given up after the last retry', { ...givenUp });

/**
 * The records a consumer is invoked with, as the CDK filter passes them: INSERTs of its item types
 * only. A MODIFY (the notifier marking a mail sent) or a REMOVE (TTL, erasure) never reaches it.
 */
export function matchingRecords(records: readonly _Record[], itemTypes: readonly string[]): DynamoDBRecord[] {
  return records.filter(
    (r) => r.eventName === 'INSERT' && itemTypes.includes(String(r.dynamodb?.NewImage?.type?.S)),
  ) as unknown as DynamoDBRecord[];
}

/**
 * Where a batch must be retried from, as Lambda reads a ReportBatchItemFailures response: the first
 * record of the batch that is reported, or the whole batch when the handler threw or reported an
 * identifier that is empty or not in the batch; -1 when it succeeded.
 */
function retryFrom(batch: readonly DynamoDBRecord[], result: DynamoDBBatchResponse | undefined): number {
  const failures = result?.batchItemFailures ?? [];
  if (failures.length === 0) return -1;
  const sequence = batch.map((r) => r.dynamodb?.SequenceNumber ?? '');
  const positions = failures.map((f) => (f.itemIdentifier ? sequence.indexOf(f.itemIdentifier) : -1));
  return positions.includes(-1) ? 0 : Math.min(...positions);
}

/**
 * Invokes a consumer with one batch the way Lambda's event source mapping does with
 * ReportBatchItemFailures: when the handler reports failures, the batch is invoked again from the
 * first reported record (records before it count as done); when it throws, the whole batch again.
 * After `retryAttempts` retries the rest of the batch is given up on, the way the mapping hands it to
 * its on-failure queue: `onGiveUp` learns the consumer, the shard and the sequence-number range (no
 * item content, so no personal data), and delivery goes on with the next batch. The records themselves
 * stay in the stream (24 hours) and, for mail, in the table until the item expires.
 */
export async function deliverBatch(
  consumer: StreamConsumer,
  batch: readonly DynamoDBRecord[],
  options: DeliveryOptions & { shardId?: string } = {},
): Promise<void> {
  const retryAttempts = options.retryAttempts ?? streamDelivery.retryAttempts;
  const retryDelayMs = options.retryDelayMs ?? 100;
  let pending = batch;
  for (let attempt = 0; pending.length > 0; attempt++) {
    let from: number;
    try {
      from = retryFrom(pending, await consumer.handler({ Records: [...pending] }));
    } catch {
      from = 0;
    }
    if (from < 0) return;
    pending = pending.slice(from);
    if (attempt >= retryAttempts) {
      (options.onGiveUp ?? logGivenUp)({
        consumer: consumer.name,
        ...(options.shardId ? { shardId: options.shardId } : {}),
        records: pending.length,
        firstSequenceNumber: pending[0]?.dynamodb?.SequenceNumber,
        lastSequenceNumber: pending.at(-1)?.dynamodb?.SequenceNumber,
        attempts: attempt + 1,
      });
      return;
    }
    if (retryDelayMs > 0) await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** attempt));
  }
}

/**
 * Reads DynamoDB Local's table stream the way Lambda's event source mapping does: every shard from
 * its start, INSERTs filtered on the item `type` like the CDK filter, batches of up to 10, and a batch
 * that reports a failure retried from its first failed record (deliverBatch), a bounded number of
 * times. Reading a shard again after a restart sends nothing twice: the notifier skips mail items
 * already marked sent.
 */
export function startStreamPoller(
  options: {
    endpoint: string;
    streamArn: string;
    consumers: readonly StreamConsumer[];
    intervalMs?: number;
    onError?: (error: unknown) => void;
  } & DeliveryOptions,
) {
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: config.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const iterators = new Map<string, string | null>();
  const interval = options.intervalMs ?? 100;
  let stopped = false;
  let idle: (() => void) | undefined;

  async function discoverShards() {
    const { StreamDescription } = await client.send(
      new DescribeStreamCommand({ StreamArn: options.streamArn }),
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      const { ShardIterator } = await client.send(
        new GetShardIteratorCommand({
          StreamArn: options.streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      iterators.set(shard.ShardId, ShardIterator ?? null);
    }
  }

  async function deliver(shardId: string, received: _Record[]) {
    const records = received.map(repairEmptyMaps);
    for (const consumer of options.consumers) {
      const matching = matchingRecords(records, consumer.itemTypes);
      for (let start = 0; start < matching.length; start += streamDelivery.batchSize) {
        if (stopped) return;
        await deliverBatch(consumer, matching.slice(start, start + streamDelivery.batchSize), {
          retryAttempts: options.retryAttempts,
          retryDelayMs: options.retryDelayMs,
          onGiveUp: options.onGiveUp,
          shardId,
        });
      }
    }
  }

  const loop = (async () => {
    let lastDiscovery = 0;
    while (!stopped) {
      try {
        if (Date.now() - lastDiscovery > 1000) {
          await discoverShards();
          lastDiscovery = Date.now();
        }
        for (const [shardId, iterator] of iterators) {
          if (!iterator) continue;
          const out = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
          iterators.set(shardId, out.NextShardIterator ?? null);
          if (out.Records?.length) await deliver(shardId, out.Records);
        }
      } catch (error) {
        if (!stopped) options.onError?.(error);
      }
      if (!stopped)
        await new Promise<void>((r) => {
          idle = r;
          setTimeout(r, interval);
        });
    }
  })();

  return {
    async stop() {
      stopped = true;
      idle?.();
      await loop;
      client.destroy();
    },
  };
}

/**
 * DynamoDB Local's stream writes an empty map as `{}` instead of `{ M: {} }`, which unmarshall cannot
 * read; Lambda's event source mapping delivers the real shape. Put it back, at any depth.
 */
export function repairEmptyMaps(record: _Record): _Record {
  const fix = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return { M: {} };
    const [[type, inner] = ['', undefined]] = entries;
    if (entries.length === 1 && type === 'M') return { M: fixMap(inner as Record<string, unknown>) };
    if (entries.length === 1 && type === 'L') return { L: (inner as unknown[]).map(fix) };
    return value;
  };
  const fixMap = (map: Record<string, unknown> | undefined) =>
    map ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, fix(v)])) : map;
  if (!record.dynamodb) return record;
  return {
    ...record,
    dynamodb: {
      ...record.dynamodb,
      ...(record.dynamodb.NewImage ? { NewImage: fixMap(record.dynamodb.NewImage) as never } : {}),
      ...(record.dynamodb.OldImage ? { OldImage: fixMap(record.dynamodb.OldImage) as never } : {}),
    },
  };
}
