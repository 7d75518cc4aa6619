import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailHash } from '../../shared/crypto';
import { securityHeaders } from '../../shared/site/layout';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox, settleMail, stackMail } from '../support/mail';
import { sitePages } from '../support/site-pages';

let stack: TestStack;
let pages: Record<string, string>;
beforeAll(async () => {
  stack = await startTestStack();
  pages = await sitePages(stack);
});
afterAll(async () => {
  await stack?.stop();
});

/** A GET of the form page, giving the CSRF cookie and the token of its forms. */
async function formSession(path: string) {
  const response = await stack.request(path);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';
  return { cookie, token };
}
const post = (path: string, fields: Record<string, string>, cookie?: string) =>
  stack.request(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });

describe('public pages', () => {
  it('answer every page in every language with the security headers and the page language', async () => {
    for (const lang of ['sv', 'fi', 'en']) {
      for (const [name, path] of Object.entries(pages)) {
        // Act
        const response = await stack.request(`/${lang}/${path}`);
        const body = await response.text();
        // Assess
        expect(response.status, `${lang}/${name}`).toBe(name === 'notFound' ? 404 : 200);
        for (const [header, value] of Object.entries(securityHeaders))
          expect(response.headers.get(header), `${header} on ${lang}/${name}`).toBe(value);
        expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
        expect(response.headers.get('content-language')).toBe(lang);
        expect(body).toContain(`<html lang="${lang}">`);
      }
    }
  });

  it('answers 404, not 500, for an id or token the API would refuse, on every page that takes one', async () => {
    // Prepare
    const long = 'a'.repeat(3000);
    const paths = [
      `events/${long}`,
      'events/%3Cscript%3E',
      `registrations/${long}`,
      `campaigns/${long}`,
      'campaigns/a%20b',
      `applications/${long}`,
      `nominations/${long}`,
      `information-packages/${long}`,
      `network/confirm/${long}`,
      `network/leave/${long}`,
    ];
    const { cookie, token } = await formSession('/sv/network');
    for (const path of paths) {
      // Act
      const get = await stack.request(`/sv/${path}`);
      const posted = await post(`/sv/${path}`, { _csrf: token }, cookie);
      // Assess
      expect(get.status, `GET ${path.slice(0, 40)}`).toBe(404);
      expect(posted.status, `POST ${path.slice(0, 40)}`).toBe(404);
      expect(await get.text()).toContain('<html lang="sv">');
    }
  });

  it('names the CSRF cookie __Host-csrf over HTTPS and reads only that name there', async () => {
    // Prepare
    const https = { 'x-forwarded-proto': 'https' };
    // Act
    const secure = await stack.request('/sv/network', { headers: https });
    const plain = await stack.request('/sv/network');
    // Assess
    const secureCookie = secure.headers.get('set-cookie') ?? '';
    expect(secureCookie).toMatch(/^__Host-csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
    expect(secureCookie).not.toMatch(/Domain=/i);
    expect(plain.headers.get('set-cookie') ?? '').toMatch(/^csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    // A plain-named cookie planted over HTTPS is not taken for the __Host- one.
    const token = /name="_csrf" value="([^"]+)"/.exec(await plain.text())?.[1] ?? '';
    const planted = (plain.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const refused = await stack.request('/sv/network', {
      method: 'POST',
      redirect: 'manual',
      headers: { ...https, cookie: planted, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: token,
        name: 'X',
        email: 'planted@example.org',
        consent: 'on',
      }).toString(),
    });
    expect(refused.status).toBe(403);
    const value = planted.split('=')[1] ?? '';
    const accepted = await stack.request('/sv/network', {
      method: 'POST',
      redirect: 'manual',
      headers: {
        ...https,
        cookie: `__Host-csrf=${value}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        _csrf: token,
        name: 'Y',
        email: 'hosted@example.org',
        consent: 'on',
      }).toString(),
    });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/sv/network?sent=1');
  });

  it('redirects / by Accept-Language', async () => {
    // Act
    const response = await stack.request('/', {
      redirect: 'manual',
      headers: { 'accept-language': 'fi-FI,fi;q=0.9' },
    });
    // Assess
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/fi/');
  });

  it('refuses a form post without the CSRF token (or with a forged one) with 403, and stores nothing', async () => {
    // Prepare
    const { cookie } = await formSession('/sv/network');
    const email = 'csrf-victim@example.org';
    const fields = { name: 'Victim', email, consent: 'on' };
    // Act
    const none = await post('/sv/network', fields, cookie);
    const forged = await post('/sv/network', { ...fields, _csrf: 'forged-token' }, cookie);
    const noCookie = await post('/sv/network', { ...fields, _csrf: 'x' });
    // Assess
    expect([none.status, forged.status, noCookie.status]).toEqual([403, 403, 403]);
    const member = await createDocumentClient(stack.dynamoEndpoint).send(
      new GetCommand({
        TableName: stack.tableName,
        Key: keys.member(emailHash(email, process.env.EMAIL_PEPPER ?? '')),
      }),
    );
    expect(member.Item).toBeUndefined();
  });

  it('answers a bot that fills the honeypot as if done, and stores and mails nothing', async () => {
    // Prepare
    const { cookie, token } = await formSession('/sv/network');
    const email = 'bot@example.org';
    // Act
    const response = await post(
      '/sv/network',
      { _csrf: token, name: 'Bot', email, consent: 'on', website: 'http://spam.example' },
      cookie,
    );
    const registration = await post(
      '/sv/events/event-example-webinar-2027',
      { _csrf: token, name: 'Bot', email, consent: 'on', website: 'spam' },
      cookie,
    );
    await settleMail(stack);
    // Assess: answered as a person is (post/redirect/get to the "check your mail" page)
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sv/network?sent=1');
    expect(registration.status).toBe(303);
    const member = await createDocumentClient(stack.dynamoEndpoint).send(
      new GetCommand({
        TableName: stack.tableName,
        Key: keys.member(emailHash(email, process.env.EMAIL_PEPPER ?? '')),
      }),
    );
    expect(member.Item).toBeUndefined();
    expect((await readOutbox(stack.outboxDir)).filter((m) => m.to.includes(email))).toEqual([]);
  });

  it('accepts the same post with its token and cookie', async () => {
    // Prepare
    const { cookie, token } = await formSession('/en/network');
    const email = 'real-person@example.org';
    // Act
    const response = await post(
      '/en/network',
      { _csrf: token, name: 'Real Person', email, consent: 'on' },
      cookie,
    );
    // Assess
    expect(response.status).toBe(303);
    const done = await stack.request(response.headers.get('location') ?? '');
    expect(await done.text()).toContain('Check your email');
    const member = await createDocumentClient(stack.dynamoEndpoint).send(
      new GetCommand({
        TableName: stack.tableName,
        Key: keys.member(emailHash(email, process.env.EMAIL_PEPPER ?? '')),
      }),
    );
    expect(member.Item?.status).toBe('pending');
  });

  it('answers an address already registered with the very page a new one gets, and no link on it', async () => {
    // Prepare
    const { cookie, token } = await formSession('/en/events/event-example-webinar-2027');
    const form = (email: string) => ({ _csrf: token, name: 'Page Person', email, consent: 'on' });
    await post('/en/events/event-example-webinar-2027', form('page-again@example.org'), cookie);
    // Act
    const duplicate = await post(
      '/en/events/event-example-webinar-2027',
      form('page-again@example.org'),
      cookie,
    );
    const fresh = await post('/en/events/event-example-webinar-2027', form('page-new@example.org'), cookie);
    // Assess: the very same redirect (post/redirect/get), to a page that says to check the mail
    expect([duplicate.status, fresh.status]).toEqual([303, 303]);
    // Posted to the old id address, answered at the page's own: its slug in the page's language.
    expect(duplicate.headers.get('location')).toBe(
      '/en/events/example-webinar-diversity-in-working-life-2027?sent=1',
    );
    expect(fresh.headers.get('location')).toBe(duplicate.headers.get('location'));
    expect(await duplicate.text()).toBe(await fresh.text());
    const freshPage = await (
      await stack.request(fresh.headers.get('location') ?? '', { headers: { cookie } })
    ).text();
    expect(freshPage).toContain('Check your email');
    expect(freshPage).toContain('whether you have a seat or a place on the waiting list');
    expect(freshPage).not.toContain('/registrations/');
    const mail = stackMail(stack);
    expect(
      (await mail.latest('page-again@example.org', 'registration-link')).secrets.manageToken,
    ).toBeTruthy();
    expect(
      (await mail.latest('page-new@example.org', 'registration-confirmed')).secrets.manageToken,
    ).toBeTruthy();
  });

  it('says to check the mail after an application is sent, and shows no edit link', async () => {
    // Prepare
    const path = '/fi/campaigns/esimerkki-pohjanmaan-vuoden-tasa-arvoyritys-2027';
    const { cookie, token } = await formSession(path);
    const email = 'page-applicant@example.org';
    // Act
    const response = await post(
      path,
      {
        _csrf: token,
        form: 'application',
        intent: 'draft',
        'company-name': 'Sivutesti Oy',
        'company-businessId': '1572860-0',
        'company-municipality': 'organization-vasa',
        'contact-name': 'Sanna Sivu',
        'contact-email': email,
        consent: 'on',
      },
      cookie,
    );
    // Assess: post/redirect/get to the campaign page, which says what happens next
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${path}?applied=draft`);
    const page = await (await stack.request(`${path}?applied=draft`, { headers: { cookie } })).text();
    expect(page).toContain('Tarkista sähköpostisi');
    expect(page).toContain('Luonnos on tallennettu');
    expect(page).not.toContain('/applications/');
    const draft = await stackMail(stack).latest(email, 'application-draft');
    expect(draft.lang).toBe('fi');
    expect(draft.secrets.editToken).toBeTruthy();
  });
});
