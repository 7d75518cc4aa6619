import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { startLocalStack } from '../../cdk/local/local-stack';
import type { EventMeta } from '../../shared/content/event-status';
import { applyDocument } from '../../shared/content/operational-copy';
import { retentionSettings } from '../../shared/content/settings-cache';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { cancelRegistration } from '../../shared/registrations/manage';
import { register } from '../../shared/registrations/register';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { httpEvent } from '../support/events';
import { eventDocument } from '../support/events-fixture';
import { median, percentile } from './report';

const RUNS = 400;

/** Counts every request a client sends, and the write capacity DynamoDB says each consumed. */
function instrumented(endpoint: string) {
  const doc = createDocumentClient(endpoint);
  const stats = { requests: 0, wcu: 0, commands: [] as string[] };
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      stats.requests++;
      stats.commands.push(String(context.commandName));
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const out = await next(args);
      const consumed = (
        out.output as { ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[] }
      ).ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : [])
        stats.wcu += c.CapacityUnits ?? 0;
      return out;
    },
    { step: 'initialize', name: 'benchCounter' },
  );
  const reset = () => {
    stats.requests = 0;
    stats.wcu = 0;
    stats.commands = [];
  };
  return { doc, stats, reset };
}

const stamp = (samples: number[]) => ({
  p50: median(samples),
  p99: percentile(samples, 99),
  mean: samples.reduce((a, b) => a + b, 0) / samples.length,
});

/**
 * Registration cost: the use case and the whole handler in-process, next to a raw TransactWriteItems
 * carrying exactly the items the use case wrote (captured from it), interleaved in the same run;
 * requests and consumed write capacity per registration and per cancellation; then the
 * oversubscription scenario (300 at once for 25 seats) through the local server.
 */
export async function measureRegistrations() {
  const stack = await startLocalStack({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-reg-')),
    port: 0,
    inMemory: true,
    writeLimitPerMinute: 0,
  });
  try {
    const pepper = process.env.EMAIL_PEPPER ?? '';
    const { doc, stats, reset } = instrumented(stack.dynamoEndpoint);
    const table: Table = { name: stack.tableName, doc };
    const big = eventDocument({ capacity: 100_000, waitlist: true });
    await applyDocument(table, big);
    const meta = (await eventMetaCached(table, big._id)) as EventMeta;
    // The settings (mail budget, retention) are cached per container: read them before capturing.
    await retentionSettings(table);

    // Raw: capture the exact TransactWriteItems input of a registration, then send it as it is.
    const captured: TransactWriteCommandInput[] = [];
    const capture: Table = {
      name: table.name,
      doc: {
        send: async (command: { input: TransactWriteCommandInput }) => void captured.push(command.input),
      } as never,
    };
    for (let i = 0; i < RUNS + 20; i++) {
      await register(
        { table: capture, pepper, now: new Date(), registrationDays: 90, meta },
        big._id,
        person(`raw-${i}`),
        undefined,
      );
    }

    const { handler } = await import('../../functions/registrations/handler');
    const viaHandler = async (id: string) => {
      const result = await handler(
        httpEvent('POST /events/{eventId}/registrations', {
          path: `/events/${big._id}/registrations`,
          pathParameters: { eventId: big._id },
          body: JSON.stringify(person(id)),
          headers: { 'content-type': 'application/json' },
        }),
      );
      if (result.statusCode !== 202) throw new Error(`handler answered ${result.statusCode}`);
    };
    const viaServer = async (id: string) => {
      const response = await fetch(`${stack.url}/events/${big._id}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(person(id)),
      });
      await response.arrayBuffer();
    };
    const timed = async (fn: () => Promise<unknown>) => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };

    // Each round runs all four paths back to back, so drift and GC hit them alike.
    const raw: number[] = [];
    const useCase: number[] = [];
    const handlerMs: number[] = [];
    const serverMs: number[] = [];
    let requests = 0;
    let wcu = 0;
    const cancelTokens: string[] = [];
    for (let i = 0; i < RUNS + 20; i++) {
      const rawMs = await timed(() =>
        doc.send(new TransactWriteCommand(captured[i] as TransactWriteCommandInput)),
      );
      reset();
      let registered: Awaited<ReturnType<typeof register>> | undefined;
      const ucMs = await timed(async () => {
        registered = await register(
          { table, pepper, now: new Date(), registrationDays: 90, meta },
          big._id,
          person(`uc-${i}`),
          undefined,
        );
      });
      const ucRequests = stats.requests;
      const ucWcu = stats.wcu;
      const hMs = await timed(() => viaHandler(`h-${i}`));
      const sMs = await timed(() => viaServer(`s-${i}`));
      if (i < 20) continue;
      raw.push(rawMs);
      useCase.push(ucMs);
      handlerMs.push(hMs);
      serverMs.push(sMs);
      requests += ucRequests;
      wcu += ucWcu;
      const token = registered && 'manageToken' in registered ? registered.manageToken : undefined;
      if (token && cancelTokens.length < 50) cancelTokens.push(token);
    }

    // Cancellation cost (no waitlist behind these seats: the plain path).
    reset();
    for (const token of cancelTokens) {
      await cancelRegistration({ table, pepper, now: new Date(), meta: async () => meta }, token);
    }
    const cancel = { requests: stats.requests / cancelTokens.length, wcu: stats.wcu / cancelTokens.length };

    // Oversubscription: 300 at once for 25 seats with a waitlist, through the local server.
    const small = eventDocument({ capacity: 25, waitlist: true });
    await applyDocument(table, small);
    const started = performance.now();
    const latencies: number[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const t = performance.now();
        const response = await fetch(`${stack.url}/events/${small._id}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(person(`o-${i}`)),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        return { code: response.status };
      }),
    );
    const wallMs = performance.now() - started;
    // The replies say only "received": the outcome is in the event's counters (and the mail).
    const settled = (
      await doc.send(
        new GetCommand({ TableName: table.name, Key: keys.eventMeta(small._id), ConsistentRead: true }),
      )
    ).Item as EventMeta;

    return {
      runs: RUNS,
      raw: stamp(raw),
      useCase: stamp(useCase),
      handler: stamp(handlerMs),
      server: stamp(serverMs),
      perRegistration: { requests: requests / RUNS, wcu: wcu / RUNS },
      cancel,
      oversubscription: {
        wallMs,
        latency: stamp(latencies),
        confirmed: settled.confirmed,
        waitlisted: settled.waitlisted,
        errors: outcomes.filter((o) => o.code >= 500).length,
      },
    };
  } finally {
    await stack.stop();
  }
}

const person = (id: string) => ({
  name: `Bench ${id}`,
  email: `${id}@example.org`,
  language: 'sv' as const,
  consent: true as const,
});
