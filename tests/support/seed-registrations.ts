import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { emailHash, ulid } from '../../shared/crypto';
import type { Table } from '../../shared/table/client';
import { keys, personIndexKeys } from '../../shared/table/keys';

/**
 * Puts `count` confirmed registrations of an event straight into the table with BatchWriteItem (25
 * items a request, `concurrency` requests at a time), shaped as register() writes them: the
 * registration, its email marker, and for every `needsEvery`-th one a needs item. Not through the API:
 * this is for seeding lists of tens of thousands fast (CSV export tests and the bench).
 */
export async function seedRegistrations(
  table: Table,
  eventId: string,
  count: number,
  options: { pepper?: string; needsEvery?: number; concurrency?: number; startMs?: number } = {},
): Promise<string[]> {
  const pepper = options.pepper ?? 'seed-pepper';
  const needsEvery = options.needsEvery ?? 4;
  const startMs = options.startMs ?? Date.now() - count;
  const expiresAt = Math.floor(Date.now() / 1000) + 90 * 86_400;
  const items: Record<string, unknown>[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    // One millisecond apart, so ULID order is creation order.
    const createdMs = startMs + i;
    const registrationId = ulid(createdMs);
    const email = `seeded-${i}@example.org`;
    const hash = emailHash(email, pepper);
    const person = { personKey: personIndexKeys.person(hash) };
    ids.push(registrationId);
    items.push(
      {
        ...keys.registration(eventId, registrationId),
        type: 'registration',
        registrationId,
        eventId,
        status: 'confirmed',
        name: `Seeded Person ${i}`,
        email,
        organization: i % 3 ? 'Vasa stad' : undefined,
        language: (['sv', 'fi', 'en'] as const)[i % 3],
        consentAt: new Date(createdMs).toISOString(),
        createdAt: new Date(createdMs).toISOString(),
        expiresAt,
        ...person,
        personSort: personIndexKeys.sort('REG', registrationId),
      },
      {
        ...keys.registrationEmail(eventId, hash),
        type: 'registrationEmail',
        registrationId,
        name: `Seeded Person ${i}`,
        language: 'sv',
        expiresAt,
        ...person,
        personSort: personIndexKeys.sort('REGMARK', registrationId),
      },
    );
    if (needsEvery > 0 && i % needsEvery === 0) {
      items.push({
        ...keys.registrationNeeds(eventId, registrationId),
        type: 'registrationNeeds',
        registrationId,
        dietary: 'Vegan; "no nuts"',
        expiresAt,
        ...person,
        personSort: personIndexKeys.sort('NEEDS', registrationId),
      });
    }
  }

  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let requests = (batches[next++] ?? []).map((Item) => ({ PutRequest: { Item } }));
      while (requests.length) {
        const out = await table.doc.send(new BatchWriteCommand({ RequestItems: { [table.name]: requests } }));
        requests = (out.UnprocessedItems?.[table.name] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return ids;
}
