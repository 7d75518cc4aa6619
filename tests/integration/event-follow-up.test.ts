import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { encodeSignatureHeader } from '@sanity/webhook';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatasetContentSource, type SanityDocument } from '../../shared/content/dataset-source';
import type { EventMeta } from '../../shared/content/event-status';
import { applyDocument, type GovernedDocument, reconcile } from '../../shared/content/operational-copy';
import { handleSanityWebhook } from '../../shared/content/webhook';
import { renderTemplate } from '../../shared/email/templates';
import type { Caller } from '../../shared/http/caller';
import { registrationsCsv } from '../../shared/registrations/admin-list';
import { checkInList, markAllConfirmedAttended, setAttendance } from '../../shared/registrations/attendance';
import { cancelRegistration } from '../../shared/registrations/manage';
import { sendRegistrantMessage } from '../../shared/registrations/messages';
import { register } from '../../shared/registrations/register';
import { sendReminders } from '../../shared/registrations/reminders';
import { keys } from '../../shared/table/keys';
import { icsProperties, mailItemsTo } from '../support/mail';
import { freshTable, storedRegistration } from '../support/table';
import { at } from '../support/test-clock';

const pepper = 'follow-up-test-pepper';
const now = new Date(at('2027-01-10T12:00:00Z'));
const EVENT_ID = 'event.follow-up';
const coordinator: Caller = { subject: 'c-1', groups: ['coordinator'], email: 'coordinator@example.org' };

/** The event as Sanity publishes it; `edit` makes each change a later `_updatedAt`. */
const eventDoc = (overrides: Partial<SanityDocument> = {}, edit = 1): SanityDocument => ({
  _id: EVENT_ID,
  _type: 'event',
  _rev: `rev-${edit}`,
  _createdAt: at('2026-12-01T00:00:00Z'),
  _updatedAt: new Date(Date.parse(at('2027-01-05T00:00:00Z')) + edit * 60_000).toISOString(),
  title: [
    { _key: 'sv', language: 'sv', value: 'Nätverksträff' },
    { _key: 'fi', language: 'fi', value: 'Verkostotapaaminen' },
    { _key: 'en', language: 'en', value: 'Network meeting' },
  ],
  place: [
    { _key: 'sv', language: 'sv', value: 'Vasa stadshus' },
    { _key: 'fi', language: 'fi', value: 'Vaasan kaupungintalo' },
  ],
  startsAt: at('2027-01-11T10:00:00Z'),
  endsAt: at('2027-01-11T12:00:00Z'),
  mode: 'onsite',
  capacity: 2,
  waitlist: true,
  registrationOpensAt: at('2027-01-01T00:00:00Z'),
  registrationClosesAt: at('2027-01-11T08:00:00Z'),
  ...overrides,
});

let table: Awaited<ReturnType<typeof freshTable>>;
beforeEach(async () => {
  table = await freshTable('follow-up');
});

const meta = async () =>
  (
    await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': keys.eventMeta(EVENT_ID).pk, ':sk': 'META' },
        ConsistentRead: true,
      }),
    )
  ).Items?.[0] as EventMeta & Record<string, unknown>;

const email = (who: string) => `${who}@example.org`;

async function registerAs(who: string, language: 'sv' | 'fi' | 'en' = 'sv') {
  const result = await register(
    { table, pepper, now, registrationDays: 90, meta: await meta() },
    EVENT_ID,
    { name: `Person ${who}`, email: email(who), language, consent: true },
    undefined,
  );
  if (result.status === 'already-registered') throw new Error(`${who} was registered already`);
  return result;
}

/** Capacity 2: Anna and Bertil confirmed, Cecilia on the waiting list. */
async function eventWithThree(overrides: Partial<SanityDocument> = {}) {
  await applyDocument(table, eventDoc(overrides) as GovernedDocument, { pepper, now });
  const anna = await registerAs('anna', 'sv');
  const bertil = await registerAs('bertil', 'fi');
  const cecilia = await registerAs('cecilia', 'en');
  expect([anna.status, bertil.status, cecilia.status]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
  return { anna, bertil, cecilia };
}

const activityActions = async () =>
  (
    (
      await table.doc.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.activityPartition },
          ConsistentRead: true,
        }),
      )
    ).Items ?? []
  ).map((item) => String(item.action));

