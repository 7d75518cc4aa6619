import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionSettings } from '../../shared/content/settings-cache';
import { emailHash } from '../../shared/crypto';
import { join as joinNetwork } from '../../shared/membership/membership';
import { getSecret } from '../../shared/secrets';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox, stackMail, waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const json = (method: string, body?: unknown) => ({
  method,
  headers: { 'content-type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
const join = (email: string, extra: Record<string, unknown> = {}) =>
  stack.request(
    '/network/members',
    json('POST', { name: 'Åke Ödman', email, language: 'sv', consent: true, ...extra }),
  );
const member = async (email: string) =>
  (
    await createDocumentClient(stack.dynamoEndpoint).send(
      new GetCommand({
        TableName: stack.tableName,
        Key: keys.member(emailHash(email, process.env.EMAIL_PEPPER ?? '')),
      }),
    )
  ).Item;
const admin = (path: string) =>
  stack.request(path, { headers: { authorization: `Bearer ${stack.token('coordinator')}` } });

describe('network membership', () => {
  it('joins with double opt-in: pending until the mailed link confirms, then listed', async () => {
    // Prepare
    const email = 'ake@example.org';
    // Act
    const joined = await join(email, {
      interests: ['focusArea-mangfald-i-arbetsliv-och-utbildning'],
      wantsToCoordinate: true,
      organization: 'Förening r.f.',
    });
    const pending = await member(email);
    const confirmMail = await waitForMail(stack.outboxDir, email, 'membership-confirm');
    const token = /network\/confirm\/([\w-]+)/.exec(confirmMail.text)?.[1];
    const confirmed = await stack.request('/network/members/confirm', json('POST', { token }));
    const again = await stack.request('/network/members/confirm', json('POST', { token }));
    // Assess
    expect(joined.status).toBe(202);
    expect(await bodyOf(joined)).toEqual({ status: 'pending' });
    expect(pending).toMatchObject({ status: 'pending', wantsToCoordinate: true });
    expect(pending?.expiresAt).toBeGreaterThan(Date.now() / 1000);
    expect(confirmed.status).toBe(200);
    expect(await bodyOf(confirmed)).toEqual({ status: 'active' });
    expect(await bodyOf(again)).toEqual({ status: 'active' });
    const active = await member(email);
    expect(active?.status).toBe('active');
    expect(active?.expiresAt).toBeUndefined();
    await waitForMail(stack.outboxDir, email, 'membership-welcome');
    const list = await bodyOf(await admin('/admin/network/members'));
    expect(list.items).toContainEqual(
      expect.objectContaining({
        name: 'Åke Ödman',
        email,
        interests: ['focusArea-mangfald-i-arbetsliv-och-utbildning'],
        wantsToCoordinate: true,
      }),
    );
    const bytes = Buffer.from(await (await admin('/admin/network/members.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('Åke Ödman,ake@example.org,Förening r.f.');
  });

  it('answers an active member joining again the same way, and mails a note instead of a second sign-up', async () => {
    // Prepare
    const email = 'twice@example.org';
    await join(email);
    const token = /network\/confirm\/([\w-]+)/.exec(
      (await waitForMail(stack.outboxDir, email, 'membership-confirm')).text,
    )?.[1];
    await stack.request('/network/members/confirm', json('POST', { token }));
    // Act
    const second = await join(email, { name: 'Someone Else' });
    // Assess
    expect(second.status).toBe(202);
    expect(await bodyOf(second)).toEqual({ status: 'pending' });
    await waitForMail(stack.outboxDir, email, 'membership-already');
    expect(await member(email)).toMatchObject({ status: 'active', name: 'Åke Ödman' });
  });

  it('erases the member and their membership mail on leaving, and answers the link again', async () => {
    // Prepare
    const email = 'leaver@example.org';
    await join(email);
    const token = /network\/confirm\/([\w-]+)/.exec(
      (await waitForMail(stack.outboxDir, email, 'membership-confirm')).text,
    )?.[1];
    await stack.request('/network/members/confirm', json('POST', { token }));
    const welcome = await waitForMail(stack.outboxDir, email, 'membership-welcome');
    const leaveToken = /network\/leave\/([\w-]+)/.exec(welcome.text)?.[1];
    // Act
    const left = await stack.request(`/network/members/${leaveToken}`, { method: 'DELETE' });
    const leftAgain = await stack.request(`/network/members/${leaveToken}`, { method: 'DELETE' });
    const held = await bodyOf(await admin(`/admin/people?email=${email}`));
    // Assess
    expect(left.status).toBe(200);
    expect(await bodyOf(left)).toEqual({ status: 'left' });
    expect(await bodyOf(leftAgain)).toEqual({ status: 'left' });
    expect(await member(email)).toBeUndefined();
    expect(held.items).toEqual([]);
  });

  it('answers 404 for made-up links and 400 without consent', async () => {
    // Act
    const confirm = await stack.request('/network/members/confirm', json('POST', { token: 'made-up' }));
    const leave = await stack.request('/network/members/made-up', { method: 'DELETE' });
    const noConsent = await stack.request(
      '/network/members',
      json('POST', { name: 'X', email: 'x@example.org', language: 'sv' }),
    );
    // Assess
    expect(confirm.status).toBe(404);
    expect(leave.status).toBe(404);
    expect(noConsent.status).toBe(400);
    expect((await bodyOf(noConsent)).errors).toEqual([{ path: 'consent', message: 'Obligatoriskt fält.' }]);
    expect((await readOutbox(stack.outboxDir)).filter((m) => m.to.includes('x@example.org'))).toEqual([]);
  });

  it('queues one confirmation mail for 61 sign-ups of one unconfirmed address at once, and answers each alike', async () => {
    // Prepare
    const email = 'flooded@example.org';
    // Act: an attacker signs someone else's address up again and again, with a name of their own
    const responses = await Promise.all(
      Array.from({ length: 61 }, (_, i) => join(email, { name: `Written by the attacker ${i}` })),
    );
    // Assess
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([202]));
    expect(new Set(await Promise.all(responses.map((r) => r.text())))).toEqual(
      new Set([JSON.stringify({ status: 'pending' })]),
    );
    const mails = await stackMail(stack).to(email);
    expect(mails.map((m) => m.template)).toEqual(['membership-confirm']);
    expect(await member(email)).toMatchObject({ status: 'pending', name: mails[0]?.data.name });
  });

  it('makes the same DynamoDB round trips for a member as for a new address, mailed or within ten minutes', async () => {
    // Prepare: a member, and a client on the same table that counts what it sends
    const memberEmail = 'counted-member@example.org';
    await join(memberEmail);
    const confirmMail = await stackMail(stack).latest(memberEmail, 'membership-confirm');
    await stack.request(
      '/network/members/confirm',
      json('POST', { token: confirmMail.secrets.confirmToken }),
    );
    const sent: string[] = [];
    const doc = createDocumentClient(stack.dynamoEndpoint);
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'countRoundTrips' },
    );
    const deps = {
      table: { name: stack.tableName, doc },
      pepper: await getSecret('emailPepper'),
      now: new Date(),
    };
    await retentionSettings(deps.table); // the settings are read once per container, not per sign-up
    const signUp = async (email: string) => {
      sent.length = 0;
      await joinNetwork(deps, { name: 'Counted', email, language: 'sv', consent: true }, undefined);
      return [...sent];
    };
    // Act: each twice, the second time within the ten minutes (no mail)
    const member = [await signUp(memberEmail), await signUp(memberEmail)];
    const fresh = [await signUp('counted-new@example.org'), await signUp('counted-new@example.org')];
    // Assess
    expect(member).toEqual(fresh);
    expect(fresh[0]).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect(fresh[1]).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    expect((await stackMail(stack).to(memberEmail)).map((m) => m.template)).toEqual([
      'membership-confirm',
      'membership-welcome',
      'membership-already',
    ]);
    expect((await stackMail(stack).to('counted-new@example.org')).map((m) => m.template)).toEqual([
      'membership-confirm',
    ]);
  });
});
