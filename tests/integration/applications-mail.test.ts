import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationBody,
  businessIdFor,
  campaignDocument,
  publishCampaign,
} from '../support/campaigns-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { stackMail, waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
let campaignId: string;
beforeAll(async () => {
  stack = await startTestStack();
  campaignId = await publishCampaign(stack, campaignDocument());
});
afterAll(async () => {
  await stack?.stop();
});

const request = (path: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
  stack.request(path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

describe('application mail in the outbox', () => {
  it('sends a receipt in the contact’s language with the answers under their questions and an edit link that works', async () => {
    // Prepare
    const businessId = businessIdFor(1);
    const body = applicationBody(businessId, {
      company: { name: 'Pohjanmaan Puu Oy' },
      contact: { name: 'Maija Meikäläinen', email: 'maija@example.org', language: 'fi' },
    });
    // Act
    const created = await bodyOf(await request(`/campaigns/${campaignId}/applications`, 'POST', body));
    const mail = await waitForMail(stack.outboxDir, 'maija@example.org', 'application-receipt');
    // Assess
    expect(mail.language).toBe('fi');
    expect(mail.subject).toBe('Hakemus vastaanotettu: Vuoden tasa-arvoyritys 2027');
    expect(mail.text).toContain('Hei Maija Meikäläinen');
    expect(mail.text).toContain(`Yrityksen Pohjanmaan Puu Oy (Y-tunnus ${businessId}) hakemus on jätetty`);
    expect(mail.text).toContain('Onko yrityksellä tasa-arvosuunnitelma?\n  Kyllä');
    expect(mail.text).toContain(
      'Miten yritys edistää samapalkkaisuutta?\n  Vi kartlägger lönerna varje år och rättar skillnader.',
    );
    expect(mail.text).toContain('Naisten osuus johtoryhmässä (%)\n  50');
    expect(mail.text).toContain('Mitkä osa-alueet?\n  language, age');
    expect(mail.text).not.toContain('Har företaget en jämställdhetsplan?');
    const link = /(http\S+\/fi\/applications\/([\w-]+))/.exec(mail.text);
    expect(link?.[2]).toBe(await stackMail(stack).editToken('maija@example.org', created.applicationId));
    expect(created).toEqual({ applicationId: expect.any(String), status: 'submitted' });
    const view = await bodyOf(await request(`/applications/${link?.[2]}`, 'GET'));
    expect(view).toMatchObject({ applicationId: created.applicationId, status: 'submitted' });
  });

  it('mails a draft its edit link, and the receipt once it is submitted through that link (Swedish by default)', async () => {
    // Prepare
    const businessId = businessIdFor(2);
    const draftBody = applicationBody(businessId, {
      contact: { email: 'utkast@example.org', language: undefined },
      answers: { summary: null },
      submit: false,
    });
    // Act
    await request(`/campaigns/${campaignId}/applications`, 'POST', draftBody);
    const draftMail = await waitForMail(stack.outboxDir, 'utkast@example.org', 'application-draft');
    const token = /\/sv\/applications\/([\w-]+)/.exec(draftMail.text)?.[1] ?? '';
    const submitted = await request(
      `/applications/${token}`,
      'PUT',
      applicationBody(businessId, {
        contact: { email: 'utkast@example.org' },
        answers: { summary: 'Nu klart.' },
      }),
    );
    const receipt = await waitForMail(stack.outboxDir, 'utkast@example.org', 'application-receipt');
    // Assess
    expect(draftMail.language).toBe('sv');
    expect(draftMail.subject).toBe('Utkast sparat: Årets jämställdhetsföretag 2027');
    expect(draftMail.text).toContain('Den är inte inlämnad ännu');
    expect(submitted.status).toBe(200);
    expect(receipt.text).toContain('Varför borde företaget vinna?\n  Nu klart.');
    expect(receipt.text).toContain(`/sv/applications/${token}`);
  });

  it('mails the changed copy when a submitted application is edited, and confirms a withdrawal', async () => {
    // Prepare
    const businessId = businessIdFor(3);
    const contact = { email: 'change@example.org', language: 'en' };
    const created = await bodyOf(
      await request(
        `/campaigns/${campaignId}/applications`,
        'POST',
        applicationBody(businessId, { contact }),
      ),
    );
    const editToken = await stackMail(stack).editToken(contact.email, created.applicationId);
    // Act
    await request(
      `/applications/${editToken}`,
      'PUT',
      applicationBody(businessId, { contact, answers: { 'has-equality-plan': false } }),
    );
    const updated = await waitForMail(stack.outboxDir, 'change@example.org', 'application-updated');
    await request(`/applications/${editToken}`, 'DELETE');
    const withdrawn = await waitForMail(stack.outboxDir, 'change@example.org', 'application-withdrawn');
    // Assess
    expect(updated.subject).toBe('Application changed: Equality Company of the Year 2027');
    expect(updated.text).toContain('Does the company have an equality plan?\n  No');
    expect(updated.text).toContain(`/en/applications/${editToken}`);
    expect(withdrawn.subject).toBe('Application withdrawn: Equality Company of the Year 2027');
    expect(withdrawn.text).not.toContain('/applications/');
  });

  it('mails the decision in the contact’s language', async () => {
    // Prepare
    const created = await bodyOf(
      await request(
        `/campaigns/${campaignId}/applications`,
        'POST',
        applicationBody(businessIdFor(4), {
          company: { name: 'Kvarkens Kraft Ab' },
          contact: { email: 'beslut@example.org', language: 'sv' },
        }),
      ),
    );
    // Act
    const response = await request(
      `/admin/campaigns/${campaignId}/applications/${created.applicationId}/decision`,
      'POST',
      { status: 'shortlisted' },
      { authorization: `Bearer ${stack.token('coordinator')}` },
    );
    const mail = await waitForMail(stack.outboxDir, 'beslut@example.org', 'application-decision');
    // Assess
    expect(response.status).toBe(200);
    expect(mail.language).toBe('sv');
    expect(mail.subject).toBe('Ett hedersomnämnande till er: Årets jämställdhetsföretag 2027');
    expect(mail.text).toContain(
      'Juryn har gett Kvarkens Kraft Ab ett hedersomnämnande i Årets jämställdhetsföretag 2027.',
    );
  });
});
