import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledReminders } from '../../shared/nominations/requests';
import { createDocumentClient } from '../../shared/table/client';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox, setMailBudget, settleMail } from '../support/mail';
import { publishRound, roundDocument } from '../support/rounds-fixture';
import { bodyOf, waitFor } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  // These tests open a round after round within minutes, each mailing the same seed contacts.
  await setMailBudget(stack, { perTenMinutes: 100, perDay: 1000 });
});
afterAll(async () => {
  await stack?.stop();
});

const SEED_ROUND = 'nominationRound-example-2027';
const seed = readFileSync('sanity/seed/dataset.ndjson', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const contactToOrg = new Map(
  seed
    .filter((d) => d._type === 'organization' && d.nominationContact)
    .map((d) => [d.nominationContact.email, d._id]),
);

const asCoordinator = (path: string, method = 'GET') =>
  stack.request(path, { method, headers: { authorization: `Bearer ${stack.token('coordinator')}` } });
const put = (token: string, body: unknown, lang = 'sv') =>
  stack.request(`/nominations/${token}?lang=${lang}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
/** Mails of a round: test rounds carry their id in the title (so in the subject); the seed round is the rest. */
const mailsOf = async (template: string, round: string) =>
  (await readOutbox(stack.outboxDir)).filter(
    (m) =>
      m.template === template &&
      (round === SEED_ROUND ? !m.subject.includes('nominationRound-test-') : m.subject.includes(round)),
  );
const tokenIn = (text: string) => /\/nominations\/([\w-]+)/.exec(text)?.[1] ?? '';
const nominee = (
  seat: number,
  role: 'member' | 'deputy',
  gender?: string,
  name = `N ${seat} ${role} ${gender}`,
) => ({
  seat,
  role,
  name,
  email: `${name.replace(/\W+/g, '-').toLowerCase()}@example.org`,
  language: 'sv',
  ...(gender ? { gender } : {}),
});

describe('opening a round', () => {
  it('creates 15 requests and 15 mails for the seed round, none the second time, each link its own', async () => {
    // Act
    const first = await asCoordinator(`/admin/nomination-rounds/${SEED_ROUND}/requests`, 'POST');
    const second = await asCoordinator(`/admin/nomination-rounds/${SEED_ROUND}/requests`, 'POST');
    const mails = await waitFor(async () => {
      const found = await mailsOf('nomination-request', SEED_ROUND);
      return found.length >= 15 && found;
    });
    await settleMail(stack);
    // Assess
    expect(first.status).toBe(201);
    expect(await bodyOf(first)).toEqual({ created: 15, existing: 0 });
    expect(await bodyOf(second)).toEqual({ created: 0, existing: 15 });
    expect(await mailsOf('nomination-request', SEED_ROUND)).toHaveLength(15);
    for (const mail of mails) {
      const address = /<?([\w.@-]+@example\.org)>?/.exec(mail.to)?.[1] ?? '';
      const view = await bodyOf(await stack.request(`/nominations/${tokenIn(mail.text)}`));
      expect(view.organization.id).toBe(contactToOrg.get(address));
      expect(view.round.id).toBe(SEED_ROUND);
    }
    const laihela = mails.find((m) => m.to.includes('laihela'));
    expect(laihela?.language).toBe('fi');
    expect(mails.find((m) => m.to.includes('jakobstad'))?.language).toBe('sv');
    const overview = await bodyOf(await asCoordinator(`/admin/nomination-rounds/${SEED_ROUND}`));
    expect(overview.requests).toHaveLength(15);
    expect(overview.requests.every((r: { status: string }) => r.status === 'pending')).toBe(true);
  });

  it('keeps each organisation to its own request, and refuses made-up or tampered links', async () => {
    // Prepare
    const mails = await mailsOf('nomination-request', SEED_ROUND);
    const vasa = tokenIn(mails.find((m) => m.to.includes('vasa'))?.text ?? '');
    const larsmo = tokenIn(mails.find((m) => m.to.includes('larsmo'))?.text ?? '');
    // Act
    const saved = await put(vasa, { nominees: [nominee(1, 'member', 'woman'), nominee(1, 'member', 'man')] });
    const larsmoView = await bodyOf(await stack.request(`/nominations/${larsmo}`));
    const tampered = await stack.request(
      `/nominations/${vasa.slice(0, -1)}${vasa.endsWith('A') ? 'B' : 'A'}`,
    );
    const madeUp = await put('not-a-real-token', { nominees: [] });
    // Assess
    expect(saved.status).toBe(200);
    expect(larsmoView.answer).toBeNull();
    expect(larsmoView.organization.id).toBe('organization-larsmo');
    expect(tampered.status).toBe(404);
    expect(madeUp.status).toBe(404);
  });

  it('guards the admin routes: 401 without a token, 403 for the jury', async () => {
    // Act
    const anonymous = await stack.request(`/admin/nomination-rounds/${SEED_ROUND}`);
    const jury = await stack.request(`/admin/nomination-rounds/${SEED_ROUND}/requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.token('jury')}` },
    });
    // Assess
    expect(anonymous.status).toBe(401);
    expect(jury.status).toBe(403);
  });
});

describe('seat rules', () => {
  let token: string;
  let roundId: string;
  beforeAll(async () => {
    roundId = await publishRound(stack, roundDocument());
    await asCoordinator(`/admin/nomination-rounds/${roundId}/requests`, 'POST');
    const mail = await waitFor(async () =>
      (await mailsOf('nomination-request', roundId)).find((m) => m.to.includes('jakobstad')),
    );
    token = tokenIn(mail.text);
  });

  it('refuses more nominees than a seat takes, naming the seat', async () => {
    // Act
    const response = await put(token, {
      nominees: [nominee(1, 'member', 'woman'), nominee(1, 'member', 'man'), nominee(1, 'member', 'other')],
    });
    const noSuchSeat = await put(token, { nominees: [nominee(2, 'member', 'woman')] }, 'en');
    // Assess
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors).toEqual([
      { path: 'nominees.0.seat', message: 'Plats 1 (ledamot): högst 2 nominerade.' },
    ]);
    expect(noSuchSeat.status).toBe(400);
    expect((await bodyOf(noSuchSeat)).errors[0].message).toBe(
      'Seat 2 (member) does not exist: the round has 1 such seat.',
    );
  });

  it('refuses a one-gender seat without justification, naming the seat, and accepts it with one', async () => {
    // Prepare
    const oneGender = {
      nominees: [
        nominee(1, 'member', 'woman'),
        nominee(1, 'member', 'woman', 'Other Woman'),
        nominee(1, 'deputy', 'man'),
        nominee(1, 'deputy', 'woman'),
      ],
    };
    // Act
    const without = await put(token, oneGender, 'en');
    const withReason = await put(
      token,
      { ...oneGender, justification: 'Only women applied for the member seat.' },
      'en',
    );
    // Assess
    expect(without.status).toBe(400);
    const problem = await bodyOf(without);
    expect(problem.errors).toEqual([
      { path: 'justification', message: 'Seat 1 (member): a man is missing among the nominees.' },
    ]);
    expect(problem.deviations).toEqual([{ seat: 1, role: 'member', missing: ['man'] }]);
    expect(withReason.status).toBe(200);
    expect(await bodyOf(withReason)).toEqual({
      version: 1,
      deviations: [
        {
          seat: 1,
          role: 'member',
          missing: ['man'],
          message: 'Seat 1 (member): a man is missing among the nominees.',
        },
      ],
    });
  });

  it('keeps every answer as a version, listed in order', async () => {
    // Act
    const second = await put(token, {
      nominees: [
        nominee(1, 'member', 'woman'),
        nominee(1, 'member', 'man'),
        nominee(1, 'deputy', 'woman'),
        nominee(1, 'deputy', 'man'),
      ],
    });
    const view = await bodyOf(await stack.request(`/nominations/${token}`));
    // Assess
    expect(await bodyOf(second)).toEqual({ version: 2, deviations: [] });
    expect(view.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(view.versions[0].justification).toBe('Only women applied for the member seat.');
    expect(view.answer.version).toBe(2);
    expect(view.status).toBe('answered');
  });

  it('answers 409 once the deadline has passed, and writes nothing', async () => {
    // Prepare: the editor moves the deadline into the past
    await publishRound(
      stack,
      roundDocument({
        _id: roundId,
        _updatedAt: new Date().toISOString(),
        deadline: new Date(Date.now() - 60_000).toISOString(),
      }),
    );
    // Act
    const late = await put(token, { nominees: [nominee(1, 'member', 'man')] });
    const view = await bodyOf(await stack.request(`/nominations/${token}`));
    // Assess
    expect(late.status).toBe(409);
    expect((await bodyOf(late)).type).toBe('/problems/deadline-passed');
    expect(view.answer.version).toBe(2);
    expect(view.open).toBe(false);
    const overview = await bodyOf(await asCoordinator(`/admin/nomination-rounds/${roundId}`));
    expect(
      overview.requests.find((r: { organizationId: string }) => r.organizationId === 'organization-vasa')
        .status,
    ).toBe('overdue');
  });
});

describe('coordinator view', () => {
  it('shows the balance of members and deputies apart, and the CSV without gender', async () => {
    // Prepare: three organisations; hand-computed below
    const roundId = await publishRound(
      stack,
      roundDocument({ askBothGenders: false, seats: { members: 2, deputies: 1 } }),
    );
    await asCoordinator(`/admin/nomination-rounds/${roundId}/requests`, 'POST');
    const mails = await waitFor(async () => {
      const found = await mailsOf('nomination-request', roundId);
      return found.length === 3 && found;
    });
    const token = (org: string) => tokenIn(mails.find((m) => m.to.includes(org))?.text ?? '');
    await put(token('vasa'), {
      nominees: [
        nominee(1, 'member', 'woman', 'Vasa A'),
        nominee(2, 'member', 'man', 'Vasa B'),
        nominee(1, 'deputy', 'woman', 'Vasa C'),
      ],
    });
    await put(token('jakobstad'), {
      nominees: [
        nominee(1, 'member', 'woman', 'Jak A'),
        nominee(2, 'member', 'woman', 'Jak B'),
        nominee(1, 'deputy', undefined, '=cmd|calc'),
      ],
    });
    // Act
    const overview = await bodyOf(await asCoordinator(`/admin/nomination-rounds/${roundId}`));
    const csvBytes = Buffer.from(
      await (await asCoordinator(`/admin/nomination-rounds/${roundId}/nominees.csv`)).arrayBuffer(),
    );
    // Assess
    // Members: women 3 (Vasa A, Jak A, Jak B), men 1 → n=4, minimum ceil(1.6)=2 → men short → not balanced.
    expect(overview.balance.members).toEqual({
      women: 3,
      men: 1,
      other: 0,
      undisclosed: 0,
      total: 4,
      minimum: 2,
      womenReach40: true,
      menReach40: false,
      meets40: false,
    });
    // Deputies: woman 1, undisclosed 1 → n=2, minimum 1 → men 0 → not balanced.
    expect(overview.balance.deputies).toEqual({
      women: 1,
      men: 0,
      other: 0,
      undisclosed: 1,
      total: 2,
      minimum: 1,
      womenReach40: true,
      menReach40: false,
      meets40: false,
    });
    expect(overview.requests.map((r: { status: string }) => r.status).sort()).toEqual([
      'answered',
      'answered',
      'pending',
    ]);
    expect(JSON.stringify(overview.requests)).not.toContain('gender');
    const csv = csvBytes.toString('utf8');
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).not.toMatch(/woman|gender/);
    expect(csv).toContain("'=cmd|calc");
  });
});

describe('reminders', () => {
  it('reminds only organisations that have not answered, and not twice the same day', async () => {
    // Prepare
    const roundId = await publishRound(stack, roundDocument());
    await asCoordinator(`/admin/nomination-rounds/${roundId}/requests`, 'POST');
    const mails = await waitFor(async () => {
      const found = await mailsOf('nomination-request', roundId);
      return found.length === 3 && found;
    });
    await put(tokenIn(mails.find((m) => m.to.includes('vasa'))?.text ?? ''), {
      nominees: [nominee(1, 'member', 'woman'), nominee(1, 'member', 'man')],
    });
    // Act
    const first = await bodyOf(await asCoordinator(`/admin/nomination-rounds/${roundId}/reminders`, 'POST'));
    const second = await bodyOf(await asCoordinator(`/admin/nomination-rounds/${roundId}/reminders`, 'POST'));
    const reminders = await waitFor(async () => {
      const found = await mailsOf('nomination-reminder', roundId);
      return found.length === 2 && found;
    });
    // Assess
    expect(first).toEqual({ sent: 2 });
    expect(second).toEqual({ sent: 0 });
    expect(reminders.map((m) => m.to).sort()).toEqual([
      expect.stringContaining('jakobstad'),
      expect.stringContaining('laihela'),
    ]);
    const view = await bodyOf(await stack.request(`/nominations/${tokenIn(reminders[0]?.text ?? '')}`));
    expect(view.round.id).toBe(roundId);
  });

  it('runs the daily job seven days before the deadline and not on other days', async () => {
    // Prepare
    const deadline = new Date(Date.now() + 7 * 86_400_000);
    const roundId = await publishRound(stack, roundDocument({ deadline: deadline.toISOString() }));
    await asCoordinator(`/admin/nomination-rounds/${roundId}/requests`, 'POST');
    const table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
    // Act
    const today = await scheduledReminders({
      table,
      pepper: process.env.EMAIL_PEPPER ?? '',
      now: new Date(),
    });
    const twoDaysLater = await scheduledReminders({
      table,
      pepper: process.env.EMAIL_PEPPER ?? '',
      now: new Date(Date.now() + 2 * 86_400_000),
    });
    // Assess
    expect(today.find((r) => r.roundId === roundId)).toEqual({ roundId, sent: 3 });
    expect(twoDaysLater.find((r) => r.roundId === roundId)).toBeUndefined();
  });
});
