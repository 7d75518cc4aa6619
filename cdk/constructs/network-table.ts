import type { AttributeDefinition, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { createTableInput, tableDefinition } from '../../shared/table/definition';

const attributeTypes: Record<string, dynamodb.AttributeType> = {
  S: dynamodb.AttributeType.STRING,
  N: dynamodb.AttributeType.NUMBER,
  B: dynamodb.AttributeType.BINARY,
};

const projectionTypes: Record<string, dynamodb.ProjectionType> = {
  ALL: dynamodb.ProjectionType.ALL,
  KEYS_ONLY: dynamodb.ProjectionType.KEYS_ONLY,
  INCLUDE: dynamodb.ProjectionType.INCLUDE,
};

const streamViewTypes: Record<string, dynamodb.StreamViewType> = {
  NEW_IMAGE: dynamodb.StreamViewType.NEW_IMAGE,
  OLD_IMAGE: dynamodb.StreamViewType.OLD_IMAGE,
  NEW_AND_OLD_IMAGES: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  KEYS_ONLY: dynamodb.StreamViewType.KEYS_ONLY,
};

function lookup<T>(table: Record<string, T>, key: string | undefined, what: string): T {
  const value = key === undefined ? undefined : table[key];
  if (value === undefined) throw new Error(`The table definition has an unsupported ${what}: ${key}`);
  return value;
}

const readActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];

/**
 * What a manifest entry's `table` permission allows. Narrower than grantReadData/grantReadWriteData:
 * no Scan (docs/ARCHITECTURE.md: no Scan anywhere, so IAM refuses one) and no stream reads. Transactions need no
 * action of their own; each item in TransactWriteItems is authorized as its Put, Update, Delete or
 * ConditionCheck.
 */
export const tableActions = {
  read: readActions,
  readwrite: [
    ...readActions,
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:ConditionCheckItem',
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * The one table, built from shared/table/definition.ts: the same CreateTable input the local bootstrap
 * sends to DynamoDB Local is read here for keys, attribute types, indexes and stream, so the deployed
 * table cannot disagree with the local one. On-demand, point-in-time recovery, deletion protection,
 * retained when the stack goes away: it holds what people submitted.
 */
export class NetworkTable extends Construct {
  readonly table: dynamodb.Table;
  /** Names of the global secondary indexes, as defined in shared/table/definition.ts. */
  readonly indexNames: readonly string[];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const input = createTableInput('unused');
    const attributes = input.AttributeDefinitions ?? [];
    const key = (schema: KeySchemaElement[] | undefined, keyType: 'HASH' | 'RANGE') =>
      keyAttribute(attributes, schema, keyType);

    const partitionKey = key(input.KeySchema, 'HASH');
    if (!partitionKey) throw new Error('The table definition has no partition key');
    if (input.BillingMode !== 'PAY_PER_REQUEST') throw new Error('The table is meant to be on-demand');

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey,
      sortKey: key(input.KeySchema, 'RANGE'),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      stream: lookup(streamViewTypes, input.StreamSpecification?.StreamViewType, 'stream view type'),
    });

    const indexNames: string[] = [];
    for (const index of input.GlobalSecondaryIndexes ?? []) {
      const indexPartitionKey = key(index.KeySchema, 'HASH');
      if (!index.IndexName || !indexPartitionKey) throw new Error('A secondary index lacks a name or key');
      this.table.addGlobalSecondaryIndex({
        indexName: index.IndexName,
        partitionKey: indexPartitionKey,
        sortKey: key(index.KeySchema, 'RANGE'),
        projectionType: lookup(projectionTypes, index.Projection?.ProjectionType, 'projection'),
        nonKeyAttributes: index.Projection?.NonKeyAttributes,
      });
      indexNames.push(index.IndexName);
    }
    this.indexNames = indexNames;
  }

  /**
   * Data access at a manifest level, on the table and each index by name (no `index/*` wildcard);
   * `only` narrows it to the actions a function uses (functions/table-access.ts), never widens it.
   */
  grantData(grantee: iam.IGrantable, level: keyof typeof tableActions, only?: readonly string[]): iam.Grant {
    const allowed: readonly string[] = tableActions[level];
    const outside = (only ?? []).filter((action) => !allowed.includes(action));
    if (outside.length || only?.length === 0)
      throw new Error(`Table actions ${outside.join(', ') || '(none)'} do not fit the level '${level}'`);
    const tableArn = this.table.tableArn;
    return iam.Grant.addToPrincipal({
      grantee,
      actions: [...(only ?? allowed)],
      resourceArns: [tableArn, ...this.indexNames.map((name) => `${tableArn}/index/${name}`)],
    });
  }
}

function keyAttribute(
  attributes: AttributeDefinition[],
  schema: KeySchemaElement[] | undefined,
  keyType: 'HASH' | 'RANGE',
): dynamodb.Attribute | undefined {
  const name = schema?.find((element) => element.KeyType === keyType)?.AttributeName;
  if (!name) return undefined;
  const type = attributes.find((attribute) => attribute.AttributeName === name)?.AttributeType;
  return { name, type: lookup(attributeTypes, type, `type for key ${name}`) };
}
