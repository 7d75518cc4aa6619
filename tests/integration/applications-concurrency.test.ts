import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import {
  applicationBody,
  businessIdFor,
  campaignDocument,
  publishCampaign,
} from '../support/campaigns-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const partition = async (campaignId: string) => {
  const doc = createDocumentClient(stack.dynamoEndpoint);
  const items: Record<string, any>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.campaignMeta(campaignId).pk },
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};

describe('one application per Business ID under concurrency', () => {
  it('gives 50 concurrent submissions with the same Business ID exactly one 201 and 49 409', async () => {
    // Prepare
    const campaignId = await publishCampaign(stack, campaignDocument());
    const businessId = businessIdFor(500);
    // Act: 50 different contacts, one company, all at once
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const response = await stack.request(`/campaigns/${campaignId}/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(applicationBody(businessId, { contact: { email: `racer-${i}@example.org` } })),
        });
        return { status: response.status, body: await bodyOf(response) };
      }),
    );
    // Assess
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const created = results.filter((r) => r.status === 201);
    const conflicts = results.filter((r) => r.status === 409);
    expect(created).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const c of conflicts) expect(c.body.type).toBe('/problems/application-exists');
    const items = await partition(campaignId);
    const applications = items.filter((i) => i.type === 'application');
    const markers = items.filter((i) => i.type === 'businessIdMarker');
    expect(applications).toHaveLength(1);
    expect(markers).toHaveLength(1);
    expect(applications[0]?.applicationId).toBe(created[0]?.body.applicationId);
    expect(markers[0]).toMatchObject({
      sk: `BID#${businessId}`,
      applicationId: created[0]?.body.applicationId,
    });
  });

  it('lets 20 different companies apply at once, each exactly once', async () => {
    // Prepare
    const campaignId = await publishCampaign(stack, campaignDocument());
    // Act
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await stack.request(`/campaigns/${campaignId}/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(applicationBody(businessIdFor(600 + i))),
        });
        return response.status;
      }),
    );
    // Assess
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 201));
    const items = await partition(campaignId);
    expect(items.filter((i) => i.type === 'application')).toHaveLength(20);
    expect(items.filter((i) => i.type === 'businessIdMarker')).toHaveLength(20);
  });
});