const csvText = async () => {
  let text = '';
  for await (const chunk of registrationsCsv(table, EVENT_ID)) text += chunk;
  return text;
};

describe('attendance', () => {
  it('check-in marks and undoes attendance, the counts follow, and each write is in the activity log', async () => {
    // Prepare
    const { anna, bertil } = await eventWithThree();
    const deps = { table, pepper, now };
    const before = await checkInList(table, EVENT_ID, '');

    // Act
    await setAttendance(deps, EVENT_ID, anna.registrationId, true, coordinator);
    await setAttendance(deps, EVENT_ID, bertil.registrationId, true, coordinator);
    const twice = await setAttendance(deps, EVENT_ID, bertil.registrationId, true, coordinator);
    const marked = await checkInList(table, EVENT_ID, '');
    await setAttendance(deps, EVENT_ID, bertil.registrationId, false, coordinator);
    const undone = await checkInList(table, EVENT_ID, '');
    const found = await checkInList(table, EVENT_ID, 'ANNA');

    // Assess
    expect(before.counts).toEqual({ confirmed: 2, attended: 0, noShow: 2 });
    expect(marked.counts).toEqual({ confirmed: 2, attended: 2, noShow: 0 });
    expect(twice).toEqual({ changed: false });
    expect(undone.counts).toEqual({ confirmed: 2, attended: 1, noShow: 1 });
    expect(found.rows.map((r) => r.name)).toEqual(['Person anna']);
    expect((await storedRegistration(table, EVENT_ID, anna.registrationId)).attendedAt).toBe(
      now.toISOString(),
    );
    expect((await storedRegistration(table, EVENT_ID, bertil.registrationId)).attendedAt).toBeUndefined();
    expect((await activityActions()).sort()).toEqual([
      'registration.attend',
      'registration.attend',
      'registration.unattend',
    ]);
    const lines = (await csvText()).split('\r\n');
    expect(lines[0]).toMatch(/,attendedAt$/);
    expect(lines.find((l) => l.includes('Person anna'))).toMatch(new RegExp(`,${now.toISOString()}$`));
  });

  it('refuses to check in a waitlisted registration, and the bulk mark covers only the confirmed', async () => {
    // Prepare
    const { cecilia } = await eventWithThree({ mode: 'online' });

    // Act
    const refused = await setAttendance(
      { table, pepper, now },
      EVENT_ID,
      cecilia.registrationId,
      true,
      coordinator,
    ).catch((error) => error);
    const bulk = await markAllConfirmedAttended({ table, pepper, now }, EVENT_ID, coordinator);

    // Assess
    expect(refused.status).toBe(409);
    expect(bulk).toEqual({ marked: 2 });
    expect((await checkInList(table, EVENT_ID, '')).counts).toEqual({ confirmed: 2, attended: 2, noShow: 0 });
    expect((await storedRegistration(table, EVENT_ID, cecilia.registrationId)).attendedAt).toBeUndefined();
    expect(await activityActions()).toEqual(['event.attendAllConfirmed']);
  });
});

/** The mail items of `template` to each of `who`, by person. */
async function mailsOf(template: string, ...who: string[]) {
  const out: Record<string, Awaited<ReturnType<typeof mailItemsTo>>> = {};
  for (const w of who)
    out[w] = (await mailItemsTo(table, pepper, email(w))).filter((m) => m.template === template);
  return out;
}

