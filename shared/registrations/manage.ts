import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type ActivityEntry, activityPut } from '../activity/activity-log';
import type { EventMeta } from '../content/event-status';
import { sha256 } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { Caller } from '../http/caller';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import { holdEntryDelete, holdsSeats, holdValues, pendingHoldsClause, seatHoldMs } from './hold';
import { firstWaitlisted, promotionWrites } from './promote';
import { mailData } from './register';
import type { RegistrationItem } from './registration';
import { registrationProblems } from './registration-problems';

export interface ManageDeps {
  table: Table;
  pepper: string;
  now: Date;
  meta: (eventId: string) => Promise<EventMeta | undefined>;
  /** Hours a promoted person's seat is held unconfirmed (settings); read from the snapshot when not given. */
  seatHoldHours?: number;
}

/** The registration a manage link points at: the token's hash looked up with GetItem, never a GSI. */
export async function registrationByToken(table: Table, token: string) {
  const found = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.token(sha256(token)) }),
  );
  if (found.Item?.kind !== 'registration') throw registrationProblems.unknownToken();
  const { eventId, registrationId } = found.Item as { eventId: string; registrationId: string };
  const registration = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.registration(eventId, registrationId),
      ConsistentRead: true,
    }),
  );
  if (!registration.Item) throw registrationProblems.unknownToken();
  return registration.Item as RegistrationItem;
}

/** Where a waitlisted person stands now: one plus those still waiting ahead of them. */
async function currentPosition(table: Table, registration: RegistrationItem) {
  if (registration.status !== 'waitlisted' || !registration.waitlistPosition) return undefined;
  const mine = keys.waitlistEntry(registration.eventId, registration.waitlistPosition);
  const ahead = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :mine',
      ExpressionAttributeValues: { ':pk': mine.pk, ':first': keys.waitlistPrefix, ':mine': mine.sk },
      Select: 'COUNT',
      ConsistentRead: true,
    }),
  );
  return ahead.Count ?? registration.waitlistPosition;
}

export async function viewRegistration(table: Table, token: string) {
  const registration = await registrationByToken(table, token);
  const position = await currentPosition(table, registration);
  return {
    registrationId: registration.registrationId,
    eventId: registration.eventId,
    status: registration.status,
    ...(position ? { waitlistPosition: position } : {}),
    ...(registration.status === 'pending' && registration.holdExpiresAt
      ? { holdExpiresAt: registration.holdExpiresAt }
      : {}),
  };
}

const MAX_ATTEMPTS = 8;

/**
 * DELETE /registrations/{token}. Cancelling a confirmed seat (or a held one) hands it, in the same
 * transaction, to the first person on the waitlist (promote.ts: they are mailed a fresh manage link);
 * cancelling a waitlist place just leaves the queue. An event over its capacity (it was lowered) frees
 * no seat: the cancellation only brings it closer. Concurrent cancellations each promote a different
 * person: the waitlist entry is deleted under a condition, and a loser simply looks again. Cancelling
 * twice answers the same (so does cancelling a hold that has lapsed: it has ended already).
 */
export async function cancelRegistration(deps: ManageDeps, token: string) {
  await endRegistration(deps, () => registrationByToken(deps.table, token), 'cancelled', true);
  return { status: 'cancelled' as const };
}

/** A staff member acting on someone's behalf, and the activity entry their cancellation records. */
export interface StaffActor {
  caller: Caller;
  entry: ActivityEntry;
}

/**
 * The same cancellation by key. For an erasure request no mail goes to the address (the default); a
 * coordinator cancelling on someone's behalf mails them as their own cancellation would. With `actor`,
 * the activity entry is one more item of the cancellation's transaction (shared/activity/activity-log.ts):
 * `recorded` says whether this call wrote it, which it does only when it cancelled something.
 */
export async function cancelRegistrationById(
  deps: ManageDeps,
  eventId: string,
  registrationId: string,
  options: { actor?: StaffActor; notify?: boolean } = {},
) {
  const ended = await endRegistration(
    deps,
    () => registrationById(deps.table, eventId, registrationId),
    'cancelled',
    options.notify === true,
    options.actor,
  );
  return { status: 'cancelled' as const, recorded: ended.recorded };
}

/**
 * A held seat that lapsed unconfirmed (the expiry job, hold-expiry.ts): the registration becomes
 * `expired`, its address may register again, and its seat passes to the first person waiting, all in
 * one transaction conditional on the registration still being pending and its hold over at `now`.
 * Nobody is mailed about the lapse (the address was never confirmed). Returns what the registration is
 * afterwards; a hold confirmed or cancelled meanwhile is left as it is.
 */
export function expireHold(deps: ManageDeps, eventId: string, registrationId: string) {
  return endRegistration(deps, () => registrationById(deps.table, eventId, registrationId), 'expired', false);
}

async function registrationById(table: Table, eventId: string, registrationId: string) {
  const found = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.registration(eventId, registrationId),
      ConsistentRead: true,
    }),
  );
  if (!found.Item) throw registrationProblems.unknownToken();
  return found.Item as RegistrationItem;
}

type Ending = 'cancelled' | 'expired';

