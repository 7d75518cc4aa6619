import { type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailHash } from '../../shared/crypto';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { startTestStack, type TestStack } from '../support/local-stack';
import { StaffBrowser } from '../support/staff-session';

const limit = 3;
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ writeLimitPerMinute: limit });
});
afterAll(async () => {
  await stack?.stop();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A request from a chosen loopback address (Linux routes all of 127.0.0.0/8 to lo), so each test is
 * its own client: the local server keys the limit on the socket's address, as WAF keys on the address
 * CloudFront sees.
 */
function send(
  from: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const { port } = stack.server.address() as AddressInfo;
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: init.method ?? 'GET',
        localAddress: from,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const join = (from: string, email: string, headers: Record<string, string> = {}) =>
  send(from, '/network/members', {
    method: 'POST',
    headers,
    body: { name: 'Åke Ödman', email, language: 'sv', consent: true },
  });

const member = async (email: string) =>
  (
    await createDocumentClient(stack.dynamoEndpoint).send(
      new GetCommand({
        TableName: stack.tableName,
        Key: keys.member(emailHash(email, process.env.EMAIL_PEPPER ?? '')),
      }),
    )
  ).Item;

/** `limit` writes from one client, one after the other; their statuses. */
async function useUpBudget(from: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < limit; i++) statuses.push((await join(from, `budget-${from}-${i}@example.org`)).status);
  return statuses;
}

describe('local per-IP write limit', () => {
  it(`lets ${limit} writes through and answers the next with 429 problem+json and Retry-After, storing nothing`, async () => {
    // Prepare
    const client = '127.0.0.11';
    const passed = await useUpBudget(client);
    // Act
    const refused = await join(client, 'one-too-many@example.org', { 'accept-language': 'fi' });
    // Assess
    expect(passed).toEqual(Array(limit).fill(202));
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(refused.body)).toMatchObject({
      type: '/problems/throttled',
      status: 429,
      title: 'Liian monta pyyntöä',
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await member('budget-127.0.0.11-0@example.org')).toBeDefined();
    expect(await member('one-too-many@example.org')).toBeUndefined();
  });

  it('does not limit reads: pages, content and health still answer once the writes are used up', async () => {
    // Prepare
    const client = '127.0.0.12';
    await useUpBudget(client);
    // Act
    const reads = [];
    for (let i = 0; i < limit + 2; i++) {
      reads.push((await send(client, '/health')).status, (await send(client, '/content/events')).status);
    }
    const page = await send(client, '/sv/');
    // Assess
    expect(reads).toEqual(Array(2 * (limit + 2)).fill(200));
    expect(page.status).toBe(200);
  });

  it('keeps a budget per client address, which X-Forwarded-For cannot change', async () => {
    // Prepare
    const client = '127.0.0.13';
    await useUpBudget(client);
    // Act
    const spoofed = await join(client, 'spoofed@example.org', { 'x-forwarded-for': '203.0.113.9' });
    const otherClient = await join('127.0.0.14', 'other-client@example.org');
    // Assess
    expect(spoofed.status).toBe(429);
    expect(otherClient.status).toBe(202);
    expect(await member('other-client@example.org')).toBeDefined();
  });

  it('leaves the webhook and admin routes to their own budgets (in AWS), not the public write limit', async () => {
    // Prepare
    const client = '127.0.0.15';
    await useUpBudget(client);
    // Act
    const webhook = await send(client, '/webhooks/sanity', { method: 'POST', body: { _id: 'x' } });
    const admin = await send(client, '/admin/people?email=someone@example.org', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    // Assess: the webhook's own answer (no signature), the admin route's own answer.
    expect(webhook.status).toBe(401);
    expect(admin.status).toBe(200);
    expect(JSON.parse(admin.body)).toMatchObject({ email: 'someone@example.org', erased: [] });
  });

  it('gives signed-in staff the console’s own budget: their form posts neither count as public writes nor are refused by them', async () => {
    // Prepare: a coordinator's session and a form's CSRF token; the posts then come from one address.
    const staff = new StaffBrowser(stack);
    const { response } = await staff.signIn('coordinator@example.org');
    const csrf = StaffBrowser.csrfOf(await response.text());
    const cookie = [...staff.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const client = '127.0.0.16';
    // `send` posts JSON; a console form goes urlencoded.
    const form = (n: number) =>
      new URLSearchParams({ _csrf: csrf, email: `nobody-${n}@example.org` }).toString();
    const post = (n: number) =>
      new Promise<number>((resolve, reject) => {
        const { port } = stack.server.address() as AddressInfo;
        const body = form(n);
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/sv/console/people/erase',
            method: 'POST',
            localAddress: client,
            headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    // Act
    const before: number[] = [];
    for (let i = 0; i < limit + 2; i++) before.push(await post(i));
    const publicWrites = await useUpBudget(client);
    const after: number[] = [];
    for (let i = 0; i < limit + 2; i++) after.push(await post(100 + i));
    // Assess: every post done (post/redirect/get), and the public budget whole until its own writes.
    expect(before).toEqual(Array(limit + 2).fill(303));
    expect(publicWrites).toEqual(Array(limit).fill(202));
    expect((await join(client, 'over-budget@example.org')).status).toBe(429);
    expect(after).toEqual(Array(limit + 2).fill(303));
  });
});
