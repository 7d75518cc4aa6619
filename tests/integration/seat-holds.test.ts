import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SanityDocument } from '../../shared/content/dataset-source';
import type { EventMeta } from '../../shared/content/event-status';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { emailHash, unseal } from '../../shared/crypto';
import { erasePerson } from '../../shared/people/erase';
import { listRegistrations, registrationsCsv } from '../../shared/registrations/admin-list';
import { confirmSeat } from '../../shared/registrations/confirm';
import { expireLapsedHolds } from '../../shared/registrations/hold-expiry';
import { cancelRegistration, viewRegistration } from '../../shared/registrations/manage';
import { type Registered, register } from '../../shared/registrations/register';
import { tableDefinition } from '../../shared/table/definition';
import { keys, personIndexKeys } from '../../shared/table/keys';
import { freshTable, storedRegistration } from '../support/table';
import { at } from '../support/test-clock';

const pepper = 'holds-test-pepper';
const now = new Date(at('2027-05-03T09:00:00Z'));
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const HOLD_MINUTES = 120;
const EVENT_ID = 'event.holds';

/** The event as Sanity publishes it: open for registration in May 2027, whatever today's date is. */
const eventDoc = (capacity: number, overrides: Partial<SanityDocument> = {}) =>
  ({
    _id: EVENT_ID,
    _type: 'event',
    _rev: 'rev-1',
    _updatedAt: at('2027-04-01T00:00:00Z'),
    title: [
      { _key: 'sv', language: 'sv', value: 'Seminarium om likabehandling' },
      { _key: 'fi', language: 'fi', value: 'Yhdenvertaisuusseminaari' },
    ],
    place: [
      { _key: 'sv', language: 'sv', value: 'Vasa' },
      { _key: 'fi', language: 'fi', value: 'Vaasa' },
    ],
    startsAt: at('2027-06-01T10:00:00Z'),
    endsAt: at('2027-06-01T14:00:00Z'),
    mode: 'onsite',
    capacity,
    waitlist: true,
    requireEmailConfirmation: true,
    registrationOpensAt: at('2027-04-15T00:00:00Z'),
    registrationClosesAt: at('2027-05-31T00:00:00Z'),
    ...overrides,
  }) as unknown as GovernedDocument;

let table: Awaited<ReturnType<typeof freshTable>>;
beforeEach(async () => {
  table = await freshTable('holds');
});

const meta = async () =>
  (
    await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.eventMeta(EVENT_ID), ConsistentRead: true }),
    )
  ).Item as EventMeta & Record<string, unknown>;

const email = (who: string) => `${who}@example.org`;

/** A new registration (these tests register each address once, so never `already-registered`). */
type Person = Exclude<Registered, { status: 'already-registered' }> & { who: string };

async function registerAs(who: string, at = now, eventMeta?: EventMeta): Promise<Person> {
  const result = await register(
    { table, pepper, now: at, registrationDays: 90, meta: eventMeta ?? (await meta()), seatHoldHours: 2 },
    EVENT_ID,
    { name: `Person ${who}`, email: email(who), language: 'fi', consent: true },
    undefined,
  );
  if (result.status === 'already-registered') throw new Error(`${who} was registered already`);
  return { who, ...result };
}

const manageDeps = (at: Date) => ({ table, pepper, now: at, meta: async () => meta(), seatHoldHours: 2 });
const expireAt = (at: Date) => expireLapsedHolds(manageDeps(at));

const registration = async (p: Person) => storedRegistration(table, EVENT_ID, p.registrationId);

const holdEntries = async () =>
  (
    await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.seatHoldPartition },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

/** The mail items addressed to someone (the person index, as an access request finds them). */
async function mailsTo(who: string, template?: string) {
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
  return (found.Items ?? []).filter((m) => m.type === 'mail' && (!template || m.template === template));
}

const outcomeOf = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

