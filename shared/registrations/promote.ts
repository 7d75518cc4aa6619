import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { EventMeta } from '../content/event-status';
import { newToken, sha256 } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import {
  confirmationCondition,
  DEFAULT_SEAT_HOLD_MS,
  holdEntryPut,
  holdsSeats,
  holdUntil,
  holdValues,
  pendingHoldsClause,
  seatHoldMs,
} from './hold';
import { mailData } from './register';
import type { RegistrationItem } from './registration';

export interface PromotionDeps {
  table: Table;
  /** Mail items hold the new manage link sealed with it, and the address's HMAC. */
  pepper: string;
  now: Date;
  /** How long a promoted person's seat is held unconfirmed on an event that asks for confirmation. */
  seatHoldMs?: number;
}

/** A person on the waitlist: their entry's position and their registration. */
export interface Waiting {
  position: number;
  registration: RegistrationItem;
}

/**
 * Where the promoted person's seat comes from, which decides the event counters and their condition:
 * - `free`: a seat nobody holds (capacity went up): confirmed + 1, only while confirmed < capacity;
 * - `freed`: the seat a cancellation in the same transaction gives up: confirmed stays as it is, only
 *   while confirmed <= capacity (after lowering capacity an event may be over it, and a cancellation
 *   then frees no seat for anyone);
 * - `freedHold`: as `freed`, but the seat given up was a pending hold (cancelled or lapsed), so the
 *   event's `pendingHolds` goes down by one.
 */
export type SeatSource = 'free' | 'freed' | 'freedHold';

/**
 * The rule of promotion, in one place: the first waitlisted person gets the seat. Their waitlist entry
 * goes (condition: still there), their registration is confirmed (condition: still waitlisted, so no
 * one is promoted twice), the event's counters move under the seat condition, a fresh manage link is
 * stored and the promotion is mailed with it, all in the caller's one transaction. The event update is
 * the FIRST item and returns the event as it was when its condition fails, so the caller can re-plan.
 * Without `meta` (an event whose descriptive fields are unknown) no mail is written.
 *
 * On an event that requires confirmation by email (`meta.requireEmailConfirmation`), the promoted
 * person's seat is HELD instead (hold.ts): status `pending` until their mailed link confirms it, with
 * its HOLDS entry, and the mail asks them to confirm; an unconfirmed promotion lapses like any hold, so
 * throwaway addresses on the waiting list cannot keep seats either. The event's flag is a condition.
 */
