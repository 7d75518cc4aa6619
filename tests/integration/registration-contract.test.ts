import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDocument, applyRemoval } from '../../shared/content/operational-copy';
import { forgetEventMeta } from '../../shared/registrations/event-meta-cache';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { stackMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const DAY = 86_400_000;
const valid = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Åsa Öberg',
  email,
  language: 'sv',
  consent: true,
  ...extra,
});
const post = (eventId: string, body: unknown, headers: Record<string, string> = {}) =>
  stack.request(`/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const mail = () => stackMail(stack);
/** What may differ between two answers given at different moments: the date and the request's id. */
const VARYING = new Set(['date', 'x-request-id', 'apigw-requestid', 'x-amzn-requestid']);
const stableHeaders = (response: Response) =>
  [...response.headers.entries()].filter(([name]) => !VARYING.has(name)).sort();
const items = async (eventId: string) =>
  (
    await createDocumentClient(stack.dynamoEndpoint).send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.eventMeta(eventId).pk },
      }),
    )
  ).Items ?? [];

describe('POST /events/{eventId}/registrations', () => {
  it('answers 400 naming every invalid field, and writes nothing', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument());
    const before = await items(eventId);
    // Act
    const response = await post(
      eventId,
      { name: ' ', email: 'not-an-email', language: 'de', consent: false, shoeSize: 42 },
      { 'accept-language': 'en' },
    );
    // Assess
    expect(response.status).toBe(400);
    const problem = await bodyOf(response);
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'consent',
      'email',
      'language',
      'name',
      'shoeSize',
    ]);
    expect(problem.errors.find((e: { path: string }) => e.path === 'consent').message).toBe(
      'Consent is required.',
    );
    expect(await items(eventId)).toEqual(before);
  });

  it('answers 400 for a missing required field, in Finnish when asked', async () => {
    // Act
    const response = await post(
      'event.any',
      { email: 'a@example.org', language: 'fi', consent: true },
      { 'accept-language': 'fi' },
    );
    // Assess
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors).toEqual([{ path: 'name', message: 'Pakollinen kenttä.' }]);
  });

  it('answers 404 for an unknown event and for an unpublished one', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument());
    const table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
    await applyRemoval(table, eventId, Date.now());
    forgetEventMeta(eventId);
    // Act
    const unknown = await post('event.does-not-exist', valid('x@example.org'));
    const unpublished = await post(eventId, valid('x@example.org'));
    // Assess
    expect(unknown.status).toBe(404);
    expect(unpublished.status).toBe(404);
    expect((await items(eventId)).filter((i) => i.type === 'registration')).toHaveLength(0);
  });

  it('accepts a registration at once for an event published right after a 404 for it', async () => {
    // Prepare
    const doc = eventDocument();
    const table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
    const tooEarly = await post(doc._id, valid('eager@example.org'));
    // Act: published as content-sync does it, which tells no cache of the registrations function
    await applyDocument(table, doc);
    const registered = await post(doc._id, valid('eager@example.org'));
    // Assess
    expect(tooEarly.status).toBe(404);
    expect(registered.status).toBe(202);
    expect(await bodyOf(registered)).toEqual({ status: 'received' });
    expect((await mail().latest('eager@example.org', 'registration-confirmed')).data.eventId).toBe(doc._id);
    expect((await items(doc._id)).filter((i) => i.type === 'registration')).toHaveLength(1);
  });

  it('answers 409 before the window opens and after it closes', async () => {
    // Prepare
    const early = await publishEvent(
      stack,
      eventDocument({ registrationOpensAt: new Date(Date.now() + DAY).toISOString() }),
    );
    const late = await publishEvent(
      stack,
      eventDocument({ registrationClosesAt: new Date(Date.now() - 1000).toISOString() }),
    );
    // Act
    const before = await post(early, valid('w@example.org'));
    const after = await post(late, valid('w@example.org'));
    // Assess
    expect(before.status).toBe(409);
    expect(after.status).toBe(409);
    expect((await bodyOf(after)).type).toBe('/problems/registration-closed');
  });

  it('answers 409 when full and without a waitlist', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1, waitlist: false }));
    await post(eventId, valid('first@example.org'));
    // Act
    const response = await post(eventId, valid('second@example.org'));
    // Assess
    expect(response.status).toBe(409);
    expect((await bodyOf(response)).type).toBe('/problems/event-full');
  });

  it('answers the same email again byte for byte as a new address, and mails the manage link again', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument());
    await post(eventId, valid('again@example.org'));
    const registered = (await mail().latest('again@example.org', 'registration-confirmed')).data;
    // Act
    const duplicate = await post(eventId, valid('Again@Example.org'));
    const fresh = await post(eventId, valid('new-here@example.org'));
    // Assess
    expect(duplicate.status).toBe(fresh.status);
    expect(duplicate.status).toBe(202);
    expect(stableHeaders(fresh).map(([name]) => name)).toEqual(
      expect.arrayContaining(['content-length', 'content-type']),
    );
    expect(stableHeaders(duplicate)).toEqual(stableHeaders(fresh));
    expect(await duplicate.text()).toBe(await fresh.text());
    const link = await mail().latest('again@example.org', 'registration-link');
    expect(link.data.registrationId).toBe(registered.registrationId);
    const view = await bodyOf(await stack.request(`/registrations/${link.secrets.manageToken}`));
    expect(view).toMatchObject({ registrationId: registered.registrationId, status: 'confirmed' });
    expect((await items(eventId)).filter((i) => i.type === 'registration')).toHaveLength(2);
  });

  it('answers the same email the same 409 as a new address when the event is full without a waitlist', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1, waitlist: false }));
    await post(eventId, valid('holder@example.org'));
    // Act
    const duplicate = await post(eventId, valid('holder@example.org'));
    const fresh = await post(eventId, valid('late-comer@example.org'));
    // Assess
    expect([duplicate.status, fresh.status]).toEqual([409, 409]);
    expect(stableHeaders(duplicate)).toEqual(stableHeaders(fresh));
    expect(await duplicate.text()).toBe(await fresh.text());
  });

  it('answers 413 for a body over 64 KiB and 415 for a form post', async () => {
    // Act
    const big = await post('event.any', valid('big@example.org', { dietary: 'ä'.repeat(40_000) }));
    const form = await post('event.any', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    // Assess
    expect(big.status).toBe(413);
    expect(form.status).toBe(415);
  });

  it('replays the first response for a repeated Idempotency-Key and creates nothing new', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument());
    const headers = { 'idempotency-key': 'register-once-123' };
    const first = await post(eventId, valid('idem@example.org'), headers);
    const firstBody = await bodyOf(first);
    // Act
    const retry = await post(eventId, valid('idem@example.org'), headers);
    const other = await post(eventId, valid('other@example.org'), headers);
    // Assess
    expect(first.status).toBe(202);
    expect(retry.status).toBe(202);
    expect(await bodyOf(retry)).toEqual(firstBody);
    expect(other.status).toBe(409);
    expect((await bodyOf(other)).type).toBe('/problems/idempotency-key-reused');
    expect((await items(eventId)).filter((i) => i.type === 'registration')).toHaveLength(1);
  });

  it('replays a waitlisted answer byte for byte as the handler first sent it, with no link in it', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1, waitlist: true }));
    await post(eventId, valid('seated@example.org'));
    const headers = { 'idempotency-key': 'waitlist-once-456' };
    const first = await post(eventId, valid('waiting@example.org'), headers);
    const firstText = await first.text();
    // Act
    const retry = await post(eventId, valid('waiting@example.org'), headers);
    // Assess
    expect(first.status).toBe(202);
    expect(JSON.parse(firstText)).toEqual({ status: 'received' });
    expect(
      (await mail().latest('waiting@example.org', 'registration-waitlisted')).data.waitlistPosition,
    ).toBe(1);
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await retry.text()).toBe(firstText);
    expect((await items(eventId)).filter((i) => i.type === 'registration')).toHaveLength(2);
  });
});

describe('retention', () => {
  it('expires a registration the settings-defined days after the event, and its needs the day after', async () => {
    // Prepare
    const doc = eventDocument();
    const eventId = await publishEvent(stack, doc);
    const endsAt = Math.floor(Date.parse(String(doc.endsAt)) / 1000);
    // Act
    await post(eventId, valid('needs@example.org', { dietary: 'Vegansk', accessibility: 'Hörselslinga' }));
    // Assess
    const all = await items(eventId);
    const registration = all.find((i) => i.type === 'registration');
    const needs = all.find((i) => i.type === 'registrationNeeds');
    expect(registration?.expiresAt).toBe(endsAt + 90 * 86_400);
    expect(registration).not.toHaveProperty('dietary');
    expect(needs).toMatchObject({
      dietary: 'Vegansk',
      accessibility: 'Hörselslinga',
      expiresAt: endsAt + 86_400,
    });
    for (const item of all.filter((i) => i.personKey)) expect(item.expiresAt).toBeGreaterThan(0);
  });
});

describe('manage links', () => {
  it('shows, cancels, and answers the same when cancelled twice', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 3 }));
    await post(eventId, valid('cancel@example.org'));
    const created = (await mail().latest('cancel@example.org', 'registration-confirmed')).data;
    const manageToken = await mail().manageToken('cancel@example.org');
    // Act
    const view = await stack.request(`/registrations/${manageToken}`);
    const first = await stack.request(`/registrations/${manageToken}`, { method: 'DELETE' });
    const second = await stack.request(`/registrations/${manageToken}`, { method: 'DELETE' });
    const again = await post(eventId, valid('cancel@example.org'));
    // Assess
    expect(await bodyOf(view)).toEqual({
      registrationId: created.registrationId,
      eventId,
      status: 'confirmed',
    });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await bodyOf(first)).toEqual({ status: 'cancelled' });
    expect(await bodyOf(second)).toEqual({ status: 'cancelled' });
    expect(again.status).toBe(202);
    const meta = (await items(eventId)).find((i) => i.sk === 'META');
    expect(meta?.confirmed).toBe(1);
  });

  it('answers 404 for a made-up token', async () => {
    // Act
    const response = await stack.request('/registrations/made-up-token-that-does-not-exist');
    const cancel = await stack.request('/registrations/made-up-token-that-does-not-exist', {
      method: 'DELETE',
    });
    // Assess
    expect(response.status).toBe(404);
    expect(cancel.status).toBe(404);
  });
});
