import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivity } from '../../shared/activity/activity-log';
import type { ApplicationInput, ApplicationItem } from '../../shared/applications/application';
import { releaseBusinessId } from '../../shared/applications/claims';
import { decideApplication } from '../../shared/applications/decision';
import { editApplication, withdrawApplication } from '../../shared/applications/manage';
import { submitApplication } from '../../shared/applications/submit';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import type { Caller } from '../../shared/http/caller';
import { erasePerson } from '../../shared/people/erase';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { applicationBody, businessIdFor, campaignDocument } from '../support/campaigns-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { at } from '../support/test-clock';
import { bodyOf } from '../support/wait';

const pepper = 'claims-test-pepper';
const now = new Date(at('2027-03-10T12:00:00Z'));
const later = new Date(at('2027-03-12T08:30:00Z'));
const closesAt = at('2027-04-30T21:00:00Z');
const DAY = 86_400;

let stack: TestStack;
let table: Table;
beforeAll(async () => {
  stack = await startTestStack();
  table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
});
afterAll(async () => {
  await stack?.stop();
});

/** A campaign open from March to April 2027, whatever today's date is. */
async function openCampaign(overrides: Record<string, unknown> = {}) {
  const doc = campaignDocument({
    _updatedAt: at('2027-02-01T00:00:00Z'),
    opensAt: at('2027-03-01T00:00:00Z'),
    closesAt,
    ...overrides,
  });
  await applyDocument(table, doc);
  return doc;
}

/** What a use case was refused with (or what it returned): awaited at once, asserted later. */
const outcomeOf = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

const deps = (at = now) => ({ table, pepper, now: at, applicationDays: 365 });
const coordinator: Caller = {
  subject: 'coordinator-sub-1',
  groups: ['coordinator'],
  email: 'coordinator@example.org',
};

/** The staff activity entries about one campaign's Business IDs. */
const releaseEntries = async (campaignId: string) =>
  (await listActivity(table, undefined, 1000)).items.filter(
    (e) => e.action === 'businessId.release' && e.target.parent === campaignId,
  );

/** The body as the route hands it over, for a company; `who` names the contact. */
const body = (businessId: string, who: string, submit: boolean) =>
  applicationBody(businessId, {
    contact: { email: `${who}@example.org`, name: `Contact ${who}` },
    submit,
  }) as unknown as ApplicationInput;

const apply = (campaignId: string, businessId: string, who: string, submit: boolean, at = now) =>
  submitApplication(deps(at), campaignId, body(businessId, who, submit), 'sv', undefined);

const marker = async (campaignId: string, businessId: string) =>
  (
    await table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.businessIdMarker(campaignId, businessId),
        ConsistentRead: true,
      }),
    )
  ).Item;

const application = async (campaignId: string, applicationId: string) =>
  (
    await table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.application(campaignId, applicationId),
        ConsistentRead: true,
      }),
    )
  ).Item as (ApplicationItem & { claimReleasedAt?: string; claimReleaseId?: string }) | undefined;

const releases = async (campaignId: string) =>
  (
    await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :release)',
        ExpressionAttributeValues: { ':pk': keys.campaignMeta(campaignId).pk, ':release': 'CLAIMRELEASE#' },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

