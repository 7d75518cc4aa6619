import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import {
  applicationBody,
  businessIdFor,
  campaignDocument,
  publishCampaign,
  republishCampaign,
} from '../support/campaigns-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { stackMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
/** Applies, and reads the edit link from the mail to the contact (the reply does not carry it). */
const apply = async (campaignId: string, body: ReturnType<typeof applicationBody>) => {
  const created = await bodyOf(
    await stack.request(`/campaigns/${campaignId}/applications`, json('POST', body)),
  );
  const editToken = await stackMail(stack).editToken(body.contact.email, created.applicationId);
  return { ...created, editToken };
};
const view = (token: string) => stack.request(`/applications/${token}`);
const edit = (token: string, body: unknown, headers?: Record<string, string>) =>
  stack.request(`/applications/${token}`, json('PUT', body, headers));
const withdraw = (token: string) => stack.request(`/applications/${token}`, { method: 'DELETE' });
const markers = async (campaignId: string) =>
  (
    (
      await createDocumentClient(stack.dynamoEndpoint).send(
        new QueryCommand({
          TableName: stack.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :bid)',
          ExpressionAttributeValues: { ':pk': keys.campaignMeta(campaignId).pk, ':bid': 'BID#' },
          ConsistentRead: true,
        }),
      )
    ).Items ?? []
  ).map((i) => ({ sk: i.sk, applicationId: i.applicationId }));

describe('GET /applications/{editToken}', () => {
  it('shows the application with the questions as answered, even after the campaign’s questions change', async () => {
    // Prepare
    const doc = campaignDocument();
    const campaignId = await publishCampaign(stack, doc);
    const created = await apply(campaignId, applicationBody(businessIdFor(1)));
    const original = (doc.questions as Record<string, any>[]).find((q) => q.key === 'submitted-by');
    // Act: the editor rewords a question, adds an option and makes another question required
    await republishCampaign(stack, doc, {
      questions: (doc.questions as Record<string, any>[]).map((q) =>
        q.key === 'submitted-by'
          ? {
              ...q,
              label: [{ _key: 'sv', language: 'sv', value: 'Vem är du?' }],
              options: [...q.options, 'customer'],
            }
          : q.key === 'more-information'
            ? { ...q, required: true }
            : q,
      ),
    });
    const shown = await bodyOf(await view(created.editToken));
    const later = await apply(
      campaignId,
      applicationBody(businessIdFor(2), { answers: { 'submitted-by': 'customer' } }),
    );
    const laterShown = await bodyOf(await view(later.editToken));
    // Assess
    expect(shown).toMatchObject({
      applicationId: created.applicationId,
      campaignId,
      status: 'submitted',
      sourceRev: 'rev1',
      answers: { 'submitted-by': 'self' },
    });
    const snapshot = shown.questions.find((q: { key: string }) => q.key === 'submitted-by');
    expect(snapshot).toMatchObject({
      label: { sv: 'Vem fyller i ansökan?', fi: 'Kuka täyttää hakemuksen?' },
      options: original?.options,
      required: true,
    });
    expect(shown.questions.find((q: { key: string }) => q.key === 'more-information').required).toBe(false);
    expect(laterShown.sourceRev).toBe('rev1-edited');
    expect(laterShown.questions.find((q: { key: string }) => q.key === 'submitted-by').label).toEqual({
      sv: 'Vem är du?',
    });
  });

  it('answers 404 for a made-up token on GET, PUT and DELETE', async () => {
    // Act
    const responses = await Promise.all([
      view('made-up-token'),
      edit('made-up-token', applicationBody(businessIdFor(3))),
      withdraw('made-up-token'),
    ]);
    // Assess
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404]);
  });
});

