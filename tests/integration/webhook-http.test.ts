import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { encodeSignatureHeader } from '@sanity/webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSyncRoutes } from '../../functions/content-sync/routes';
import { sha256 } from '../../shared/crypto';
import { problemSchema } from '../../shared/http/schemas';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { startTestStack, type TestStack } from '../support/local-stack';
import { servedDocument } from '../support/seed-content';

/**
 * POST /webhooks/sanity through the local server, signed as Sanity signs (@sanity/webhook) with the
 * secret the local stack configured (WEBHOOK_SECRET). The stack synced the seed dataset before
 * serving, so a delivery for a seed document finds the operational copy already current.
 */

let stack: TestStack;
let doc: ReturnType<typeof createDocumentClient>;
beforeAll(async () => {
  stack = await startTestStack();
  doc = createDocumentClient(stack.dynamoEndpoint);
});
afterAll(async () => {
  doc?.destroy();
  await stack?.stop();
});

const secret = () => {
  const value = process.env.WEBHOOK_SECRET;
  if (!value) throw new Error('the local stack sets WEBHOOK_SECRET');
  return value;
};

const seedEvent = 'event-example-webinar-2027';
const MINUTE = 60 * 1000;

interface Delivery {
  body?: string;
  /** The signature header; by default a valid one for the body, signed `at`. */
  signature?: string | null;
  at?: number;
  key?: string | null;
}

async function deliver(options: Delivery = {}) {
  const body = options.body ?? JSON.stringify({ _id: seedEvent, _type: 'event' });
  const signature =
    options.signature === null
      ? undefined
      : (options.signature ?? (await encodeSignatureHeader(body, options.at ?? Date.now(), secret())));
  const key = options.key === null ? undefined : (options.key ?? `delivery-${randomUUID()}`);
  const response = await stack.request('/webhooks/sanity', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'sanity-webhook-signature': signature } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as any,
    key,
    signature,
  };
}

/** The de-duplication record of a delivery, keyed as the webhook keys it. */
const deliveryRecord = async (deliveryKey: string) =>
  (
    await doc.send(
      new GetCommand({
        TableName: stack.tableName,
        Key: keys.webhookDelivery(deliveryKey),
        ConsistentRead: true,
      }),
    )
  ).Item;

const eventMeta = async (id: string) =>
  (
    await doc.send(
      new GetCommand({ TableName: stack.tableName, Key: keys.eventMeta(id), ConsistentRead: true }),
    )
  ).Item;

const expectOk = (reply: Awaited<ReturnType<typeof deliver>>) => {
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const parsed = contentSyncRoutes.sanityWebhook.responses[200]?.schema?.safeParse(reply.body);
  expect(parsed?.success).toBe(true);
};

const expectUnauthorized = async (reply: Awaited<ReturnType<typeof deliver>>) => {
  expect(reply.status).toBe(401);
  expect(reply.contentType).toMatch(/^application\/problem\+json/);
  expect(problemSchema.safeParse(reply.body).success).toBe(true);
  expect(reply.body.status).toBe(401);
  // Nothing written: no delivery record under the key sent, nor under the signature's hash.
  if (reply.key) expect(await deliveryRecord(reply.key)).toBeUndefined();
  if (reply.signature) expect(await deliveryRecord(sha256(reply.signature))).toBeUndefined();
};

