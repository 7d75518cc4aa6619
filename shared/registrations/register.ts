import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventMeta } from '../content/event-status';
import { emailHash, newToken, sha256, ulid } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { RegistrationMailData } from '../email/registration-mails';
import { type Idempotency, recordOf } from '../http/idempotency';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import { type CancelledItem, type TransactItem, transactWrite } from '../table/transact';
import {
  confirmationCondition,
  holdEntryPut,
  holdsSeats,
  holdUntil,
  holdValues,
  pendingHoldsClause,
  seatHoldMs,
} from './hold';
import type { RegistrationInput, RegistrationItem } from './registration';
import { retentionOf } from './registration';
import { registrationProblems } from './registration-problems';

export interface RegisterDeps {
  table: Table;
  pepper: string;
  now: Date;
  /** Days registrations are kept after the event (settings). */
  registrationDays: number;
  /** Descriptive event fields for mail and retention (cached; never decides the write). */
  meta: EventMeta | undefined;
  /** Hours a seat is held unconfirmed (settings); read from the settings snapshot when not given. */
  seatHoldHours?: number;
}

/**
 * What a registration came to: a seat, or a place in the waitlist, either way with a secret manage
 * link; or, for an address already registered, that registration (its link mailed again). The HTTP
 * reply and the page say none of this (it goes by mail only), so nobody learns who is registered: the
 * manage token is for the mail item and for callers in the same process, never for a reply.
 */
export type Registered =
  | { status: 'confirmed'; registrationId: string; manageToken: string }
  | { status: 'pending'; registrationId: string; manageToken: string; holdExpiresAt: string }
  | { status: 'waitlisted'; registrationId: string; waitlistPosition: number; manageToken: string }
  | { status: 'already-registered'; registrationId: string };

/** Re-plans after a seat frees or the waitlist ticket is lost are bounded; contention is DynamoDB's. */
const MAX_PLANS = 6;

export function mailData(
  meta: EventMeta,
  registrationId: string,
  name: string,
): Omit<RegistrationMailData, 'secrets'> {
  return {
    registrationId,
    name,
    eventId: meta.documentId,
    eventTitle: meta.title ?? {},
    place: meta.place ?? {},
    onlineUrl: meta.onlineUrl ?? null,
    startsAt: meta.startsAt,
    endsAt: meta.endsAt,
  };
}

/** Open, published and inside the window: the part of every registration condition that is the same. */
const OPEN = 'published = :true AND opensAtMs <= :now AND closesAtMs > :now';

/**
 * Those already waiting come first: a newcomer takes a free seat only while nobody waits for one. Between
 * a capacity raise and the promotion that follows it (or a promotion cut short, which reconciliation
 * finishes) seats are free while people wait, and the newcomer then joins the line behind them.
 */
const NOBODY_WAITING = '(attribute_not_exists(waitlisted) OR waitlisted <= :none)';
const NO_SEAT_FOR_NEWCOMERS = '(confirmed >= #capacity OR waitlisted > :none)';
const seatFree = (event: EventMeta) => event.confirmed < event.capacity && !(Number(event.waitlisted) > 0);

/**
 * POST /events/{eventId}/registrations. A confirmed seat is ONE TransactWriteItems: the event's
 * counter (condition: published, in window, a seat left), the email marker (condition: none yet), the
 * registration, its needs, its token, its mail and the Idempotency-Key record. When the event is full
 * and keeps a waitlist, an atomic counter hands out the next waitlist position and one more
 * transaction writes the waitlisted registration; positions are unique and in arrival order.
 * Domain refusals (unknown event, closed, full, already registered) are thrown as problems.
 */
