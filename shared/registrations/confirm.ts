import { mailPut } from '../email/mail-item';
import { keys } from '../table/keys';
import type { TransactItem } from '../table/transact';
import { transactWrite } from '../table/transact';
import { holdEntryDelete, holdValues, pendingHoldsClause } from './hold';
import { type ManageDeps, registrationByToken } from './manage';
import { mailData } from './register';
import { registrationProblems } from './registration-problems';

const MAX_ATTEMPTS = 4;

/**
 * POST /registrations/{token}/confirm (and the button on the manage page; a GET never confirms, as
 * mail scanners follow links): a held seat becomes a confirmed one. One transaction: the registration
 * confirmed (condition: still pending and its hold not over at `now`), its HOLDS entry gone, the
 * event's `pendingHolds` down by one (the seat was counted as taken all along), and the usual
 * confirmation mailed with the calendar file and the link just used. Confirming again answers the
 * same; a hold that lapsed (or a cancelled or waitlisted registration) is 409 `seat-not-held`.
 */
export async function confirmSeat(deps: ManageDeps, token: string): Promise<{ status: 'confirmed' }> {
  const { table, now } = deps;
  const nowMs = now.getTime();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const registration = await registrationByToken(table, token);
    if (registration.status === 'confirmed') return { status: 'confirmed' };
    if (registration.status !== 'pending' || (registration.holdExpiresAtMs ?? 0) <= nowMs) {
      throw registrationProblems.notHeld(registration.status);
    }
    const { eventId, registrationId } = registration;
    const meta = await deps.meta(eventId);
    const items: TransactItem[] = [
      {
        Update: {
          TableName: table.name,
          Key: keys.registration(eventId, registrationId),
          UpdateExpression:
            'SET #status = :confirmed, confirmedAt = :now REMOVE holdExpiresAt, holdExpiresAtMs',
          ConditionExpression: '#status = :pending AND holdExpiresAtMs > :nowMs',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':confirmed': 'confirmed',
            ':pending': 'pending',
            ':now': now.toISOString(),
            ':nowMs': nowMs,
          },
        },
      },
      holdEntryDelete(table, eventId, registrationId, registration.holdExpiresAtMs ?? 0),
      {
        Update: {
          TableName: table.name,
          Key: keys.eventMeta(eventId),
          UpdateExpression: `SET ${pendingHoldsClause(-1)}`,
          ExpressionAttributeValues: holdValues(-1),
        },
      },
    ];
    if (meta) {
      items.push(
        mailPut(
          table.name,
          {
            template: 'registration-confirmed',
            to: registration.email,
            lang: registration.language,
            data: mailData(meta, registrationId, registration.name),
            secrets: { manageToken: token },
          },
          deps.pepper,
          now,
        ),
      );
    }
    const outcome = await transactWrite(table, items);
    if (outcome.ok) return { status: 'confirmed' };
    // Confirmed, cancelled or lapsed meanwhile: the next look answers.
  }
  throw Object.assign(new Error('confirmation could not settle'), { name: 'ContentionError' });
}
