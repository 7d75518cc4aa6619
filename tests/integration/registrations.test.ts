import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { type MailItem, stackMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const person = (i: number | string, overrides: Record<string, unknown> = {}) => ({
  name: `Person ${i}`,
  email: `person-${i}@example.org`,
  language: 'sv',
  consent: true,
  ...overrides,
});

const post = (eventId: string, body: unknown, headers: Record<string, string> = {}) =>
  stack.request(`/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const partition = async (eventId: string, prefix: string) => {
  const doc = createDocumentClient(stack.dynamoEndpoint);
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': keys.eventMeta(eventId).pk, ':p': prefix },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};

describe('registrations under concurrency', () => {
  let eventId: string;
  /** What each of the 300 learnt by mail: its outcome and manage link (the reply says neither). */
  let results: { i: number; status: string; waitlistPosition?: number; manageToken: string }[];

  const outcomeOf = (mail: MailItem) => ({
    status: mail.template === 'registration-waitlisted' ? 'waitlisted' : 'confirmed',
    waitlistPosition: mail.data.waitlistPosition as number | undefined,
    manageToken: String(mail.secrets.manageToken),
  });

  it('gives 300 concurrent registrations for 25 seats exactly 25 confirmed and 275 waitlisted in order', async () => {
    // Prepare
    eventId = await publishEvent(stack, eventDocument({ capacity: 25, waitlist: true }));
    const mail = stackMail(stack);
    // Act
    const responses = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const response = await post(eventId, person(i));
        return { status: response.status, body: await bodyOf(response), i };
      }),
    );
    // Assess
    expect(responses.filter((r) => r.status !== 202)).toEqual([]);
    expect(responses.every((r) => r.body.status === 'received')).toBe(true);
    results = await Promise.all(
      responses.map(async ({ i }) => {
        const [only, ...more] = await mail.to(`person-${i}@example.org`);
        expect(more).toEqual([]);
        return { i, ...outcomeOf(only as MailItem) };
      }),
    );
    const confirmed = results.filter((r) => r.status === 'confirmed');
    const waitlisted = results.filter((r) => r.status === 'waitlisted');
    expect(confirmed).toHaveLength(25);
    expect(waitlisted).toHaveLength(275);
    expect(waitlisted.map((r) => r.waitlistPosition).sort((a = 0, b = 0) => a - b)).toEqual(
      Array.from({ length: 275 }, (_, i) => i + 1),
    );
    const registrations = (await partition(eventId, 'REG#')).filter((i) => i.type === 'registration');
    expect(registrations).toHaveLength(300);
    expect(registrations.filter((r) => r.status === 'confirmed')).toHaveLength(25);
    const [meta] = await partition(eventId, 'META');
    expect(meta).toMatchObject({ confirmed: 25, waitlisted: 275, waitSequence: 275 });
  });

  it('promotes exactly the first 5 waitlisted when 5 confirmed people cancel at once', async () => {
    // Prepare
    const cancelling = results.filter((r) => r.status === 'confirmed').slice(0, 5);
    const firstFive = results
      .filter((r) => r.status === 'waitlisted')
      .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0))
      .slice(0, 5);
    // Act
    const responses = await Promise.all(
      cancelling.map((r) => stack.request(`/registrations/${r.manageToken}`, { method: 'DELETE' })),
    );
    // Assess
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    for (const promoted of firstFive) {
      const view = await bodyOf(await stack.request(`/registrations/${promoted.manageToken}`));
      expect(view.status).toBe('confirmed');
    }
    const sixth = results.find((r) => r.waitlistPosition === 6);
    const sixthView = await bodyOf(await stack.request(`/registrations/${sixth?.manageToken}`));
    expect(sixthView).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const [meta] = await partition(eventId, 'META');
    expect(meta).toMatchObject({ confirmed: 25, waitlisted: 270 });
    expect(await partition(eventId, 'WAIT#')).toHaveLength(270);
  });

  it('lets only one of two simultaneous registrations with the same email through, and answers both alike', async () => {
    // Prepare
    const id = await publishEvent(stack, eventDocument({ capacity: 10 }));
    // Act
    const [a, b] = await Promise.all([
      post(id, person('twin')),
      post(id, person('twin', { email: ' PERSON-twin@example.org ' })),
    ]);
    // Assess
    expect([a.status, b.status]).toEqual([202, 202]);
    expect([await bodyOf(a), await bodyOf(b)]).toEqual([{ status: 'received' }, { status: 'received' }]);
    const registrations = (await partition(id, 'REG#')).filter((i) => i.type === 'registration');
    expect(registrations).toHaveLength(1);
    const mails = await stackMail(stack).to('person-twin@example.org');
    expect(mails.map((m) => m.template).sort()).toEqual(['registration-confirmed', 'registration-link']);
    expect(new Set(mails.map((m) => m.data.registrationId))).toEqual(
      new Set([registrations[0]?.registrationId]),
    );
  });
});
