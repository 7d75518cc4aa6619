import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Caller } from '../http/caller';
import { HttpProblem, problem } from '../http/problem';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { cancelRegistrationById, type ManageDeps } from './manage';
import { firstWaitlisted } from './promote';
import type { RegistrationItem } from './registration';

const unknownRegistration = {
  sv: 'Anmälan finns inte för det här evenemanget.',
  fi: 'Ilmoittautumista ei ole tähän tapahtumaan.',
  en: 'There is no such registration for this event.',
};

/**
 * A coordinator cancels a registration for the person who asked them to (DELETE
 * /admin/events/{eventId}/registrations/{registrationId} and the console's confirmation step). It is
 * the person's own cancellation (shared/registrations/manage.ts: the seat goes to the first person
 * waiting, in the same transaction, and both are mailed), with the staff member's activity entry as one
 * more item of that transaction: no cancellation without its entry, no entry for one that failed.
 * Cancelling one already cancelled changes and records nothing (`recorded: false`).
 */
export async function cancelOnBehalf(
  deps: ManageDeps,
  eventId: string,
  registrationId: string,
  caller: Caller,
): Promise<{ status: 'cancelled'; recorded: boolean }> {
  try {
    return await cancelRegistrationById(deps, eventId, registrationId, {
      notify: true,
      actor: {
        caller,
        entry: {
          action: 'registration.cancel',
          target: { kind: 'registration', id: registrationId, parent: eventId },
        },
      },
    });
  } catch (error) {
    // The use case speaks of a link; here an id was given.
    if (error instanceof HttpProblem && error.code === 'not-found')
      throw problem('not-found', { detail: unknownRegistration });
    throw error;
  }
}

/**
 * What cancelling would do now, for the coordinator to confirm: whose registration it is, and who gets
 * the seat (the first person waiting, the same Query the cancellation promotes from), if anyone.
 * Undefined when the event has no such registration.
 */
export async function cancellationPreview(table: Table, eventId: string, registrationId: string) {
  const found = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.registration(eventId, registrationId),
      ConsistentRead: true,
    }),
  );
  const registration = found.Item as RegistrationItem | undefined;
  if (!registration) return undefined;
  const holdsSeat = registration.status !== 'waitlisted' && registration.status !== 'cancelled';
  const [next] = holdsSeat ? await firstWaitlisted(table, eventId) : [];
  return {
    registrationId,
    name: registration.name,
    email: registration.email,
    status: registration.status,
    ...(next ? { nextInLine: { name: next.registration.name, email: next.registration.email } } : {}),
  };
}
