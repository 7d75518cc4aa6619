import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '../table/batch';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { RegistrationItem } from './registration';

/** A person waiting for a seat, `place` 1 being the next to get one. */
export interface WaitingRow {
  place: number;
  registrationId: string;
  name: string;
  email: string;
  organization?: string;
  registeredAt: string;
}

/**
 * The waitlist in the order seats are handed out: the event's WAIT# entries (the same consistent Query
 * promote.ts takes the first from), then their registrations in one BatchGetItem per hundred; the
 * first `limit` places only.
 */
export async function waitlistInOrder(table: Table, eventId: string, limit = 100): Promise<WaitingRow[]> {
  const entries = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
      ExpressionAttributeValues: { ':pk': keys.eventMeta(eventId).pk, ':wait': keys.waitlistPrefix },
      Limit: limit,
      ConsistentRead: true,
    }),
  );
  const ids = (entries.Items ?? []).map((entry) => String(entry.registrationId));
  const found = await batchGetAll(
    table,
    ids.map((id) => keys.registration(eventId, id)),
  );
  const byId = new Map(found.map((item) => [String(item.registrationId), item as RegistrationItem]));
  const rows: WaitingRow[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    // An entry whose registration is gone (expired) holds no one.
    if (r?.status !== 'waitlisted') continue;
    rows.push({
      place: rows.length + 1,
      registrationId: r.registrationId,
      name: r.name,
      email: r.email,
      ...(r.organization ? { organization: r.organization } : {}),
      registeredAt: r.createdAt,
    });
  }
  return rows;
}
