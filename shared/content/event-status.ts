/** The operational copy of an event, as content-sync keeps it and registrations update its counters. */
export interface EventMeta {
  documentId: string;
  published: boolean;
  capacity: number;
  waitlist: boolean;
  opensAt: string | null;
  closesAt: string;
  startsAt: string;
  endsAt: string;
  opensAtMs: number;
  closesAtMs: number;
  endsAtMs: number;
  /** Seats taken: confirmed registrations and pending holds alike (so holds count against capacity). */
  confirmed: number;
  /** Of those, the holds still waiting for their mailed confirmation. */
  pendingHolds?: number;
  /** New registrations (and promotions) hold their seat as pending until the mailed link confirms it. */
  requireEmailConfirmation?: boolean;
  waitlisted: number;
  waitSequence: number;
  title: Partial<Record<'sv' | 'fi' | 'en', string>>;
  /** Every language's slug: the event page's address (shared/site/page-path.ts). */
  slugs?: { language: string; value: string }[];
  place: Partial<Record<'sv' | 'fi' | 'en', string>>;
  mode: 'onsite' | 'online' | 'hybrid';
  onlineUrl: string | null;
  cancelled?: boolean;
}

export const seatsLeft = (meta: Pick<EventMeta, 'capacity' | 'confirmed'>) =>
  Math.max(0, meta.capacity - meta.confirmed);

/** Registration is open while published, inside the window, and with a seat or a waitlist to take. */
export function isRegistrationOpen(meta: EventMeta | undefined, now: Date): boolean {
  if (!meta?.published) return false;
  const t = now.getTime();
  if (t < meta.opensAtMs || t >= meta.closesAtMs) return false;
  return seatsLeft(meta) > 0 || meta.waitlist;
}

/**
 * Where an event stands for someone who wants to come, in the order that decides it: cancelled, then
 * over, then registration not open yet, closed, full (with or without a waiting list), open.
 */
export type EventState = 'cancelled' | 'past' | 'notYetOpen' | 'closed' | 'waitlist' | 'full' | 'open';

export interface EventTimes {
  endsAt: string;
  /** Registration window; no opening time means open from publication. */
  opensAt: string | null;
  closesAt: string;
  seatsLeft: number;
  waitlist: boolean;
  cancelled?: boolean;
  /** False while the event has no operational copy (not synced yet): nobody can register. */
  published: boolean;
}

export function eventState(e: EventTimes, now: Date): EventState {
  const t = now.getTime();
  if (e.cancelled) return 'cancelled';
  if (t >= Date.parse(e.endsAt)) return 'past';
  if (e.opensAt && t < Date.parse(e.opensAt)) return 'notYetOpen';
  if (!e.published || t >= Date.parse(e.closesAt)) return 'closed';
  if (e.seatsLeft <= 0) return e.waitlist ? 'waitlist' : 'full';
  return 'open';
}
