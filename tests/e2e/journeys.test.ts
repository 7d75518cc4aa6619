import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox, waitForMail } from '../support/mail';
import { publishRound, roundDocument } from '../support/rounds-fixture';
import { bodyOf, waitFor } from '../support/wait';

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The mailed link points at the stack's own base URL; keep only its path. */
const pathOf = (text: string, pattern: RegExp) => new URL(pattern.exec(text)?.[0] ?? 'http://x/').pathname;

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('journeys in headless Chromium %s', (_label, javaScriptEnabled) => {
  let context: BrowserContext;
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled, baseURL: stack.url, locale: 'sv-FI' });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('registers for an event, finds the mail, and cancels through its link', async () => {
    // Prepare
    const eventId = 'event-example-webinar-2027';
    const email = `journey-${tag}@example.org`;
    const page = await context.newPage();
    // Act: a first try without consent keeps the values and shows the error beside the field
    await page.goto(`/sv/events/${eventId}`);
    await page.getByLabel('Namn', { exact: true }).fill('Åsa Öberg');
    await page.getByLabel('E-post', { exact: true }).fill(email);
    await page.getByLabel(/Tillgänglighetsbehov/).fill('Textning');
    await page.getByRole('button', { name: 'Anmäl dig' }).click();
    await page.waitForLoadState();
    const consentError = await page.locator('.field--error .error-message').first().textContent();
    const keptName = await page.getByLabel('Namn', { exact: true }).inputValue();
    await screenshot(page, `register-error-${tag}`);
    await page.getByLabel(/Jag har läst/).check();
    await page.getByRole('button', { name: 'Anmäl dig' }).click();
    // The page says what comes next; the outcome and the link come by mail only.
    await page.getByRole('status').filter({ hasText: 'Kontrollera din e-post' }).waitFor();
    const received = await page.locator('main').textContent();
    const receivedPage = await page.content();
    await screenshot(page, `registered-${tag}`);
    const mail = await waitForMail(stack.outboxDir, email, 'registration-confirmed');
    await page.goto(pathOf(mail.text, /http\S+\/sv\/registrations\/[\w-]+/));
    await page.getByRole('button', { name: 'Avboka anmälan' }).click();
    await page.waitForURL(/cancel=confirm/);
    await page.getByRole('button', { name: 'Ja, avboka anmälan' }).click();
    await page.waitForURL(/cancelled=1/);
    // Assess
    expect(consentError).toBe('Fel: Samtycke krävs.');
    expect(keptName).toBe('Åsa Öberg');
    expect(received).toContain('Tack, vi har tagit emot din anmälan.');
    expect(receivedPage).not.toContain('/registrations/');
    expect(await page.getByRole('status').textContent()).toContain('Din anmälan är avbokad.');
    expect(await page.locator('main').textContent()).toContain('Avbokad');
    await screenshot(page, `cancelled-${tag}`);
    const cancelledMail = await waitForMail(stack.outboxDir, email, 'registration-cancelled');
    expect(cancelledMail.subject).toContain('Anmälan avbokad');
  });

  it('answers a nomination through the mailed link', async () => {
    // Prepare
    const roundId = await publishRound(stack, roundDocument());
    await stack.request(`/admin/nomination-rounds/${roundId}/requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });
    const mail = await waitFor(async () =>
      (await readOutbox(stack.outboxDir)).find(
        (m) => m.template === 'nomination-request' && m.to.includes('laihela') && m.subject.includes(roundId),
      ),
    );
    const page = await context.newPage();
    // Act
    const path = pathOf(mail.text, /http\S+\/(sv|fi|en)\/nominations\/[\w-]+/);
    await page.goto(path);
    const panel = page.locator('[data-balance]');
    const seat = page.getByRole('group', { name: 'Jäsen, paikka 1', exact: true });
    const first = seat.getByRole('group', { name: 'Ehdokas 1', exact: true });
    await first.getByLabel('Nimi', { exact: true }).fill('Maija Meikäläinen');
    await first.getByLabel('Sähköposti', { exact: true }).fill(`maija-${tag}@example.org`);
    await first.getByLabel(/Sukupuoli/).selectOption('woman');
    const second = seat.getByRole('group', { name: 'Ehdokas 2', exact: true });
    await second.getByLabel('Nimi', { exact: true }).fill('Matti Meikäläinen');
    await second.getByLabel('Sähköposti', { exact: true }).fill(`matti-${tag}@example.org`);
    await second.getByLabel(/Sukupuoli/).selectOption('woman');
    // With JavaScript the panel follows the form before anything is sent; without it, it still shows the start
    const beforeSubmit = await panel.textContent();
    await page.getByRole('button', { name: 'Tallenna vastaus' }).click();
    await page.waitForLoadState();
    const refused = await page.locator('.error-summary').textContent();
    const afterSubmit = await panel.textContent();
    await screenshot(page, `nomination-justify-${tag}`);
    await page.getByLabel(/Poikkeaman perustelu/).fill('Vain naiset olivat käytettävissä.');
    await page.getByRole('button', { name: 'Tallenna vastaus' }).click();
    await page.waitForURL(/saved=1/);
    const stored = await bodyOf(await stack.request(`/nominations/${path.split('/').pop()}`));
    // Assess
    const missing = 'Paikka 1 (jäsen): ehdokkaista puuttuu mies.';
    if (javaScriptEnabled) expect(beforeSubmit).toContain(missing);
    else expect(beforeSubmit).not.toContain(missing);
    expect(beforeSubmit).toContain(
      javaScriptEnabled ? 'Jäsenet: 2 naista ja 0 miestä, yhteensä 2 ehdokasta' : 'Jäsenet: 0 naista',
    );
    expect(afterSubmit).toContain(missing);
    expect(afterSubmit).toContain('Jäsenet: 2 naista ja 0 miestä, yhteensä 2 ehdokasta');
    expect(afterSubmit).toContain('Paikka 1 (varajäsen): ei vielä ehdokasta.');
    expect(refused).toContain(missing);
    expect(await page.getByRole('status').textContent()).toContain('Vastaus on tallennettu (Versio 1)');
    expect(await page.locator('main ol').textContent()).toContain('Maija Meikäläinen (Jäsen 1)');
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    // The Finnish page proposed Finnish for the nominees' mail, and that is what was stored
    expect(stored.answer.nominees.map((n: { language: string }) => n.language)).toEqual(['fi', 'fi']);
    await screenshot(page, `nomination-saved-${tag}`);
  });

  it('applies as a draft, edits through the mailed link, and submits', async () => {
    // Prepare
    const email = `applicant-${tag}@example.org`;
    const businessId = javaScriptEnabled ? '1474763-1' : '0000001-9';
    const page = await context.newPage();
    // Act: a draft with only some answers
    await page.goto('/sv/campaigns/campaign-example-jamstalldhetsforetag-2027');
    const form = page.locator('form:has(input[name="form"][value="application"])');
    await form.getByLabel('Företagets namn', { exact: true }).fill('Öppna Företaget Ab');
    await form.getByLabel('FO-nummer', { exact: true }).fill(businessId);
    await form.getByLabel('Kommun', { exact: true }).fill('Vörå');
    await form
      .getByRole('group', { name: 'Kontaktperson' })
      .getByLabel('Namn', { exact: true })
      .fill('Åsa Ansökare');
    await form
      .getByRole('group', { name: 'Kontaktperson' })
      .getByLabel('E-post', { exact: true })
      .fill(email);
    await form.getByRole('group', { name: 'Vem fyller i ansökan?' }).getByLabel('Företaget självt').check();
    await form.getByLabel(/Jag har läst/).check();
    await form.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('status').filter({ hasText: 'Kontrollera din e-post' }).waitFor();
    const draftStatus = await page.locator('main').textContent();
    const draftPage = await page.content();
    await screenshot(page, `application-draft-${tag}`);
    const draftMail = await waitForMail(stack.outboxDir, email, 'application-draft');
    // Act: open the mailed link, answer the rest, submit
    await page.goto(pathOf(draftMail.text, /http\S+\/sv\/applications\/[\w-]+/));
    expect(await page.getByLabel('Företaget självt').isChecked()).toBe(true);
    await page.getByRole('group', { name: 'Har företaget en jämställdhetsplan?' }).getByLabel('Ja').check();
    await page.getByLabel('Hur arbetar företaget för lika lön?').fill('Årlig lönekartläggning.');
    await page
      .getByLabel('Hur främjar företaget jämställd rekrytering och karriärutveckling?')
      .fill('Könsneutrala annonser.');
    await page
      .getByLabel('Varför borde företaget bli årets jämställdhetsföretag?')
      .fill('Vi mäter och följer upp.');
    await page.getByRole('button', { name: 'Skicka in ansökan' }).click();
    await page.waitForURL(/saved=1/);
    // Assess
    expect(draftStatus).toContain('Utkastet är sparat.');
    expect(draftPage).not.toContain('/applications/');
    expect(await page.locator('main').textContent()).toContain('Inskickad');
    await screenshot(page, `application-submitted-${tag}`);
    const receipt = await waitForMail(stack.outboxDir, email, 'application-receipt');
    expect(receipt.text).toContain('Årlig lönekartläggning.');
    expect(receipt.text).toContain('Vem fyller i ansökan?\n  Företaget självt');
  });
});
