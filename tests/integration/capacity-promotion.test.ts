import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { encodeSignatureHeader } from '@sanity/webhook';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatasetContentSource, type SanityDocument } from '../../shared/content/dataset-source';
import type { EventMeta } from '../../shared/content/event-status';
import { applyDocument, type GovernedDocument, reconcile } from '../../shared/content/operational-copy';
import { handleSanityWebhook } from '../../shared/content/webhook';
import { emailHash, ulid, unseal } from '../../shared/crypto';
import { cancelRegistration, viewRegistration } from '../../shared/registrations/manage';
import { register } from '../../shared/registrations/register';
import { tableDefinition } from '../../shared/table/definition';
import { keys, personIndexKeys } from '../../shared/table/keys';
import { freshTable, storedRegistration } from '../support/table';
import { at } from '../support/test-clock';

const secret = 'capacity-test-webhook-secret';
const pepper = 'capacity-test-pepper';
const now = new Date(at('2027-01-10T12:00:00Z'));
const EVENT_ID = 'event.capacity';

/** The event as Sanity publishes it, each edit a later `_updatedAt`. */
const eventDoc = (capacity: number, edit: number): SanityDocument => ({
  _id: EVENT_ID,
  _type: 'event',
  _rev: `rev-${edit}`,
  _createdAt: at('2026-12-01T00:00:00Z'),
  _updatedAt: new Date(Date.parse(at('2027-01-05T00:00:00Z')) + edit * 60_000).toISOString(),
  title: [
    { _key: 'sv', language: 'sv', value: 'Rundabordssamtal' },
    { _key: 'fi', language: 'fi', value: 'Pyöreän pöydän keskustelu' },
  ],
  place: [
    { _key: 'sv', language: 'sv', value: 'Vasa' },
    { _key: 'fi', language: 'fi', value: 'Vaasa' },
  ],
  startsAt: at('2027-02-01T10:00:00Z'),
  endsAt: at('2027-02-01T12:00:00Z'),
  mode: 'onsite',
  capacity,
  waitlist: true,
  registrationOpensAt: at('2027-01-01T00:00:00Z'),
  registrationClosesAt: at('2027-01-31T00:00:00Z'),
});

let table: Awaited<ReturnType<typeof freshTable>>;
beforeEach(async () => {
  table = await freshTable('capacity');
});

/** A signed Sanity webhook delivery for the event, with `doc` as what the API returns for it. */
async function deliver(doc: SanityDocument) {
  const body = JSON.stringify({ _id: EVENT_ID, _type: 'event' });
  return handleSanityWebhook({
    table,
    source: new DatasetContentSource([doc]),
    secret,
    pepper,
    rawBody: body,
    signature: await encodeSignatureHeader(body, now.getTime(), secret),
    deliveryKey: `delivery-${ulid()}`,
    now: now.getTime(),
  });
}

const meta = async () =>
  (
    await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.eventMeta(EVENT_ID), ConsistentRead: true }),
    )
  ).Item as EventMeta & Record<string, unknown>;

const email = (who: string) => `${who}@example.org`;

interface Registered {
  who: string;
  registrationId: string;
  status: 'confirmed' | 'waitlisted' | 'pending';
  waitlistPosition?: number;
  manageToken: string;
}

async function registerAs(who: string, eventMeta?: EventMeta): Promise<Registered> {
  const result = await register(
    { table, pepper, now, registrationDays: 90, meta: eventMeta ?? (await meta()) },
    EVENT_ID,
    { name: `Person ${who}`, email: email(who), language: 'sv', consent: true },
    undefined,
  );
  if (result.status === 'already-registered') throw new Error(`${who} was registered already`);
  return { who, ...result };
}

const cancel = (token: string) => cancelRegistration({ table, pepper, now, meta: async () => meta() }, token);

const registration = async (r: Registered) => storedRegistration(table, EVENT_ID, r.registrationId);

const waitlistEntries = async () =>
  (
    await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
        ExpressionAttributeValues: { ':pk': keys.eventMeta(EVENT_ID).pk, ':wait': keys.waitlistPrefix },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

/** The mail items addressed to someone (the person index: one Query per address, as an access request). */
async function mailsTo(who: string, template: string) {
  const found = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: tableDefinition.personIndex.name,
      KeyConditionExpression: 'personKey = :person AND begins_with(personSort, :mail)',
      ExpressionAttributeValues: {
        ':person': personIndexKeys.person(emailHash(email(who), pepper)),
        ':mail': 'MAIL#',
      },
    }),
  );
  return (found.Items ?? []).filter((m) => m.type === 'mail' && m.template === template);
}

/** Capacity 2: two confirmed, then four on the waitlist (positions 1–4). */
async function fullEventWithFourWaiting() {
  await deliver(eventDoc(2, 1));
  const seated = [await registerAs('seated-1'), await registerAs('seated-2')];
  const waiting: Registered[] = [];
  for (const who of ['waiting-1', 'waiting-2', 'waiting-3', 'waiting-4']) waiting.push(await registerAs(who));
  return { seated, waiting };
}