/** A mail item rendered as the notifier renders it, with its calendar file's properties. */
function rendered(mail: Awaited<ReturnType<typeof mailItemsTo>>[number]) {
  const out = renderTemplate(mail.template, { ...mail.data, secrets: mail.secrets }, mail.lang as 'sv');
  const ics = out.attachments?.find((a) => a.filename.endsWith('.ics'))?.content;
  return { ...out, ics: ics ? icsProperties(String(ics)) : undefined, icsText: String(ics ?? '') };
}

describe('reminders', () => {
  it('mails each confirmed registrant once, in their language, and never the cancelled or waitlisted', async () => {
    // Prepare: Bertil cancels (Cecilia gets his seat), David joins the waiting list; a later event too.
    const { anna, bertil, cecilia } = await eventWithThree();
    await cancelRegistration({ table, pepper, now, meta: async () => meta() }, bertil.manageToken);
    const david = await registerAs('david', 'sv');
    expect(david.status).toBe('waitlisted');
    const later = eventDoc({ startsAt: at('2027-01-14T10:00:00Z'), endsAt: at('2027-01-14T12:00:00Z') });
    await applyDocument(table, { ...later, _id: 'event.later' } as GovernedDocument);
    const laterMeta = (
      await table.doc.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: 'pk = :pk AND sk = :sk',
          ExpressionAttributeValues: { ':pk': keys.eventMeta('event.later').pk, ':sk': 'META' },
        }),
      )
    ).Items?.[0] as EventMeta;
    await register(
      { table, pepper, now, registrationDays: 90, meta: laterMeta },
      'event.later',
      { name: 'Person erik', email: email('erik'), language: 'sv', consent: true },
      undefined,
    );

    // Act
    const first = await sendReminders({ table, pepper, now });
    const second = await sendReminders({ table, pepper, now: new Date(now.getTime() + 15 * 60_000) });

    // Assess
    expect(first).toEqual({ events: 1, reminded: 2 });
    expect(second).toEqual({ events: 1, reminded: 0 });
    const mails = await mailsOf('registration-reminder', 'anna', 'bertil', 'cecilia', 'david', 'erik');
    expect(Object.fromEntries(Object.entries(mails).map(([w, m]) => [w, m.length]))).toEqual({
      anna: 1,
      bertil: 0,
      cecilia: 1,
      david: 0,
      erik: 0,
    });
    const toCecilia = rendered(mails.cecilia?.[0] as never);
    expect(mails.cecilia?.[0]?.lang).toBe('en');
    expect(toCecilia.subject).toBe('Reminder: Network meeting');
    expect(toCecilia.text).toContain('/en/registrations/');
    expect(toCecilia.ics?.UID).toBe(`${cecilia.registrationId}@equality-network`);
    expect(rendered(mails.anna?.[0] as never).text).toContain('Vasa stadshus');
    expect((await storedRegistration(table, EVENT_ID, anna.registrationId)).reminderSentAt).toBe(
      now.toISOString(),
    );
  });

  it('reads the hours before the start from the settings', async () => {
    // Prepare: the event starts in 22 hours; the settings ask for reminders 12 hours before.
    await eventWithThree();
    await applyDocument(table, {
      _id: 'settings',
      _type: 'settings',
      _rev: 'r1',
      _updatedAt: now.toISOString(),
      reminderHoursBefore: 12,
    } as GovernedDocument);

    // Act
    const early = await sendReminders({ table, pepper, now });
    const inWindow = await sendReminders({ table, pepper, now: new Date(now.getTime() + 11 * 3_600_000) });

    // Assess
    expect(early).toEqual({ events: 0, reminded: 0 });
    expect(inWindow).toEqual({ events: 1, reminded: 2 });
  });
});

const secret = 'follow-up-webhook-secret';

/** A signed Sanity webhook delivery of the event; `doc` is what the API returns for it (null: gone). */
async function deliver(doc: SanityDocument | null, deliveryKey: string) {
  const body = JSON.stringify({ _id: EVENT_ID, _type: 'event' });
  return handleSanityWebhook({
    table,
    source: new DatasetContentSource(doc ? [doc] : []),
    secret,
    pepper,
    rawBody: body,
    signature: await encodeSignatureHeader(body, now.getTime(), secret),
    deliveryKey,
    now: now.getTime(),
  });
}

