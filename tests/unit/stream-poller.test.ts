import { unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { repairEmptyMaps } from '../../cdk/local/stream-poller';

describe('local stream poller', () => {
  it('repairs the empty maps DynamoDB Local writes as {} so the notifier can read the record', () => {
    // Prepare: a mail item for an online event, whose place map is empty
    const record = {
      eventName: 'INSERT' as const,
      dynamodb: {
        NewImage: {
          type: { S: 'mail' },
          data: { M: { place: {}, eventTitle: { M: { sv: { S: 'Möte' } } }, tags: { L: [{}, { S: 'x' }] } } },
        },
      },
    };
    // Act
    const repaired = repairEmptyMaps(record as never);
    // Assess
    expect(() => unmarshall(record.dynamodb.NewImage as never)).toThrow();
    expect(unmarshall(repaired.dynamodb?.NewImage as never)).toEqual({
      type: 'mail',
      data: { place: {}, eventTitle: { sv: 'Möte' }, tags: [{}, 'x'] },
    });
  });
});
