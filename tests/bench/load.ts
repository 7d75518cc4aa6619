import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import autocannon, { type RequestSpec, type Result } from 'autocannon';
import { startDynamoDbLocal } from '../../cdk/local/dynamodb-local';
import { startLocalStack } from '../../cdk/local/local-stack';
import type { EventMeta } from '../../shared/content/event-status';
import { applyDocument } from '../../shared/content/operational-copy';
import { logger } from '../../shared/observability/logger';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { register } from '../../shared/registrations/register';
import { createDocumentClient, setDefaultTable, type Table } from '../../shared/table/client';
import { transactWrite } from '../../shared/table/transact';
import { eventDocument } from '../support/events-fixture';
import { percentile } from './report';

/** Every phase is bounded in time; traffic goes to 127.0.0.1 only (the local server and DynamoDB Local). */
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 16;

/** Peak RSS of this process and of DynamoDB Local's Java, sampled every 100 ms while a phase runs. */
export function memorySampler(javaPid: number | undefined) {
  let node = process.memoryUsage().rss;
  let java = 0;
  const javaRss = () => {
    if (!javaPid) return 0;
    try {
      const status = readFileSync(`/proc/${javaPid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  const sample = () => {
    node = Math.max(node, process.memoryUsage().rss);
    java = Math.max(java, javaRss());
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { nodeRss: node, javaRss: java };
    },
  };
}

const person = (id: string) => ({
  name: `Load ${id}`,
  email: `load-${id}@example.org`,
  language: 'sv',
  consent: true,
});

export interface LoadFigures {
  seconds: number;
  connections: number;
  raw: { perSecond: number; p50: number; p99: number; operations: number; errors: number };
  registration: Phase;
  mixed: Phase & { reads: number; writes: number };
}
interface Phase {
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  nodeRss: number;
  javaRss: number;
}

const phase = (result: Result, memory: { nodeRss: number; javaRss: number }): Phase => ({
  perSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  ...memory,
});

/**
 * Load through the local server with autocannon: registrations (a unique email per request), then a
 * mixed scenario (80 % reads: /content/events and /health; 20 % registrations), next to raw DynamoDB
 * Local throughput for the same TransactWriteItems with no HTTP or handler, all in one run.
 */
export async function measureLoad(): Promise<LoadFigures> {
  logger.setLogLevel('ERROR');
  const dynamo = await startDynamoDbLocal();
  const stack = await startLocalStack({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-load-')),
    port: 0,
    host: '127.0.0.1',
    dynamoEndpoint: dynamo.endpoint,
    writeLimitPerMinute: 0,
  });
  const url = `http://127.0.0.1:${(stack.server.address() as { port: number }).port}`;
  // Earlier parts of the bench ran other stacks in this process: the functions' module-scope table
  // must be built again for this one's DynamoDB Local.
  setDefaultTable(undefined);
  try {
    const doc = createDocumentClient(stack.dynamoEndpoint);
    const table: Table = { name: stack.tableName, doc };
    const event = eventDocument({ capacity: 10_000_000, waitlist: false });
    await applyDocument(table, event);
    const meta = (await eventMetaCached(table, event._id)) as EventMeta;

    // Raw: the registration's own TransactWriteItems (captured from the use case), sent straight.
    const captured: TransactWriteCommandInput[] = [];
    const capture: Table = {
      name: table.name,
      doc: {
        send: async (command: { input: TransactWriteCommandInput }) => void captured.push(command.input),
      } as never,
    };
    const pepper = process.env.EMAIL_PEPPER ?? '';
    let rawCounter = 0;
    const nextRaw = async () => {
      captured.length = 0;
      await register(
        { table: capture, pepper, now: new Date(), registrationDays: 90, meta },
        event._id,
        person(`raw-${rawCounter++}`) as never,
        undefined,
      );
      return captured[0] as TransactWriteCommandInput;
    };
    let counter = 0;
    const registration = {
      method: 'POST',
      path: `/events/${event._id}/registrations`,
      headers: { 'content-type': 'application/json' },
      setupRequest: (request: RequestSpec) => ({
        ...request,
        body: JSON.stringify(person(`http-${counter++}`)),
      }),
    };
    // Warm-up (not measured): the JVM's JIT and the functions' modules, so no phase pays for them.
    await autocannon({ url, connections: CONNECTIONS, duration: 3, requests: [registration] });

    const rawLatencies: number[] = [];
    let rawErrors = 0;
    const rawEnd = performance.now() + SECONDS * 1000;
    const rawStart = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < rawEnd) {
          const input = await nextRaw();
          const t = performance.now();
          try {
            // transactWrite: the same call the use case makes, with its retry on transaction conflicts
            // (every registration updates the event's counter, so concurrent ones contend).
            await transactWrite(table, input.TransactItems ?? []);
            rawLatencies.push(performance.now() - t);
          } catch {
            rawErrors++;
          }
        }
      }),
    );
    const rawSeconds = (performance.now() - rawStart) / 1000;

    let memory = memorySampler(dynamo.pid);
    const registrations = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [registration],
    });
    const registrationPhase = phase(registrations, memory.stop());

    memory = memorySampler(dynamo.pid);
    const events = { method: 'GET', path: '/content/events' };
    const health = { method: 'GET', path: '/health' };
    const mixed = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      // Each connection cycles through this list: 8 reads to 2 registrations.
      requests: [events, health, events, health, registration, events, health, events, health, registration],
    });
    const mixedPhase = phase(mixed, memory.stop());
    // Requests autocannon left in flight when its time ran out finish before the stack stops.
    await new Promise((r) => setTimeout(r, 1_000));

    return {
      seconds: SECONDS,
      connections: CONNECTIONS,
      raw: {
        perSecond: rawLatencies.length / rawSeconds,
        p50: percentile(rawLatencies, 50),
        p99: percentile(rawLatencies, 99),
        operations: rawLatencies.length,
        errors: rawErrors,
      },
      registration: registrationPhase,
      mixed: { ...mixedPhase, reads: 0.8, writes: 0.2 },
    };
  } finally {
    await stack.stop();
    await dynamo.stop();
  }
}