const everyone = ['anna', 'bertil', 'cecilia'] as const;
const counts = (mails: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(mails).map(([w, m]) => [w, m.length]));

describe('change notices', () => {
  it('a time change mails each registrant once with the same UID and a raised SEQUENCE; redeliveries and reconciliation send nothing more', async () => {
    // Prepare
    const { anna, bertil, cecilia } = await eventWithThree();
    const moved = eventDoc({ startsAt: at('2027-01-11T13:00:00Z'), endsAt: at('2027-01-11T15:00:00Z') }, 2);

    // Act
    const first = await deliver(moved, 'delivery-2');
    const replayed = await deliver(moved, 'delivery-2');
    const redelivered = await deliver(moved, 'delivery-2-retry');
    await reconcile(table, new DatasetContentSource([moved]), { pepper, now });
    const changed = await mailsOf('registration-event-changed', ...everyone);
    const placeMoved = eventDoc(
      {
        startsAt: at('2027-01-11T13:00:00Z'),
        endsAt: at('2027-01-11T15:00:00Z'),
        place: [{ _key: 'sv', language: 'sv', value: 'Academill, Vasa' }],
      },
      3,
    );
    await deliver(placeMoved, 'delivery-3');
    const changedAgain = await mailsOf('registration-event-changed', ...everyone);

    // Assess
    expect([first.outcome, replayed.outcome, redelivered.outcome]).toEqual([
      'applied',
      'duplicate',
      'unchanged',
    ]);
    expect(counts(changed)).toEqual({ anna: 1, bertil: 1, cecilia: 1 });
    const confirmation = (await mailsOf('registration-confirmed', 'anna')).anna?.[0];
    const originalUid = rendered(confirmation as never).ics?.UID;
    const toAnna = rendered(changed.anna?.[0] as never);
    expect(originalUid).toBe(`${anna.registrationId}@equality-network`);
    expect(toAnna.ics?.UID).toBe(originalUid);
    expect(rendered(confirmation as never).ics?.SEQUENCE).toBeUndefined();
    expect(toAnna.ics?.SEQUENCE).toBe('1');
    expect(toAnna.ics?.METHOD).toBe('PUBLISH');
    expect(toAnna.ics?.DTSTART).toBe(
      at('2027-01-11T13:00:00Z')
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, ''),
    );
    expect(rendered(changed.bertil?.[0] as never).subject).toBe(
      'Aika tai paikka muuttui: Verkostotapaaminen',
    );
    expect(rendered(changed.cecilia?.[0] as never).ics?.UID).toBe(
      `${cecilia.registrationId}@equality-network`,
    );
    expect(counts(changedAgain)).toEqual({ anna: 2, bertil: 2, cecilia: 2 });
    // Both mails carry the test's one fixed time, so their order in the table is not theirs to keep.
    const toBertil = (changedAgain.bertil ?? []).map((m) => rendered(m as never).ics);
    expect(toBertil.map((ics) => ics?.SEQUENCE).sort()).toEqual(['1', '2']);
    const second = toBertil.find((ics) => ics?.SEQUENCE === '2');
    expect(second?.UID).toBe(`${bertil.registrationId}@equality-network`);
    expect(second?.LOCATION).toContain('Academill');
    expect((await meta()).icsSequence).toBe(2);
  });

  it('a cancellation mails each registrant one METHOD:CANCEL with the reason, and unpublishing afterwards sends nothing more', async () => {
    // Prepare
    const { anna } = await eventWithThree();
    const cancelled = eventDoc(
      {
        cancelled: true,
        cancellationReason: [
          { _key: 'sv', language: 'sv', value: 'Föreläsaren är sjuk.' },
          { _key: 'fi', language: 'fi', value: 'Luennoitsija on sairastunut.' },
          { _key: 'en', language: 'en', value: 'The speaker is ill.' },
        ],
      },
      2,
    );

    // Act
    await deliver(cancelled, 'delivery-cancel');
    await deliver(cancelled, 'delivery-cancel-retry');
    await reconcile(table, new DatasetContentSource([cancelled]), { pepper, now });
    await deliver(null, 'delivery-unpublish');

    // Assess
    const mails = await mailsOf('registration-event-cancelled', ...everyone);
    expect(counts(mails)).toEqual({ anna: 1, bertil: 1, cecilia: 1 });
    const toAnna = rendered(mails.anna?.[0] as never);
    expect(toAnna.ics?.METHOD).toBe('CANCEL');
    expect(toAnna.ics?.STATUS).toBe('CANCELLED');
    expect(toAnna.ics?.SEQUENCE).toBe('1');
    expect(toAnna.ics?.UID).toBe(`${anna.registrationId}@equality-network`);
    expect(toAnna.text).toContain('Föreläsaren är sjuk.');
    expect(rendered(mails.bertil?.[0] as never).text).toContain('Luennoitsija on sairastunut.');
    expect((await mailsOf('registration-event-changed', ...everyone)).anna).toHaveLength(0);
  });

  it('unpublishing an event with registrations is a cancellation for them, sent once', async () => {
    // Prepare
    await eventWithThree();

    // Act
    const removed = await deliver(null, 'delivery-gone');
    const again = await deliver(null, 'delivery-gone-retry');
    await reconcile(table, new DatasetContentSource([]), { pepper, now });

    // Assess
    expect([removed.outcome, again.outcome]).toEqual(['removed', 'unchanged']);
    const mails = await mailsOf('registration-event-cancelled', ...everyone);
    expect(counts(mails)).toEqual({ anna: 1, bertil: 1, cecilia: 1 });
    expect(rendered(mails.cecilia?.[0] as never).ics?.METHOD).toBe('CANCEL');
  });
});

