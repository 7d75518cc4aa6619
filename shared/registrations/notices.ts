import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventMeta } from '../content/event-status';
import type { LocalizedMap } from '../content/localize';
import { mailPut } from '../email/mail-item';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { TransactItem } from '../table/transact';
import { eventRegistrations } from './attendance';
import { fanOut, manageLinkPut } from './fan-out';
import { mailData } from './register';
import type { RegistrationItem } from './registration';
import { DAY_SECONDS } from './registration';

/**
 * Change notices: when an editor moves a published event that has registrations (start, end, place,
 * online link), cancels it or unpublishes it, everyone registered (confirmed, holding a seat, or
 * waiting) is mailed once, with a calendar file of the same UID and a raised SEQUENCE (METHOD:CANCEL
 * for a cancellation), so their calendar updates or removes the entry.
 *
 * Idempotency: the event's operational copy keeps `icsSequence`. Content sync raises it in the SAME
 * transaction that writes the changed copy, with a condition on the sequence it read and a Put of the
 * notice item `EVENT#<id>/NOTICE#<sequence>` that must not exist yet. A redelivered webhook or the
 * reconciliation carries no newer version, so it changes nothing and raises nothing; two runs racing
 * on the same version cannot both raise it.
 *
 * Fan-out: the notice item is one item, whatever the number of registrants; the mails go afterwards,
 * FAN_OUT_BATCH registrations per transaction (fan-out.ts), each with `noticeSequence` set on the
 * registration under the condition that it is lower, so nobody is mailed twice for one sequence. The
 * copy's `noticedSequence` says when every registrant has been mailed; until then every later sync of
 * the event (a redelivery, the hourly reconciliation) finishes the fan-out an interrupted run left.
 */

export type NoticeKind = 'changed' | 'cancelled';

/** The copy's fields this module reads (EventMeta plus its notice bookkeeping). */
export type NoticedEvent = EventMeta & {
  icsSequence?: number;
  noticedSequence?: number;
  cancellationReason?: LocalizedMap;
};

/** What a registrant's calendar entry is made of: a change to any of these is a change notice. */
const calendarOf = (e: Partial<NoticedEvent>) =>
  JSON.stringify([
    e.startsAt,
    e.endsAt,
    // A map read back from the table need not keep its keys' order.
    Object.entries(e.place ?? {})
      .filter(([, value]) => value)
      .sort(([a], [b]) => a.localeCompare(b)),
    e.onlineUrl ?? null,
  ]);

const hasRegistrants = (e: Partial<NoticedEvent>) => Number(e.confirmed ?? 0) + Number(e.waitlisted ?? 0) > 0;

/**
 * Which notice (if any) turning the copy `old` into the fields `next` calls for: only for an event
 * that was published, has registrations and has not ended; a cancellation once, a change of the
 * calendar fields (or a cancellation taken back) as often as it happens.
 */
export function noticeFor(
  old: Partial<NoticedEvent> | undefined,
  next: Partial<NoticedEvent> & { published: boolean },
  nowMs: number,
): NoticeKind | undefined {
  if (old?.published !== true || !hasRegistrants(old)) return undefined;
  if (Number(old.endsAtMs ?? 0) <= nowMs) return undefined;
  const wasCancelled = old.cancelled === true;
  const cancelled = next.cancelled === true || next.published === false;
  if (cancelled) return wasCancelled ? undefined : 'cancelled';
  if (wasCancelled) return 'changed';
  return calendarOf(old) === calendarOf(next) ? undefined : 'changed';
}

/**
 * The items a notice adds to the content-sync transaction: the sequence raised on the copy (as
 * extra SET clauses and a condition on the sequence read) and the notice item itself.
 */
export function noticeWrite(
  tableName: string,
  eventId: string,
  old: Partial<NoticedEvent>,
  kind: NoticeKind,
  now: Date,
) {
  const sequence = Number(old.icsSequence ?? 0) + 1;
  const put: TransactItem = {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.eventNotice(eventId, sequence),
        type: 'eventNotice',
        eventId,
        kind,
        sequence,
        createdAt: now.toISOString(),
        // Kept as long as a registration of the event could be (the longest setting), then gone.
        expiresAt: Math.floor(Math.max(Number(old.endsAtMs ?? 0), now.getTime()) / 1000) + 400 * DAY_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  return {
    sequence,
    set: 'icsSequence = :icsSequence',
    condition:
      old.icsSequence === undefined
        ? 'attribute_not_exists(icsSequence)'
        : 'icsSequence = :icsSequenceBefore',
    values: {
      ':icsSequence': sequence,
      ...(old.icsSequence === undefined ? {} : { ':icsSequenceBefore': old.icsSequence }),
    },
    put,
  };
}

/** The copy as the table holds it now (a consistent read). */
export async function currentEventCopy(table: Table, eventId: string) {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.eventMeta(eventId), ConsistentRead: true }),
  );
  return out.Item as NoticedEvent | undefined;
}

/** Whether the copy has a notice not yet mailed to every registrant. */
export const noticePending = (e: Partial<NoticedEvent> | undefined) =>
  Number(e?.icsSequence ?? 0) > Number(e?.noticedSequence ?? 0);

const notified = (r: RegistrationItem) =>
  r.status === 'confirmed' || r.status === 'waitlisted' || r.status === 'pending';

/**
 * Mails the event's newest notice to every registrant not mailed it yet, then marks the copy
 * `noticedSequence`. Returns how many were mailed now.
 */
export async function deliverNotices(
  deps: { table: Table; pepper: string; now: Date },
  eventId: string,
): Promise<number> {
  const { table, pepper, now } = deps;
  const meta = await currentEventCopy(table, eventId);
  if (!meta || !noticePending(meta)) return 0;
  const sequence = Number(meta.icsSequence);
  const notice = (
    await table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.eventNotice(eventId, sequence),
        ConsistentRead: true,
      }),
    )
  ).Item;
  const kind: NoticeKind = notice?.kind === 'cancelled' ? 'cancelled' : 'changed';
  const due = (await eventRegistrations(table, eventId)).filter(
    (r) => notified(r) && Number(r.noticeSequence ?? 0) < sequence,
  );
  const mailed = await fanOut(table, due, (r) => {
    const link = kind === 'changed' ? manageLinkPut(table, r) : undefined;
    return [
      {
        Update: {
          TableName: table.name,
          Key: keys.registration(eventId, r.registrationId),
          UpdateExpression: 'SET noticeSequence = :sequence',
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(noticeSequence) OR noticeSequence < :sequence)',
          ExpressionAttributeValues: { ':sequence': sequence },
        },
      },
      ...(link ? [link.put] : []),
      mailPut(
        table.name,
        {
          template: kind === 'cancelled' ? 'registration-event-cancelled' : 'registration-event-changed',
          to: r.email,
          lang: r.language,
          data: {
            ...mailData(meta, r.registrationId, r.name),
            sequence,
            ...(kind === 'cancelled' ? { reason: meta.cancellationReason ?? {} } : {}),
          },
          ...(link ? { secrets: { manageToken: link.token } } : {}),
        },
        pepper,
        now,
      ),
    ];
  });
  await table.doc
    .send(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.eventMeta(eventId),
        UpdateExpression: 'SET noticedSequence = :sequence',
        ConditionExpression: 'attribute_not_exists(noticedSequence) OR noticedSequence < :sequence',
        ExpressionAttributeValues: { ':sequence': sequence },
      }),
    )
    .catch((error: Error) => {
      if (error.name !== 'ConditionalCheckFailedException') throw error;
    });
  return mailed;
}
