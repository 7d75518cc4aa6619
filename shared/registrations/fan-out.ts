import { newToken, sha256 } from '../crypto';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import type { RegistrationItem } from './registration';

/**
 * Registrations per transaction when one mail goes to each of many: each brings a conditional marker
 * on the registration, a fresh manage-link token and the mail item (and the mail budget adds one
 * counter per recipient), so 20 of them stay well under a transaction's 100 items.
 */
export const FAN_OUT_BATCH = 20;

/**
 * Writes `itemsFor(registration)` for each registration, FAN_OUT_BATCH registrations per transaction
 * (plus `extra` items in the first). Each registration's items hold a condition that makes a second
 * write of them fail (a marker); a batch cancelled by such a condition is written again one
 * registration at a time, so the others still go and the one already done is skipped. Returns how many
 * registrations were written.
 */
export async function fanOut(
  table: Table,
  registrations: readonly RegistrationItem[],
  itemsFor: (registration: RegistrationItem) => TransactItem[],
  extra: TransactItem[] = [],
): Promise<number> {
  let written = 0;
  let first = extra;
  for (let i = 0; i < registrations.length; i += FAN_OUT_BATCH) {
    const batch = registrations.slice(i, i + FAN_OUT_BATCH);
    const outcome = await transactWrite(table, [...batch.flatMap(itemsFor), ...first]);
    if (outcome.ok) {
      written += batch.length;
      first = [];
      continue;
    }
    for (const registration of batch) {
      const single = await transactWrite(table, [...itemsFor(registration), ...first]);
      if (single.ok) {
        written++;
        first = [];
      }
    }
  }
  if (first.length) await transactWrite(table, first);
  return written;
}

/**
 * A new manage link for a registration, as a mail that is not its confirmation carries one (only
 * tokens' hashes are stored, so a link cannot be mailed again, only a new one made): its token item,
 * living as long as the registration.
 */
export function manageLinkPut(table: Table, registration: RegistrationItem) {
  const token = newToken();
  const put: TransactItem = {
    Put: {
      TableName: table.name,
      Item: {
        ...keys.token(sha256(token)),
        type: 'token',
        kind: 'registration',
        eventId: registration.eventId,
        registrationId: registration.registrationId,
        expiresAt: registration.expiresAt,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  return { token, put };
}
