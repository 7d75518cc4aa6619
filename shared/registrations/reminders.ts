import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { operationalCopies } from '../content/content-index';
import type { EventMeta } from '../content/event-status';
import { mailPut } from '../email/mail-item';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { eventRegistrations } from './attendance';
import { fanOut, manageLinkPut } from './fan-out';
import { mailData } from './register';
import type { RegistrationItem } from './registration';

/** Hours before the start a reminder goes when the settings name none. */
export const DEFAULT_REMINDER_HOURS = 24;

export interface ReminderDeps {
  table: Table;
  pepper: string;
  now: Date;
  /** Hours before the start (settings `reminderHoursBefore`); read from the settings snapshot when not given. */
  hoursBefore?: number;
}

/** The settings' hours before the start (a consistent read of the settings snapshot), else 24. */
export async function reminderHours(table: Table): Promise<number> {
  const out = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.contentSnapshot('settings'),
      ProjectionExpression: 'reminderHoursBefore',
    }),
  );
  const hours = Number(out.Item?.reminderHoursBefore);
  return Number.isInteger(hours) && hours >= 1 ? hours : DEFAULT_REMINDER_HOURS;
}

type ReminderEvent = EventMeta & { icsSequence?: number };

/**
 * The scheduled reminder (every 15 minutes): each confirmed registrant of a published, not cancelled
 * event that starts within the next `hoursBefore` hours is mailed once, in their language, with the
 * time, the place or online link, the calendar file and a manage link. The events come from the
 * operational copies (the CONTENT_INDEX partition and a BatchGetItem, never a Scan), their
 * registrations from one Query on each event's partition. "Once" is a condition: the registration's
 * `reminderSentAt` is set in the same transaction as the mail item, only where it is not set yet and
 * the registration is still confirmed, so a second run, or two runs at once, send nothing more, and a
 * registration cancelled or waitlisted meanwhile is never reminded.
 */
export async function sendReminders(deps: ReminderDeps) {
  const { table, now } = deps;
  const hours = deps.hoursBefore ?? (await reminderHours(table));
  const nowMs = now.getTime();
  const until = nowMs + hours * 3_600_000;
  const { event } = await operationalCopies(table, ['event']);
  const soon = (event as unknown as ReminderEvent[]).filter((e) => {
    const starts = Date.parse(e.startsAt);
    return e.published === true && e.cancelled !== true && starts > nowMs && starts <= until;
  });
  let reminded = 0;
  for (const meta of soon) {
    const due = (await eventRegistrations(table, meta.documentId)).filter(
      (r) => r.status === 'confirmed' && !r.reminderSentAt,
    );
    reminded += await fanOut(table, due, (r) => reminderItems(deps, meta, r));
  }
  return { events: soon.length, reminded };
}

function reminderItems(deps: ReminderDeps, meta: ReminderEvent, registration: RegistrationItem) {
  const { table, pepper, now } = deps;
  const link = manageLinkPut(table, registration);
  return [
    {
      Update: {
        TableName: table.name,
        Key: keys.registration(meta.documentId, registration.registrationId),
        UpdateExpression: 'SET reminderSentAt = :now',
        ConditionExpression: '#status = :confirmed AND attribute_not_exists(reminderSentAt)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':confirmed': 'confirmed' },
      },
    },
    link.put,
    mailPut(
      table.name,
      {
        template: 'registration-reminder',
        to: registration.email,
        lang: registration.language,
        data: {
          ...mailData(meta, registration.registrationId, registration.name),
          ...(meta.icsSequence ? { sequence: meta.icsSequence } : {}),
        },
        secrets: { manageToken: link.token },
      },
      pepper,
      now,
    ),
  ];
}
