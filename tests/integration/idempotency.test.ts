import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyDocument } from '../../shared/content/operational-copy';
import { IdempotentReplay, idempotencyContext, replyTo } from '../../shared/http/idempotency';
import { HttpProblem } from '../../shared/http/problem';
import { json } from '../../shared/http/reply';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { type Registered, register } from '../../shared/registrations/register';
import { transactWrite } from '../../shared/table/transact';
import { eventDocument } from '../support/events-fixture';
import { freshTable } from '../support/table';

let table: Awaited<ReturnType<typeof freshTable>>;
beforeAll(async () => {
  table = await freshTable('idempotency');
});

/** A write guarded like every POST: the record rides in the same transaction as the change. */
async function createThing(id: string, key: string, body: unknown) {
  const ctx = idempotencyContext('POST /things', '/things', key, body);
  const reply = json(201, { id });
  const outcome = await transactWrite(
    table,
    [
      {
        Put: {
          TableName: table.name,
          Item: { pk: 'THINGS', sk: `THING#${id}`, body },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    { ctx, reply, nowSeconds: Math.floor(Date.now() / 1000) },
  );
  return { outcome, reply };
}

const things = async () =>
  (
    await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'THINGS' },
      }),
    )
  ).Items ?? [];

describe('Idempotency-Key on the write transaction', () => {
  it('writes once, then replays the first reply for the same key and body', async () => {
    // Prepare
    await createThing('a1', 'key-a', { name: 'A' });
    // Act
    const retry = createThing('a2', 'key-a', { name: 'A' });
    // Assess
    await expect(retry).rejects.toBeInstanceOf(IdempotentReplay);
    await expect(retry).rejects.toMatchObject({ reply: { status: 201, body: { id: 'a1' } } });
    expect((await things()).map((t) => t.sk)).toEqual(['THING#a1']);
  });

  it('answers 409 when the key is reused with another body, and writes nothing', async () => {
    // Prepare
    await createThing('b1', 'key-b', { name: 'B' });
    // Act
    const reuse = createThing('b2', 'key-b', { name: 'Other' });
    // Assess
    await expect(reuse).rejects.toBeInstanceOf(HttpProblem);
    await expect(reuse).rejects.toMatchObject({ code: 'idempotency-key-reused', status: 409 });
    const stored = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: { pk: 'THINGS', sk: 'THING#b2' } }),
    );
    expect(stored.Item).toBeUndefined();
  });

  it('lets exactly one of 20 concurrent identical requests write; the rest get its reply', async () => {
    // Act
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => createThing(`c${i}`, 'key-c', { name: 'C' })),
    );
    // Assess
    const written = results.filter((r) => r.status === 'fulfilled');
    const replays = results.filter((r) => r.status === 'rejected' && r.reason instanceof IdempotentReplay);
    expect(written).toHaveLength(1);
    expect(replays).toHaveLength(19);
    const winner = (written[0] as PromiseFulfilledResult<{ reply: { body: { id: string } } }>).value.reply
      .body.id;
    for (const r of replays) expect((r as PromiseRejectedResult).reason.reply.body.id).toBe(winner);
    expect((await things()).filter((t) => t.body.name === 'C')).toHaveLength(1);
  });

  it('gives the business condition back to the caller when the key is new', async () => {
    // Prepare
    await createThing('d1', 'key-d1', { name: 'D' });
    // Act
    const { outcome } = await createThing('d1', 'key-d2', { name: 'D' });
    // Assess
    expect(outcome).toEqual({ ok: false, cancelled: [{ code: 'ConditionalCheckFailed' }] });
  });
});

describe('the stored first reply', () => {
  it('is sealed, so a manage token inside it is never readable in the table', async () => {
    // Prepare
    const secretToken = 'manage-token-abcdefghijklmnopqrstuvwxyz012345';
    const ctx = idempotencyContext('POST /things', '/things', 'key-sealed', { name: 'S' });
    // Act
    await transactWrite(table, [{ Put: { TableName: table.name, Item: { pk: 'THINGS', sk: 'THING#s1' } } }], {
      ctx,
      reply: json(201, { manageToken: secretToken }),
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    const record = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: { pk: `IDEMPOTENCY#${ctx.scopeHash}`, sk: 'RECORD' } }),
    );
    // Assess
    expect(record.Item).toBeDefined();
    expect(JSON.stringify(record.Item)).not.toContain(secretToken);
  });
});

describe('a use case guarded by the key', () => {
  it("stores the handler's reply to its result, and a retry gets exactly that back", async () => {
    // Prepare
    const doc = eventDocument({ capacity: 5 });
    await applyDocument(table, doc);
    const deps = {
      table,
      pepper: 'pepper',
      now: new Date(),
      registrationDays: 30,
      meta: await eventMetaCached(table, doc._id),
    };
    const input = {
      name: 'Ida Idem',
      email: 'ida@example.org',
      language: 'sv' as const,
      consent: true as const,
    };
    const ctx = idempotencyContext(
      'POST /events/{eventId}/registrations',
      `/events/${doc._id}`,
      'uc-1',
      input,
    );
    const handlerReply = (r: Registered) =>
      json(201, { seat: r.status, id: r.registrationId }, { 'x-answered-by': 'handler' });
    const first = await replyTo(ctx, handlerReply, (guard) => register(deps, doc._id, input, guard));
    // Act: a retry whose mapping would answer differently, to tell a replay from a recomputed reply
    const retry = await replyTo(
      ctx,
      (r: Registered) => json(500, r),
      (guard) => register(deps, doc._id, input, guard),
    ).catch((error: unknown) => error);
    // Assess
    expect(first).toEqual({
      status: 201,
      body: { seat: 'confirmed', id: expect.any(String) },
      headers: { 'x-answered-by': 'handler' },
    });
    expect(retry).toBeInstanceOf(IdempotentReplay);
    expect((retry as IdempotentReplay).reply).toEqual(first);
  });
});
