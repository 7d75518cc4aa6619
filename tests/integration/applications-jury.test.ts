import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from '../../shared/crypto';
import {
  applicationBody,
  businessIdFor,
  campaignDocument,
  publishCampaign,
} from '../support/campaigns-fixture';
import { assignJury, jurorToken } from '../support/jury';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox, settleMail, stackMail, waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
let campaignId: string;
const ids: Record<'a' | 'b' | 'draft' | 'withdrawn', { applicationId: string; editToken: string }> =
  {} as never;
let juror: (name: string) => string;

const send = (path: string, method: string, token: string | undefined, body?: unknown) =>
  stack.request(path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
const review = (applicationId: string, token: string, body: unknown, lang = 'en') =>
  send(
    `/admin/campaigns/${campaignId}/applications/${applicationId}/review?lang=${lang}`,
    'PUT',
    token,
    body,
  );
const scores = (equalPay: number, careers: number, plan: number) => ({
  scores: { 'equal-pay': equalPay, careers, 'equality-plan': plan },
  conflictOfInterest: false,
});

/** The staff activity log's review entries, as a coordinator reads them (GET /admin/activity). */
const reviewEntries = async () =>
  (await bodyOf(await send('/admin/activity', 'GET', stack.token('coordinator')))).items.filter(
    (e: { action: string }) => e.action.startsWith('review.'),
  );

/** Every key anywhere in a JSON value. */
const keysIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)])
      : [];

