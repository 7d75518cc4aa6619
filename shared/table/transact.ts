import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type IdempotencyContext, idempotencyPut, replayOrConflict } from '../http/idempotency';
import type { Reply } from '../http/reply';
import type { Table } from './client';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface CancelledItem {
  /** DynamoDB's reason code: ConditionalCheckFailed, TransactionConflict, None, … */
  code: string;
  /** The item as it was, for items written with ReturnValuesOnConditionCheckFailure ALL_OLD. */
  old?: Record<string, unknown>;
}

export type TransactOutcome = { ok: true } | { ok: false; cancelled: CancelledItem[] };

/**
 * One TransactWriteItems: the single round trip of a write path. With `idempotent`, the
 * Idempotency-Key record (holding `reply`, the handler's answer to this write) rides in the same
 * transaction; a retry of the same request throws
 * IdempotentReplay (sent back as the first reply) and a reuse with another body a 409 problem.
 * Any other cancelled condition comes back to the caller to interpret (full event, duplicate, …).
 */
export async function transactWrite(
  table: Table,
  items: TransactItem[],
  idempotent?: { ctx: IdempotencyContext; reply: Reply; nowSeconds: number },
): Promise<TransactOutcome> {
  const all = idempotent
    ? [...items, await idempotencyPut(table.name, idempotent.ctx, idempotent.reply, idempotent.nowSeconds)]
    : items;
  for (let attempt = 1; ; attempt++) {
    try {
      await table.doc.send(new TransactWriteCommand({ TransactItems: all }));
      return { ok: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const cancelled: CancelledItem[] = (error.CancellationReasons ?? []).map((reason) => ({
        code: reason.Code ?? 'None',
        ...(reason.Item ? { old: unmarshall(reason.Item) } : {}),
      }));
      const guard = idempotent ? cancelled[items.length] : undefined;
      if (idempotent && guard?.code === 'ConditionalCheckFailed' && guard.old) {
        await replayOrConflict(idempotent.ctx, guard.old);
      }
      if (cancelled.some((c) => c.code === 'ConditionalCheckFailed')) {
        return { ok: false, cancelled: cancelled.slice(0, items.length) };
      }
      // Only contention (another transaction on the same items): the same write may simply go again.
      if (attempt >= MAX_CONTENTION_ATTEMPTS) throw new ContentionError();
      await sleep(Math.random() * Math.min(200, 10 * 2 ** attempt));
    }
  }
}

const MAX_CONTENTION_ATTEMPTS = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Still contended after every attempt: a dependency problem (503 with Retry-After), not a client error. */
export class ContentionError extends Error {
  constructor() {
    super('transaction still contended after retries');
    this.name = 'ContentionError';
  }
}