describe('a draft claims nothing', () => {
  it('lets the real company submit past a squatting draft with its Business ID, and the draft can no longer be submitted', async () => {
    // Prepare: a throwaway draft with someone else's valid Business ID
    const { _id: campaignId } = await openCampaign();
    const businessId = businessIdFor(101);
    const squatter = await apply(campaignId, businessId, 'squatter', false);
    // Act
    const real = await apply(campaignId, businessId, 'real-company', true);
    const squatterSubmits = await outcomeOf(
      editApplication(deps(later), squatter.editToken, body(businessId, 'squatter', true), 'sv'),
    );
    // Assess
    expect(squatter.status).toBe('draft');
    expect(real.status).toBe('submitted');
    expect(squatterSubmits).toMatchObject({ code: 'application-exists' });
    expect(await marker(campaignId, businessId)).toMatchObject({ applicationId: real.applicationId });
    expect((await application(campaignId, squatter.applicationId))?.status).toBe('draft');
  });

  it('claims the Business ID when a draft is edited into a submission, and answers 409 once it is taken', async () => {
    // Prepare
    const { _id: campaignId } = await openCampaign();
    const [free, taken] = [businessIdFor(102), businessIdFor(103)];
    const first = await apply(campaignId, free, 'first', false);
    const second = await apply(campaignId, taken, 'second', false);
    const holder = await apply(campaignId, taken, 'holder', true);
    const draftMarker = await marker(campaignId, free);
    // Act
    const submitted = await editApplication(deps(later), first.editToken, body(free, 'first', true), 'sv');
    const refused = await outcomeOf(
      editApplication(deps(later), second.editToken, body(taken, 'second', true), 'sv'),
    );
    // Assess
    expect(draftMarker).toBeUndefined();
    expect(submitted.status).toBe('submitted');
    expect(await marker(campaignId, free)).toMatchObject({
      applicationId: first.applicationId,
      claimedAt: later.toISOString(),
    });
    expect(refused).toMatchObject({ code: 'application-exists' });
    expect(await marker(campaignId, taken)).toMatchObject({ applicationId: holder.applicationId });
    expect((await application(campaignId, second.applicationId))?.status).toBe('draft');
  });

  it('gives the claim the application’s expiry and moves both together when the campaign’s close moves', async () => {
    // Prepare
    const doc = await openCampaign();
    const businessId = businessIdFor(104);
    const created = await apply(doc._id, businessId, 'expiry', true);
    const before = [await marker(doc._id, businessId), await application(doc._id, created.applicationId)];
    // Act: the editor extends the campaign by ten days, then the applicant saves a change
    await applyDocument(table, {
      ...doc,
      _rev: 'rev2',
      _updatedAt: at('2027-03-11T00:00:00Z'),
      closesAt: at('2027-05-10T21:00:00Z'),
    } as GovernedDocument);
    await editApplication(deps(later), created.editToken, body(businessId, 'expiry', true), 'sv');
    // Assess
    const first = Date.parse(closesAt) / 1000 + 365 * DAY;
    expect(before.map((item) => item?.expiresAt)).toEqual([first, first]);
    const after = [await marker(doc._id, businessId), await application(doc._id, created.applicationId)];
    expect(after.map((item) => item?.expiresAt)).toEqual([first + 10 * DAY, first + 10 * DAY]);
  });
});

describe('giving a claim up', () => {
  it('releases the Business ID on withdrawal, so the real company can submit', async () => {
    // Prepare
    const { _id: campaignId } = await openCampaign();
    const businessId = businessIdFor(105);
    const squatter = await apply(campaignId, businessId, 'squatter-w', true);
    const blocked = await outcomeOf(apply(campaignId, businessId, 'real-w', true));
    expect(blocked).toMatchObject({ code: 'application-exists' });
    // Act
    await withdrawApplication(deps(later), squatter.editToken);
    const real = await apply(campaignId, businessId, 'real-w', true, later);
    // Assess
    expect(real.status).toBe('submitted');
    expect(await marker(campaignId, businessId)).toMatchObject({ applicationId: real.applicationId });
  });

  it('leaves another application’s claim in place when a draft with the same Business ID is withdrawn', async () => {
    // Prepare
    const { _id: campaignId } = await openCampaign();
    const businessId = businessIdFor(106);
    const draft = await apply(campaignId, businessId, 'draft-w', false);
    const real = await apply(campaignId, businessId, 'real-d', true);
    // Act
    const withdrawn = await withdrawApplication(deps(later), draft.editToken);
    // Assess
    expect(withdrawn).toEqual({ status: 'withdrawn' });
    expect((await application(campaignId, draft.applicationId))?.status).toBe('withdrawn');
    expect(await marker(campaignId, businessId)).toMatchObject({ applicationId: real.applicationId });
  });

  it('releases a submitted claim when the contact’s data is erased, so the real company can submit', async () => {
    // Prepare
    const { _id: campaignId } = await openCampaign();
    const businessId = businessIdFor(107);
    const squatter = await apply(campaignId, businessId, 'squatter-e', true);
    // Act
    const erased = await erasePerson({ table, pepper, now: later }, 'squatter-e@example.org', 'en');
    const real = await apply(campaignId, businessId, 'real-e', true, later);
    // Assess
    expect(erased.erased.map((i) => i.kind)).toContain('application');
    expect(await application(campaignId, squatter.applicationId)).toBeUndefined();
    expect(real.status).toBe('submitted');
    expect(await marker(campaignId, businessId)).toMatchObject({ applicationId: real.applicationId });
  });
});

