import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';

/** The table as use cases see it: its name and a DocumentClient. Tests pass their own. */
export interface Table {
  name: string;
  doc: DynamoDBDocumentClient;
}

/**
 * Bounds on one HTTP attempt to DynamoDB. The SDK's defaults wait for ever on a socket that never
 * answers; these fail a stuck attempt so the retry (maxAttempts) or the 503 comes within seconds, well
 * inside the functions' timeouts. `socketTimeoutMs` is inactivity on a connected socket (a transaction
 * normally answers in single-digit milliseconds). `connectionTimeoutMs` is counted by the SDK from the
 * moment a request is made, including time queued for a free socket: in Lambda (one request at a time)
 * that is the connect, but the local stack runs every function in one process on one socket pool, where
 * hundreds of concurrent requests queue, so it applies to AWS only (a stopped local DynamoDB refuses
 * connections at once anyway).
 */
export const DYNAMODB_TIMEOUTS = { connectionTimeoutMs: 1_000, socketTimeoutMs: 5_000 } as const;

export function createDocumentClient(endpoint?: string): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    // DynamoDB Local accepts any credentials; fixed ones keep a developer's real keys out of it.
    ...(endpoint
      ? {
          endpoint,
          region: config.region,
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    maxAttempts: 3,
    requestHandler: {
      socketTimeout: DYNAMODB_TIMEOUTS.socketTimeoutMs,
      ...(endpoint ? {} : { connectionTimeout: DYNAMODB_TIMEOUTS.connectionTimeoutMs }),
    },
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

let shared: Table | undefined;

/** The module-scope table of a Lambda container, created on first use and reused. */
export function defaultTable(): Table {
  shared ??= { name: config.tableName, doc: createDocumentClient(config.dynamoEndpoint) };
  return shared;
}

/**
 * Test seam: replaces the module-scope table (e.g. with a client carrying fault-injecting middleware,
 * or one on a dedicated DynamoDB Local); `undefined` goes back to building it from the environment.
 * Production code never calls this.
 */
export function setDefaultTable(table: Table | undefined) {
  shared = table;
}