describe('raising capacity promotes the waitlist', () => {
  it('confirms exactly the first three waitlisted in order when capacity goes from 2 to 5, each mailed once', async () => {
    // Prepare
    const { waiting } = await fullEventWithFourWaiting();
    expect(waiting.map((w) => [w.status, w.waitlistPosition])).toEqual([
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
      ['waitlisted', 4],
    ]);
    // Act
    const result = await deliver(eventDoc(5, 2));
    // Assess
    expect(result.outcome).toBe('applied');
    const [first, second, third, fourth] = waiting as [Registered, Registered, Registered, Registered];
    for (const promoted of [first, second, third]) {
      const item = await registration(promoted);
      expect(item.status, promoted.who).toBe('confirmed');
      expect(item.waitlistPosition, promoted.who).toBeUndefined();
      expect(item.promotedAt, promoted.who).toBe(now.toISOString());
      const mails = await mailsTo(promoted.who, 'registration-promoted');
      expect(mails, promoted.who).toHaveLength(1);
      expect(mails[0]?.data).toMatchObject({ eventId: EVENT_ID, registrationId: promoted.registrationId });
      // The mailed link is a fresh, working manage link for the confirmed seat.
      const { manageToken } = JSON.parse(unseal(String(mails[0]?.sealed), pepper));
      expect(manageToken).not.toBe(promoted.manageToken);
      expect((await viewRegistration(table, manageToken)).status).toBe('confirmed');
    }
    expect(await registration(fourth)).toMatchObject({ status: 'waitlisted', waitlistPosition: 4 });
    expect((await waitlistEntries()).map((e) => [e.sk, e.registrationId])).toEqual([
      [keys.waitlistEntry(EVENT_ID, 4).sk, fourth.registrationId],
    ]);
    expect(await viewRegistration(table, fourth.manageToken)).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    expect(await mailsTo(fourth.who, 'registration-promoted')).toEqual([]);
    expect(await meta()).toMatchObject({ capacity: 5, confirmed: 5, waitlisted: 1, waitSequence: 4 });
  });

  it('takes no seat from anyone when capacity goes from 5 down to 3, and the next registration waitlists', async () => {
    // Prepare
    const { seated, waiting } = await fullEventWithFourWaiting();
    await deliver(eventDoc(5, 2));
    // Act
    const result = await deliver(eventDoc(3, 3));
    const next = await registerAs('newcomer');
    // Assess
    expect(result.outcome).toBe('applied');
    for (const kept of [...seated, ...waiting.slice(0, 3)])
      expect((await registration(kept)).status, kept.who).toBe('confirmed');
    expect((await registration(waiting[3] as Registered)).status).toBe('waitlisted');
    expect(next).toMatchObject({ status: 'waitlisted', waitlistPosition: 5 });
    expect(await meta()).toMatchObject({ capacity: 3, confirmed: 5, waitlisted: 2 });
  });

  it('frees no seat when someone cancels over capacity, and promotes again once a seat is really free', async () => {
    // Prepare: capacity 3 with 5 confirmed and one waiting.
    const { seated, waiting } = await fullEventWithFourWaiting();
    await deliver(eventDoc(5, 2));
    await deliver(eventDoc(3, 3));
    const [s1, s2] = seated as [Registered, Registered];
    const stillWaiting = waiting[3] as Registered;
    // Act: 5 → 4 confirmed, then 4 → 3 confirmed
    await cancel(s1.manageToken);
    await cancel(s2.manageToken);
    // Assess
    expect(await meta()).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 1 });
    expect((await registration(stillWaiting)).status).toBe('waitlisted');
    expect(await mailsTo(stillWaiting.who, 'registration-promoted')).toEqual([]);

    // Act: at capacity, a cancellation hands its seat on
    await cancel((waiting[0] as Registered).manageToken);
    // Assess
    expect(await meta()).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 0 });
    expect((await registration(stillWaiting)).status).toBe('confirmed');
    expect(await mailsTo(stillWaiting.who, 'registration-promoted')).toHaveLength(1);
  });
});