describe('a coordinator releases a claim', () => {
  it('records who, when, why and which application; the holder is a draft again until it claims anew', async () => {
    // Prepare
    const { _id: campaignId } = await openCampaign();
    const businessId = businessIdFor(108);
    const squatter = await apply(campaignId, businessId, 'squatter-c', true);
    const reason = 'Företaget har inte själv ansökt: dess kontakt bekräftade det per telefon.';
    // Act
    const released = await releaseBusinessId(
      { table, pepper, now: later },
      campaignId,
      businessId,
      coordinator,
      reason,
    );
    const real = await apply(campaignId, businessId, 'real-c', true, later);
    const squatterAgain = await outcomeOf(
      editApplication(deps(later), squatter.editToken, body(businessId, 'squatter-c', true), 'sv'),
    );
    // Assess
    const expected = {
      campaignId,
      businessId,
      applicationId: squatter.applicationId,
      applicationStatus: 'draft',
      releasedBy: 'coordinator-sub-1',
      releasedAt: later.toISOString(),
      reason,
    };
    expect(released).toMatchObject(expected);
    const records = await releases(campaignId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      ...expected,
      type: 'businessIdRelease',
      releaseId: released.releaseId,
      expiresAt: Date.parse(closesAt) / 1000 + 365 * DAY,
    });
    const held = await application(campaignId, squatter.applicationId);
    expect(held).toMatchObject({
      status: 'draft',
      claimReleasedAt: later.toISOString(),
      claimReleaseId: released.releaseId,
    });
    expect(held?.submittedAt).toBeUndefined();
    expect(real.status).toBe('submitted');
    expect(squatterAgain).toMatchObject({ code: 'application-exists' });
    expect(await marker(campaignId, businessId)).toMatchObject({ applicationId: real.applicationId });
    expect(await releaseEntries(campaignId)).toEqual([
      expect.objectContaining({
        actor: 'coordinator@example.org',
        at: later.toISOString(),
        target: { kind: 'businessId', id: businessId, parent: campaignId },
        details: { applicationId: squatter.applicationId },
      }),
    ]);
  });

  it('keeps a decided application’s claim (409) and answers 404 where nothing is claimed', async () => {
    // Prepare
    const { _id: campaignId } = await openCampaign();
    const businessId = businessIdFor(109);
    const decided = await apply(campaignId, businessId, 'decided', true);
    await decideApplication(
      { table, pepper, now: later },
      campaignId,
      decided.applicationId,
      'shortlisted',
      { subject: 'coordinator-sub-1', groups: ['coordinator'], email: 'coordinator@example.org' },
      undefined,
    );
    const draft = await apply(campaignId, businessIdFor(110), 'unclaimed', false);
    // Act
    const locked = await outcomeOf(
      releaseBusinessId({ table, pepper, now: later }, campaignId, businessId, coordinator, 'Testing'),
    );
    const unclaimed = await outcomeOf(
      releaseBusinessId(
        { table, pepper, now: later },
        campaignId,
        businessIdFor(110),
        coordinator,
        'Testing',
      ),
    );
    // Assess
    expect(locked).toMatchObject({ code: 'application-locked' });
    expect(unclaimed).toMatchObject({ code: 'not-found' });
    expect(await marker(campaignId, businessId)).toMatchObject({ applicationId: decided.applicationId });
    expect((await application(campaignId, draft.applicationId))?.status).toBe('draft');
    expect(await releases(campaignId)).toEqual([]);
    expect(await releaseEntries(campaignId)).toEqual([]);
  });
});

describe('DELETE /admin/campaigns/{campaignId}/business-ids/{businessId}', () => {
  const release = (campaignId: string, businessId: string, token: string | undefined, query: string) =>
    stack.request(`/admin/campaigns/${campaignId}/business-ids/${businessId}${query}`, {
      method: 'DELETE',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('answers 401 without a token, 403 for the jury, 400 without a reason, and 200 recording the coordinator', async () => {
    // Prepare
    const { _id: campaignId } = await openCampaign();
    const businessId = businessIdFor(111);
    const held = await apply(campaignId, businessId, 'route', true);
    const reason = '?reason=Not%20the%20company%E2%80%99s%20own%20application';
    // Act
    const anonymous = await release(campaignId, businessId, undefined, reason);
    const jury = await release(campaignId, businessId, stack.token('jury'), reason);
    const noReason = await release(campaignId, businessId, stack.token('coordinator'), '');
    const badId = await release(campaignId, '0737546-1', stack.token('coordinator'), reason);
    const markerBefore = await marker(campaignId, businessId);
    const done = await release(campaignId, businessId, stack.token('coordinator'), reason);
    const again = await release(campaignId, businessId, stack.token('coordinator'), reason);
    // Assess
    expect([anonymous.status, jury.status, noReason.status, badId.status]).toEqual([401, 403, 400, 400]);
    expect(markerBefore).toMatchObject({ applicationId: held.applicationId });
    expect(done.status).toBe(200);
    const record = await bodyOf(done);
    expect(record).toMatchObject({
      campaignId,
      businessId,
      applicationId: held.applicationId,
      applicationStatus: 'draft',
      releasedBy: 'test-coordinator',
      reason: 'Not the company’s own application',
    });
    expect(Number.isNaN(Date.parse(record.releasedAt))).toBe(false);
    expect(again.status).toBe(404);
    expect(await marker(campaignId, businessId)).toBeUndefined();
    expect(await releases(campaignId)).toEqual([expect.objectContaining({ releaseId: record.releaseId })]);
    expect(await releaseEntries(campaignId)).toEqual([
      expect.objectContaining({
        actor: 'test-coordinator',
        target: expect.objectContaining({ id: businessId }),
      }),
    ]);
  });
});
