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
 * The counter Updates that ride with the mail items of one transaction: per recipient, one Update of
 * the item of the UTC day the mail falls in, which counts the day's mails (`mails`) and those of each
 * ten minutes of it (`tenMinutes<i>`, i = 0…143). Its condition keeps both within their limits, so a
 * transaction over the budget is cancelled by these conditions alone (transactWrite then writes it
 * again without that recipient's mails). The windows are fixed: across a ten-minute edge an address can
 * get twice the ten-minute figure, never more than the day's. The item carries the person key, so an
 * access or erasure request finds it, and expires a day after its day. `over`: recipients with more
 * mails in this one transaction than a limit allows at all.
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
    const day = Math.floor(atMs / DAY_MS);
    const tenMinutes = Math.floor((atMs - day * DAY_MS) / TEN_MINUTES_MS);
    const key = keys.mailBudget(recipient, day);
    counters.push({
      recipient,
      item: {
        Update: {
          TableName: tableName,
          Key: key,
          UpdateExpression:
            'SET #type = :type, #day = if_not_exists(#day, :zero) + :count, #ten = if_not_exists(#ten, :zero) + :count, expiresAt = :expires, personKey = :person, personSort = :sort',
          ConditionExpression:
            '(attribute_not_exists(#day) OR #day <= :dayRoom) AND (attribute_not_exists(#ten) OR #ten <= :tenRoom)',
          ExpressionAttributeNames: { '#type': 'type', '#day': 'mails', '#ten': `tenMinutes${tenMinutes}` },
          ExpressionAttributeValues: {
            ':type': 'mailBudget',
            ':zero': 0,
            ':count': count,
            ':dayRoom': budget.perDay - count,
            ':tenRoom': budget.perTenMinutes - count,
            ':expires': Math.floor(((day + 2) * DAY_MS) / 1000),
            ':person': personIndexKeys.person(recipient),
            ':sort': personIndexKeys.sort('MAILBUDGET', key.sk),
          },
        },
      },
    });
  }
  return { counters, over };
}
