import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { emailHash } from '../crypto';
import type { Table } from '../table/client';
import { tableDefinition } from '../table/definition';
import { personIndexKeys } from '../table/keys';

export interface PersonItem {
  kind: string;
  id: string;
  data: Record<string, unknown>;
}

const internal = new Set(['pk', 'sk', 'personKey', 'personSort', 'type']);

/**
 * Everything held about an address (GDPR art. 15): one Query on the person index, keyed on the
 * email's HMAC, paged through. Every item with personal data carries personKey, so nothing hides.
 */
export async function findPersonData(table: Table, pepper: string, email: string): Promise<PersonItem[]> {
  return (await personItems(table, pepper, email)).map((item) => ({
    kind: String(item.type ?? 'unknown'),
    id: `${item.pk}/${item.sk}`,
    data: Object.fromEntries(Object.entries(item).filter(([k]) => !internal.has(k))),
  }));
}

/** The raw items on the person index for an address, every page. */
export async function personItems(
  table: Table,
  pepper: string,
  email: string,
): Promise<Record<string, unknown>[]> {
  const { personIndex } = tableDefinition;
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: personIndex.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': personIndex.partitionKey },
        ExpressionAttributeValues: { ':pk': personIndexKeys.person(emailHash(email, pepper)) },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
