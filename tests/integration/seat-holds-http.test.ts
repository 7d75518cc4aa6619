import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
let eventId: string;
beforeAll(async () => {
  stack = await startTestStack();
  eventId = await publishEvent(stack, eventDocument({ capacity: 5, requireEmailConfirmation: true }));
});
afterAll(async () => {
  await stack?.stop();
});

/** Registers through the API and returns the manage link's token as the confirm-your-seat mail carries it. */
async function registerAndReadMail(who: string, language: 'sv' | 'fi' | 'en') {
  const email = `${who}@example.org`;
  await stack.request(`/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Person ${who}`, email, language, consent: true }),
  });
  const mail = await waitForMail(stack.outboxDir, email, 'registration-confirm-seat');
  const token = new RegExp(`/${language}/registrations/([\\w-]+)`).exec(mail.text)?.[1] ?? '';
  return { email, mail, token };
}

const status = async (token: string) => (await bodyOf(await stack.request(`/registrations/${token}`))).status;

describe('confirming a held seat', () => {
  it('mails the link in the person’s language and confirms only on POST /registrations/{token}/confirm', async () => {
    // Prepare
    const { email, mail, token } = await registerAndReadMail('http-confirm', 'en');
    // Act
    const page = await stack.request(`/en/registrations/${token}`);
    const html = await page.text();
    const afterGet = await status(token);
    const confirmed = await stack.request(`/registrations/${token}/confirm`, { method: 'POST' });
    const again = await stack.request(`/registrations/${token}/confirm`, { method: 'POST' });
    const unknown = await stack.request('/registrations/not-a-real-token/confirm', { method: 'POST' });
    // Assess
    expect(mail.subject).toBe('Confirm your seat: Webinar on diversity');
    expect(mail.text).toContain('Confirm my seat');
    expect(mail.attachments).toEqual([]);
    expect(page.status).toBe(200);
    expect(html).toContain('Confirm my seat');
    expect(html).toContain('name="action" value="confirm"');
    expect(afterGet).toBe('pending');
    expect([confirmed.status, again.status, unknown.status]).toEqual([200, 200, 404]);
    expect(await bodyOf(confirmed)).toEqual({ status: 'confirmed' });
    expect(await status(token)).toBe('confirmed');
    const confirmation = await waitForMail(stack.outboxDir, email, 'registration-confirmed');
    expect(confirmation.attachments.map((a) => a.filename)).toEqual(['event.ics']);
    expect(confirmation.text).toContain(`/en/registrations/${token}`);
  });

  it('confirms with the button on the manage page (a form post with its CSRF token), in Swedish and Finnish', async () => {
    for (const lang of ['sv', 'fi'] as const) {
      // Prepare
      const { mail, token } = await registerAndReadMail(`page-confirm-${lang}`, lang);
      const form = await stack.request(`/${lang}/registrations/${token}`);
      const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      // Act
      const posted = await stack.request(`/${lang}/registrations/${token}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ _csrf: csrf, action: 'confirm' }).toString(),
      });
      // Assess
      expect(mail.subject, lang).toBe(
        lang === 'sv'
          ? 'Bekräfta din plats: Webbinarium om mångfald'
          : 'Vahvista paikkasi: Webinaari monimuotoisuudesta',
      );
      expect(posted.status, lang).toBe(303);
      expect(posted.headers.get('location'), lang).toBe(`/${lang}/registrations/${token}?confirmed=1`);
      expect(await status(token), lang).toBe('confirmed');
    }
  });
});
