import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { icsProperties, stackMail, waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** Registers, and reads what the reply no longer says from the mail item: the registration and its link. */
const register = async (eventId: string, email: string, language: string, name = 'Åsa Öberg') => {
  const response = await stack.request(`/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, email, language, consent: true }),
  });
  expect(await bodyOf(response)).toEqual({ status: 'received' });
  const [mail] = await stackMail(stack).to(email);
  return {
    registrationId: String(mail?.data.registrationId),
    manageToken: String(mail?.secrets.manageToken),
  };
};
const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

describe('registration mail in the outbox', () => {
  it('confirms in the registrant’s language with an .ics that parses and a manage link that works', async () => {
    // Prepare
    const doc = eventDocument({ capacity: 5 });
    const eventId = await publishEvent(stack, doc);
    // Act
    const created = await register(eventId, 'maija@example.org', 'fi', 'Maija Meikäläinen');
    const mail = await waitForMail(stack.outboxDir, 'maija@example.org', 'registration-confirmed');
    // Assess
    expect(mail.language).toBe('fi');
    expect(mail.subject).toBe('Ilmoittautuminen vahvistettu: Webinaari monimuotoisuudesta');
    expect(mail.text).toContain('Hei Maija Meikäläinen');
    const ics = mail.attachments.find((a) => a.filename === 'event.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const props = icsProperties(ics?.content ?? '');
    expect(props.DTSTART).toBe(stamp(String(doc.startsAt)));
    expect(props.DTEND).toBe(stamp(String(doc.endsAt)));
    expect(props.SUMMARY).toBe('Webinaari monimuotoisuudesta');
    expect(props.LOCATION).toBe('Vaasa\\, Pohjanmaan liitto\\, https://example.org/live');
    expect(props.UID).toBe(`${created.registrationId}@equality-network`);
    const link = /(http\S+\/fi\/registrations\/([\w-]+))/.exec(mail.text);
    expect(link?.[2]).toBe(created.manageToken);
    const view = await bodyOf(await stack.request(`/registrations/${link?.[2]}`));
    expect(view).toMatchObject({ registrationId: created.registrationId, status: 'confirmed' });
  });

  it('tells a waitlisted person their position, and mails the promotion with a new working link', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
    const seated = await register(eventId, 'seated@example.org', 'sv');
    await register(eventId, 'waiting@example.org', 'en', 'Wendy Wait');
    const waitMail = await waitForMail(stack.outboxDir, 'waiting@example.org', 'registration-waitlisted');
    // Act
    await stack.request(`/registrations/${seated.manageToken}`, { method: 'DELETE' });
    const promoted = await waitForMail(stack.outboxDir, 'waiting@example.org', 'registration-promoted');
    const cancelled = await waitForMail(stack.outboxDir, 'seated@example.org', 'registration-cancelled');
    // Assess
    expect(waitMail.subject).toBe('You are on the waiting list: Webinar on diversity');
    expect(waitMail.text).toContain('number 1 on the waiting list');
    expect(promoted.subject).toBe('You have a seat: Webinar on diversity');
    expect(promoted.attachments.map((a) => a.filename)).toEqual(['event.ics']);
    const token = /\/en\/registrations\/([\w-]+)/.exec(promoted.text)?.[1];
    expect((await bodyOf(await stack.request(`/registrations/${token}`))).status).toBe('confirmed');
    expect(cancelled.subject).toBe('Anmälan avbokad: Webbinarium om mångfald');
  });

  it('confirms an online event too (no place: an empty map in the mail item)', async () => {
    // Prepare
    const eventId = await publishEvent(stack, eventDocument({ mode: 'online', place: undefined }));
    // Act
    await register(eventId, 'online@example.org', 'en', 'Olli Online');
    const mail = await waitForMail(stack.outboxDir, 'online@example.org', 'registration-confirmed');
    // Assess
    expect(mail.text).toContain('Place: https://example.org/live');
    expect(icsProperties(mail.attachments[0]?.content ?? '').LOCATION).toBe('https://example.org/live');
  });
});
