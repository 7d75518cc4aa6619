import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';

/**
 * Check-in at the door on a phone-sized screen (390 px), and the follow-up pages (check-in, the
 * message form and its confirmation step) checked with axe-core in sv, fi and en.
 */
let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let eventId: string;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  // Prepare: three seats taken, one person waiting.
  eventId = await publishEvent(stack, eventDocument({ capacity: 3 }));
  for (const [name, email] of [
    ['Aino Andersson', 'aino.door@example.org'],
    ['Bertil Björk', 'bertil.door@example.org'],
    ['Cecilia Carlsson', 'cecilia.door@example.org'],
    ['David Dahl', 'david.door@example.org'],
  ]) {
    await stack.request(`/events/${eventId}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, email, language: 'sv', consent: true }),
    });
  }
  // axe is injected by the test, so this context lets it past the pages' CSP.
  context = await browser.newContext({
    baseURL: stack.url,
    bypassCSP: true,
    viewport: { width: 390, height: 844 },
  });
  page = await context.newPage();
  await page.goto('/sv/console');
  await page.getByRole('button', { name: /coordinator@example\.org/ }).click();
  await page.waitForURL(`${stack.url}/sv/console`);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

const count = async (label: string) =>
  (await page.locator(`dl.summary-list div:has(dt:text-is("${label}")) dd`).textContent())?.trim();

describe('check-in at the door', () => {
  it('searches, checks a person in with one tap, undoes it, and the counts follow, on a 390 px screen', async () => {
    // Prepare
    await page.goto(`/sv/console/events/${eventId}/check-in`);
    const before = { attended: await count('Närvarande'), noShow: await count('Kom inte') };
    const listed = await page.locator('main li.card h3').allTextContents();
    // The tests compile without the DOM library: the page's document as far as this needs it.
    const overflow = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );

    // Act: search, tap "Check in", then undo.
    await page.getByLabel('Sök på namn').fill('bertil');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/check-in\?q=bertil$/);
    const found = await page.locator('main li.card h3').allTextContents();
    await page.getByRole('button', { name: 'Checka in' }).click();
    await page.waitForURL(/check-in\?q=bertil#r-[0-9A-Z]{26}$/);
    const marked = {
      attended: await count('Närvarande'),
      noShow: await count('Kom inte'),
      tag: (await page.locator('main li.card .tag').textContent())?.trim(),
    };
    await screenshot(page, 'console-check-in-marked-sv');
    await page.goto(`/sv/console/events/${eventId}`);
    const inList = (await page.locator('tr:has(th:text-is("Bertil Björk")) td').allTextContents()).map((t) =>
      t.trim(),
    );
    await page.goBack();
    await page.getByRole('button', { name: 'Ångra incheckning' }).click();
    await page.waitForURL(/check-in\?q=bertil#r-/);
    const undone = { attended: await count('Närvarande'), noShow: await count('Kom inte') };

    // Assess
    expect(before).toEqual({ attended: '0', noShow: '3' });
    expect(listed).toEqual(['Aino Andersson', 'Bertil Björk', 'Cecilia Carlsson']);
    expect(overflow).toBeLessThanOrEqual(390);
    expect(found).toEqual(['Bertil Björk']);
    expect(marked).toEqual({ attended: '1', noShow: '2', tag: 'Närvarande' });
    expect(inList).toContain('Närvarande');
    expect(undone).toEqual({ attended: '0', noShow: '3' });
  });

  it('finds no accessibility violations on the check-in page and the message form in sv, fi and en', async () => {
    // Prepare
    const found: Record<string, { lang: string | null; violations: unknown[] }> = {};
    const recipientLabel = { sv: 'Antal mottagare', fi: 'Vastaanottajien määrä', en: 'Number of recipients' };
    const recipients: Record<string, string | undefined> = {};
    const check = async (name: string) => {
      found[name] = {
        lang: await page.locator('html').getAttribute('lang'),
        violations: await axeViolations(page),
      };
      await screenshot(page, `console-${name}`);
    };

    // Act
    for (const lang of ['sv', 'fi', 'en'] as const) {
      await page.goto(`/${lang}/console/events/${eventId}/check-in`);
      await check(`check-in-${lang}`);
      await page.goto(`/${lang}/console/events/${eventId}/message`);
      await check(`message-${lang}`);
      // Sent empty: the form again with its error summary.
      await page.locator('main form button[type="submit"]').click();
      await page.waitForLoadState();
      await check(`message-errors-${lang}`);
      await page.locator('input[name="audience"][value="confirmed"]').check();
      await page.locator('input[name="subject"]').fill('Välkommen');
      await page.locator('textarea[name="body"]').fill('Dörrarna öppnar kl. 9.30.');
      await page.locator('main form button[type="submit"]').click();
      await page.waitForLoadState();
      await check(`message-confirm-${lang}`);
      recipients[lang] = await count(recipientLabel[lang]);
    }

    // Assess
    expect(recipients).toEqual({ sv: '3', fi: '3', en: '3' });
    for (const [name, result] of Object.entries(found)) {
      expect(result, name).toEqual({ lang: name.split('-').at(-1), violations: [] });
    }
  });
});
