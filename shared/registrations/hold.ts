import type { EventMeta } from '../content/event-status';
import { retentionSettings } from '../content/settings-cache';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { TransactItem } from '../table/transact';

/**
 * Seat holds. On an event with `requireEmailConfirmation`, a new registration (and a person promoted
 * from the waiting list) does not get a confirmed seat: it gets the seat HELD, status `pending`, until
 * the mailed link confirms it or the hold lapses (`seatHoldHours` in the settings, 2 by default). A
 * held seat counts against capacity exactly as a confirmed one (both are in the event's `confirmed`
 * counter; `pendingHolds` counts the held ones), so a burst of throwaway addresses can take seats for
 * at most the hold time: then the expiry job (hold-expiry.ts) passes each seat on to the waiting list.
 */

export const DEFAULT_SEAT_HOLD_HOURS = 2;
const HOUR_MS = 60 * 60 * 1000;
export const DEFAULT_SEAT_HOLD_MS = DEFAULT_SEAT_HOLD_HOURS * HOUR_MS;

/** Whether the event's new seats are held until confirmed (as the copy the caller has says). */
export const holdsSeats = (meta: Pick<EventMeta, 'requireEmailConfirmation'> | undefined) =>
  meta?.requireEmailConfirmation === true;

/**
 * How long a seat is held, in ms: the caller's setting, else the settings snapshot (cached per
 * container, shared/content/settings-cache.ts), else 2 hours.
 */
export async function seatHoldMs(table: Table, hours?: number): Promise<number> {
  const setting = hours ?? (await retentionSettings(table)).seatHoldHours;
  return (setting > 0 ? setting : DEFAULT_SEAT_HOLD_HOURS) * HOUR_MS;
}

/** When a hold made at `now` lapses. */
export function holdUntil(now: Date, holdMs: number) {
  const ms = now.getTime() + holdMs;
  return { holdExpiresAtMs: ms, holdExpiresAt: new Date(ms).toISOString() };
}

/**
 * The condition on the event item that the seat is given as the event asks: held when it requires
 * confirmation, confirmed when not. A promotion or registration planned from a stale copy of the flag
 * fails it and plans again from the event the failure returns. Needs `:true` among the values.
 */
export const confirmationCondition = (hold: boolean) =>
  hold
    ? 'requireEmailConfirmation = :true'
    : '(attribute_not_exists(requireEmailConfirmation) OR requireEmailConfirmation <> :true)';

/**
 * The change to the event's `pendingHolds` counter, as a SET clause, for `delta` held seats more (or
 * fewer); empty for none. Needs `:zero` and `:holds` (= delta) among the values, which `holdValues` adds.
 */
export const pendingHoldsClause = (delta: number) =>
  delta === 0 ? '' : 'pendingHolds = if_not_exists(pendingHolds, :zero) + :holds';
export const holdValues = (delta: number): Record<string, number> =>
  delta === 0 ? {} : { ':zero': 0, ':holds': delta };

/**
 * The entry of the HOLDS partition the expiry job finds a hold by. It carries only ids (no personal
 * data) and, as a backstop, the registration's own retention.
 */
export function holdEntryPut(
  table: Table,
  eventId: string,
  registrationId: string,
  holdExpiresAtMs: number,
  expiresAt: number,
): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...keys.seatHold(holdExpiresAtMs, eventId, registrationId),
        type: 'seatHold',
        eventId,
        registrationId,
        holdExpiresAtMs,
        expiresAt,
      },
    },
  };
}

/** The hold's entry goes with the hold (confirmed, cancelled or lapsed). */
export function holdEntryDelete(
  table: Table,
  eventId: string,
  registrationId: string,
  holdExpiresAtMs: number,
): TransactItem {
  return {
    Delete: { TableName: table.name, Key: keys.seatHold(holdExpiresAtMs, eventId, registrationId) },
  };
}
