import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { CSV_BOM, csvRow } from '../csv';
import { decodeCursor, encodeCursor } from '../http/cursor';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { RegistrationItem } from './registration';

export interface RegistrationRow {
  registrationId: string;
  status: RegistrationItem['status'];
  waitlistPosition?: number;
  name: string;
  email: string;
  organization?: string;
  municipality?: string;
  language: string;
  dietary?: string;
  accessibility?: string;
  createdAt: string;
  /** When the person was checked in at the event (confirmed registrations only). */
  attendedAt?: string;
}

/**
 * The registrations of an event, a page at a time: one Query on the event's partition over `REG#`,
 * where each registration's needs item sorts right after it, so they join without another request.
 */
async function* pages(table: Table, eventId: string, cursor?: Record<string, unknown>, pageSize = 200) {
  let startKey = cursor;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
        ExpressionAttributeValues: { ':pk': keys.eventMeta(eventId).pk, ':reg': keys.registrationPrefix },
        ExclusiveStartKey: startKey,
        Limit: pageSize,
      }),
    );
    startKey = page.LastEvaluatedKey;
    yield { items: page.Items ?? [], next: startKey };
  } while (startKey);
}

/** Registration items to rows, each needs item joined to the row before it (`rows` may hold one already). */
function toRows(items: Record<string, unknown>[], rows: RegistrationRow[] = []): RegistrationRow[] {
  for (const item of items) {
    if (item.type === 'registration') {
      const r = item as unknown as RegistrationItem;
      rows.push({
        registrationId: r.registrationId,
        status: r.status,
        ...(r.waitlistPosition ? { waitlistPosition: r.waitlistPosition } : {}),
        name: r.name,
        email: r.email,
        ...(r.organization ? { organization: r.organization } : {}),
        ...(r.municipality ? { municipality: r.municipality } : {}),
        language: r.language,
        createdAt: r.createdAt,
        ...(r.attendedAt ? { attendedAt: r.attendedAt } : {}),
      });
    } else if (item.type === 'registrationNeeds') {
      const owner = rows.at(-1);
      if (owner && owner.registrationId === item.registrationId) {
        if (item.dietary) owner.dietary = String(item.dietary);
        if (item.accessibility) owner.accessibility = String(item.accessibility);
      }
    }
  }
  return rows;
}

/** How many seats of the event are held unconfirmed right now (its counter; 0 when it has none). */
async function pendingHolds(table: Table, eventId: string) {
  const event = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.eventMeta(eventId),
      ProjectionExpression: 'pendingHolds',
      ConsistentRead: true,
    }),
  );
  return Math.max(0, Number(event.Item?.pendingHolds ?? 0));
}

/**
 * GET /admin/events/{eventId}/registrations?cursor=: one page, in registration order, with the number
 * of seats held unconfirmed (`pendingHolds`; those rows have status `pending`).
 */
export async function listRegistrations(table: Table, eventId: string, cursor: string | undefined) {
  const start = await decodeCursor(cursor, keys.eventMeta(eventId).pk);
  const [first, held] = await Promise.all([
    pages(table, eventId, start, 100).next(),
    pendingHolds(table, eventId),
  ]);
  const { value } = first;
  if (!value) return { items: [], pendingHolds: held };
  let { items, next } = value;
  // A registration last on a page may have its needs first on the next: leave it for that page.
  const last = items.at(-1);
  if (next && last?.type === 'registration' && items.length > 1) {
    items = items.slice(0, -1);
    const previous = items.at(-1) as Record<string, unknown>;
    next = { pk: previous.pk, sk: previous.sk };
  }
  const nextCursor = await encodeCursor(next);
  return { items: toRows(items), pendingHolds: held, ...(nextCursor ? { nextCursor } : {}) };
}

const header = [
  'registrationId',
  'status',
  'waitlistPosition',
  'name',
  'email',
  'organization',
  'municipality',
  'language',
  'dietary',
  'accessibility',
  'registeredAt',
  'attendedAt',
];

/**
 * The whole list as CSV (BOM, formula-safe), streamed a page at a time so an event of any size is
 * exported in flat memory: one chunk per Query page, the first carrying the BOM and the header (and
 * read before anything is sent, so a failing first page is still an error response). Rows come in
 * table order, which is registration order (ULIDs); the status is a column to sort or filter on in
 * Excel. (Until the streaming change the rows were sorted in memory by status and name, which needs
 * the whole list at once.) A registration's needs item sorts right after it, even across pages.
 */
export async function* registrationsCsv(
  table: Table,
  eventId: string,
  pageSize = 1000,
): AsyncGenerator<string> {
  let pending: RegistrationRow | undefined;
  let first = true;
  for await (const page of pages(table, eventId, undefined, pageSize)) {
    const rows = toRows(page.items, pending ? [pending] : []);
    // The last row may still get its needs from the next page: hold it back until then.
    pending = page.next ? rows.pop() : undefined;
    const text = rows.map(csvLine).join('');
    if (first) {
      first = false;
      yield CSV_BOM + csvRow(header) + text;
    } else if (text) yield text;
  }
  if (first) yield CSV_BOM + csvRow(header);
  if (pending) yield csvLine(pending);
}

const csvLine = (r: RegistrationRow) =>
  csvRow([
    r.registrationId,
    r.status,
    r.waitlistPosition,
    r.name,
    r.email,
    r.organization,
    r.municipality,
    r.language,
    r.dietary,
    r.accessibility,
    r.createdAt,
    r.attendedAt,
  ]);
