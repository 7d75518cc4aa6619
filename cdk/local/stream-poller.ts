import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '../../shared/config';

export interface StreamConsumer {
  name: string;
  itemTypes: readonly string[];
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;
}

/**
 * Reads DynamoDB Local's table stream the way Lambda's event source mapping does: every shard from
 * its start, INSERTs filtered on the item `type` like the CDK filter, batches of up to 10, and only
 * the records a handler reports as failed tried again (three times). Sending is idempotent (the
 * outbox file is named by the mail id), so reading a shard again after a restart does no harm.
 */
export function startStreamPoller(options: {
  endpoint: string;
  streamArn: string;
  consumers: readonly StreamConsumer[];
  intervalMs?: number;
  onError?: (error: unknown) => void;
}) {
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

  async function deliver(received: _Record[]) {
    const records = received.map(repairEmptyMaps);
    for (const consumer of options.consumers) {
      const matching = records.filter(
        (r) => r.eventName === 'INSERT' && consumer.itemTypes.includes(String(r.dynamodb?.NewImage?.type?.S)),
      ) as unknown as DynamoDBRecord[];
      for (let start = 0; start < matching.length; start += 10) {
        let batch = matching.slice(start, start + 10);
        for (let attempt = 0; attempt < 3 && batch.length; attempt++) {
          const result = await consumer.handler({ Records: batch });
          const failed = new Set(result?.batchItemFailures.map((f) => f.itemIdentifier));
          batch = batch.filter((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
        }
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
          if (out.Records?.length) await deliver(out.Records);
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
