import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from '../../shared/crypto';
import { businessIdFor, campaignDocument, publishCampaign } from '../support/campaigns-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
let campaignId: string;
beforeAll(async () => {
  stack = await startTestStack();
  campaignId = await publishCampaign(
    stack,
    campaignDocument({ eligibleMunicipalities: ['organization-vasa'] }),
  );
});
afterAll(async () => {
  await stack?.stop();
});

const proposal = (overrides: Record<string, unknown> = {}) => ({
  company: { name: 'Vasa Verkstad Ab', businessId: businessIdFor(1), municipality: 'organization-vasa' },
  reason: 'De har lika lön och en jämställd ledning.',
  proposer: { name: 'Pekka Partner', email: 'pekka@example.org', language: 'fi' },
  consent: true,
  ...overrides,
});
const request = (path: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
  stack.request(path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
const asCoordinator = () => ({ authorization: `Bearer ${stack.token('coordinator')}` });

describe('proposals', () => {
  it('takes a proposal from anyone (201), which the coordinator then sees', async () => {
    // Act
    const response = await request(`/campaigns/${campaignId}/proposals`, 'POST', proposal());
    const list = await request(`/admin/campaigns/${campaignId}/proposals`, 'GET', undefined, asCoordinator());
    // Assess
    expect(response.status).toBe(201);
    const created = await bodyOf(response);
    expect(created).toEqual({ proposalId: expect.stringMatching(/^[0-9A-Z]{26}$/) });
    expect(list.status).toBe(200);
    expect((await bodyOf(list)).items).toEqual([
      {
        proposalId: created.proposalId,
        company: {
          name: 'Vasa Verkstad Ab',
          businessId: businessIdFor(1),
          municipality: 'organization-vasa',
        },
        reason: 'De har lika lön och en jämställd ledning.',
        proposer: { name: 'Pekka Partner', email: 'pekka@example.org', language: 'fi' },
        createdAt: expect.any(String),
      },
    ]);
  });

  it('answers 400 for an invalid Business ID or an ineligible municipality, 404 for an unknown campaign', async () => {
    // Act
    const badId = await request(
      `/campaigns/${campaignId}/proposals`,
      'POST',
      proposal({ company: { name: 'X', businessId: '0737546-1', municipality: 'organization-vasa' } }),
    );
    const ineligible = await request(
      `/campaigns/${campaignId}/proposals`,
      'POST',
      proposal({ company: { name: 'X', municipality: 'organization-laihela' } }),
    );
    const unknown = await request('/campaigns/campaign-nope/proposals', 'POST', proposal());
    // Assess
    expect(badId.status).toBe(400);
    expect((await bodyOf(badId)).errors.map((e: { path: string }) => e.path)).toEqual(['company.businessId']);
    expect(ineligible.status).toBe(400);
    expect((await bodyOf(ineligible)).errors.map((e: { path: string }) => e.path)).toEqual([
      'company.municipality',
    ]);
    expect(unknown.status).toBe(404);
  });

  it('invites the proposed company: 200, the campaign page mailed in the language asked, the proposal marked', async () => {
    // Prepare
    const created = await bodyOf(
      await request(
        `/campaigns/${campaignId}/proposals`,
        'POST',
        proposal({ company: { name: 'Kaskö Fisk Ab', municipality: 'organization-vasa' } }),
      ),
    );
    // Act
    const response = await request(
      `/admin/campaigns/${campaignId}/proposals/${created.proposalId}/invite`,
      'POST',
      { email: 'Info@Kasko-Fisk.example.org', language: 'en' },
      asCoordinator(),
    );
    const mail = await waitForMail(stack.outboxDir, 'info@kasko-fisk.example.org', 'proposal-invitation');
    const unknown = await request(
      `/admin/campaigns/${campaignId}/proposals/${ulid()}/invite`,
      'POST',
      { email: 'x@example.org', language: 'sv' },
      asCoordinator(),
    );
    // Assess
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({ proposalId: created.proposalId, invitedAt: expect.any(String) });
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('You have been proposed: Equality Company of the Year 2027');
    expect(mail.text).toContain('Kaskö Fisk Ab has been proposed for Equality Company of the Year 2027.');
    expect(mail.text).toContain(`/en/campaigns/${campaignId}`);
    expect(unknown.status).toBe(404);
    const listed = (
      await bodyOf(
        await request(`/admin/campaigns/${campaignId}/proposals`, 'GET', undefined, asCoordinator()),
      )
    ).items as { proposalId: string; invitedAt?: string; invitations?: number }[];
    expect(listed.find((p) => p.proposalId === created.proposalId)).toMatchObject({
      invitedAt: expect.any(String),
      invitations: 1,
    });
  });
});
