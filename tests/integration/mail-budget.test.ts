import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationInput } from '../../shared/applications/application';
import { editApplication } from '../../shared/applications/manage';
import { submitApplication } from '../../shared/applications/submit';
import type { EventMeta } from '../../shared/content/event-status';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { resetRetentionCache } from '../../shared/content/settings-cache';
import { mailPut } from '../../shared/email/mail-item';
import { IdempotentReplay, idempotencyContext } from '../../shared/http/idempotency';
import { json } from '../../shared/http/reply';
import { join } from '../../shared/membership/membership';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { cancelRegistration } from '../../shared/registrations/manage';
import { register } from '../../shared/registrations/register';
import { keys } from '../../shared/table/keys';
import { transactWrite } from '../../shared/table/transact';
import { applicationBody, businessIdFor, campaignDocument } from '../support/campaigns-fixture';
import { eventDocument } from '../support/events-fixture';
import { mailItemsTo } from '../support/mail';
import { freshTable } from '../support/table';

/**
 * The attacks of the abuse review, replayed against the use cases with a fixed clock (so the
 * ten-minute and day windows are the same on every run): each mails an address the attacker picks,
 * and each stops at the mail budget (3 per ten minutes, 20 per day by default) while the writes
 * themselves still happen.
 */
const pepper = 'mail-budget-test-pepper';
const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
/**
 * Mid-window: 10:03 UTC today, so a few seconds of attack never cross a ten-minute edge. Today, not a
 * fixed date: the items carry TTLs from this clock, and DynamoDB Local deletes expired items by its own
 * (real) clock, so a fixed date would make the test fail once the real date passes it.
 */
const start = new Date(Math.floor(Date.now() / DAY) * DAY + 10 * 60 * MINUTE + 3 * MINUTE);
const at = (offsetMs: number) => new Date(start.getTime() + offsetMs);
const victim = 'victim@example.org';

let table: Awaited<ReturnType<typeof freshTable>>;
beforeEach(async () => {
  table = await freshTable('budget');
  resetRetentionCache();
});

/** An event open for registration at the fixed clock. */
async function openEvent(overrides: Record<string, unknown> = {}) {
  const doc = eventDocument({
    startsAt: new Date(start.getTime() + 30 * DAY).toISOString(),
    endsAt: new Date(start.getTime() + 30 * DAY + 2 * 3600_000).toISOString(),
    registrationOpensAt: new Date(start.getTime() - DAY).toISOString(),
    registrationClosesAt: new Date(start.getTime() + 29 * DAY).toISOString(),
    ...overrides,
  });
  await applyDocument(table, doc);
  return { id: doc._id, meta: (await eventMetaCached(table, doc._id)) as EventMeta };
}

const registrant = (email: string, name = 'Written by the attacker') => ({
  name,
  email,
  language: 'sv' as const,
  consent: true as const,
});

const mailsTo = (email: string) => mailItemsTo(table, pepper, email);

