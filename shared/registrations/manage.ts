import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type ActivityEntry, activityPut } from '../activity/activity-log';
import type { EventMeta } from '../content/event-status';
import { sha256 } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { Caller } from '../http/caller';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import { firstWaitlisted, promotionWrites } from './promote';
import { mailData } from './register';
import type { RegistrationItem } from './registration';
import { registrationProblems } from './registration-problems';

export interface ManageDeps {
  table: Table;
  pepper: string;
  now: Date;
  meta: (eventId: string) => Promise<EventMeta | undefined>;
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
  };
}

const MAX_ATTEMPTS = 8;

/**
 * DELETE /registrations/{token}. Cancelling a confirmed seat hands it, in the same transaction, to the
 * first person on the waitlist (promote.ts: they are mailed a fresh manage link); cancelling a waitlist
 * place just leaves the queue. An event over its capacity (it was lowered) frees no seat: the
 * cancellation only brings it closer. Concurrent cancellations each promote a different person: the
 * waitlist entry is deleted under a condition, and a loser simply looks again. Cancelling twice
 * answers the same.
 */
export async function cancelRegistration(deps: ManageDeps, token: string) {
  await cancelLoaded(deps, () => registrationByToken(deps.table, token), true);
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
  return cancelLoaded(
    deps,
    async () => {
      const found = await deps.table.doc.send(
        new GetCommand({
          TableName: deps.table.name,
          Key: keys.registration(eventId, registrationId),
          ConsistentRead: true,
        }),
      );
      if (!found.Item) throw registrationProblems.unknownToken();
      return found.Item as RegistrationItem;
    },
    options.notify === true,
    options.actor,
  );
}

async function cancelLoaded(
  deps: ManageDeps,
  load: () => Promise<RegistrationItem>,
  notify: boolean,
  actor?: StaffActor,
) {
  const { table, now } = deps;
  // Learnt from the event item when a plan's seat condition fails: more confirmed than capacity.
  let overbooked = false;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const registration = await load();
    if (registration.status === 'cancelled') return { status: 'cancelled' as const, recorded: false };
    const { eventId } = registration;
    const meta = await deps.meta(eventId);

    const items: TransactItem[] = [
      {
        Update: {
          TableName: table.name,
          Key: keys.registration(eventId, registration.registrationId),
          UpdateExpression: 'SET #status = :cancelled, cancelledAt = :now REMOVE waitlistPosition',
          ConditionExpression: '#status = :current',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':cancelled': 'cancelled',
            ':now': now.toISOString(),
            ':current': registration.status,
          },
        },
      },
      // The email may register again after cancelling.
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
      // The event's counter update comes first here, to read the event back if its condition fails.
      eventItem = items.length;
      const [next] = overbooked ? [] : await firstWaitlisted(table, eventId);
      if (next) items.push(...promotionWrites(deps, eventId, meta, next, 'freed'));
      else items.push(releaseSeat(table, eventId, overbooked));
    }

    if (actor) items.push(activityPut(table.name, actor.caller, actor.entry, { pepper: deps.pepper, now }));
    const outcome = await transactWrite(table, items);
    if (outcome.ok) return { status: 'cancelled' as const, recorded: actor !== undefined };
    // Someone else cancelled this one, or promoted that waitlisted person first, or the event went
    // over or back under its capacity: look again.
    const event = outcome.cancelled[eventItem]?.old;
    if (event) overbooked = Number(event.confirmed) > Number(event.capacity);
  }
  throw Object.assign(new Error('cancellation could not settle'), { name: 'ContentionError' });
}

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
 * A confirmed seat given back with no one to hand it to: nobody waits, or the event is over capacity
 * (then only while it still is, so a seat freed meanwhile goes to the waitlist on the next plan).
 */
function releaseSeat(table: Table, eventId: string, overbooked: boolean): TransactItem {
  if (!overbooked) return decrement(table, eventId, 'confirmed');
  return {
    Update: {
      TableName: table.name,
      Key: keys.eventMeta(eventId),
      UpdateExpression: 'SET confirmed = confirmed - :one',
      ConditionExpression: 'confirmed > #capacity',
      ExpressionAttributeNames: { '#capacity': 'capacity' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** The marker's key is the email HMAC, which the registration carries as its person key. */
const markerHash = (registration: RegistrationItem & { personKey?: string }) =>
  String(registration.personKey ?? '').replace(/^PERSON#/, '');
