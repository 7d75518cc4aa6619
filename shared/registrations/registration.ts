import type { Language } from '../http/route';

/**
 * `pending`: a seat held until the mailed link confirms it (events that ask for it); `expired`: such a
 * hold that lapsed unconfirmed, its seat passed on.
 */
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'pending' | 'expired' | 'cancelled';

export interface RegistrationInput {
  name: string;
  email: string;
  organization?: string;
  municipality?: string;
  language: Language;
  dietary?: string;
  accessibility?: string;
  consent: true;
}

/** The registration item (EVENT#<id>/REG#<ulid>). It holds personal data: person index and TTL. */
export interface RegistrationItem {
  type: 'registration';
  registrationId: string;
  eventId: string;
  status: RegistrationStatus;
  waitlistPosition?: number;
  name: string;
  email: string;
  organization?: string;
  municipality?: string;
  language: Language;
  consentAt: string;
  createdAt: string;
  cancelledAt?: string;
  /** While pending: when the hold lapses unless confirmed (ISO and epoch ms). */
  holdExpiresAt?: string;
  holdExpiresAtMs?: number;
  confirmedAt?: string;
  expiredAt?: string;
  /** Checked in at the event (shared/registrations/attendance.ts); kept and expired with the registration. */
  attendedAt?: string;
  /** When the reminder before the event was queued (shared/registrations/reminders.ts): once per registration. */
  reminderSentAt?: string;
  /** The event's calendar sequence this registration was last sent a change notice for (notices.ts). */
  noticeSequence?: number;
  expiresAt: number;
}

export const DAY_SECONDS = 24 * 60 * 60;

/** Registrations live `registrationDays` after the event; dietary and accessibility needs one day. */
export function retentionOf(endsAtMs: number, registrationDays: number) {
  const end = Math.floor(endsAtMs / 1000);
  return { registration: end + registrationDays * DAY_SECONDS, needs: end + DAY_SECONDS };
}
