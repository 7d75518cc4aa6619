import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { operationalCopies } from '../content/content-index';
import { type EventMeta, isRegistrationOpen, seatsLeft } from '../content/event-status';
import { pick } from '../content/localize';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

/** One event as a coordinator sees it in a list: when, and how its seats stand. */
export interface AdminEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  /** False once the event was unpublished in the Studio; its registrations stay. */
  published: boolean;
  capacity: number;
  /** Seats confirmed. */
  confirmed: number;
  waitlisted: number;
  /** Seats held for a registration still waiting for its mailed confirmation (0 where none are asked). */
  pending: number;
  seatsLeft: number;
  waitlist: boolean;
  registrationOpen: boolean;
}

const count = (value: unknown) => Math.max(0, Number(value ?? 0) || 0);

function toAdminEvent(meta: EventMeta & { pendingHolds?: number }, lang: Language, now: Date): AdminEvent {
  // The event's `confirmed` counter is every seat taken, held seats included.
  const pending = count(meta.pendingHolds);
  return {
    id: meta.documentId,
    title: pick(meta.title, lang) ?? meta.documentId,
    startsAt: meta.startsAt,
    endsAt: meta.endsAt,
    published: meta.published === true,
    capacity: count(meta.capacity),
    confirmed: Math.max(0, count(meta.confirmed) - pending),
    waitlisted: count(meta.waitlisted),
    pending,
    seatsLeft: seatsLeft({ capacity: count(meta.capacity), confirmed: count(meta.confirmed) }),
    waitlist: meta.waitlist === true,
    registrationOpen: isRegistrationOpen(meta, now),
  };
}

/** Events split at `now` into upcoming (not yet ended, the next first) and past (the latest first). */
export function splitEvents(items: readonly Record<string, unknown>[], lang: Language, now: Date) {
  const events = items.map((item) => toAdminEvent(item as unknown as EventMeta, lang, now));
  const nowMs = now.getTime();
  const ended = (e: AdminEvent) => Date.parse(e.endsAt) <= nowMs;
  const byStart = (a: AdminEvent, b: AdminEvent) =>
    Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id);
  return {
    upcoming: events.filter((e) => !ended(e)).sort(byStart),
    past: events.filter(ended).sort((a, b) => byStart(b, a)),
  };
}

/**
 * GET /admin/events: every event of the operational copy (shared/content/content-index.ts), upcoming
 * and past, with their seat counts as the table holds them.
 */
export async function listAdminEvents(table: Table, lang: Language, now: Date) {
  const { event } = await operationalCopies(table, ['event']);
  return splitEvents(event, lang, now);
}

/** One event with its counters as they are now (a consistent read), or undefined when there is no copy. */
export async function adminEvent(
  table: Table,
  eventId: string,
  lang: Language,
  now: Date,
): Promise<AdminEvent | undefined> {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.eventMeta(eventId), ConsistentRead: true }),
  );
  return out.Item ? toAdminEvent(out.Item as EventMeta, lang, now) : undefined;
}
