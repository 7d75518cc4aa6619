import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { tableDefinition } from '../../shared/table/definition';
import { type Resource, synthNetwork } from './synth';

describe('the table', () => {
  const { template } = synthNetwork();

  it('is the one table, keyed as shared/table/definition.ts says', () => {
    // Prepare
    const { partitionKey, sortKey, personIndex } = tableDefinition;

    // Act
    const tables = Object.values(template.findResources('AWS::DynamoDB::Table')) as Resource[];

    // Assess
    expect(tables).toHaveLength(1);
    expect(tables[0]?.Properties.KeySchema).toEqual([
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ]);
    expect(tables[0]?.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: personIndex.name,
        KeySchema: [
          { AttributeName: personIndex.partitionKey, KeyType: 'HASH' },
          { AttributeName: personIndex.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
    expect(tables[0]?.Properties.AttributeDefinitions).toEqual(
      expect.arrayContaining(
        [partitionKey, sortKey, personIndex.partitionKey, personIndex.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
      ),
    );
  });

  it('is on-demand, recoverable, protected and retained', () => {
    // Prepare
    const expected = {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    };

    // Act
    const act = () =>
      template.hasResource('AWS::DynamoDB::Table', {
        Properties: Match.objectLike(expected),
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });

    // Assess
    expect(act).not.toThrow();
  });

  it('expires items on the TTL attribute and streams new and old images', () => {
    // Prepare
    const { timeToLiveAttribute, stream } = tableDefinition;

    // Act
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0] as Resource;

    // Assess
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: timeToLiveAttribute,
      Enabled: true,
    });
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: stream });
    expect(stream).toBe('NEW_AND_OLD_IMAGES');
  });
});
