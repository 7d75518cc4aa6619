import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { ulid } from '../../shared/crypto';
import { createDocumentClient } from '../../shared/table/client';

const DAY = 86_400_000;

/** A nomination round as Sanity would publish it, addressed to seed organisations. */
export function roundDocument(overrides: Partial<GovernedDocument> = {}): GovernedDocument {
  const id = `nominationRound-test-${ulid().toLowerCase()}`;
  return {
    _id: id,
    _type: 'nominationRound',
    _rev: 'r1',
    _updatedAt: new Date(Date.now() - 1000).toISOString(),
    title: [
      { _key: 'sv', language: 'sv', value: `Testomgång ${id}` },
      { _key: 'fi', language: 'fi', value: `Testikierros ${id}` },
    ],
    instructions: [
      { _key: 'sv', language: 'sv', value: 'Nominera en ledamot och en ersättare.' },
      { _key: 'fi', language: 'fi', value: 'Nimetkää jäsen ja varajäsen.' },
    ],
    deadline: new Date(Date.now() + 20 * DAY).toISOString(),
    seats: { members: 1, deputies: 1 },
    askBothGenders: true,
    organizations: ['organization-vasa', 'organization-jakobstad', 'organization-laihela'],
    ...overrides,
  } as GovernedDocument;
}

export async function publishRound(
  stack: { dynamoEndpoint: string; tableName: string },
  doc: GovernedDocument,
) {
  await applyDocument({ name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) }, doc);
  return doc._id;
}
