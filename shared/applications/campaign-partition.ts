import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '../http/cursor';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

type Filter = Pick<
  QueryCommandInput,
  'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
>;

function query(table: Table, campaignId: string, prefix: string, filter: Filter | undefined) {
  return (startKey: Record<string, unknown> | undefined, limit?: number) =>
    table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ...(filter?.FilterExpression ? { FilterExpression: filter.FilterExpression } : {}),
        ...(filter?.ExpressionAttributeNames
          ? { ExpressionAttributeNames: filter.ExpressionAttributeNames }
          : {}),
        ExpressionAttributeValues: {
          ':pk': keys.campaignMeta(campaignId).pk,
          ':prefix': prefix,
          ...filter?.ExpressionAttributeValues,
        },
        ExclusiveStartKey: startKey,
        ...(limit ? { Limit: limit } : {}),
      }),
    );
}

/**
 * One page of one kind of item in a campaign's partition (`APP#`, `PROPOSAL#`, `REVIEW#`): a Query,
 * never a Scan, continued with the signed opaque cursor of shared/http/cursor.ts.
 */
export async function campaignPage(
  table: Table,
  campaignId: string,
  prefix: string,
  cursor: string | undefined,
  limit: number,
  filter?: Filter,
) {
  const start = await decodeCursor(cursor, keys.campaignMeta(campaignId).pk);
  const page = await query(table, campaignId, prefix, filter)(start, limit);
  const nextCursor = await encodeCursor(page.LastEvaluatedKey);
  return { items: page.Items ?? [], ...(nextCursor ? { nextCursor } : {}) };
}

/** Every item of one kind in the partition, page after page (exports and the ranking need them all). */
export async function campaignItems(table: Table, campaignId: string, prefix: string, filter?: Filter) {
  const run = query(table, campaignId, prefix, filter);
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await run(startKey);
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
