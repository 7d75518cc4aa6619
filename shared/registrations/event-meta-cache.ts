import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventMeta } from '../content/event-status';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;
const cache = new Map<string, { at: number; meta: EventMeta }>();

/**
 * The descriptive fields of an event (title, place, times) for mail and retention dates, cached per
 * container for a minute. Nothing that decides a write comes from here: capacity, window and
 * publication are conditions inside the transaction, read by DynamoDB itself.
 *
 * Only events that exist are cached. "No such event" is an answer a registration gives (404), so it
 * always comes from a strongly consistent read made for this request: an event published a moment ago
 * is found by the very next request, however recently someone asked for it before it existed.
 */
export async function eventMetaCached(
  table: Table,
  eventId: string,
  now = Date.now(),
): Promise<EventMeta | undefined> {
  const hit = cache.get(eventId);
  if (hit && now - hit.at < TTL_MS) return hit.meta;
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.eventMeta(eventId), ConsistentRead: true }),
  );
  const meta = out.Item as EventMeta | undefined;
  cache.delete(eventId);
  if (!meta) return undefined;
  cache.set(eventId, { at: now, meta });
  // Ids of real events only, but a table can hold many: the oldest entry goes when the bound is passed.
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return meta;
}

export function forgetEventMeta(eventId?: string) {
  if (eventId) cache.delete(eventId);
  else cache.clear();
}