export async function register(
  deps: RegisterDeps,
  eventId: string,
  input: RegistrationInput,
  idempotency: Idempotency<Registered> | undefined,
): Promise<Registered> {
  const { table, now } = deps;
  if (!deps.meta) throw registrationProblems.unknownEvent();
  const meta = deps.meta;
  const hash = emailHash(input.email, deps.pepper);
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const retention = retentionOf(meta.endsAtMs, deps.registrationDays);

  // Whether the seat is held until the mailed link confirms it (hold.ts): the event item's own flag is
  // a condition of the write, so a stale cached copy only costs a re-plan.
  let holds = holdsSeats(meta);
  for (let plan = 0; plan < MAX_PLANS; plan++) {
    const registrationId = ulid(nowMs);
    const token = newToken();

    // Plan A: a seat, confirmed (or held, pending its confirmation).
    const hold = holds ? holdUntil(now, await seatHoldMs(table, deps.seatHoldHours)) : undefined;
    const confirmedResult: Registered = hold
      ? { status: 'pending', registrationId, manageToken: token, holdExpiresAt: hold.holdExpiresAt }
      : { status: 'confirmed', registrationId, manageToken: token };
    const confirmed = await transactWrite(
      table,
      [
        {
          Update: {
            TableName: table.name,
            Key: keys.eventMeta(eventId),
            UpdateExpression: `SET confirmed = confirmed + :one${hold ? `, ${pendingHoldsClause(1)}` : ''}`,
            ConditionExpression: `${OPEN} AND confirmed < #capacity AND ${NOBODY_WAITING} AND ${confirmationCondition(holds)}`,
            ExpressionAttributeNames: { '#capacity': 'capacity' },
            ExpressionAttributeValues: {
              ':one': 1,
              ':true': true,
              ':now': nowMs,
              ':none': 0,
              ...holdValues(hold ? 1 : 0),
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        ...registrationWrites({
          table,
          eventId,
          registrationId,
          token,
          hash,
          input,
          now,
          retention,
          status: hold ? 'pending' : 'confirmed',
          hold,
        }),
        ...(hold
          ? [holdEntryPut(table, eventId, registrationId, hold.holdExpiresAtMs, retention.registration)]
          : []),
        mailPut(
          table.name,
          {
            template: hold ? 'registration-confirm-seat' : 'registration-confirmed',
            to: input.email,
            lang: input.language,
            data: {
              ...mailData(meta, registrationId, input.name),
              ...(hold ? { holdExpiresAt: hold.holdExpiresAt } : {}),
            },
            secrets: { manageToken: token },
          },
          deps.pepper,
          now,
        ),
      ],
      recordOf(idempotency, confirmedResult, nowSeconds),
    );
    if (confirmed.ok) return confirmedResult;

    const [eventReason, markerReason] = confirmed.cancelled;
    const event = eventReason?.old as (EventMeta & Record<string, unknown>) | undefined;
    // The event's refusals come first, so an address already registered hears exactly what a new one
    // would (404, closed, full); otherwise both get the same "received".
    const duplicate = markerReason?.code === 'ConditionalCheckFailed';
    if (eventReason?.code === 'ConditionalCheckFailed') {
      if (!event?.published) throw registrationProblems.unknownEvent();
      if (nowMs < Number(event.opensAtMs) || nowMs >= Number(event.closesAtMs))
        throw registrationProblems.closed();
      if (!duplicate && holdsSeats(event) !== holds) {
        holds = holdsSeats(event); // the editor switched confirmation by email on or off: plan again
        continue;
      }
      if (!seatFree(event) && !event.waitlist) throw registrationProblems.full();
      if (!duplicate && seatFree(event)) continue; // a seat freed meanwhile: plan again
    } else if (!duplicate) throw new Error('registration cancelled for an unknown reason');
    if (duplicate) return resendManageLink(deps, eventId, input.email, markerReason, idempotency);

    // Plan B: the waitlist. The ticket is an atomic counter, so concurrent joiners never collide.
    let position: number;
    try {
      const ticket = await table.doc.send(
        new UpdateCommand({
          TableName: table.name,
          Key: keys.eventMeta(eventId),
          UpdateExpression: 'SET waitSequence = waitSequence + :one',
          ConditionExpression: `${OPEN} AND waitlist = :true AND ${NO_SEAT_FOR_NEWCOMERS}`,
          ExpressionAttributeNames: { '#capacity': 'capacity' },
          ExpressionAttributeValues: { ':one': 1, ':true': true, ':now': nowMs, ':none': 0 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      position = Number(ticket.Attributes?.waitSequence);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) continue; // closed or a seat freed: plan again
      throw error;
    }

    const waitlistedResult: Registered = {
      status: 'waitlisted',
      registrationId,
      waitlistPosition: position,
      manageToken: token,
    };
    const waitlisted = await transactWrite(
      table,
      [
        {
          Update: {
            TableName: table.name,
            Key: keys.eventMeta(eventId),
            UpdateExpression: 'SET waitlisted = waitlisted + :one',
            ConditionExpression: `published = :true AND ${NO_SEAT_FOR_NEWCOMERS}`,
            ExpressionAttributeNames: { '#capacity': 'capacity' },
            ExpressionAttributeValues: { ':one': 1, ':true': true, ':none': 0 },
          },
        },
        ...registrationWrites({
          table,
          eventId,
          registrationId,
          token,
          hash,
          input,
          now,
          retention,
          status: 'waitlisted',
          position,
        }),
        {
          Put: {
            TableName: table.name,
            Item: {
              ...keys.waitlistEntry(eventId, position),
              type: 'waitlistEntry',
              registrationId,
              expiresAt: retention.registration,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        mailPut(
          table.name,
          {
            template: 'registration-waitlisted',
            to: input.email,
            lang: input.language,
            data: { ...mailData(meta, registrationId, input.name), waitlistPosition: position },
            secrets: { manageToken: token },
          },
          deps.pepper,
          now,
        ),
      ],
      recordOf(idempotency, waitlistedResult, nowSeconds),
    );
    if (waitlisted.ok) return waitlistedResult;
    const [, marker] = waitlisted.cancelled;
    if (marker?.code === 'ConditionalCheckFailed')
      return resendManageLink(deps, eventId, input.email, marker, idempotency);
    // Otherwise a seat freed (or the event closed) after the ticket: plan again from the start.
  }
  throw Object.assign(new Error('registration could not settle'), { name: 'ContentionError' });
}

interface WriteInput {
  table: Table;
  eventId: string;
  registrationId: string;
  token: string;
  hash: string;
  input: RegistrationInput;
  now: Date;
  retention: { registration: number; needs: number };
  status: 'confirmed' | 'waitlisted' | 'pending';
  position?: number;
  /** A held seat: until when. */
  hold?: { holdExpiresAt: string; holdExpiresAtMs: number };
}

/** The items every new registration writes, confirmed or waitlisted. */
function registrationWrites(w: WriteInput): TransactItem[] {
  const person = { personKey: personIndexKeys.person(w.hash) };
  const registration: RegistrationItem & Record<string, unknown> = {
    ...keys.registration(w.eventId, w.registrationId),
    type: 'registration',
    registrationId: w.registrationId,
    eventId: w.eventId,
    status: w.status,
    ...(w.position ? { waitlistPosition: w.position } : {}),
    ...(w.hold ?? {}),
    name: w.input.name,
    email: w.input.email,
    ...(w.input.organization ? { organization: w.input.organization } : {}),
    ...(w.input.municipality ? { municipality: w.input.municipality } : {}),
    language: w.input.language,
    consentAt: w.now.toISOString(),
    createdAt: w.now.toISOString(),
    expiresAt: w.retention.registration,
    ...person,
    personSort: personIndexKeys.sort('REG', w.registrationId),
  };
  const items: TransactItem[] = [
    {
      Put: {
        TableName: w.table.name,
        Item: {
          ...keys.registrationEmail(w.eventId, w.hash),
          type: 'registrationEmail',
          registrationId: w.registrationId,
          name: w.input.name,
          language: w.input.language,
          expiresAt: w.retention.registration,
          ...person,
          personSort: personIndexKeys.sort('REGMARK', w.registrationId),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    { Put: { TableName: w.table.name, Item: registration } },
    {
      Put: {
        TableName: w.table.name,
        Item: {
          ...keys.token(sha256(w.token)),
          type: 'token',
          kind: 'registration',
          eventId: w.eventId,
          registrationId: w.registrationId,
          expiresAt: w.retention.registration,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
  if (w.input.dietary || w.input.accessibility) {
    items.push({
      Put: {
        TableName: w.table.name,
        Item: {
          ...keys.registrationNeeds(w.eventId, w.registrationId),
          type: 'registrationNeeds',
          registrationId: w.registrationId,
          ...(w.input.dietary ? { dietary: w.input.dietary } : {}),
          ...(w.input.accessibility ? { accessibility: w.input.accessibility } : {}),
          expiresAt: w.retention.needs,
          ...person,
          personSort: personIndexKeys.sort('NEEDS', w.registrationId),
        },
      },
    });
  }
  return items;
}

/** At most one resend of the manage link per registration every ten minutes, so nobody is spammed. */
const RESEND_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Same email again: the person gets their manage link again (a fresh token for the same
 * registration, as only hashes are stored), at most every ten minutes and within the mail budget, and
 * the request is answered as a new one would be. The Idempotency-Key record rides along; when the ten
 * minutes are not up it is written alone, so a retry with the key is a replay here too.
 */
async function resendManageLink(
  deps: RegisterDeps,
  eventId: string,
  email: string,
  marker: CancelledItem,
  idempotency: Idempotency<Registered> | undefined,
): Promise<Registered> {
  const { table, now } = deps;
  const existing = marker.old;
  const registrationId = String(existing?.registrationId);
  const result: Registered = { status: 'already-registered', registrationId };
  const record = recordOf(idempotency, result, Math.floor(now.getTime() / 1000));
  if (!existing) return result; // the marker's image always comes back (ALL_OLD); nothing to resend without it
  const token = newToken();
  const language = (existing.language as RegistrationInput['language']) ?? 'sv';
  const resent = await transactWrite(
    table,
    [
      {
        Update: {
          TableName: table.name,
          Key: { pk: existing.pk, sk: existing.sk },
          UpdateExpression: 'SET resentAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(resentAt) OR resentAt < :cutoff)',
          ExpressionAttributeValues: { ':now': now.getTime(), ':cutoff': now.getTime() - RESEND_INTERVAL_MS },
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
            registrationId,
            expiresAt: existing.expiresAt,
          },
        },
      },
      ...(deps.meta
        ? [
            mailPut(
              table.name,
              {
                template: 'registration-link',
                to: email,
                lang: language,
                data: mailData(deps.meta, registrationId, String(existing.name ?? '')),
                secrets: { manageToken: token },
              },
              deps.pepper,
              now,
            ),
          ]
        : []),
    ],
    record,
  );
  if (!resent.ok && record) await transactWrite(table, [], record);
  return result;
}