describe('messages to registrants', () => {
  it('writes one mail per recipient in the chosen language and one activity entry; the same form twice sends once', async () => {
    // Prepare: Anna came; the coordinator writes in Finnish to those who came, then to the confirmed.
    const { anna } = await eventWithThree();
    await setAttendance({ table, pepper, now }, EVENT_ID, anna.registrationId, true, coordinator);
    const event = { id: EVENT_ID, title: (await meta()).title, endsAtMs: (await meta()).endsAtMs };
    const thanks = {
      messageId: '01KAAAAAAAAAAAAAAAAAAAAAAA',
      audience: 'attended' as const,
      language: 'fi' as const,
      subject: 'Kiitos osallistumisesta',
      body: 'Kiitos, että tulit! Esitysten diat ovat liitteenä verkkosivuilla.',
    };
    const practical = { ...thanks, messageId: '01KBBBBBBBBBBBBBBBBBBBBBBB', audience: 'confirmed' as const };

    // Act
    const first = await sendRegistrantMessage({ table, pepper, now }, event, thanks, coordinator);
    const again = await sendRegistrantMessage({ table, pepper, now }, event, thanks, coordinator);
    const toConfirmed = await sendRegistrantMessage({ table, pepper, now }, event, practical, coordinator);

    // Assess
    expect(first).toEqual({ sent: 1, duplicate: false });
    expect(again).toEqual({ sent: 0, duplicate: true });
    expect(toConfirmed).toEqual({ sent: 2, duplicate: false });
    const mails = await mailsOf('registrant-message', ...everyone);
    expect(counts(mails)).toEqual({ anna: 2, bertil: 1, cecilia: 0 });
    expect(mails.anna?.every((m) => m.lang === 'fi')).toBe(true);
    const text = rendered(mails.bertil?.[0] as never);
    expect(text.subject).toBe('Kiitos osallistumisesta');
    expect(text.text).toContain('Kiitos, että tulit!');
    expect(text.text).toContain('Verkostotapaaminen');
    expect((await activityActions()).filter((a) => a === 'event.message')).toHaveLength(2);
  });
});
