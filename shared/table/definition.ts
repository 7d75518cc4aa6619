import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one table, described once. The CDK stack and the local bootstrap both build from this object,
 * so the deployed table and DynamoDB Local can never disagree on keys, index, TTL or stream.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; every item holding personal data carries one (docs/DOMAIN.md, Retention). */
  timeToLiveAttribute: 'expiresAt',
  /** Sparse GSI keyed on the HMAC of an email: a data-subject request is one Query. */
  personIndex: {
    name: 'person-index',
    partitionKey: 'personKey',
    sortKey: 'personSort',
  },
  stream: 'NEW_AND_OLD_IMAGES',
} as const;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, personIndex } = tableDefinition;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: 'S' },
      { AttributeName: sortKey, AttributeType: 'S' },
      { AttributeName: personIndex.partitionKey, AttributeType: 'S' },
      { AttributeName: personIndex.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: personIndex.name,
        KeySchema: [
          { AttributeName: personIndex.partitionKey, KeyType: 'HASH' },
          { AttributeName: personIndex.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: tableDefinition.stream },
  };
}
