import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, type Item } from '../table/batch';
import type { Table } from '../table/client';
import { type ItemKey, keys } from '../table/keys';
import type { GovernedType } from './operational-copy';

/** The governed types whose operational copy is a META item a coordinator lists. */
export type ListedType = 'event' | 'campaign' | 'nominationRound';

const metaKey: Record<ListedType, (id: string) => ItemKey> = {
  event: keys.eventMeta,
  campaign: keys.campaignMeta,
  nominationRound: keys.roundMeta,
};

/**
 * The operational copies of every synced document of the given types, as the table holds them (with
 * an event's live counters), published or not: a Query over the CONTENT_INDEX partition, which
 * content-sync writes in the same transaction as each copy (shared/content/operational-copy.ts) and
 * reconciliation already reads, then one BatchGetItem per hundred META items. No Scan, no new item to
 * keep in step. The index holds one small entry per governed document (events, campaigns, rounds,
 * organisations, the settings), so it is read whole; the type is a filter on it.
 */
export async function operationalCopies(
  table: Table,
  types: readonly [ListedType, ...ListedType[]],
): Promise<Record<ListedType, Item[]>> {
  const ids: { type: ListedType; id: string }[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'documentType IN (:t0, :t1, :t2)',
        ExpressionAttributeValues: {
          ':pk': keys.contentIndexPartition,
          // IN needs a fixed list: the unused places repeat the first type.
          ':t0': types[0],
          ':t1': types[1] ?? types[0],
          ':t2': types[2] ?? types[0],
        },
        ProjectionExpression: 'sk, documentType',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const entry of page.Items ?? [])
      ids.push({ type: entry.documentType as ListedType, id: String(entry.sk) });
    startKey = page.LastEvaluatedKey;
  } while (startKey);

  const found = await batchGetAll(
    table,
    ids.map(({ type, id }) => metaKey[type](id)),
  );
  const byKey = new Map(found.map((item) => [`${item.pk}\n${item.sk}`, item]));
  const out: Record<ListedType, Item[]> = { event: [], campaign: [], nominationRound: [] };
  for (const { type, id } of ids) {
    const key = metaKey[type](id);
    const item = byKey.get(`${key.pk}\n${key.sk}`);
    if (item) out[type].push(item);
  }
  return out;
}
/**
 * The ids of every published document of one type, from the content index partition that content-sync
 * writes with each operational copy (shared/content/operational-copy.ts): a Query on one partition,
 * page after page, never a Scan. The partition holds one small item per governed document, so reading
 * it whole and keeping one type is cheap at a network's scale (tens to hundreds of documents).
 */
export async function publishedDocumentIds(table: Table, documentType: GovernedType): Promise<string[]> {
  const ids: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'documentType = :type AND published = :true',
        ExpressionAttributeValues: {
          ':pk': keys.contentIndexPartition,
          ':type': documentType,
          ':true': true,
        },
        ProjectionExpression: 'sk',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) ids.push(String(item.sk));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return ids;
}