describe('PUT /applications/{editToken}', () => {
  it('completes a draft into a submitted application, re-validated against the questions', async () => {
    // Prepare
    const campaignId = await publishCampaign(stack, campaignDocument());
    const businessId = businessIdFor(4);
    const draft = await apply(
      campaignId,
      applicationBody(businessId, { answers: { summary: null }, submit: false }),
    );
    // Act
    const stillMissing = await edit(
      draft.editToken,
      applicationBody(businessId, { answers: { summary: null } }),
      { 'accept-language': 'en' },
    );
    const complete = await edit(
      draft.editToken,
      applicationBody(businessId, { answers: { summary: 'Klart.' } }),
    );
    // Assess
    expect(stillMissing.status).toBe(400);
    expect((await bodyOf(stillMissing)).errors).toEqual([
      { path: 'answers.summary', message: 'This field is required.' },
    ]);
    expect(complete.status).toBe(200);
    const saved = await bodyOf(complete);
    expect(saved).toMatchObject({
      applicationId: draft.applicationId,
      status: 'submitted',
      answers: { summary: 'Klart.' },
    });
    expect(saved.submittedAt).toEqual(expect.any(String));
  });

  it('keeps a submitted application submitted (and complete) whatever `submit` says', async () => {
    // Prepare
    const campaignId = await publishCampaign(stack, campaignDocument());
    const businessId = businessIdFor(5);
    const created = await apply(campaignId, applicationBody(businessId));
    // Act
    const changed = await edit(
      created.editToken,
      applicationBody(businessId, { answers: { summary: 'Nytt svar.' }, submit: false }),
    );
    const emptied = await edit(
      created.editToken,
      applicationBody(businessId, { answers: { summary: '' }, submit: false }),
    );
    // Assess
    expect(changed.status).toBe(200);
    expect(await bodyOf(changed)).toMatchObject({ status: 'submitted', answers: { summary: 'Nytt svar.' } });
    expect(emptied.status).toBe(400);
    expect((await bodyOf(await view(created.editToken))).answers.summary).toBe('Nytt svar.');
  });

  it('answers 409 once the campaign has closed', async () => {
    // Prepare
    const doc = campaignDocument();
    const campaignId = await publishCampaign(stack, doc);
    const businessId = businessIdFor(6);
    const created = await apply(campaignId, applicationBody(businessId));
    await republishCampaign(stack, doc, { closesAt: new Date(Date.now() - 1000).toISOString() });
    // Act
    const response = await edit(
      created.editToken,
      applicationBody(businessId, { answers: { summary: 'Sent.' } }),
    );
    // Assess
    expect(response.status).toBe(409);
    expect((await bodyOf(response)).type).toBe('/problems/campaign-closed');
    expect((await bodyOf(await view(created.editToken))).answers.summary).not.toBe('Sent.');
  });

  it('moves the Business ID marker when the Business ID is corrected, and refuses one that has applied', async () => {
    // Prepare
    const campaignId = await publishCampaign(stack, campaignDocument());
    const [typo, right, taken] = [businessIdFor(7), businessIdFor(8), businessIdFor(9)];
    const created = await apply(campaignId, applicationBody(typo));
    const other = await apply(campaignId, applicationBody(taken));
    // Act
    const corrected = await edit(created.editToken, applicationBody(right));
    const clash = await edit(created.editToken, applicationBody(taken));
    // Assess
    expect(corrected.status).toBe(200);
    expect(clash.status).toBe(409);
    expect((await bodyOf(clash)).type).toBe('/problems/application-exists');
    expect((await markers(campaignId)).sort((a, b) => a.sk.localeCompare(b.sk))).toEqual(
      [
        { sk: `BID#${right}`, applicationId: created.applicationId },
        { sk: `BID#${taken}`, applicationId: other.applicationId },
      ].sort((a, b) => a.sk.localeCompare(b.sk)),
    );
  });
});

describe('DELETE /applications/{editToken}', () => {
  it('withdraws, releases the Business ID so the company may apply again, and answers the same twice', async () => {
    // Prepare
    const campaignId = await publishCampaign(stack, campaignDocument());
    const businessId = businessIdFor(10);
    const created = await apply(campaignId, applicationBody(businessId));
    // Act
    const first = await withdraw(created.editToken);
    const second = await withdraw(created.editToken);
    const editAfter = await edit(created.editToken, applicationBody(businessId));
    const again = await stack.request(
      `/campaigns/${campaignId}/applications`,
      json('POST', applicationBody(businessId)),
    );
    // Assess
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await bodyOf(first)).toEqual({ status: 'withdrawn' });
    expect(await bodyOf(second)).toEqual({ status: 'withdrawn' });
    expect((await bodyOf(await view(created.editToken))).status).toBe('withdrawn');
    expect(editAfter.status).toBe(409);
    expect((await bodyOf(editAfter)).type).toBe('/problems/application-locked');
    expect(again.status).toBe(201);
    const reapplied = await bodyOf(again);
    expect(await markers(campaignId)).toEqual([
      { sk: `BID#${businessId}`, applicationId: reapplied.applicationId },
    ]);
  });
});