beforeAll(async () => {
  stack = await startTestStack();
  // A juror's token carries the email they are assigned by; juror-1 … juror-3 are on this campaign's jury.
  juror = (name: string) => jurorToken(stack, name, `${name}@jury.test`);
  campaignId = await publishCampaign(stack, campaignDocument());
  await assignJury(stack, campaignId, ['juror-1@jury.test', 'juror-2@jury.test', 'juror-3@jury.test']);
  const apply = async (n: number, overrides: Parameters<typeof applicationBody>[1] = {}) => {
    const body = applicationBody(businessIdFor(n), overrides);
    const response = await stack.request(`/campaigns/${campaignId}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const created = await bodyOf(response);
    // The edit link goes to the contact by mail only.
    return {
      ...created,
      editToken: await stackMail(stack).editToken(body.contact.email, created.applicationId),
    };
  };
  ids.a = await apply(1, {
    company: { name: 'Alfa Ab' },
    contact: { email: 'alfa@example.org', language: 'en' },
  });
  ids.b = await apply(2, { company: { name: 'Beta Oy' }, contact: { email: 'beta@example.org' } });
  ids.draft = await apply(3, { company: { name: 'Utkast Ab' }, submit: false });
  ids.withdrawn = await apply(4, { company: { name: 'Återkallad Ab' } });
  await stack.request(`/applications/${ids.withdrawn.editToken}`, { method: 'DELETE' });
});
afterAll(async () => {
  await stack?.stop();
});

describe('who may do what', () => {
  it('answers 401 without a token and 403 for a coordinator on the jury’s review route', async () => {
    // Act
    const anonymous = await review(ids.a.applicationId, '', scores(1, 1, 1));
    const coordinator = await review(ids.a.applicationId, stack.token('coordinator'), scores(1, 1, 1));
    // Assess
    expect(anonymous.status).toBe(401);
    expect(coordinator.status).toBe(403);
    expect((await bodyOf(coordinator)).type).toBe('/problems/forbidden');
  });

  it('keeps the ranking, the decisions and the CSV to coordinators (403 for the jury)', async () => {
    // Prepare
    const token = juror('juror-nosy');
    // Act
    const statuses = await Promise.all([
      send(`/admin/campaigns/${campaignId}/ranking`, 'GET', token),
      send(`/admin/campaigns/${campaignId}/applications.csv`, 'GET', token),
      send(`/admin/campaigns/${campaignId}/applications/${ids.a.applicationId}/decision`, 'POST', token, {
        status: 'winner',
      }),
      send(`/admin/campaigns/${campaignId}/proposals`, 'GET', token),
    ]);
    // Assess
    expect(statuses.map((r) => r.status)).toEqual([403, 403, 403, 403]);
  });
});

describe('GET /admin/campaigns/{campaignId}/applications', () => {
  it('shows the jury submitted applications only, without the contact’s email and phone anywhere', async () => {
    // Act
    const response = await send(`/admin/campaigns/${campaignId}/applications`, 'GET', juror('juror-1'));
    // Assess
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.items.map((i: { company: { name: string } }) => i.company.name).sort()).toEqual([
      'Alfa Ab',
      'Beta Oy',
    ]);
    const allKeys = keysIn(body);
    expect(allKeys).not.toContain('email');
    expect(allKeys).not.toContain('phone');
    expect(text).not.toContain('@example.org');
    expect(text).not.toContain('123 4567');
    expect(body.items[0].contact).toEqual({ name: 'Åsa Öberg', language: expect.any(String) });
    expect(body.items[0].questions.length).toBeGreaterThan(0);
  });

  it('shows the coordinator every application, drafts and withdrawn ones too, with contact details', async () => {
    // Act
    const body = await bodyOf(
      await send(`/admin/campaigns/${campaignId}/applications`, 'GET', stack.token('coordinator')),
    );
    // Assess
    const byName = Object.fromEntries(
      body.items.map((i: { company: { name: string } }) => [i.company.name, i] as const),
    ) as Record<string, any>;
    expect(Object.keys(byName).sort()).toEqual(['Alfa Ab', 'Beta Oy', 'Utkast Ab', 'Återkallad Ab']);
    expect(byName['Utkast Ab'].status).toBe('draft');
    expect(byName['Återkallad Ab'].status).toBe('withdrawn');
    expect(byName['Alfa Ab'].contact).toMatchObject({ email: 'alfa@example.org', phone: '+358 40 123 4567' });
  });
});

describe('PUT …/applications/{applicationId}/review', () => {
  it('answers 400 naming each criterion missing, unknown or out of range', async () => {
    // Act
    const response = await review(ids.a.applicationId, juror('juror-1'), {
      scores: { 'equal-pay': 6, careers: 3, 'team-spirit': 4 },
      conflictOfInterest: false,
    });
    // Assess
    expect(response.status).toBe(400);
    const paths = (await bodyOf(response)).errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['scores.equal-pay']);
    const second = await review(ids.a.applicationId, juror('juror-1'), {
      scores: { 'equal-pay': 4, careers: 3, 'team-spirit': 4 },
      conflictOfInterest: false,
    });
    expect((await bodyOf(second)).errors).toEqual([
      { path: 'scores.team-spirit', message: 'The campaign has no such criterion.' },
      { path: 'scores.equality-plan', message: 'Give this criterion a score from 0 to 5.' },
    ]);
  });

  it('answers 409 for a draft or a withdrawn application and 404 for an unknown one', async () => {
    // Act
    const draft = await review(ids.draft.applicationId, juror('juror-1'), scores(1, 1, 1));
    const withdrawn = await review(ids.withdrawn.applicationId, juror('juror-1'), scores(1, 1, 1));
    const unknown = await review(ulid(), juror('juror-1'), scores(1, 1, 1));
    // Assess
    expect([draft.status, withdrawn.status, unknown.status]).toEqual([409, 409, 404]);
    expect((await bodyOf(draft)).type).toBe('/problems/application-not-submitted');
    expect(await reviewEntries()).toEqual([]);
  });
});

describe('GET /admin/campaigns/{campaignId}/ranking', () => {
  it('ranks by the mean of the reviews’ weighted means, leaving out the review with a declared conflict', async () => {
    // Prepare: weights equal-pay 3, careers 2, equality-plan 1 (Σ = 6)
    // Alfa: juror-1 (3, 4, 5) → (3·3 + 2·4 + 1·5) / 6 = 22/6 = 3.6667
    //       juror-2 (5, 5, 5) → 30/6 = 5
    //       juror-3 declares a conflict (its zeros are dropped; counted, they would sink Alfa to 2.889)
    //       → (22/6 + 5) / 2 = 52/12 = 4.3333
    // Beta: juror-1 first (0, 0, 0), then re-scores (4, 4, 4) → 24/6 = 4 (the re-score replaces the first)
    //       juror-2 (5, 3, 1) → (15 + 6 + 1) / 6 = 22/6 = 3.6667
    //       → (4 + 22/6) / 2 = 46/12 = 3.8333
    const responses = [
      await review(ids.a.applicationId, juror('juror-1'), scores(3, 4, 5)),
      await review(ids.a.applicationId, juror('juror-2'), scores(5, 5, 5)),
      await review(ids.a.applicationId, juror('juror-3'), { ...scores(0, 0, 0), conflictOfInterest: true }),
      await review(ids.b.applicationId, juror('juror-1'), scores(0, 0, 0)),
      await review(ids.b.applicationId, juror('juror-1'), scores(4, 4, 4)),
      await review(ids.b.applicationId, juror('juror-2'), scores(5, 3, 1)),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await bodyOf(responses[2] as Response)).toMatchObject({
      juror: 'juror-3',
      conflictOfInterest: true,
    });
    // One staff activity entry per review written, re-scoring included; the scores stay out of it.
    const logged = await reviewEntries();
    expect(logged.map((e: { actor: string }) => e.actor).sort()).toEqual([
      'juror-1@jury.test',
      'juror-1@jury.test',
      'juror-1@jury.test',
      'juror-2@jury.test',
      'juror-2@jury.test',
      'juror-3@jury.test',
    ]);
    expect(
      logged.filter((e: { target: { id: string } }) => e.target.id === ids.b.applicationId),
    ).toHaveLength(3);
    expect(JSON.stringify(logged)).not.toContain('scores');
    // Act
    const ranking = await bodyOf(
      await send(`/admin/campaigns/${campaignId}/ranking`, 'GET', stack.token('coordinator')),
    );
    // Assess
    expect(ranking.criteria).toEqual([
      { key: 'equal-pay', weight: 3 },
      { key: 'careers', weight: 2 },
      { key: 'equality-plan', weight: 1 },
    ]);
    expect(ranking.items).toEqual([
      {
        rank: 1,
        applicationId: ids.a.applicationId,
        company: { name: 'Alfa Ab', businessId: businessIdFor(1), municipality: 'organization-vasa' },
        score: 4.333,
        reviewCount: 2,
        conflictCount: 1,
        criteria: { 'equal-pay': 4, careers: 4.5, 'equality-plan': 5 },
        // Spreads 5 − 3, 5 − 4, 5 − 5: all under half the scale (2.5).
        spread: { 'equal-pay': 2, careers: 1, 'equality-plan': 0 },
        discuss: false,
        disagreements: [],
      },
      {
        rank: 2,
        applicationId: ids.b.applicationId,
        company: { name: 'Beta Oy', businessId: businessIdFor(2), municipality: 'organization-vasa' },
        score: 3.833,
        reviewCount: 2,
        conflictCount: 0,
        criteria: { 'equal-pay': 4.5, careers: 3.5, 'equality-plan': 2.5 },
        // The equality plan scored 4 and 1: a spread of 3 ≥ 2.5, to be discussed.
        spread: { 'equal-pay': 1, careers: 1, 'equality-plan': 3 },
        discuss: true,
        disagreements: ['equality-plan'],
      },
    ]);
  });
});

describe('POST …/applications/{applicationId}/decision', () => {
  it('records the decision, mails it in the contact’s language once, and locks the application', async () => {
    // Prepare
    const coordinator = stack.token('coordinator');
    const path = `/admin/campaigns/${campaignId}/applications/${ids.a.applicationId}/decision`;
    // Act
    const first = await send(path, 'POST', coordinator, { status: 'winner' });
    const mail = await waitForMail(stack.outboxDir, 'alfa@example.org', 'application-decision');
    const again = await send(path, 'POST', coordinator, { status: 'winner' });
    const edit = await stack.request(`/applications/${ids.a.editToken}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody(businessIdFor(1), { company: { name: 'Alfa Ab' } })),
    });
    const draft = await send(
      `/admin/campaigns/${campaignId}/applications/${ids.draft.applicationId}/decision`,
      'POST',
      coordinator,
      { status: 'shortlisted' },
    );
    // Assess
    expect(first.status).toBe(200);
    expect(await bodyOf(first)).toEqual({ applicationId: ids.a.applicationId, decision: 'winner' });
    expect(again.status).toBe(200);
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('Congratulations, you have won: Equality Company of the Year 2027');
    expect(mail.text).toContain(
      'The jury has chosen Alfa Ab as the winner of Equality Company of the Year 2027.',
    );
    await settleMail(stack);
    const decisionMails = (await readOutbox(stack.outboxDir)).filter(
      (m) => m.to.includes('alfa@example.org') && m.template === 'application-decision',
    );
    expect(decisionMails).toHaveLength(1);
    expect(edit.status).toBe(409);
    expect(draft.status).toBe(409);
    const ranking = await bodyOf(await send(`/admin/campaigns/${campaignId}/ranking`, 'GET', coordinator));
    expect(ranking.items[0]).toMatchObject({ applicationId: ids.a.applicationId, decision: 'winner' });
  });
});

describe('GET /admin/campaigns/{campaignId}/applications.csv', () => {
  it('exports every application with a BOM, one column per question, and formula-safe cells', async () => {
    // Prepare
    const response0 = await stack.request(`/campaigns/${campaignId}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        applicationBody(businessIdFor(5), { company: { name: '=HYPERLINK("https://evil.example")' } }),
      ),
    });
    expect(response0.status).toBe(201);
    // Act
    const response = await send(
      `/admin/campaigns/${campaignId}/applications.csv`,
      'GET',
      stack.token('coordinator'),
    );
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header = '', ...rows] = text.trimEnd().split('\r\n');
    expect(header.split(',').slice(-7)).toEqual([
      'submitted-by',
      'has-equality-plan',
      'equal-pay-measures',
      'women-in-management',
      'non-discrimination-areas',
      'summary',
      'more-information',
    ]);
    expect(header.startsWith('applicationId,status,decision,businessId,companyName')).toBe(true);
    expect(rows).toHaveLength(5);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(text).toContain('"language; age"');
    expect(text).toContain('alfa@example.org');
  });
});
