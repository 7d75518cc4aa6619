import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { retentionSettings } from '../content/settings-cache';
import { HttpProblem } from '../http/problem';
import { keys } from '../table/keys';
import { expireHold, type ManageDeps } from './manage';

/** Holds handled per run; the rest (a burst larger than this) waits for the next run minutes later. */
export const MAX_HOLDS_PER_RUN = 500;
const PAGE = 100;

export interface ExpiryResult {
  /** Lapsed holds found in the HOLDS partition. */
  found: number;
  /** Of those, expired now (their seats passed on). */
  expired: number;
}

/**
 * The scheduled job (every few minutes) that ends unconfirmed seat holds: one Query on the HOLDS
 * partition for `sk < now` (entries sort by the hold's expiry, so no Scan and nothing read that has
 * not lapsed), oldest first, then each hold in its own transaction (manage.ts expireHold: condition
 * still pending and lapsed; the seat goes to the first person waiting, in order). A hold confirmed or
 * cancelled meanwhile has no entry any more; an entry whose registration is gone (erased) is dropped.
 * Running it again finds nothing to do, so an overlapping or repeated run changes nothing twice.
 */
export async function expireLapsedHolds(
  deps: ManageDeps,
  maxHolds = MAX_HOLDS_PER_RUN,
): Promise<ExpiryResult> {
  const { table, now } = deps;
  // One settings read per run for the seats that promotions hold in turn.
  const holding: ManageDeps = {
    ...deps,
    seatHoldHours: deps.seatHoldHours ?? (await retentionSettings(table)).seatHoldHours,
  };
  let found = 0;
  let expired = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :holds AND sk < :now',
        ExpressionAttributeValues: {
          ':holds': keys.seatHoldPartition,
          ':now': keys.seatHoldsBefore(now.getTime()),
        },
        ExclusiveStartKey: startKey,
        Limit: Math.min(PAGE, maxHolds - found),
        ConsistentRead: true,
      }),
    );
    for (const entry of page.Items ?? []) {
      found++;
      const eventId = String(entry.eventId);
      const registrationId = String(entry.registrationId);
      const after = await expireHold(holding, eventId, registrationId).catch((error: unknown) => {
        if (error instanceof HttpProblem) return undefined; // the registration is gone (erased)
        throw error;
      });
      if (after?.status === 'expired') expired++;
      // An entry left without a hold (its registration erased) would be found on every run: drop it.
      else if (after?.status !== 'pending') {
        await table.doc.send(
          new DeleteCommand({ TableName: table.name, Key: { pk: entry.pk, sk: entry.sk } }),
        );
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey && found < maxHolds);
  return { found, expired };
}