export function promotionWrites(
  deps: PromotionDeps,
  eventId: string,
  meta: EventMeta | undefined,
  next: Waiting,
  seat: SeatSource,
): TransactItem[] {
  const { table, now } = deps;
  const { registration } = next;
  const token = newToken();
  const holds = holdsSeats(meta);
  const hold = holds ? holdUntil(now, deps.seatHoldMs ?? DEFAULT_SEAT_HOLD_MS) : undefined;
  const heldDelta = (hold ? 1 : 0) - (seat === 'freedHold' ? 1 : 0);
  const held = pendingHoldsClause(heldDelta);
  const items: TransactItem[] = [
    {
      Update: {
        TableName: table.name,
        Key: keys.eventMeta(eventId),
        ...(seat === 'free'
          ? {
              UpdateExpression: `SET confirmed = confirmed + :one, waitlisted = waitlisted - :one${held ? `, ${held}` : ''}`,
              ConditionExpression: `waitlisted > :none AND confirmed < #capacity AND ${confirmationCondition(holds)}`,
            }
          : {
              UpdateExpression: `SET waitlisted = waitlisted - :one${held ? `, ${held}` : ''}`,
              ConditionExpression: `waitlisted > :none AND confirmed <= #capacity AND ${confirmationCondition(holds)}`,
            }),
        ExpressionAttributeNames: { '#capacity': 'capacity' },
        ExpressionAttributeValues: { ':one': 1, ':none': 0, ':true': true, ...holdValues(heldDelta) },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    {
      Delete: {
        TableName: table.name,
        Key: keys.waitlistEntry(eventId, next.position),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: keys.registration(eventId, registration.registrationId),
        UpdateExpression: hold
          ? 'SET #status = :pending, promotedAt = :now, holdExpiresAt = :until, holdExpiresAtMs = :untilMs REMOVE waitlistPosition'
          : 'SET #status = :confirmed, promotedAt = :now REMOVE waitlistPosition',
        ConditionExpression: '#status = :waitlisted',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ...(hold
            ? { ':pending': 'pending', ':until': hold.holdExpiresAt, ':untilMs': hold.holdExpiresAtMs }
            : { ':confirmed': 'confirmed' }),
          ':waitlisted': 'waitlisted',
          ':now': now.toISOString(),
        },
      },
    },
    {
      Put: {
        TableName: table.name,
        Item: {
          ...keys.token(sha256(token)),
          type: 'token',
          kind: 'registration',
          eventId,
          registrationId: registration.registrationId,
          expiresAt: registration.expiresAt,
        },
      },
    },
  ];
  if (hold) {
    items.push(
      holdEntryPut(table, eventId, registration.registrationId, hold.holdExpiresAtMs, registration.expiresAt),
    );
  }
  if (meta) {
    items.push(
      mailPut(
        table.name,
        hold
          ? {
              template: 'registration-confirm-seat',
              to: registration.email,
              lang: registration.language,
              data: {
                ...mailData(meta, registration.registrationId, registration.name),
                holdExpiresAt: hold.holdExpiresAt,
                promoted: true,
              },
              secrets: { manageToken: token },
            }
          : {
              template: 'registration-promoted',
              to: registration.email,
              lang: registration.language,
              data: mailData(meta, registration.registrationId, registration.name),
              secrets: { manageToken: token },
            },
        deps.pepper,
        now,
      ),
    );
  }
  return items;
}

/** The first `count` people waiting, first in line first (a consistent Query on the WAIT# entries). */
export async function firstWaitlisted(table: Table, eventId: string, count = 1): Promise<Waiting[]> {
  const head = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
      ExpressionAttributeValues: { ':pk': keys.eventMeta(eventId).pk, ':wait': keys.waitlistPrefix },
      Limit: count,
      ConsistentRead: true,
    }),
  );
  const waiting: Waiting[] = [];
  for (const entry of head.Items ?? []) {
    const registration = await table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.registration(eventId, String(entry.registrationId)),
        ConsistentRead: true,
      }),
    );
    // An entry without its registration (expired) cannot be promoted; whoever comes next still can't
    // jump it, so the line stops here rather than skip out of order.
    if (!registration.Item) break;
    waiting.push({
      position: Number(String(entry.sk).slice(keys.waitlistPrefix.length)),
      registration: registration.Item as RegistrationItem,
    });
  }
  return waiting;
}

/** Failed promotions (a seat or a person taken by a concurrent write) before leaving it to the next run. */
const MAX_FAILURES = 8;

/**
 * After content-sync applies an event: while a seat is free (confirmed < capacity) and someone waits,
 * the first waitlisted people are promoted in order, one transaction each, each conditional on a seat
 * still being free, so concurrent registrations and cancellations cannot overbook. Lowering capacity
 * takes no seat from anyone. Running it again (a redelivery, reconciliation) finds nothing to do, and a
 * registration is promoted, and mailed, only while it is still waitlisted. Only a published event that
 * has not ended promotes. `current` is the event as just read, if the caller has it. Returns how many
 * were promoted; what contention leaves undone, the next reconciliation finishes.
 */
export async function fillFreeSeats(
  deps: PromotionDeps,
  eventId: string,
  current?: EventMeta,
): Promise<number> {
  const { table } = deps;
  let event = current ?? (await readEvent(table, eventId));
  // A promotion on an event that asks for confirmation holds the seat for the settings' time.
  const holding = { ...deps, seatHoldMs: deps.seatHoldMs ?? (await seatHoldMs(table)) };
  let promoted = 0;
  let failures = 0;
  while (event && failures < MAX_FAILURES) {
    if (!event.published || deps.now.getTime() >= event.endsAtMs) break;
    const free = event.capacity - event.confirmed;
    if (free <= 0 || !(event.waitlisted > 0)) break;
    const waiting = await firstWaitlisted(table, eventId, Math.min(free, event.waitlisted));
    if (waiting.length === 0) break;
    for (const next of waiting) {
      const outcome = await transactWrite(table, promotionWrites(holding, eventId, event, next, 'free'));
      if (!outcome.ok) {
        failures++;
        // The event's item comes back when its seat condition failed; anything else (that person
        // cancelled, or a cancellation promoted them) means reading the event and the line again.
        event = (outcome.cancelled[0]?.old as EventMeta | undefined) ?? (await readEvent(table, eventId));
        break;
      }
      promoted++;
      event = { ...event, confirmed: event.confirmed + 1, waitlisted: event.waitlisted - 1 };
    }
  }
  return promoted;
}

async function readEvent(table: Table, eventId: string) {
  const found = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.eventMeta(eventId), ConsistentRead: true }),
  );
  return found.Item as EventMeta | undefined;
}
