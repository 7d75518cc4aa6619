import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInput, tableDefinition } from '../../shared/table/definition';

/** Creates the table from the shared definition if it is not there yet, and waits until ACTIVE. */
export async function ensureTable(
  doc: DynamoDBDocumentClient,
  tableName: string,
): Promise<{ streamArn: string }> {
  try {
    await doc.send(new CreateTableCommand(createTableInput(tableName)));
    await doc.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: tableDefinition.timeToLiveAttribute },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (;;) {
    const { Table } = await doc.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE' && Table.LatestStreamArn) return { streamArn: Table.LatestStreamArn };
    await new Promise((r) => setTimeout(r, 100));
  }
}