describe('the mail budget per address', () => {
  it('mails an address registered for 60 events in 10 s three times, and still registers it for all 60', async () => {
    // Prepare
    const events = [];
    for (let i = 0; i < 60; i++) events.push(await openEvent());
    // Act
    const results = [];
    for (const [i, event] of events.entries()) {
      results.push(
        await register(
          { table, pepper, now: at(i * 160), registrationDays: 90, meta: event.meta },
          event.id,
          registrant(victim),
          undefined,
        ),
      );
    }
    // Assess
    expect(results.map((r) => r.status)).toEqual(Array(60).fill('confirmed'));
    for (const event of events) {
      const meta = await table.doc.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: 'pk = :pk AND sk = :meta',
          ExpressionAttributeValues: { ':pk': keys.eventMeta(event.id).pk, ':meta': 'META' },
        }),
      );
      expect(meta.Items?.[0]?.confirmed).toBe(1);
    }
    const mails = await mailsTo(victim);
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => m.template)).toEqual(Array(3).fill('registration-confirmed'));
  });

  it('lets no more than 20 mails a day through, ten minutes after ten minutes', async () => {
    // Prepare
    const events = [];
    for (let i = 0; i < 30; i++) events.push(await openEvent());
    // Act: 30 registrations, one every five minutes from 10:03 (two per ten-minute window, so only
    // the day's limit can bite)
    for (const [i, event] of events.entries()) {
      await register(
        { table, pepper, now: at(i * 5 * MINUTE), registrationDays: 90, meta: event.meta },
        event.id,
        registrant(victim),
        undefined,
      );
    }
    // Assess
    expect(await mailsTo(victim)).toHaveLength(20);
  });

  it('bounds register → cancel → register loops: at most three mails to the address in ten minutes', async () => {
    // Prepare
    const event = await openEvent({ capacity: 5 });
    const deps = (ms: number) => ({ table, pepper, now: at(ms), registrationDays: 90, meta: event.meta });
    // Act: 20 rounds in 20 seconds, the manage link taken from the result (as the reply once gave it)
    const outcomes = [];
    for (let round = 0; round < 20; round++) {
      const registered = await register(deps(round * 1000), event.id, registrant(victim), undefined);
      if (!('manageToken' in registered)) throw new Error('expected a new registration each round');
      const cancelled = await cancelRegistration(
        { table, pepper, now: at(round * 1000 + 500), meta: async () => event.meta },
        registered.manageToken,
      );
      outcomes.push([registered.status, cancelled.status]);
    }
    // Assess: every round registered and cancelled; the mails stopped at the budget
    expect(outcomes).toEqual(Array(20).fill(['confirmed', 'cancelled']));
    expect((await mailsTo(victim)).map((m) => m.template)).toEqual([
      'registration-confirmed',
      'registration-cancelled',
      'registration-confirmed',
    ]);
  });

  it('bounds 10 edits of a submitted application that change the contact address each time, and saves every edit', async () => {
    // Prepare: the attacker's own submitted application
    const campaign = campaignDocument({
      opensAt: new Date(start.getTime() - DAY).toISOString(),
      closesAt: new Date(start.getTime() + 30 * DAY).toISOString(),
    }) as GovernedDocument;
    await applyDocument(table, campaign);
    const businessId = businessIdFor(7);
    const deps = (ms: number) => ({ table, pepper, now: at(ms), applicationDays: 365 });
    const body = (email: string, n: number) =>
      applicationBody(businessId, {
        contact: { name: `Written by the attacker ${n}`, email },
        answers: { summary: `Edit ${n}` },
      }) as ApplicationInput;
    const saved = await submitApplication(
      deps(0),
      campaign._id,
      body('attacker@example.org', 0),
      'sv',
      undefined,
    );
    const victims = ['first.victim@example.org', 'second.victim@example.org'];
    // Act: ten edits in ten seconds, the contact address alternating between two victims
    const edits = [];
    for (let n = 1; n <= 10; n++)
      edits.push(
        await editApplication(deps(n * 1000), saved.editToken, body(victims[n % 2] as string, n), 'sv'),
      );
    // Assess: every edit saved, each victim mailed at most the budget
    expect(edits.map((e) => e.answers.summary)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Edit ${i + 1}`),
    );
    expect(edits.at(-1)?.contact.email).toBe(victims[0]);
    for (const address of victims) {
      const mails = await mailsTo(address);
      expect(mails).toHaveLength(3);
      expect(new Set(mails.map((m) => m.template))).toEqual(new Set(['application-updated']));
    }
  });

  it('takes its limits from the settings document', async () => {
    // Prepare: the editors allow one mail per ten minutes
    await applyDocument(table, {
      _id: 'settings',
      _type: 'settings',
      _rev: 'budget',
      _updatedAt: '2029-01-01T00:00:00Z',
      contactEmail: 'network@example.org',
      retention: { registrationDays: 90, applicationDays: 365 },
      mailBudget: { perTenMinutes: 1, perDay: 5 },
    } as unknown as GovernedDocument);
    resetRetentionCache();
    const events = [await openEvent(), await openEvent()];
    // Act
    for (const [i, event] of events.entries())
      await register(
        { table, pepper, now: at(i * 1000), registrationDays: 90, meta: event.meta },
        event.id,
        registrant(victim),
        undefined,
      );
    // Assess
    expect(await mailsTo(victim)).toHaveLength(1);
  });

  it('counts each address on its own: a flooded address leaves another one’s mail alone', async () => {
    // Prepare: the victim is over budget
    const event = await openEvent();
    for (let i = 0; i < 4; i++) {
      const other = await openEvent();
      await register(
        { table, pepper, now: at(i * 1000), registrationDays: 90, meta: other.meta },
        other.id,
        registrant(victim),
        undefined,
      );
    }
    // Act
    await register(
      { table, pepper, now: at(5000), registrationDays: 90, meta: event.meta },
      event.id,
      registrant('bystander@example.org', 'Bystander'),
      undefined,
    );
    // Assess
    expect(await mailsTo(victim)).toHaveLength(3);
    expect((await mailsTo('bystander@example.org')).map((m) => m.template)).toEqual([
      'registration-confirmed',
    ]);
  });

  it('holds for network sign-ups too: one confirmation mail for 61 sign-ups in ten seconds', async () => {
    // Act
    for (let i = 0; i < 61; i++)
      await join(
        { table, pepper, now: at(i * 160) },
        { ...registrant(victim, `Attacker ${i}`), language: 'fi' },
        undefined,
      );
    // Assess
    expect((await mailsTo(victim)).map((m) => m.template)).toEqual(['membership-confirm']);
  });

  it('keeps the caller’s positions when a write leaves its mails out and then fails a condition of its own', async () => {
    // Prepare: an item the write's last Put may not overwrite
    const existing = { pk: 'THING#taken', sk: 'THING' };
    await transactWrite(table, [{ Put: { TableName: table.name, Item: existing } }]);
    const mail = (n: number) =>
      mailPut(
        table.name,
        { template: 'membership-confirm', to: victim, lang: 'sv', data: { name: `Mail ${n}` } },
        pepper,
        at(n),
      );
    // Act: four mails to one address in one write (more than the ten-minute limit allows at all)
    const outcome = await transactWrite(table, [
      { Put: { TableName: table.name, Item: { pk: 'THING#new', sk: 'THING' } } },
      mail(1),
      mail(2),
      mail(3),
      mail(4),
      {
        Put: { TableName: table.name, Item: existing, ConditionExpression: 'attribute_not_exists(pk)' },
      },
    ]);
    // Assess
    expect(outcome).toEqual({
      ok: false,
      cancelled: [
        { code: 'None' },
        { code: 'None' },
        { code: 'None' },
        { code: 'None' },
        { code: 'None' },
        { code: 'ConditionalCheckFailed' },
      ],
    });
    expect(await mailsTo(victim)).toEqual([]);
  });

  it('stores the Idempotency-Key reply of a write over budget, so a retry is a replay', async () => {
    // Prepare: the address has had its three mails
    for (let n = 0; n < 3; n++)
      await transactWrite(table, [
        mailPut(
          table.name,
          { template: 'membership-confirm', to: victim, lang: 'sv', data: { name: 'Earlier' } },
          pepper,
          at(n),
        ),
      ]);
    const ctx = idempotencyContext('POST /things', '/things', 'over-budget-key', { thing: 1 });
    const write = () =>
      transactWrite(
        table,
        [
          { Put: { TableName: table.name, Item: { pk: 'THING#budget', sk: 'THING' } } },
          mailPut(
            table.name,
            { template: 'membership-confirm', to: victim, lang: 'sv', data: { name: 'Over' } },
            pepper,
            at(10),
          ),
        ],
        { ctx, reply: json(202, { status: 'received' }), nowSeconds: Math.floor(at(10).getTime() / 1000) },
      );
    // Act
    const first = await write();
    const retry = await write().catch((error: unknown) => error);
    // Assess
    expect(first).toEqual({ ok: true });
    expect(retry).toBeInstanceOf(IdempotentReplay);
    expect((retry as IdempotentReplay).reply).toEqual({ status: 202, body: { status: 'received' } });
    expect(await mailsTo(victim)).toHaveLength(3);
  });
});
