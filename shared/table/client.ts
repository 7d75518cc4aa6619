import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';

/** The table as use cases see it: its name and a DocumentClient. Tests pass their own. */
export interface Table {
  name: string;
  doc: DynamoDBDocumentClient;
}

export function createDocumentClient(endpoint?: string): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    // DynamoDB Local accepts any credentials; fixed ones keep a developer's real keys out of it.
    ...(endpoint
      ? {
          endpoint,
          region: process.env.AWS_REGION || 'eu-north-1',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    maxAttempts: 3,
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

let shared: Table | undefined;

/** The module-scope table of a Lambda container, created on first use and reused. */
export function defaultTable(): Table {
  shared ??= { name: config.tableName, doc: createDocumentClient(config.dynamoEndpoint) };
  return shared;
}
