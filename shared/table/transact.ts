import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { mailBudgetSettings } from '../content/settings-cache';
import { budgetCounters, mailsIn } from '../email/mail-budget';
import { type IdempotencyContext, idempotencyPut, replayOrConflict } from '../http/idempotency';
import type { Reply } from '../http/reply';
import { logger } from '../observability/logger';
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
 *
 * Mail items (mailPut) get the mail budget of their recipients (shared/email/mail-budget.ts): counter
 * Updates ride along, conditional on the budget. When only those conditions cancel the transaction,
 * it is written again without the mails of the recipients over budget and their counters: the change
 * is made, the mail is not queued, and the caller cannot tell (one more round trip, only then).
 * Any other cancelled condition comes back to the caller to interpret (full event, duplicate, …), by
 * the position of the caller's items (a mail left out reads 'None').
 */
export async function transactWrite(
  table: Table,
  items: TransactItem[],
  idempotent?: { ctx: IdempotencyContext; reply: Reply; nowSeconds: number },
): Promise<TransactOutcome> {
  const guardItem = idempotent
    ? await idempotencyPut(table.name, idempotent.ctx, idempotent.reply, idempotent.nowSeconds)
    : undefined;
  const mails = mailsIn(items);
  const budget = mails.length ? await mailBudgetSettings(table) : undefined;
  /** Recipients whose mails this transaction no longer carries. */
  const overBudget = new Set<string>();
  let droppedCount = 0;
  for (let attempt = 1; ; ) {
    const planned = budget
      ? budgetCounters(
          table.name,
          mails.filter((m) => !overBudget.has(m.recipient)),
          budget,
        )
      : undefined;
    for (const recipient of planned?.over ?? []) overBudget.add(recipient);
    if (overBudget.size > droppedCount) {
      droppedCount = overBudget.size;
      // No address in logs: which mails were left out is enough to notice abuse (or a too tight budget).
      logger.warn('mail over budget', {
        templates: mails.filter((m) => overBudget.has(m.recipient)).map((m) => m.template),
      });
    }
    const dropped = new Set(mails.filter((m) => overBudget.has(m.recipient)).map((m) => m.index));
    // Positions in the caller's `items` of what is sent, so cancellation reasons map back to them.
    const sent = items.flatMap((_, i) => (dropped.has(i) ? [] : [i]));
    const counters = planned?.counters ?? [];
    const all = [
      ...sent.map((i) => items[i] as TransactItem),
      ...(guardItem ? [guardItem] : []),
      ...counters.map((c) => c.item),
    ];
    if (all.length === 0) return { ok: true }; // nothing but mails, all over budget
    try {
      await table.doc.send(new TransactWriteCommand({ TransactItems: all }));
      return { ok: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons: CancelledItem[] = (error.CancellationReasons ?? []).map((reason) => ({
        code: reason.Code ?? 'None',
        ...(reason.Item ? { old: unmarshall(reason.Item) } : {}),
      }));
      const failed = (c: CancelledItem | undefined) => c?.code === 'ConditionalCheckFailed';
      const guard = guardItem ? reasons[sent.length] : undefined;
      if (idempotent && failed(guard) && guard?.old) {
        await replayOrConflict(idempotent.ctx, guard.old);
      }
      const domain = reasons.slice(0, sent.length + (guardItem ? 1 : 0));
      if (domain.some(failed)) {
        const cancelled: CancelledItem[] = items.map(() => ({ code: 'None' }));
        sent.forEach((original, k) => {
          cancelled[original] = domain[k] ?? { code: 'None' };
        });
        return { ok: false, cancelled };
      }
      const spent = counters.filter((_, j) => failed(reasons[domain.length + j])).map((c) => c.recipient);
      if (spent.length) {
        // Only the budget said no: the same write again, without those recipients' mails.
        for (const recipient of spent) overBudget.add(recipient);
        continue;
      }
      // Only contention (another transaction on the same items): the same write may simply go again.
      if (attempt++ >= MAX_CONTENTION_ATTEMPTS) throw new ContentionError();
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
