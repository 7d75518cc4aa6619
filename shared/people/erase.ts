import { releaseClaimOf } from '../applications/claims';
import type { LocalizedText } from '../http/problem';
import type { Language } from '../http/route';
import { eventMetaCached } from '../registrations/event-meta-cache';
import { cancelRegistrationById } from '../registrations/manage';
import { batchWriteAll } from '../table/batch';
import type { Table } from '../table/client';
import { personItems } from './person-data';

/** What an erasure request does not erase, and why (GDPR art. 17(3)). */
const keptBecause: Record<string, LocalizedText> = {
  nomination: {
    sv: 'Nomineringssvar är allmänna handlingar och bevaras enligt förbundets arkivplan (GDPR art. 17.3 b).',
    fi: 'Nimitysvastaukset ovat julkisia asiakirjoja, ja ne säilytetään liiton arkistointisuunnitelman mukaisesti (GDPR 17.3 b art.).',
    en: 'Nomination answers are public records kept under the council’s retention plan (GDPR art. 17(3)(b)).',
  },
};

/**
 * DELETE /admin/people?email= (art. 17): one Query on the person index finds everything; an active
 * registration is cancelled first (its seat goes to the waitlist, no mail to the erased address), an
 * application's claim on its Business ID is released (the company may submit again), then every item
 * is deleted except public records, which are listed with the reason they stay.
 */
export async function erasePerson(
  deps: { table: Table; pepper: string; now: Date },
  email: string,
  lang: Language,
) {
  const { table } = deps;
  const items = await personItems(table, deps.pepper, email);
  const kept = items.filter((i) => keptBecause[String(i.type)]);
  const erasable = items.filter((i) => !keptBecause[String(i.type)]);

  for (const item of erasable) {
    const active = ['confirmed', 'pending', 'waitlisted'];
    if (item.type === 'registration' && active.includes(String(item.status))) {
      await cancelRegistrationById(
        { ...deps, meta: (id) => eventMetaCached(table, id) },
        String(item.eventId),
        String(item.registrationId),
      );
    }
    if (item.type === 'application') await releaseClaimOf(table, item);
  }
  await batchWriteAll(
    table,
    erasable.map((item) => ({ DeleteRequest: { Key: { pk: String(item.pk), sk: String(item.sk) } } })),
  );
  const ref = (i: Record<string, unknown>) => ({ kind: String(i.type), id: `${i.pk}/${i.sk}` });
  return {
    email,
    erased: erasable.map(ref),
    kept: kept.map((i) => ({ ...ref(i), reason: keptBecause[String(i.type)]?.[lang] ?? '' })),
  };
}
