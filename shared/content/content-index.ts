import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { GovernedType } from './operational-copy';

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
