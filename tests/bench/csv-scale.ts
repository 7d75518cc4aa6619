import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../../cdk/local/dynamodb-local';
import { startLocalStack } from '../../cdk/local/local-stack';
import { applyDocument } from '../../shared/content/operational-copy';
import { logger } from '../../shared/observability/logger';
import { createDocumentClient, setDefaultTable, type Table } from '../../shared/table/client';
import { httpEvent } from '../support/events';
import { eventDocument } from '../support/events-fixture';
import { seedRegistrations } from '../support/seed-registrations';
import { memorySampler } from './load';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

export interface CsvRun {
  rows: number;
  bytes: number;
  ms: number;
  firstByteMs: number;
  /** Peak RSS of this process (server and client both) over its level just before the request. */
  rssGrowth: number;
  /** The same Query pages read with no CSV and no HTTP: what DynamoDB Local alone takes. */
  queryMs: number;
  javaRss: number;
}

export interface CsvFigures {
  seeding: { rows: number; ms: number }[];
  streamed: CsvRun[];
  lambda: CsvRun;
}

/**
 * The registrations CSV of events with 10,000 and 50,000 registrations (seeded with BatchWriteItem,
 * not through the API): streamed through the local server (chunked) and, for comparison, joined
 * whole as the Lambda path must; time, bytes and peak RSS growth of each.
 */
export async function measureCsvScale(sizes = [10_000, 50_000]): Promise<CsvFigures> {
  logger.setLogLevel('ERROR');
  const dynamo = await startDynamoDbLocal();
  const stack = await startLocalStack({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-csv-')),
    port: 0,
    host: '127.0.0.1',
    dynamoEndpoint: dynamo.endpoint,
    writeLimitPerMinute: 0,
  });
  const url = `http://127.0.0.1:${(stack.server.address() as { port: number }).port}`;
  // Earlier parts of the bench ran other stacks in this process: the functions' module-scope table
  // must be built again for this one's DynamoDB Local.
  setDefaultTable(undefined);
  const authorization = `Bearer ${(await import('../../cdk/local/issuer')).localIssuer(stack.dataDir).sign('bench', ['coordinator'])}`;
  try {
    const table: Table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
    const events: { id: string; rows: number }[] = [];
    const seeding: CsvFigures['seeding'] = [];
    for (const rows of sizes) {
      const event = eventDocument({ capacity: rows * 2 });
      await applyDocument(table, event);
      const started = performance.now();
      await seedRegistrations(table, event._id, rows, { needsEvery: 4 });
      seeding.push({ rows, ms: performance.now() - started });
      events.push({ id: event._id, rows });
    }

    const streamed: CsvRun[] = [];
    const queryPass = async (id: string) => {
      const queryStarted = performance.now();
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await table.doc.send(
          new QueryCommand({
            TableName: table.name,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
            ExpressionAttributeValues: { ':pk': `EVENT#${id}`, ':reg': 'REG#' },
            ExclusiveStartKey: startKey,
            Limit: 1000,
          }),
        );
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return performance.now() - queryStarted;
    };
    for (const { id, rows } of events) {
      await queryPass(id); // warm: the timed pass and the export then read a partition DynamoDB Local has seen
      const queryMs = await queryPass(id);
      gc();
      const before = process.memoryUsage().rss;
      const memory = memorySampler(dynamo.pid);
      const started = performance.now();
      const response = await fetch(`${url}/admin/events/${id}/registrations.csv`, {
        headers: { authorization },
      });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let bytes = 0;
      let lines = 0;
      let firstByteMs = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!bytes) firstByteMs = performance.now() - started;
        bytes += value.byteLength;
        for (const byte of value) if (byte === 0x0a) lines++;
      }
      const ms = performance.now() - started;
      const peak = memory.stop();
      if (lines - 1 !== rows) throw new Error(`CSV had ${lines - 1} rows, expected ${rows}`);
      streamed.push({
        rows,
        bytes,
        ms,
        firstByteMs,
        rssGrowth: peak.nodeRss - before,
        javaRss: peak.javaRss,
        queryMs,
      });
    }

    // The Lambda path (no response streaming behind an HTTP API): the same export joined into one body.
    const { handler } = await import('../../functions/registrations/handler');
    const largest = events.at(-1) as { id: string; rows: number };
    gc();
    const before = process.memoryUsage().rss;
    const memory = memorySampler(dynamo.pid);
    const started = performance.now();
    const result = await handler(
      httpEvent('GET /admin/events/{eventId}/registrations.csv', {
        path: `/admin/events/${largest.id}/registrations.csv`,
        pathParameters: { eventId: largest.id },
        claims: { sub: 'bench', 'cognito:groups': '[coordinator]' },
      }),
    );
    const ms = performance.now() - started;
    const peak = memory.stop();
    const bytes = Buffer.byteLength(result.body ?? '');
    const lambda = {
      rows: largest.rows,
      bytes,
      ms,
      firstByteMs: ms,
      rssGrowth: peak.nodeRss - before,
      javaRss: peak.javaRss,
      queryMs: streamed.at(-1)?.queryMs ?? 0,
    };
    return { seeding, streamed, lambda };
  } finally {
    await stack.stop();
    await dynamo.stop();
  }
}
