import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { encodeSignatureHeader } from '@sanity/webhook';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatasetContentSource, type SanityDocument } from '../../shared/content/dataset-source';
import { type EventMeta, isRegistrationOpen } from '../../shared/content/event-status';
import { reconcile } from '../../shared/content/operational-copy';
import { handleSanityWebhook } from '../../shared/content/webhook';
import { HttpProblem } from '../../shared/http/problem';
import { keys } from '../../shared/table/keys';
import { freshTable } from '../support/table';
import { at } from '../support/test-clock';

const secret = 'test-webhook-secret';
const now = Date.parse(at('2027-01-10T12:00:00Z'));

const event = (updatedAt: string, capacity: number): SanityDocument => ({
  _id: 'event.webinar',
  _type: 'event',
  _rev: `rev-${capacity}`,
  _createdAt: at('2026-12-01T00:00:00Z'),
  _updatedAt: updatedAt,
  title: [
    { _key: 'sv', language: 'sv', value: 'Webbinarium' },
    { _key: 'fi', language: 'fi', value: 'Webinaari' },
  ],
  startsAt: at('2027-02-01T10:00:00Z'),
  endsAt: at('2027-02-01T12:00:00Z'),
  mode: 'online',
  onlineUrl: 'https://example.org/webinar',
  capacity,
  waitlist: true,
  registrationOpensAt: at('2027-01-01T00:00:00Z'),
  registrationClosesAt: at('2027-01-31T00:00:00Z'),
});

let table: Awaited<ReturnType<typeof freshTable>>;
beforeEach(async () => {
  table = await freshTable('content-sync');
});

async function deliver(
  docs: SanityDocument[],
  options: { key?: string; at?: number; signature?: string | null; body?: string } = {},
) {
  const body = options.body ?? JSON.stringify({ _id: 'event.webinar', _type: 'event' });
  const signature =
    options.signature === null
      ? undefined
      : (options.signature ?? (await encodeSignatureHeader(body, options.at ?? now, secret)));
  return handleSanityWebhook({
    table,
    source: new DatasetContentSource(docs),
    secret,
    rawBody: body,
    signature,
    deliveryKey: options.key ?? `delivery-${Math.random()}`,
    now,
  });
}

const meta = async () =>
  (await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.eventMeta('event.webinar') })))
    .Item as (EventMeta & Record<string, unknown>) | undefined;

