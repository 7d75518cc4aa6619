import { keys, personIndexKeys } from '../table/keys';
import type { TransactItem } from '../table/transact';

/**
 * How many mails one address may be sent: per ten minutes and per UTC day (content settings,
 * `mailBudget`). It bounds what anyone can make the platform send to an address they pick (sign-ups,
 * register/cancel loops, edits that change the contact address), whatever the flow.
 */
export interface MailBudget {
  perTenMinutes: number;
  perDay: number;
}

export const DEFAULT_MAIL_BUDGET: MailBudget = { perTenMinutes: 3, perDay: 20 };

const TEN_MINUTES_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A mail item written by mailPut: its recipient's HMAC (from the person key) and when it was asked for. */
interface MailInTransaction {
  index: number;
  recipient: string;
  atMs: number;
  template: string;
}

/** The mail items (mailPut) among a transaction's items, by position. */
export function mailsIn(items: readonly TransactItem[]): MailInTransaction[] {
  const mails: MailInTransaction[] = [];
  items.forEach((item, index) => {
    const put = item.Put?.Item;
    if (put?.type !== 'mail' || typeof put.personKey !== 'string') return;
    mails.push({
      index,
      recipient: put.personKey.slice(personIndexKeys.person('').length),
      atMs: Date.parse(String(put.createdAt)),
      template: String(put.template),
    });
  });
  return mails;
}

/** One counter Update of the budget, and whose it is. */
export interface BudgetCounter {
  recipient: string;
  item: TransactItem;
}

/**
 * The counter Updates that ride with the mail items of one transaction: per recipient, one item for
 * the ten-minute window and one for the UTC day the mail falls in (fixed windows: across a window's
 * edge an address can get twice the ten-minute figure, never more than the day's). Each adds that
 * recipient's mails under the condition that the sum stays within the limit, so a transaction over
 * the budget is cancelled by these conditions alone (transactWrite then writes it again without that
 * recipient's mails). Counters carry the person key, so an access or erasure request finds them, and
 * expire a day after their window. `over`: recipients with more mails in this one transaction than a
 * limit allows at all.
 */
export function budgetCounters(
  tableName: string,
  mails: readonly MailInTransaction[],
  budget: MailBudget,
): { counters: BudgetCounter[]; over: Set<string> } {
  const byRecipient = new Map<string, { count: number; atMs: number }>();
  for (const mail of mails) {
    const seen = byRecipient.get(mail.recipient);
    byRecipient.set(mail.recipient, { count: (seen?.count ?? 0) + 1, atMs: seen?.atMs ?? mail.atMs });
  }
  const counters: BudgetCounter[] = [];
  const over = new Set<string>();
  for (const [recipient, { count, atMs }] of byRecipient) {
    if (count > Math.min(budget.perTenMinutes, budget.perDay)) {
      over.add(recipient);
      continue;
    }
    for (const [kind, span, limit] of [
      ['TEN', TEN_MINUTES_MS, budget.perTenMinutes],
      ['DAY', DAY_MS, budget.perDay],
    ] as const) {
      const n = Math.floor(atMs / span);
      const key = keys.mailBudget(recipient, kind, n);
      const endsMs = (n + 1) * span;
      counters.push({
        recipient,
        item: {
          Update: {
            TableName: tableName,
            Key: key,
            UpdateExpression:
              'SET #type = :type, #count = if_not_exists(#count, :zero) + :count, expiresAt = :expires, personKey = :person, personSort = :sort',
            ConditionExpression: 'attribute_not_exists(#count) OR #count <= :room',
            ExpressionAttributeNames: { '#type': 'type', '#count': 'count' },
            ExpressionAttributeValues: {
              ':type': 'mailBudget',
              ':zero': 0,
              ':count': count,
              ':room': limit - count,
              ':expires': Math.floor(endsMs / 1000) + 24 * 60 * 60,
              ':person': personIndexKeys.person(recipient),
              ':sort': personIndexKeys.sort('MAILBUDGET', key.sk),
            },
          },
        },
      });
    }
  }
  return { counters, over };
}
