import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailHash } from '../../shared/crypto';
import { createDocumentClient } from '../../shared/table/client';
import { personIndexKeys } from '../../shared/table/keys';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('local server', () => {
  it('answers /health with 200 {status: ok}', async () => {
    // Act
    const response = await stack.request('/health');
    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves a valid OpenAPI 3.1 document', async () => {
    // Act
    const response = await stack.request('/openapi.json');
    // Assess
    expect(response.status).toBe(200);
    const result = await new Validator().validate(await bodyOf(response));
    expect(result.valid).toBe(true);
  });

  it('answers an unknown route with 404 problem+json in the asked language', async () => {
    // Act
    const response = await stack.request('/no/such/route?lang=en');
    const wrongMethod = await stack.request('/health', { method: 'DELETE' });
    // Assess
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'What you are looking for does not exist.',
    });
    expect(wrongMethod.status).toBe(404);
  });

  it('answers an admin route with 401 without a valid token', async () => {
    // Prepare
    const forged = `${stack.token('coordinator').slice(0, -4)}AAAA`;
    // Act
    const none = await stack.request('/admin/people?email=a@example.org');
    const bad = await stack.request('/admin/people?email=a@example.org', {
      headers: { authorization: `Bearer ${forged}` },
    });
    // Assess
    expect(none.status).toBe(401);
    expect(bad.status).toBe(401);
    expect((await bodyOf(none)).type).toBe('/problems/unauthorized');
  });

  it('answers an admin route with 403 for the wrong group and 200 for the right one', async () => {
    // Act
    const jury = await stack.request('/admin/people?email=a@example.org', {
      headers: { authorization: `Bearer ${stack.token('jury')}` },
    });
    const session = await stack.request('/admin/session', {
      headers: { authorization: `Bearer ${stack.token('jury')}` },
    });
    const coordinator = await stack.request('/admin/people?email=a@example.org', {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    // Assess
    expect(jury.status).toBe(403);
    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({ subject: 'test-jury', groups: ['jury'] });
    expect(coordinator.status).toBe(200);
  });

  it('answers a body over 64 KiB with 413', async () => {
    // Prepare
    const body = JSON.stringify({ padding: 'å'.repeat(40 * 1024) });
    // Act
    const response = await stack.request('/network/members', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    // Assess
    expect(Buffer.byteLength(body)).toBeGreaterThan(64 * 1024);
    expect(response.status).toBe(413);
    expect((await bodyOf(response)).status).toBe(413);
  });

  it('finds everything held about an address with one query on the person index', async () => {
    // Prepare
    const doc = createDocumentClient(stack.dynamoEndpoint);
    const hash = emailHash('asa@example.org', process.env.EMAIL_PEPPER ?? '');
    await doc.send(
      new PutCommand({
        TableName: stack.tableName,
        Item: {
          pk: 'EVENT#e1',
          sk: 'REG#r1',
          type: 'registration',
          name: 'Åsa',
          personKey: personIndexKeys.person(hash),
          personSort: 'REG#r1',
        },
      }),
    );
    // Act
    const response = await stack.request('/admin/people?email=%20ASA@example.org', {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      email: 'asa@example.org',
      items: [{ kind: 'registration', id: 'EVENT#e1/REG#r1', data: { name: 'Åsa' } }],
    });
  });
});