describe('Sanity webhook → operational copy', () => {
  it('copies the governing fields of a valid delivery, with counters started at zero', async () => {
    // Act
    const result = await deliver([event(at('2027-01-05T00:00:00Z'), 25)]);
    // Assess
    expect(result).toEqual({ outcome: 'applied', documentId: 'event.webinar' });
    expect(await meta()).toMatchObject({
      type: 'eventMeta',
      published: true,
      capacity: 25,
      waitlist: true,
      confirmed: 0,
      waitlisted: 0,
      opensAt: at('2027-01-01T00:00:00Z'),
      closesAt: at('2027-01-31T00:00:00Z'),
      title: { sv: 'Webbinarium', fi: 'Webinaari' },
      sourceRev: 'rev-25',
    });
    expect(isRegistrationOpen(await meta(), new Date(now))).toBe(true);
  });

  it.each([
    ['a missing signature', { signature: null }],
    ['a malformed signature', { signature: 'not-a-signature' }],
    [
      'a signature for another body',
      { signature: 't=1799582400000,v1=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    ],
    ['a signature six minutes old', { at: now - 6 * 60 * 1000 }],
    ['a signature from the future', { at: now + 6 * 60 * 1000 }],
  ])('refuses %s with 401 and writes nothing', async (_name, options) => {
    // Act
    const attempt = deliver([event(at('2027-01-05T00:00:00Z'), 25)], options as never);
    // Assess
    await expect(attempt).rejects.toBeInstanceOf(HttpProblem);
    await expect(attempt).rejects.toMatchObject({ status: 401 });
    expect(await meta()).toBeUndefined();
  });

  it('accepts a signature four minutes old', async () => {
    // Act
    const result = await deliver([event(at('2027-01-05T00:00:00Z'), 25)], { at: now - 4 * 60 * 1000 });
    // Assess
    expect(result.outcome).toBe('applied');
  });

  it('changes nothing when the same delivery is replayed, even if content moved on', async () => {
    // Prepare
    await deliver([event(at('2027-01-05T00:00:00Z'), 25)], { key: 'delivery-1' });
    // Act
    const replay = await deliver([event(at('2027-01-06T00:00:00Z'), 40)], { key: 'delivery-1' });
    // Assess
    expect(replay.outcome).toBe('duplicate');
    expect((await meta())?.capacity).toBe(25);
  });

  it('never lets an older version overwrite a newer one', async () => {
    // Prepare
    await deliver([event(at('2027-01-06T00:00:00Z'), 40)]);
    // Act: a late delivery whose re-fetch hit a stale replica
    const late = await deliver([event(at('2027-01-05T00:00:00Z'), 25)]);
    // Assess
    expect(late.outcome).toBe('unchanged');
    expect((await meta())?.capacity).toBe(40);
  });

  it('keeps registration counters when the event is edited', async () => {
    // Prepare
    await deliver([event(at('2027-01-05T00:00:00Z'), 25)]);
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.eventMeta('event.webinar'),
        UpdateExpression: 'SET confirmed = :n',
        ExpressionAttributeValues: { ':n': 7 },
      }),
    );
    // Act
    await deliver([event(at('2027-01-06T00:00:00Z'), 30)]);
    // Assess
    expect(await meta()).toMatchObject({ capacity: 30, confirmed: 7 });
  });

  it('closes registration when the event is unpublished', async () => {
    // Prepare
    await deliver([event(at('2027-01-05T00:00:00Z'), 25)]);
    // Act
    const result = await deliver([]);
    // Assess
    expect(result.outcome).toBe('removed');
    expect((await meta())?.published).toBe(false);
    expect(isRegistrationOpen(await meta(), new Date(now))).toBe(false);
  });

  it('opens registration again when the event is published again', async () => {
    // Prepare
    await deliver([event(at('2027-01-05T00:00:00Z'), 25)]);
    await deliver([]);
    // Act
    const result = await deliver([event(at('2027-01-07T00:00:00Z'), 25)]);
    // Assess
    expect(result.outcome).toBe('applied');
    expect(isRegistrationOpen(await meta(), new Date(now))).toBe(true);
  });

  it('treats a draft change as the published document it belongs to', async () => {
    // Act
    const result = await deliver([event(at('2027-01-05T00:00:00Z'), 25)], {
      body: JSON.stringify({ _id: 'drafts.event.webinar', _type: 'event' }),
    });
    // Assess
    expect(result).toEqual({ outcome: 'applied', documentId: 'event.webinar' });
  });

  it('ignores types that govern no write', async () => {
    // Act
    const result = await deliver([], {
      body: JSON.stringify({ _id: 'informationPackage.x', _type: 'informationPackage' }),
    });
    // Assess
    expect(result.outcome).toBe('ignored');
  });
});

describe('reconciliation', () => {
  it('applies what the webhook missed and unpublishes what Sanity no longer has', async () => {
    // Prepare
    const round: SanityDocument = {
      _id: 'nominationRound.r1',
      _type: 'nominationRound',
      _rev: 'r1',
      _updatedAt: at('2027-01-01T00:00:00Z'),
      deadline: at('2027-03-01T00:00:00Z'),
      seats: { members: 1, deputies: 1 },
      askBothGenders: true,
      organizations: [{ _type: 'reference', _ref: 'organization.vasa', _key: 'a' }],
    };
    await reconcile(table, new DatasetContentSource([event(at('2027-01-05T00:00:00Z'), 25), round]));
    // Act
    const second = await reconcile(table, new DatasetContentSource([round]));
    // Assess
    expect(second).toEqual({ documents: 1, applied: 0, removed: 1 });
    expect((await meta())?.published).toBe(false);
    const roundMeta = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.roundMeta('nominationRound.r1') }),
    );
    expect(roundMeta.Item).toMatchObject({
      published: true,
      organizations: ['organization.vasa'],
      seats: { members: 1, deputies: 1 },
    });
  });
});