describe('an event that asks for confirmation by email', () => {
  it('holds each new seat as pending, counted against capacity, and mails a link to confirm it', async () => {
    // Prepare
    await applyDocument(table, eventDoc(2));
    // Act
    const first = await registerAs('first');
    const second = await registerAs('second');
    const third = await registerAs('third');
    // Assess
    const until = minutes(HOLD_MINUTES).toISOString();
    expect(first).toMatchObject({ status: 'pending', holdExpiresAt: until });
    expect(second).toMatchObject({ status: 'pending', holdExpiresAt: until });
    expect(third).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await meta()).toMatchObject({ capacity: 2, confirmed: 2, pendingHolds: 2, waitlisted: 1 });
    expect(await registration(first)).toMatchObject({
      status: 'pending',
      holdExpiresAt: until,
      holdExpiresAtMs: Date.parse(until),
    });
    expect((await holdEntries()).map((e) => e.registrationId).sort()).toEqual(
      [first.registrationId, second.registrationId].sort(),
    );
    const [mail] = await mailsTo('first');
    expect(mail).toMatchObject({
      template: 'registration-confirm-seat',
      lang: 'fi',
      data: { registrationId: first.registrationId, holdExpiresAt: until },
    });
    expect(JSON.parse(unseal(String(mail?.sealed), pepper))).toEqual({ manageToken: first.manageToken });
    expect(await viewRegistration(table, first.manageToken)).toEqual({
      registrationId: first.registrationId,
      eventId: EVENT_ID,
      status: 'pending',
      holdExpiresAt: until,
    });
  });

  it('lets 40 unconfirmed holds lapse and gives their seats to the waiting list in order, each promoted person mailed once', async () => {
    // Prepare: 40 throwaway addresses take every seat, then 45 real people queue behind them
    await applyDocument(table, eventDoc(40));
    const throwaways: Person[] = [];
    for (let i = 1; i <= 40; i++) throwaways.push(await registerAs(`throwaway-${i}`));
    const waiting: Person[] = [];
    for (let i = 1; i <= 45; i++) waiting.push(await registerAs(`real-${i}`, minutes(1)));
    const full = await meta();
    // Act: the job runs just before the holds lapse, then after, then once more
    const early = await expireAt(minutes(HOLD_MINUTES - 1));
    const lapsed = await expireAt(minutes(HOLD_MINUTES + 5));
    const repeated = await expireAt(minutes(HOLD_MINUTES + 10));
    // Assess
    expect(full).toMatchObject({ confirmed: 40, pendingHolds: 40, waitlisted: 45 });
    expect(waiting.map((w) => w.status === 'waitlisted' && w.waitlistPosition)).toEqual(
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
    expect(early).toEqual({ found: 0, expired: 0 });
    expect(lapsed).toEqual({ found: 40, expired: 40 });
    expect(repeated).toEqual({ found: 0, expired: 0 });
    for (const t of throwaways) {
      expect((await registration(t)).status, t.who).toBe('expired');
      expect(await mailsTo(t.who), t.who).toHaveLength(1); // the confirm link only, nothing on lapsing
    }
    const promoted = waiting.slice(0, 40);
    const stillWaiting = waiting.slice(40);
    const rerun = minutes(HOLD_MINUTES + 5).toISOString();
    for (const p of promoted) {
      const item = await registration(p);
      expect(item, p.who).toMatchObject({ status: 'pending', promotedAt: rerun });
      expect(item.waitlistPosition, p.who).toBeUndefined();
      const mails = await mailsTo(p.who, 'registration-confirm-seat');
      expect(mails, p.who).toHaveLength(1);
      expect(mails[0]?.data).toMatchObject({
        promoted: true,
        holdExpiresAt: minutes(HOLD_MINUTES * 2 + 5).toISOString(),
      });
      expect(await mailsTo(p.who, 'registration-promoted'), p.who).toEqual([]);
    }
    for (const [i, w] of stillWaiting.entries()) {
      expect(await registration(w), w.who).toMatchObject({ status: 'waitlisted', waitlistPosition: 41 + i });
      expect(await viewRegistration(table, w.manageToken)).toMatchObject({ waitlistPosition: i + 1 });
      expect(await mailsTo(w.who), w.who).toHaveLength(1);
    }
    expect(await meta()).toMatchObject({ capacity: 40, confirmed: 40, pendingHolds: 40, waitlisted: 5 });
    expect(await holdEntries()).toHaveLength(40);
    // The addresses whose holds lapsed may register again (their markers went with the seats).
    expect(await registerAs('throwaway-1', minutes(HOLD_MINUTES + 11))).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 46,
    });
  });

  it('keeps a confirmed hold past its time, mails the confirmation once, and hands the lapsed seat on', async () => {
    // Prepare
    await applyDocument(table, eventDoc(2));
    const keeper = await registerAs('keeper');
    const idle = await registerAs('idle');
    const next = await registerAs('next-in-line');
    // Act
    const confirmed = await confirmSeat(manageDeps(minutes(30)), keeper.manageToken);
    const again = await confirmSeat(manageDeps(minutes(31)), keeper.manageToken);
    const expiry = await expireAt(minutes(HOLD_MINUTES + 60));
    const tooLate = await outcomeOf(confirmSeat(manageDeps(minutes(HOLD_MINUTES + 61)), idle.manageToken));
    const unknownLink = await outcomeOf(confirmSeat(manageDeps(minutes(10)), 'no-such-token'));
    // Assess
    expect(confirmed).toEqual({ status: 'confirmed' });
    expect(again).toEqual({ status: 'confirmed' });
    expect(expiry).toEqual({ found: 1, expired: 1 });
    expect(await registration(keeper)).toMatchObject({
      status: 'confirmed',
      confirmedAt: minutes(30).toISOString(),
    });
    expect((await registration(keeper)).holdExpiresAtMs).toBeUndefined();
    const confirmations = await mailsTo('keeper', 'registration-confirmed');
    expect(confirmations).toHaveLength(1);
    expect(JSON.parse(unseal(String(confirmations[0]?.sealed), pepper))).toEqual({
      manageToken: keeper.manageToken,
    });
    expect((await registration(idle)).status).toBe('expired');
    expect(tooLate).toMatchObject({ code: 'seat-not-held', status: 409 });
    expect(unknownLink).toMatchObject({ status: 404 });
    expect(await registration(next)).toMatchObject({ status: 'pending' });
    expect(await meta()).toMatchObject({ confirmed: 2, pendingHolds: 1, waitlisted: 0 });
  });

  it('refuses to confirm a waitlist place (409) and answers 409 for a hold past its time before the job has run', async () => {
    // Prepare
    await applyDocument(table, eventDoc(1));
    const held = await registerAs('held');
    const queued = await registerAs('queued');
    // Act
    const queuedConfirms = await outcomeOf(confirmSeat(manageDeps(minutes(5)), queued.manageToken));
    const lateConfirm = await outcomeOf(confirmSeat(manageDeps(minutes(HOLD_MINUTES)), held.manageToken));
    // Assess
    expect(queuedConfirms).toMatchObject({ code: 'seat-not-held' });
    expect(lateConfirm).toMatchObject({ code: 'seat-not-held' });
    expect((await registration(held)).status).toBe('pending');
    expect(await mailsTo('held', 'registration-confirmed')).toEqual([]);
  });

  it('hands a cancelled hold’s seat to the first waiting at once, and counts the holds in the admin list and CSV', async () => {
    // Prepare
    await applyDocument(table, eventDoc(3));
    const confirmedOne = await registerAs('confirmed-one');
    await confirmSeat(manageDeps(minutes(1)), confirmedOne.manageToken);
    const leaving = await registerAs('leaving', minutes(2));
    await registerAs('staying', minutes(3));
    const first = await registerAs('first-waiting', minutes(4));
    // Act
    await cancelRegistration(manageDeps(minutes(5)), leaving.manageToken);
    const list = await listRegistrations(table, EVENT_ID, undefined);
    let csv = '';
    for await (const chunk of registrationsCsv(table, EVENT_ID)) csv += chunk;
    // Assess
    expect((await registration(leaving)).status).toBe('cancelled');
    expect(await registration(first)).toMatchObject({
      status: 'pending',
      promotedAt: minutes(5).toISOString(),
    });
    expect(await meta()).toMatchObject({ confirmed: 3, pendingHolds: 2, waitlisted: 0 });
    expect(await holdEntries()).toHaveLength(2);
    expect(list.pendingHolds).toBe(2);
    expect(list.items.map((r) => [r.name, r.status])).toEqual([
      ['Person confirmed-one', 'confirmed'],
      ['Person leaving', 'cancelled'],
      ['Person staying', 'pending'],
      ['Person first-waiting', 'pending'],
    ]);
    const rows = csv.trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(',')[1])).toEqual(['confirmed', 'cancelled', 'pending', 'pending']);
  });

  it('holds the seats that a capacity raise and an erasure give to the waiting list, in line order', async () => {
    // Prepare: one seat held, three people waiting
    await applyDocument(table, eventDoc(1));
    const erased = await registerAs('erased');
    const waiting: Person[] = [];
    for (let i = 1; i <= 3; i++) waiting.push(await registerAs(`waiting-${i}`, minutes(i)));
    // Act: the editor adds a seat, then the held person's data is erased
    await applyDocument(table, eventDoc(2, { _updatedAt: at('2027-04-02T00:00:00Z') }), {
      pepper,
      now: minutes(10),
    });
    await erasePerson({ table, pepper, now: minutes(20) }, email('erased'), 'sv');
    // Assess
    const [first, second, third] = waiting as [Person, Person, Person];
    expect(await registration(first)).toMatchObject({
      status: 'pending',
      promotedAt: minutes(10).toISOString(),
    });
    expect(await registration(second)).toMatchObject({
      status: 'pending',
      promotedAt: minutes(20).toISOString(),
    });
    expect((await registration(third)).status).toBe('waitlisted');
    expect(await registration(erased)).toBeUndefined();
    for (const p of [first, second])
      expect(await mailsTo(p.who, 'registration-confirm-seat'), p.who).toHaveLength(1);
    expect(await meta()).toMatchObject({ capacity: 2, confirmed: 2, pendingHolds: 2, waitlisted: 1 });
    expect((await holdEntries()).map((e) => e.registrationId).sort()).toEqual(
      [first.registrationId, second.registrationId].sort(),
    );
  });

  it('follows the event’s own flag when the cached copy is stale, both ways', async () => {
    // Prepare: the editor switched confirmation on after the copy the caller has was read
    await applyDocument(table, eventDoc(3, { requireEmailConfirmation: false }));
    const stale = await meta();
    await applyDocument(table, eventDoc(3, { _updatedAt: at('2027-04-02T00:00:00Z') }));
    // Act
    const held = await registerAs('held-anyway', now, stale);
    await applyDocument(
      table,
      eventDoc(3, { _updatedAt: at('2027-04-03T00:00:00Z'), requireEmailConfirmation: false }),
    );
    const direct = await registerAs(
      'confirmed-at-once',
      now,
      await meta().then((m) => ({ ...m, requireEmailConfirmation: true })),
    );
    // Assess
    expect(stale.requireEmailConfirmation).toBe(false);
    expect(held.status).toBe('pending');
    expect(direct.status).toBe('confirmed');
    expect(await meta()).toMatchObject({ confirmed: 2, pendingHolds: 1 });
  });
});

describe('an event without confirmation by email', () => {
  it('confirms seats at once and holds nothing, as before', async () => {
    // Prepare
    await applyDocument(table, eventDoc(1, { requireEmailConfirmation: false }));
    // Act
    const seated = await registerAs('seated');
    const queued = await registerAs('queued');
    await cancelRegistration(manageDeps(minutes(3)), seated.manageToken);
    // Assess
    expect(seated.status).toBe('confirmed');
    expect(await mailsTo('seated', 'registration-confirmed')).toHaveLength(1);
    expect(await registration(queued)).toMatchObject({
      status: 'confirmed',
      promotedAt: minutes(3).toISOString(),
    });
    expect(await mailsTo('queued', 'registration-promoted')).toHaveLength(1);
    expect(await holdEntries()).toEqual([]);
    expect(await meta()).toMatchObject({ confirmed: 1, pendingHolds: 0, waitlisted: 0 });
  });
});
