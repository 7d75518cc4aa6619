import { activityPut } from '../activity/activity-log';
import type { LocalizedMap } from '../content/localize';
import { mailPut } from '../email/mail-item';
import type { Caller } from '../http/caller';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { TransactItem } from '../table/transact';
import { eventRegistrations } from './attendance';
import { fanOut } from './fan-out';
import { DAY_SECONDS, type RegistrationItem } from './registration';

/** Who a coordinator's message goes to: the confirmed, those waiting for a seat, or those who came. */
export const messageAudiences = ['confirmed', 'waitlisted', 'attended'] as const;
export type MessageAudience = (typeof messageAudiences)[number];

export interface RegistrantMessage {
  /** Made when the confirmation step is shown, so sending the same form twice sends once. */
  messageId: string;
  audience: MessageAudience;
  /** The coordinator writes one text in one language; every recipient gets it in that language. */
  language: Language;
  subject: string;
  body: string;
}

const inAudience = (audience: MessageAudience) => (r: RegistrationItem) =>
  audience === 'attended'
    ? r.status === 'confirmed' && Boolean(r.attendedAt)
    : audience === 'confirmed'
      ? r.status === 'confirmed'
      : r.status === 'waitlisted';

/** The registrations a message to `audience` goes to (one Query on the event's partition). */
export async function messageRecipients(table: Table, eventId: string, audience: MessageAudience) {
  return (await eventRegistrations(table, eventId)).filter(inAudience(audience));
}

/**
 * Sends a coordinator's message: one mail item per recipient (the notifier sends each through the
 * outbox or SES, within each address's mail budget), FAN_OUT_BATCH recipients per transaction. The
 * first transaction also holds the message's own item (`EVENT#<id>/MESSAGE#<messageId>`, which must
 * not exist yet) and the staff member's activity entry, so the message is recorded exactly when it
 * goes, and a form sent twice (a double click, a reload) sends nothing the second time.
 */
export async function sendRegistrantMessage(
  deps: { table: Table; pepper: string; now: Date },
  event: { id: string; title: LocalizedMap; endsAtMs: number },
  message: RegistrantMessage,
  caller: Caller,
): Promise<{ sent: number; duplicate: boolean }> {
  const { table, pepper, now } = deps;
  const recipients = await messageRecipients(table, event.id, message.audience);
  const record: TransactItem[] = [
    {
      Put: {
        TableName: table.name,
        Item: {
          ...keys.eventMessage(event.id, message.messageId),
          type: 'eventMessage',
          eventId: event.id,
          messageId: message.messageId,
          audience: message.audience,
          language: message.language,
          recipients: recipients.length,
          sentAt: now.toISOString(),
          // No address and no text: what was sent is in the mail items, this only says that it was.
          expiresAt: Math.floor(Math.max(event.endsAtMs, now.getTime()) / 1000) + 400 * DAY_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    activityPut(
      table.name,
      caller,
      {
        action: 'event.message',
        target: { kind: 'event', id: event.id },
        details: {
          messageId: message.messageId,
          audience: message.audience,
          language: message.language,
          recipients: recipients.length,
        },
      },
      deps,
    ),
  ];
  const sent = await fanOut(
    table,
    recipients,
    (r) => [
      mailPut(
        table.name,
        {
          template: 'registrant-message',
          to: r.email,
          lang: message.language,
          data: { eventTitle: event.title, subject: message.subject, body: message.body },
        },
        pepper,
        now,
      ),
    ],
    record,
  );
  return { sent, duplicate: recipients.length > 0 && sent === 0 };
}
