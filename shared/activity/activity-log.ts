import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { emailHash, ulid } from '../crypto';
import type { Caller } from '../http/caller';
import { decodeCursor, encodeCursor } from '../http/cursor';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import type { TransactItem } from '../table/transact';

/** How long an entry is kept when the settings say nothing: two years, the length of a network period. */
export const ACTIVITY_DEFAULT_DAYS = 730;

/** What a staff member did, in a form a coordinator can read back: a verb and the item it was done to. */
export interface ActivityEntry {
  /** Dotted verb, e.g. `registration.cancel`, `nominationRound.send`, `person.erase`. */
  action: string;
  /** The kind and id of the item acted on, e.g. `{ kind: 'registration', id: '01J…', parent: 'event-x' }`. */
  target: { kind: string; id: string; parent?: string };
  /** A few ids or counts that say more (never free text typed by the public, never an email but the actor's). */
  details?: Record<string, string | number | boolean>;
}

export interface StoredActivity extends ActivityEntry {
  entryId: string;
  /** The staff member: the email of their token, else its subject. */
  actor: string;
  at: string;
}

/**
 * The Put that records a staff write, to go into the SAME TransactWriteItems as the write itself: if the
 * write is refused or fails, there is no entry, and there is no write without its entry. The actor's
 * email is personal data of the staff member, so the entry is on the person index and expires.
 */
export function activityPut(
  tableName: string,
  caller: Caller,
  entry: ActivityEntry,
  deps: { pepper: string; now: Date; retentionDays?: number },
): TransactItem {
  const entryId = ulid(deps.now.getTime());
  const actor = caller.email ?? caller.subject;
  const days = deps.retentionDays ?? ACTIVITY_DEFAULT_DAYS;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.activity(entryId),
        type: 'activity',
        entryId,
        actor,
        action: entry.action,
        target: entry.target,
        ...(entry.details ? { details: entry.details } : {}),
        at: deps.now.toISOString(),
        expiresAt: Math.floor(deps.now.getTime() / 1000) + days * 86_400,
        ...(caller.email
          ? {
              personKey: personIndexKeys.person(emailHash(caller.email, deps.pepper)),
              personSort: personIndexKeys.sort('ACTIVITY', entryId),
            }
          : {}),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** GET /admin/activity: newest first, a page at a time. */
export async function listActivity(
  table: Table,
  cursor: string | undefined,
  limit = 50,
): Promise<{ items: StoredActivity[]; nextCursor?: string }> {
  const out = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.activityPartition },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: await decodeCursor(cursor, keys.activityPartition),
    }),
  );
  const items = (out.Items ?? []).map((item) => ({
    entryId: String(item.entryId),
    actor: String(item.actor),
    action: String(item.action),
    target: item.target as StoredActivity['target'],
    ...(item.details ? { details: item.details as StoredActivity['details'] } : {}),
    at: String(item.at),
  }));
  const nextCursor = await encodeCursor(out.LastEvaluatedKey);
  return { items, ...(nextCursor ? { nextCursor } : {}) };
}
