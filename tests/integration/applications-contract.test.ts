import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRemoval } from '../../shared/content/operational-copy';
import { sha256 } from '../../shared/crypto';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import {
  applicationBody,
  businessIdFor,
  campaignDocument,
  publishCampaign,
} from '../support/campaigns-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { stackMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
let campaignId: string;
let closesAt: string;
beforeAll(async () => {
  stack = await startTestStack();
  const doc = campaignDocument({ eligibleMunicipalities: ['organization-vasa', 'organization-korsholm'] });
  closesAt = String(doc.closesAt);
  campaignId = await publishCampaign(stack, doc);
});
afterAll(async () => {
  await stack?.stop();
});

const DAY = 86_400_000;
const post = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  stack.request(`/campaigns/${id}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const partition = async (id: string) =>
  (
    await createDocumentClient(stack.dynamoEndpoint).send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.campaignMeta(id).pk },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];
const submissions = async (id: string) =>
  (await partition(id)).filter((i) => i.type === 'application' || i.type === 'businessIdMarker');
const paths = (problem: { errors?: { path: string }[] }) => (problem.errors ?? []).map((e) => e.path).sort();

describe('POST /campaigns/{campaignId}/applications', () => {
  it('creates a submitted application: 201 without the link, the item with its question snapshot, the marker and the token hash', async () => {
    // Prepare
    const businessId = businessIdFor(1);
    // Act
    const response = await post(campaignId, applicationBody(businessId));
    // Assess
    expect(response.status).toBe(201);
    const created = await bodyOf(response);
    expect(created).toEqual({
      applicationId: expect.stringMatching(/^[0-9A-Z]{26}$/),
      status: 'submitted',
    });
    const editToken = await stackMail(stack).editToken(`contact-${businessId}@example.org`);
    const items = await partition(campaignId);
    const application = items.find((i) => i.sk === `APP#${created.applicationId}`);
    expect(application).toMatchObject({
      status: 'submitted',
      company: { name: 'Österbottens Trä Ab', businessId, municipality: 'organization-vasa', employees: 42 },
      contact: { email: `contact-${businessId}@example.org`, language: 'sv' },
      answers: { 'submitted-by': 'self', 'has-equality-plan': true, 'women-in-management': 50 },
      sourceRev: 'rev1',
    });
    expect(application?.questions.map((q: { key: string }) => q.key)).toContain('equal-pay-measures');
    expect(application?.personKey).toMatch(/^PERSON#/);
    expect(items.find((i) => i.sk === `BID#${businessId}`)).toMatchObject({
      applicationId: created.applicationId,
    });
    const token = await createDocumentClient(stack.dynamoEndpoint).send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.token(sha256(editToken)).pk },
      }),
    );
    expect(token.Items?.[0]).toMatchObject({ kind: 'application', applicationId: created.applicationId });
    expect(JSON.stringify(items)).not.toContain(editToken);
  });

  it('keeps applications until the campaign closes plus the settings’ applicationDays (365 in the seed)', async () => {
    // Act
    const created = await bodyOf(await post(campaignId, applicationBody(businessIdFor(2))));
    // Assess
    const expected = Math.floor(Date.parse(closesAt) / 1000) + 365 * 86_400;
    const items = (await partition(campaignId)).filter((i) => i.applicationId === created.applicationId);
    expect(items.map((i) => i.type).sort()).toEqual(['application', 'businessIdMarker']);
    for (const item of items) expect(item.expiresAt).toBe(expected);
  });

  it('answers 400 naming company.businessId for a wrong format and for a wrong check digit, in the request’s language', async () => {
    // Act
    const format = await post(campaignId, applicationBody('2077474'), { 'accept-language': 'fi' });
    const check = await post(campaignId, applicationBody('0737546-1'), { 'accept-language': 'en' });
    // Assess
    expect(format.status).toBe(400);
    expect((await bodyOf(format)).errors).toEqual([
      { path: 'company.businessId', message: 'Anna Y-tunnus muodossa 1234567-8.' },
    ]);
    expect(check.status).toBe(400);
    expect((await bodyOf(check)).errors).toEqual([
      { path: 'company.businessId', message: 'The check digit of the Business ID does not match.' },
    ]);
  });

  it('answers 400 listing every invalid field of the body, and writes nothing', async () => {
    // Prepare
    const before = await submissions(campaignId);
    const body = {
      company: {
        name: ' ',
        businessId: '1474763-1',
        municipality: 'organization-vasa',
        website: 'http://x.org',
      },
      contact: { name: 'A', email: 'nope', language: 'de' },
      answers: {},
      submit: 'yes',
      consent: false,
      extra: 1,
    };
    // Act
    const response = await post(campaignId, body, { 'accept-language': 'en' });
    // Assess
    expect(response.status).toBe(400);
    const problem = await bodyOf(response);
    expect(paths(problem)).toEqual([
      'company.name',
      'company.website',
      'consent',
      'contact.email',
      'contact.language',
      'extra',
      'submit',
    ]);
    expect(problem.errors.find((e: { path: string }) => e.path === 'company.website').message).toBe(
      'Enter a web address starting with https://.',
    );
    expect(await submissions(campaignId)).toEqual(before);
  });

  it('answers 400 naming company.municipality when the municipality is not eligible', async () => {
    // Act
    const response = await post(
      campaignId,
      applicationBody(businessIdFor(3), { company: { municipality: 'organization-laihela' } }),
      { 'accept-language': 'sv' },
    );
    // Assess
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors).toEqual([
      { path: 'company.municipality', message: 'Företag från den här kommunen kan inte delta i kampanjen.' },
    ]);
  });

  it('accepts any municipality when the campaign lists none', async () => {
    // Prepare
    const open = await publishCampaign(stack, campaignDocument({ eligibleMunicipalities: [] }));
    // Act
    const response = await post(
      open,
      applicationBody(businessIdFor(4), { company: { municipality: 'organization-laihela' } }),
    );
    // Assess
    expect(response.status).toBe(201);
  });

  it('answers 400 naming answers.<key> for an unknown question, a wrong option, a wrong type, too long and not https', async () => {
    // Prepare
    const body = applicationBody(businessIdFor(5), {
      answers: {
        'shoe-size': 42,
        'submitted-by': 'neighbour',
        'has-equality-plan': 'yes',
        'women-in-management': '50',
        'non-discrimination-areas': ['age', 'age'],
        summary: 'x'.repeat(301),
        'more-information': 'http://example.org',
      },
    });
    // Act
    const response = await post(campaignId, body, { 'accept-language': 'en' });
    // Assess
    expect(response.status).toBe(400);
    const problem = await bodyOf(response);
    expect(
      problem.errors.sort((a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)),
    ).toEqual([
      { path: 'answers.has-equality-plan', message: 'Answer yes or no.' },
      { path: 'answers.more-information', message: 'Enter a web address starting with https://.' },
      { path: 'answers.non-discrimination-areas', message: 'Choose among the options, each at most once.' },
      { path: 'answers.shoe-size', message: 'The campaign has no such question.' },
      { path: 'answers.submitted-by', message: 'Choose one of the options.' },
      { path: 'answers.summary', message: 'The answer may be at most 300 characters.' },
      { path: 'answers.women-in-management', message: 'Answer with a number.' },
    ]);
  });

  it.each([
    ['__proto__', 31],
    ['constructor', 32],
    ['prototype', 33],
  ])('refuses an answers key %s with 400 naming it, and stores nothing', async (key, n) => {
    // Prepare: JSON text, since a JS object literal would not keep an own __proto__ key.
    const businessId = businessIdFor(n);
    const before = (await submissions(campaignId)).length;
    const body = JSON.stringify(applicationBody(businessId)).replace(
      '"answers":{',
      `"answers":{"${key}":"x",`,
    );
    // Act
    const response = await post(campaignId, body, { 'accept-language': 'en' });
    // Assess
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors).toEqual([
      {
        path: `answers.${key}`,
        message: key === '__proto__' ? 'Unknown field.' : 'The campaign has no such question.',
      },
    ]);
    expect(await submissions(campaignId)).toHaveLength(before);
  });

  it('blocks a submission missing a required answer (400 naming the question) but saves it as a draft', async () => {
    // Prepare
    const missing = { 'equal-pay-measures': null, summary: '  ' };
    const businessId = businessIdFor(6);
    // Act
    const submitted = await post(campaignId, applicationBody(businessId, { answers: missing }), {
      'accept-language': 'sv',
    });
    const draft = await post(campaignId, applicationBody(businessId, { answers: missing, submit: false }));
    // Assess
    expect(submitted.status).toBe(400);
    expect((await bodyOf(submitted)).errors).toEqual([
      { path: 'answers.equal-pay-measures', message: 'Obligatoriskt fält.' },
      { path: 'answers.summary', message: 'Obligatoriskt fält.' },
    ]);
    expect(draft.status).toBe(201);
    const created = await bodyOf(draft);
    expect(created.status).toBe('draft');
    const stored = (await partition(campaignId)).find((i) => i.applicationId === created.applicationId);
    expect(stored?.answers).not.toHaveProperty('summary');
    expect(stored?.answers).not.toHaveProperty('equal-pay-measures');
  });

  it('answers 409 for a Business ID that has applied already, and keeps the first', async () => {
    // Prepare
    const businessId = businessIdFor(7);
    const first = await bodyOf(await post(campaignId, applicationBody(businessId)));
    // Act
    const second = await post(
      campaignId,
      applicationBody(businessId, { contact: { email: 'someone-else@example.org' } }),
    );
    // Assess
    expect(second.status).toBe(409);
    expect((await bodyOf(second)).type).toBe('/problems/application-exists');
    const mine = (await partition(campaignId)).filter(
      (i) => i.type === 'application' && i.company.businessId === businessId,
    );
    expect(mine.map((i) => i.applicationId)).toEqual([first.applicationId]);
  });

  it('answers 404 for an unknown campaign, and 409 before it opens, after it closes and when unpublished', async () => {
    // Prepare
    const early = await publishCampaign(
      stack,
      campaignDocument({ opensAt: new Date(Date.now() + DAY).toISOString() }),
    );
    const late = await publishCampaign(
      stack,
      campaignDocument({
        opensAt: new Date(Date.now() - 2 * DAY).toISOString(),
        closesAt: new Date(Date.now() - 1000).toISOString(),
      }),
    );
    const removed = await publishCampaign(stack, campaignDocument());
    await applyRemoval(
      { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) },
      removed,
      Date.now(),
    );
    const body = applicationBody(businessIdFor(8));
    // Act
    const unknown = await post('campaign-does-not-exist', body);
    const before = await post(early, body);
    const after = await post(late, body);
    const unpublished = await post(removed, body);
    // Assess
    expect(unknown.status).toBe(404);
    expect([before.status, after.status, unpublished.status]).toEqual([409, 409, 409]);
    expect((await bodyOf(after)).type).toBe('/problems/campaign-closed');
    for (const id of [early, late, removed]) expect(await submissions(id)).toEqual([]);
  });

  it('answers 413 for a body over 64 KiB and 415 for a form post', async () => {
    // Act
    const big = await post(
      campaignId,
      applicationBody(businessIdFor(9), { answers: { 'equal-pay-measures': 'ä'.repeat(40_000) } }),
    );
    const form = await post(campaignId, 'company=x', { 'content-type': 'application/x-www-form-urlencoded' });
    // Assess
    expect(big.status).toBe(413);
    expect(form.status).toBe(415);
  });

  it('replays the first response for a repeated Idempotency-Key and creates nothing new', async () => {
    // Prepare
    const headers = { 'idempotency-key': 'apply-once-2027' };
    const body = applicationBody(businessIdFor(10));
    const first = await post(campaignId, body, headers);
    const firstBody = await bodyOf(first);
    // Act
    const retry = await post(campaignId, body, headers);
    const other = await post(campaignId, applicationBody(businessIdFor(11)), headers);
    // Assess
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await bodyOf(retry)).toEqual(firstBody);
    expect(Object.keys(firstBody).sort()).toEqual(['applicationId', 'status']);
    expect(other.status).toBe(409);
    expect((await bodyOf(other)).type).toBe('/problems/idempotency-key-reused');
    const applications = (await partition(campaignId)).filter(
      (i) =>
        i.type === 'application' && [businessIdFor(10), businessIdFor(11)].includes(i.company.businessId),
    );
    expect(applications.map((i) => i.applicationId)).toEqual([firstBody.applicationId]);
  });
});