describe('POST /webhooks/sanity', () => {
  it('answers a valid delivery for a seed event with "unchanged": the start-up sync already copied that version', async () => {
    // Prepare
    const before = await eventMeta(seedEvent);
    const served = await servedDocument(seedEvent);

    // Act
    const reply = await deliver();

    // Assess
    expectOk(reply);
    expect(reply.body).toEqual({ outcome: 'unchanged', documentId: seedEvent });
    expect(before).toMatchObject({
      published: true,
      capacity: 25,
      sourceVersion: Date.parse(String(served._updatedAt)),
    });
    expect(await eventMeta(seedEvent)).toEqual(before);
    expect(await deliveryRecord(reply.key as string)).toMatchObject({
      type: 'webhookDelivery',
      documentId: seedEvent,
      outcome: 'unchanged',
    });
  });

  it('treats a draft id as the published document and ignores types that govern no write', async () => {
    // Act
    const draft = await deliver({ body: JSON.stringify({ _id: `drafts.${seedEvent}`, _type: 'event' }) });
    const focusArea = await deliver({
      body: JSON.stringify({ _id: 'focusArea-kommunerna-och-valfardsomradet', _type: 'focusArea' }),
    });

    // Assess
    expectOk(draft);
    expect(draft.body).toEqual({ outcome: 'unchanged', documentId: seedEvent });
    expectOk(focusArea);
    expect(focusArea.body.outcome).toBe('ignored');
  });

  it('answers a replay with the same idempotency-key as a duplicate and changes nothing', async () => {
    // Prepare
    const first = await deliver({ key: 'replayed-delivery' });
    const record = await deliveryRecord('replayed-delivery');

    // Act
    const replay = await deliver({ key: 'replayed-delivery' });

    // Assess
    expectOk(first);
    expect(first.body.outcome).toBe('unchanged');
    expectOk(replay);
    expect(replay.body).toEqual({ outcome: 'duplicate', documentId: seedEvent });
    expect(await deliveryRecord('replayed-delivery')).toEqual(record);
  });

  it('de-duplicates on the signature when Sanity sends no idempotency-key', async () => {
    // Prepare
    const body = JSON.stringify({ _id: seedEvent, _type: 'event' });
    const signature = await encodeSignatureHeader(body, Date.now(), secret());

    // Act
    const first = await deliver({ body, signature, key: null });
    const again = await deliver({ body, signature, key: null });

    // Assess
    expect([first.body.outcome, again.body.outcome]).toEqual(['unchanged', 'duplicate']);
    expect(await deliveryRecord(sha256(signature))).toMatchObject({ outcome: 'unchanged' });
  });

  it('refuses a delivery without a signature with 401', async () => {
    // Act
    const reply = await deliver({ signature: null });

    // Assess
    await expectUnauthorized(reply);
  });

  it.each([
    ['malformed', 'not-a-signature'],
    ['for another body', 't=1799582400000,v1=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('refuses a signature that is %s with 401', async (_name, signature) => {
    // Act
    const reply = await deliver({ signature });

    // Assess
    await expectUnauthorized(reply);
  });

  it('refuses a delivery signed with another secret with 401', async () => {
    // Prepare
    const body = JSON.stringify({ _id: seedEvent, _type: 'event' });
    const signature = await encodeSignatureHeader(body, Date.now(), 'not-the-secret');

    // Act
    const reply = await deliver({ body, signature });

    // Assess
    await expectUnauthorized(reply);
  });

  it('refuses a valid signature over a body that was changed on the way with 401', async () => {
    // Prepare
    const signed = JSON.stringify({ _id: seedEvent, _type: 'event' });
    const signature = await encodeSignatureHeader(signed, Date.now(), secret());

    // Act
    const reply = await deliver({ body: JSON.stringify({ _id: 'settings', _type: 'settings' }), signature });

    // Assess
    await expectUnauthorized(reply);
  });

  it.each([
    ['six minutes old', -6 * MINUTE],
    ['six minutes in the future', 6 * MINUTE],
  ])('refuses a signature %s with 401', async (_name, offset) => {
    // Act
    const reply = await deliver({ at: Date.now() + offset });

    // Assess
    await expectUnauthorized(reply);
  });

  it('accepts a signature four minutes old', async () => {
    // Act
    const reply = await deliver({ at: Date.now() - 4 * MINUTE });

    // Assess
    expectOk(reply);
    expect(reply.body.outcome).toBe('unchanged');
  });

  it('refuses a body over 64 KiB with 413 before reading it, and writes nothing', async () => {
    // Prepare
    const body = JSON.stringify({ _id: seedEvent, _type: 'event', padding: 'x'.repeat(64 * 1024) });
    const signature = await encodeSignatureHeader(body, Date.now(), secret());

    // Act
    const reply = await deliver({ body, signature });

    // Assess
    expect(reply.status).toBe(413);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(problemSchema.safeParse(reply.body).success).toBe(true);
    expect(await deliveryRecord(reply.key as string)).toBeUndefined();
  });

  it.each([
    ['not JSON', 'not json', 400],
    ['JSON null', 'null', 400],
    ['without _id', JSON.stringify({ _type: 'event' }), 400],
  ])('answers a signed body that is %s with a 4xx problem, never a 500', async (_name, body, status) => {
    // Act
    const reply = await deliver({ body });

    // Assess
    expect(reply.status).toBe(status);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(await deliveryRecord(reply.key as string)).toBeUndefined();
  });
});