async function endRegistration(
  deps: ManageDeps,
  load: () => Promise<RegistrationItem>,
  ending: Ending,
  notify: boolean,
  actor?: StaffActor,
): Promise<{ status: RegistrationItem['status']; recorded: boolean }> {
  const { table, now } = deps;
  const nowMs = now.getTime();
  // Learnt from the event item when a plan's seat condition fails: more confirmed than capacity.
  let overbooked = false;
  // The event as a failed condition returned it: fresher than the cached copy (the confirmation flag).
  let fresh: EventMeta | undefined;
  let holdMs: number | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const registration = await load();
    if (registration.status === 'cancelled' || registration.status === 'expired') {
      return { status: ending === 'cancelled' ? 'cancelled' : registration.status, recorded: false };
    }
    if (ending === 'expired' && !lapsed(registration, nowMs))
      return { status: registration.status, recorded: false };
    const { eventId } = registration;
    const meta = fresh ?? (await deps.meta(eventId));

    const items: TransactItem[] = [
      {
        Update: {
          TableName: table.name,
          Key: keys.registration(eventId, registration.registrationId),
          UpdateExpression:
            ending === 'cancelled'
              ? 'SET #status = :ended, cancelledAt = :now REMOVE waitlistPosition, holdExpiresAt, holdExpiresAtMs'
              : 'SET #status = :ended, expiredAt = :now REMOVE holdExpiresAt, holdExpiresAtMs',
          ConditionExpression:
            ending === 'cancelled'
              ? '#status = :current'
              : '#status = :current AND holdExpiresAtMs <= :nowMs',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':ended': ending,
            ':now': now.toISOString(),
            ':current': registration.status,
            ...(ending === 'expired' ? { ':nowMs': nowMs } : {}),
          },
        },
      },
      // The email may register again after cancelling (or after its hold lapsed).
      { Delete: { TableName: table.name, Key: keys.registrationEmail(eventId, markerHash(registration)) } },
    ];
    if (meta && notify) {
      items.push(
        mailPut(
          table.name,
          {
            template: 'registration-cancelled',
            to: registration.email,
            lang: registration.language,
            data: mailData(meta, registration.registrationId, registration.name),
          },
          deps.pepper,
          now,
        ),
      );
    }

    let eventItem = -1;
    if (registration.status === 'waitlisted') {
      items.push(
        {
          Delete: {
            TableName: table.name,
            Key: keys.waitlistEntry(eventId, registration.waitlistPosition ?? 0),
          },
        },
        decrement(table, eventId, 'waitlisted'),
      );
    } else {
      // A seat is given up: a confirmed one, or a held one (whose HOLDS entry goes with it).
      const held = registration.status === 'pending';
      if (held) {
        items.push(
          holdEntryDelete(table, eventId, registration.registrationId, registration.holdExpiresAtMs ?? 0),
        );
      }
      // The event's counter update comes first here, to read the event back if its condition fails.
      eventItem = items.length;
      const [next] = overbooked ? [] : await firstWaitlisted(table, eventId);
      if (next) {
        if (holdsSeats(meta)) holdMs ??= await seatHoldMs(table, deps.seatHoldHours);
        items.push(
          ...promotionWrites(
            { ...deps, seatHoldMs: holdMs },
            eventId,
            meta,
            next,
            held ? 'freedHold' : 'freed',
          ),
        );
      } else items.push(releaseSeat(table, eventId, overbooked, held));
    }

    if (actor) items.push(activityPut(table.name, actor.caller, actor.entry, { pepper: deps.pepper, now }));
    const outcome = await transactWrite(table, items);
    if (outcome.ok) return { status: ending, recorded: actor !== undefined };
    // Someone else cancelled this one, or promoted that waitlisted person first, or the event went
    // over or back under its capacity, or its confirmation flag changed: look again.
    const event = outcome.cancelled[eventItem]?.old;
    if (event) {
      overbooked = Number(event.confirmed) > Number(event.capacity);
      fresh = event as unknown as EventMeta;
    }
  }
  throw Object.assign(new Error('cancellation could not settle'), { name: 'ContentionError' });
}

/** A pending hold whose time is up at `nowMs`. */
const lapsed = (registration: RegistrationItem, nowMs: number) =>
  registration.status === 'pending' && (registration.holdExpiresAtMs ?? 0) <= nowMs;

function decrement(table: Table, eventId: string, counter: 'confirmed' | 'waitlisted'): TransactItem {
  return {
    Update: {
      TableName: table.name,
      Key: keys.eventMeta(eventId),
      UpdateExpression: 'SET #c = #c - :one',
      ConditionExpression: '#c > :zero',
      ExpressionAttributeNames: { '#c': counter },
      ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
    },
  };
}

/**
 * A confirmed (or held) seat given back with no one to hand it to: nobody waits, or the event is over
 * capacity (then only while it still is, so a seat freed meanwhile goes to the waitlist on the next
 * plan). A held seat also leaves the event's `pendingHolds`.
 */
function releaseSeat(table: Table, eventId: string, overbooked: boolean, held: boolean): TransactItem {
  if (!overbooked && !held) return decrement(table, eventId, 'confirmed');
  const pending = held ? `, ${pendingHoldsClause(-1)}` : '';
  return {
    Update: {
      TableName: table.name,
      Key: keys.eventMeta(eventId),
      UpdateExpression: `SET confirmed = confirmed - :one${pending}`,
      ConditionExpression: overbooked ? 'confirmed > #capacity' : 'confirmed > :none',
      ...(overbooked ? { ExpressionAttributeNames: { '#capacity': 'capacity' } } : {}),
      ExpressionAttributeValues: {
        ':one': 1,
        ...(overbooked ? {} : { ':none': 0 }),
        ...holdValues(held ? -1 : 0),
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** The marker's key is the email HMAC, which the registration carries as its person key. */
const markerHash = (registration: RegistrationItem & { personKey?: string }) =>
  String(registration.personKey ?? '').replace(/^PERSON#/, '');
