import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

/**
 * The coordinator pages in headless Chromium: one browser, one signed-in context; every page is checked
 * with axe-core (WCAG 2.1 A and AA) in sv, fi and en. Cancelling on someone's behalf by clicks, with the
 * next in line promoted, is part of the coordinator's journey (console-journey.test.ts).
 */
let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let eventId: string;
const ids = new Map<string, string>();

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  // Prepare: an event with one seat and two waiting, and a network member with an interest.
  eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
  for (const [name, email] of [
    ['Aino Seat', 'aino.seat@example.org'],
    ['Bertil Next', 'bertil.next@example.org'],
    ['Cecilia Last', 'cecilia.last@example.org'],
  ]) {
    await stack.request(
      `/events/${eventId}/registrations`,
      json({ name, email, language: 'sv', consent: true }),
    );
  }
  const list = await bodyOf(
    await stack.request(`/admin/events/${eventId}/registrations`, {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    }),
  );
  for (const r of list.items) ids.set(r.email, r.registrationId);
  await stack.request(
    '/network/members',
    json({
      name: 'Minna Member',
      email: 'minna.member@example.org',
      language: 'fi',
      interests: ['focusArea-mangfald-i-arbetsliv-och-utbildning'],
      wantsToCoordinate: true,
      consent: true,
    }),
  );
  const mail = await waitForMail(stack.outboxDir, 'minna.member@example.org', 'membership-confirm');
  await stack.request(
    '/network/members/confirm',
    json({ token: /network\/confirm\/([\w-]+)/.exec(mail.text)?.[1] }),
  );

  // axe is injected by the test, so this context lets it past the pages' CSP.
  context = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
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

describe('the coordinator pages in headless Chromium', () => {
  for (const lang of ['sv', 'fi', 'en'] as const) {
    it(`finds no accessibility violations on any coordinator page in ${lang}`, async () => {
      // Prepare
      const email = encodeURIComponent('bertil.next@example.org');
      const paths = {
        overview: '',
        events: '/events',
        registrations: `/events/${eventId}`,
        search: `/events/${eventId}?q=cecilia`,
        cancel: `/events/${eventId}/registrations/${ids.get('aino.seat@example.org')}/cancel`,
        network: '/network',
        people: `/people?email=${email}`,
        peopleInvalid: '/people?email=not-an-address',
        erase: `/people/erase?email=${email}`,
        activity: '/activity',
      };
      const found: Record<string, { lang: string | null; violations: unknown[] }> = {};

      // Act
      for (const [name, path] of Object.entries(paths)) {
        await page.goto(`/${lang}/console${path}`);
        found[name] = {
          lang: await page.locator('html').getAttribute('lang'),
          violations: await axeViolations(page),
        };
        await screenshot(page, `console-${name}-${lang}`);
      }

      // Assess
      for (const [name, result] of Object.entries(found)) {
        expect(result, name).toEqual({ lang, violations: [] });
      }
    });
  }
});