describe('applying the same document again', () => {
  it('promotes nobody twice and mails nobody twice on a redelivery and a reconciliation', async () => {
    // Prepare
    const { seated, waiting } = await fullEventWithFourWaiting();
    await deliver(eventDoc(5, 2));
    const before = await meta();
    // Act
    const redelivery = await deliver(eventDoc(5, 2));
    const reconciled = await reconcile(table, new DatasetContentSource([eventDoc(5, 2)]), { pepper, now });
    // Assess
    expect(redelivery.outcome).toBe('unchanged');
    expect(reconciled).toMatchObject({ documents: 1, applied: 0 });
    expect(await meta()).toEqual(before);
    for (const promoted of waiting.slice(0, 3)) {
      expect(await mailsTo(promoted.who, 'registration-promoted'), promoted.who).toHaveLength(1);
      expect((await registration(promoted)).status).toBe('confirmed');
    }
    expect((await registration(waiting[3] as Registered)).status).toBe('waitlisted');
    expect(await mailsTo((waiting[3] as Registered).who, 'registration-promoted')).toEqual([]);
    for (const kept of seated) expect(await mailsTo(kept.who, 'registration-promoted')).toEqual([]);
  });

  it('lets reconciliation fill the seats an earlier copy left free (a run cut short before promoting)', async () => {
    // Prepare: the capacity reached the table, but nothing was promoted (no promotion deps).
    const { waiting } = await fullEventWithFourWaiting();
    await applyDocument(table, eventDoc(5, 2) as GovernedDocument);
    expect(await meta()).toMatchObject({ capacity: 5, confirmed: 2, waitlisted: 4 });
    // Act
    const reconciled = await reconcile(table, new DatasetContentSource([eventDoc(5, 2)]), { pepper, now });
    // Assess
    expect(reconciled).toMatchObject({ documents: 1, applied: 0 });
    expect(await meta()).toMatchObject({ capacity: 5, confirmed: 5, waitlisted: 1 });
    const statuses = await Promise.all(waiting.map(async (w) => (await registration(w)).status));
    expect(statuses).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    for (const promoted of waiting.slice(0, 3))
      expect(await mailsTo(promoted.who, 'registration-promoted')).toHaveLength(1);
  });
});

describe('those already waiting come first', () => {
  it('puts a newcomer behind the waitlist while seats are free between a capacity raise and its promotion', async () => {
    // Prepare: capacity 2 → 5 reached the table, but nothing was promoted yet (no promotion deps).
    const { waiting } = await fullEventWithFourWaiting();
    await applyDocument(table, eventDoc(5, 2) as GovernedDocument);
    expect(await meta()).toMatchObject({ capacity: 5, confirmed: 2, waitlisted: 4 });

    // Act: someone new registers in that window, then reconciliation promotes.
    const newcomer = await registerAs('newcomer');
    await reconcile(table, new DatasetContentSource([eventDoc(5, 2)]), { pepper, now });

    // Assess: the newcomer joined the line fifth; the three free seats went to the first three waiting.
    expect(newcomer).toMatchObject({ status: 'waitlisted', waitlistPosition: 5 });
    expect(await meta()).toMatchObject({ capacity: 5, confirmed: 5, waitlisted: 2 });
    const statuses = await Promise.all(
      [...waiting, newcomer].map(async (w) => (await registration(w)).status),
    );
    expect(statuses).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect(await mailsTo('newcomer', 'registration-promoted')).toHaveLength(0);
  });
});

describe('raising capacity under concurrent registrations and cancellations', () => {
  it('never overbooks, keeps the waitlist order and the counters true, and mails each promotion once', async () => {
    // Prepare: capacity 2, two confirmed, eight waiting.
    await deliver(eventDoc(2, 1));
    const seated = [await registerAs('seated-1'), await registerAs('seated-2')];
    const waiting: Registered[] = [];
    for (let i = 1; i <= 8; i++) waiting.push(await registerAs(`waiting-${i}`));
    const described = await meta();
    // Act: capacity 2 → 6 while three newcomers register and both seated people cancel (without
    // promotion, the newcomers alone could not fill the four new seats).
    const [, newcomers] = await Promise.all([
      deliver(eventDoc(6, 2)),
      Promise.all(Array.from({ length: 3 }, (_, i) => registerAs(`newcomer-${i}`, described))),
      ...seated.map((s) => cancel(s.manageToken)),
    ]);
    // Assess
    const event = await meta();
    const everyone = [...waiting, ...newcomers];
    const items = await Promise.all(everyone.map(registration));
    const confirmed = items.filter((r) => r.status === 'confirmed');
    const stillWaiting = items.filter((r) => r.status === 'waitlisted');
    expect(event.capacity).toBe(6);
    expect(event.confirmed).toBe(6);
    expect(confirmed).toHaveLength(6);
    expect(event.waitlisted).toBe(stillWaiting.length);
    expect(await waitlistEntries()).toHaveLength(stillWaiting.length);
    // Whoever was promoted stood ahead of everyone still waiting.
    const positionOf = (id: string) => everyone.find((r) => r.registrationId === id)?.waitlistPosition ?? 0;
    const promoted = items.filter((r) => r.promotedAt);
    const lastPromoted = Math.max(0, ...promoted.map((r) => positionOf(r.registrationId)));
    for (const w of stillWaiting) expect(w.waitlistPosition).toBeGreaterThan(lastPromoted);
    expect(promoted.map((r) => positionOf(r.registrationId)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: promoted.length }, (_, i) => i + 1),
    );
    for (const r of promoted) {
      const who = everyone.find((e) => e.registrationId === r.registrationId)?.who ?? '';
      expect(await mailsTo(who, 'registration-promoted'), who).toHaveLength(1);
    }
  });
});
