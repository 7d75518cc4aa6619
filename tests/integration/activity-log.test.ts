import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityPut, listActivity } from '../../shared/activity/activity-log';
import { emailHash } from '../../shared/crypto';
import type { Caller } from '../../shared/http/caller';
import type { Table } from '../../shared/table/client';
import { keys, personIndexKeys } from '../../shared/table/keys';
import { transactWrite } from '../../shared/table/transact';
import { freshTable } from '../support/table';
import { at } from '../support/test-clock';

const pepper = 'test-pepper-not-a-secret';
const coordinator: Caller = { subject: 'sub-1', groups: ['coordinator'], email: 'coordinator@example.org' };
let table: Table;
beforeAll(async () => {
  table = await freshTable('activity');
});

const entries = async () =>
  (
    await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.activityPartition },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

describe('the staff activity log', () => {
  it('records nothing when the write it belongs to is refused, and one entry when it succeeds', async () => {
    // Prepare: a write whose condition fails (the item is not there yet), with its log entry
    const target = { pk: 'TEST#x', sk: 'ITEM' };
    const guarded = (now: Date) => [
      {
        Update: {
          TableName: table.name,
          Key: target,
          UpdateExpression: 'SET done = :true',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':true': true },
        },
      },
      activityPut(
        table.name,
        coordinator,
        { action: 'test.mark', target: { kind: 'test', id: 'x' } },
        { pepper, now },
      ),
    ];
    // Act
    const refused = await transactWrite(table, guarded(new Date(at('2029-06-01T10:00:00Z'))));
    const afterRefusal = await entries();
    await table.doc.send(new PutCommand({ TableName: table.name, Item: { ...target } }));
    const done = await transactWrite(table, guarded(new Date(at('2029-06-01T10:01:00Z'))));
    // Assess
    expect(refused.ok).toBe(false);
    expect(afterRefusal).toEqual([]);
    expect(done.ok).toBe(true);
    const [entry, ...more] = await entries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      type: 'activity',
      actor: 'coordinator@example.org',
      action: 'test.mark',
      target: { kind: 'test', id: 'x' },
      at: at('2029-06-01T10:01:00.000Z'),
      personKey: personIndexKeys.person(emailHash('coordinator@example.org', pepper)),
    });
    expect(entry?.expiresAt).toBe(Date.parse(at('2029-06-01T10:01:00Z')) / 1000 + 730 * 86_400);
  });

  it('lists newest first, a page at a time, with a cursor that reads on', async () => {
    // Prepare
    const fresh = await freshTable('activity-list');
    for (let i = 0; i < 5; i++) {
      const now = new Date(Date.parse(at('2029-06-02T08:00:00Z')) + i * 60_000);
      await transactWrite(fresh, [
        activityPut(
          fresh.name,
          coordinator,
          { action: `test.step${i}`, target: { kind: 'test', id: String(i) } },
          { pepper, now },
        ),
      ]);
    }
    // Act
    const first = await listActivity(fresh, undefined, 3);
    const second = await listActivity(fresh, first.nextCursor, 3);
    // Assess
    expect(first.items.map((e) => e.action)).toEqual(['test.step4', 'test.step3', 'test.step2']);
    expect(second.items.map((e) => e.action)).toEqual(['test.step1', 'test.step0']);
    expect(second.nextCursor).toBeUndefined();
  });
});
