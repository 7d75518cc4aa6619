import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import type { Caller } from '../http/caller';
import { problem } from '../http/problem';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import type { RegistrationItem } from './registration';
import { folded } from './registration-search';

/**
 * Attendance is a field of the registration item (`attendedAt`), so it lives and expires with the
 * registration (its TTL) and a data-subject request finds and erases it with it. Only a confirmed
 * registration can be checked in; a no-show is a confirmed registration without `attendedAt`.
 */

export interface CheckInRow {
  registrationId: string;
  name: string;
  organization?: string;
  attendedAt?: string;
}

export interface AttendanceCounts {
  confirmed: number;
  attended: number;
  noShow: number;
}

/** Every registration of the event (one Query on its partition, page by page; never a Scan). */
export async function eventRegistrations(table: Table, eventId: string): Promise<RegistrationItem[]> {
  const out: RegistrationItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
        FilterExpression: '#type = :registration',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':pk': keys.eventMeta(eventId).pk,
          ':reg': keys.registrationPrefix,
          ':registration': 'registration',
        },
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    out.push(...((page.Items ?? []) as RegistrationItem[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return out;
}

export function attendanceCounts(registrations: readonly RegistrationItem[]): AttendanceCounts {
  const confirmed = registrations.filter((r) => r.status === 'confirmed');
  const attended = confirmed.filter((r) => r.attendedAt).length;
  return { confirmed: confirmed.length, attended, noShow: confirmed.length - attended };
}

/**
 * The check-in list at the door: the confirmed registrations whose name or organisation contains
 * `query` (case and accents folded), by name, with the event's counts.
 */
export async function checkInList(table: Table, eventId: string, query: string) {
  const all = await eventRegistrations(table, eventId);
  const needle = folded(query);
  const rows: CheckInRow[] = all
    .filter((r) => r.status === 'confirmed')
    .filter((r) => !needle || [r.name, r.organization ?? ''].some((f) => folded(f).includes(needle)))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.registrationId.localeCompare(b.registrationId))
    .map((r) => ({
      registrationId: r.registrationId,
      name: r.name,
      ...(r.organization ? { organization: r.organization } : {}),
      ...(r.attendedAt ? { attendedAt: r.attendedAt } : {}),
    }));
  return { rows, counts: attendanceCounts(all) };
}

export interface AttendanceDeps {
  table: Table;
  pepper: string;
  now: Date;
}

const notConfirmed = {
  sv: 'Bara en bekräftad anmälan kan checkas in.',
  fi: 'Vain vahvistetun ilmoittautumisen voi merkitä saapuneeksi.',
  en: 'Only a confirmed registration can be checked in.',
};

/**
 * Marks a confirmed registration attended (`attended: true`) or takes the mark back, with the staff
 * member's activity entry in the same transaction. Marking twice (two phones at the door) changes and
 * records nothing the second time: `changed: false`.
 */
export async function setAttendance(
  deps: AttendanceDeps,
  eventId: string,
  registrationId: string,
  attended: boolean,
  caller: Caller,
): Promise<{ changed: boolean }> {
  const { table, now } = deps;
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keys.registration(eventId, registrationId),
        UpdateExpression: attended ? 'SET attendedAt = :now' : 'REMOVE attendedAt',
        ConditionExpression: attended
          ? 'attribute_exists(pk) AND #status = :confirmed AND attribute_not_exists(attendedAt)'
          : 'attribute_exists(pk) AND attribute_exists(attendedAt)',
        ExpressionAttributeNames: attended ? { '#status': 'status' } : undefined,
        ExpressionAttributeValues: attended
          ? { ':now': now.toISOString(), ':confirmed': 'confirmed' }
          : undefined,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    activityPut(
      table.name,
      caller,
      {
        action: attended ? 'registration.attend' : 'registration.unattend',
        target: { kind: 'registration', id: registrationId, parent: eventId },
      },
      deps,
    ),
  ]);
  if (outcome.ok) return { changed: true };
  const old = outcome.cancelled[0]?.old as RegistrationItem | undefined;
  if (!old) throw problem('not-found');
  if (attended && old.status !== 'confirmed') throw problem('conflict', { detail: notConfirmed });
  return { changed: false };
}

/** Registrations per transaction in the bulk check-in: each one Update, plus one activity entry. */
const BULK_BATCH = 99;

/**
 * Every confirmed registration not yet checked in, marked attended (for an online event, where nobody
 * stands at a door): in transactions of 99 registrations and one activity entry each (a transaction
 * holds at most 100 items). A registration cancelled meanwhile fails its condition and cancels its
 * batch, which is then read again and written without it. Returns how many were marked.
 */
export async function markAllConfirmedAttended(
  deps: AttendanceDeps,
  eventId: string,
  caller: Caller,
): Promise<{ marked: number }> {
  const { table, now } = deps;
  let marked = 0;
  for (let round = 0; round < 3; round++) {
    const open = (await eventRegistrations(table, eventId)).filter(
      (r) => r.status === 'confirmed' && !r.attendedAt,
    );
    if (!open.length) break;
    let failed = false;
    for (let i = 0; i < open.length; i += BULK_BATCH) {
      const batch = open.slice(i, i + BULK_BATCH);
      const items: TransactItem[] = batch.map((r) => ({
        Update: {
          TableName: table.name,
          Key: keys.registration(eventId, r.registrationId),
          UpdateExpression: 'SET attendedAt = :now',
          ConditionExpression: '#status = :confirmed AND attribute_not_exists(attendedAt)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':now': now.toISOString(), ':confirmed': 'confirmed' },
        },
      }));
      items.push(
        activityPut(
          table.name,
          caller,
          {
            action: 'event.attendAllConfirmed',
            target: { kind: 'event', id: eventId },
            details: { marked: batch.length },
          },
          deps,
        ),
      );
      const outcome = await transactWrite(table, items);
      if (outcome.ok) marked += batch.length;
      else failed = true;
    }
    if (!failed) break;
  }
  return { marked };
}
