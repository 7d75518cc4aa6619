import { activityPut } from '../activity/activity-log';
import { eraseAffiliationContact } from '../affiliations/manage';
import { releaseClaimOf } from '../applications/claims';
import { emailHash } from '../crypto';
import type { Caller } from '../http/caller';
import type { LocalizedText } from '../http/problem';
import type { Language } from '../http/route';
import { eventMetaCached } from '../registrations/event-meta-cache';
import { cancelRegistrationById, type StaffActor } from '../registrations/manage';
import { batchWriteAll } from '../table/batch';
import type { Table } from '../table/client';
import { type TransactItem, transactWrite } from '../table/transact';
import { personItems } from './person-data';

/** What an erasure request does not erase, and why (GDPR art. 17(3)). */
const keptBecause: Record<string, LocalizedText> = {
  nomination: {
    sv: 'Nomineringssvar är allmänna handlingar och bevaras enligt förbundets arkivplan (GDPR art. 17.3 b).',
    fi: 'Nimitysvastaukset ovat julkisia asiakirjoja, ja ne säilytetään liiton arkistointisuunnitelman mukaisesti (GDPR 17.3 b art.).',
    en: 'Nomination answers are public records kept under the council’s retention plan (GDPR art. 17(3)(b)).',
  },
};

type Found = Record<string, unknown>;

const ref = (i: Found) => ({ kind: String(i.type), id: `${i.pk}/${i.sk}` });

/** A registration that still holds a seat or a place in line: it is cancelled before it is deleted. */
const isActiveRegistration = (item: Found) =>
  item.type === 'registration' &&
  (item.status === 'confirmed' || item.status === 'pending' || item.status === 'waitlisted');

/**
 * The rule of erasure, in one place: everything found is erased except public records, which stay
 * with the reason. The console's confirmation step shows this plan; erasePerson carries it out.
 */
export function erasurePlan(items: readonly Found[], lang: Language) {
  const kept = items.filter((i) => keptBecause[String(i.type)]);
  const erasable = items.filter((i) => !keptBecause[String(i.type)]);
  return {
    erasable,
    erased: erasable.map(ref),
    kept: kept.map((i) => ({ ...ref(i), reason: keptBecause[String(i.type)]?.[lang] ?? '' })),
    /** Registrations whose seat (or place in line) passes to the next person waiting. */
    cancelled: erasable.filter(isActiveRegistration).length,
  };
}

/** What an erasure of `email` would do now, for a coordinator to confirm (nothing is written). */
export async function erasurePreview(table: Table, pepper: string, email: string, lang: Language) {
  const { erasable: _items, ...plan } = erasurePlan(await personItems(table, pepper, email), lang);
  return { email, ...plan };
}

/** DynamoDB's limit on one TransactWriteItems, one place of which is the activity entry. */
const TRANSACTION_LIMIT = 100;

/**
 * DELETE /admin/people?email= (art. 17): one Query on the person index finds everything; an active
 * registration is cancelled first (its seat goes to the waitlist, no mail to the erased address), an
 * application's claim on its Business ID is released (the company may submit again), then every item
 * is deleted except public records, which are listed with the reason they stay.
 *
 * With `staff`, the request is recorded in the activity log (`person.erase`, the address only as its
 * HMAC, the person index's own key) in the SAME transaction as the erasure's first write: the first
 * cancellation that changes something carries it; without one, the first deletions go as one
 * TransactWriteItems with it (and the entry alone when nothing is held, since the request was still
 * answered). So no erasure starts unrecorded and no entry stands for an erasure that wrote nothing. The
 * writes after the first are not one transaction (an erasure can exceed any transaction); a request
 * that fails midway is answered by running it again, which finishes the rest and records again.
 */
export async function erasePerson(
  deps: { table: Table; pepper: string; now: Date },
  email: string,
  lang: Language,
  staff?: Caller,
) {
  const { table } = deps;
  const items = await personItems(table, deps.pepper, email);
  const { erasable, erased, kept } = erasurePlan(items, lang);
  const actor: StaffActor | undefined = staff && {
    caller: staff,
    entry: {
      action: 'person.erase',
      target: { kind: 'person', id: emailHash(email, deps.pepper) },
      details: { erased: erased.length, kept: kept.length },
    },
  };
  let recorded = actor === undefined;

  for (const item of erasable) {
    if (isActiveRegistration(item)) {
      const result = await cancelRegistrationById(
        { ...deps, meta: (id) => eventMetaCached(table, id) },
        String(item.eventId),
        String(item.registrationId),
        recorded ? {} : { actor },
      );
      if (result.recorded) recorded = true;
    }
    if (item.type === 'application') await releaseClaimOf(table, item);
    // An organisation's affiliation stays, without its contact person (shared/affiliations/manage.ts).
    if (item.type === 'affiliation') await eraseAffiliationContact(table, item, deps.now);
  }
  const deletions = erasable
    .filter((item) => item.type !== 'affiliation')
    .map((item) => ({ pk: String(item.pk), sk: String(item.sk) }));
  let rest = deletions;
  if (actor && !recorded) {
    const first = deletions.slice(0, TRANSACTION_LIMIT - 1);
    rest = deletions.slice(first.length);
    const writes: TransactItem[] = [
      ...first.map((key) => ({ Delete: { TableName: table.name, Key: key } })),
      activityPut(table.name, actor.caller, actor.entry, { pepper: deps.pepper, now: deps.now }),
    ];
    const outcome = await transactWrite(table, writes);
    if (!outcome.ok) throw new Error('The erasure’s first write was refused');
  }
  await batchWriteAll(
    table,
    rest.map((key) => ({ DeleteRequest: { Key: key } })),
  );
  return { email, erased, kept };
}
