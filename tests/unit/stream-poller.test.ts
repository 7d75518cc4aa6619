import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { streamDelivery } from '../../cdk/constructs/stream-delivery';
import {
  deliverBatch,
  type GivenUp,
  matchingRecords,
  repairEmptyMaps,
  type StreamConsumer,
} from '../../cdk/local/stream-poller';
import { logger } from '../../shared/observability/logger';

/** Ten INSERTs of mail items with sequence numbers 101…110 (the address stands for content). */
const batch = (count = 10): DynamoDBRecord[] =>
  Array.from({ length: count }, (_, i) => ({
    eventName: 'INSERT',
    dynamodb: {
      SequenceNumber: String(101 + i),
      NewImage: { type: { S: 'mail' }, mailId: { S: `m${i + 1}` }, to: { S: `person${i + 1}@example.org` } },
    },
  }));

/** A consumer that answers each invocation from a script and records which sequence numbers it got. */
function scripted(...answers: Array<(records: DynamoDBRecord[]) => DynamoDBBatchResponse>) {
  const calls: string[][] = [];
  const consumer: StreamConsumer = {
    name: 'notifier',
    itemTypes: ['mail'],
    handler: async (event: DynamoDBStreamEvent) => {
      calls.push(event.Records.map((r) => r.dynamodb?.SequenceNumber ?? ''));
      const answer = answers[calls.length - 1] ?? (() => ({ batchItemFailures: [] }));
      return answer(event.Records);
    },
  };
  return { consumer, calls };
}

const failFrom = (sequenceNumber: string) => (records: DynamoDBRecord[]) => ({
  batchItemFailures: records
    .map((r) => r.dynamodb?.SequenceNumber ?? '')
    .filter((s) => Number(s) >= Number(sequenceNumber))
    .map((itemIdentifier) => ({ itemIdentifier })),
});

describe('local stream poller', () => {
  it('repairs the empty maps DynamoDB Local writes as {} so the notifier can read the record', () => {
    // Prepare: a mail item for an online event, whose place map is empty
    const record = {
      eventName: 'INSERT' as const,
      dynamodb: {
        NewImage: {
          type: { S: 'mail' },
          data: { M: { place: {}, eventTitle: { M: { sv: { S: 'Möte' } } }, tags: { L: [{}, { S: 'x' }] } } },
        },
      },
    };
    // Act
    const repaired = repairEmptyMaps(record as never);
    // Assess
    expect(() => unmarshall(record.dynamodb.NewImage as never)).toThrow();
    expect(unmarshall(repaired.dynamodb?.NewImage as never)).toEqual({
      type: 'mail',
      data: { place: {}, eventTitle: { sv: 'Möte' }, tags: [{}, 'x'] },
    });
  });

  it('passes a consumer the INSERTs of its item types only, not the MODIFY that marks a mail sent', () => {
    // Prepare: one mail item's life on the stream, and another item type
    const image = { pk: { S: 'MAIL#m1' }, sk: { S: 'MAIL' }, type: { S: 'mail' }, mailId: { S: 'm1' } };
    const sent = { ...image, sentAt: { S: '2029-06-01T10:00:00.000Z' } };
    const records = [
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '1', NewImage: image } },
      {
        eventName: 'INSERT',
        dynamodb: { SequenceNumber: '2', NewImage: { ...image, type: { S: 'member' } } },
      },
      { eventName: 'MODIFY', dynamodb: { SequenceNumber: '3', OldImage: image, NewImage: sent } },
      { eventName: 'REMOVE', dynamodb: { SequenceNumber: '4', OldImage: sent } },
    ] as const;
    // Act
    const passed = matchingRecords(records as never, ['mail']);
    // Assess
    expect(passed.map((r) => r.dynamodb?.SequenceNumber)).toEqual(['1']);
  });

  it('retries a batch from its first reported record, never the records before it', async () => {
    // Prepare: record 4 of 10 fails once
    const { consumer, calls } = scripted(failFrom('104'));
    // Act
    await deliverBatch(consumer, batch(), { retryDelayMs: 0 });
    // Assess
    expect(calls).toEqual([
      ['101', '102', '103', '104', '105', '106', '107', '108', '109', '110'],
      ['104', '105', '106', '107', '108', '109', '110'],
    ]);
  });

  it('retries from the lowest reported record when a handler reports only some later ones', async () => {
    // Prepare: records 7 and 5 reported, out of order
    const { consumer, calls } = scripted(() => ({
      batchItemFailures: [{ itemIdentifier: '107' }, { itemIdentifier: '105' }],
    }));
    // Act
    await deliverBatch(consumer, batch(), { retryDelayMs: 0 });
    // Assess
    expect(calls[1]).toEqual(['105', '106', '107', '108', '109', '110']);
    expect(calls).toHaveLength(2);
  });

  it('retries the whole batch when the handler throws or reports an identifier not in the batch', async () => {
    // Prepare
    const { consumer, calls } = scripted(
      () => {
        throw new Error('function error');
      },
      () => ({ batchItemFailures: [{ itemIdentifier: '' }] }),
      () => ({ batchItemFailures: [{ itemIdentifier: '999' }] }),
    );
    // Act
    await deliverBatch(consumer, batch(3), { retryDelayMs: 0 });
    // Assess
    expect(calls).toEqual([
      ['101', '102', '103'],
      ['101', '102', '103'],
      ['101', '102', '103'],
      ['101', '102', '103'],
    ]);
  });

  it('gives up after the retry limit of the mapping and reports only stream positions', async () => {
    // Prepare: record 4 never succeeds
    const { consumer, calls } = scripted(...Array.from({ length: 20 }, () => failFrom('104')));
    const givenUp: GivenUp[] = [];
    // Act
    await deliverBatch(consumer, batch(), {
      retryDelayMs: 0,
      shardId: 'shard-1',
      onGiveUp: (g) => givenUp.push(g),
    });
    // Assess
    expect(calls).toHaveLength(1 + streamDelivery.retryAttempts);
    expect(givenUp).toEqual([
      {
        consumer: 'notifier',
        shardId: 'shard-1',
        records: 7,
        firstSequenceNumber: '104',
        lastSequenceNumber: '110',
        attempts: 1 + streamDelivery.retryAttempts,
      },
    ]);
  });

  it('logs what it gives up without the content of the records', async () => {
    // Prepare: the shared logger at ERROR, what it writes (to stdout or stderr) captured
    const { consumer } = scripted(...Array.from({ length: 5 }, () => failFrom('102')));
    const written: string[] = [];
    const streams = [process.stdout, process.stderr] as const;
    const writes = streams.map((stream) => stream.write);
    for (const stream of streams)
      stream.write = ((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      }) as typeof stream.write;
    logger.setLogLevel('ERROR');
    // Act
    try {
      await deliverBatch(consumer, batch(3), { retryAttempts: 2, retryDelayMs: 0, shardId: 'shard-1' });
    } finally {
      streams.forEach((stream, i) => {
        stream.write = writes[i] as typeof stream.write;
      });
      logger.setLogLevel('SILENT');
    }
    // Assess
    const entries = written.map((line) => JSON.parse(line));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      level: 'ERROR',
      message: 'stream records given up after the last retry',
      consumer: 'notifier',
      shardId: 'shard-1',
      records: 2,
      firstSequenceNumber: '102',
      lastSequenceNumber: '103',
      attempts: 3,
    });
    expect(written.join('')).not.toContain('@example.org');
    expect(written.join('')).not.toContain('"m2"');
  });
});
