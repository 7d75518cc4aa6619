import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

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

describe('staff console sign-in in headless Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    // The pages' own CSP applies here: the sign-in and sign-out redirects must pass it.
    context = await browser.newContext({ baseURL: stack.url, locale: 'sv-FI' });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('signs a coordinator in by picking them on the local sign-in page, and signs them out', async () => {
    // Prepare
    const page = await context.newPage();

    // Act: the console sends the browser through sign-in; the coordinator is picked by a click.
    await page.goto('/sv/console');
    const signInPage = new URL(page.url()).pathname;
    await page.getByRole('button', { name: /coordinator@example\.org/ }).click();
    await page.waitForURL(`${stack.url}/sv/console`);
    const signedInAs = await page.locator('.staff-email').textContent();
    const roles = await page.locator('.staff-groups li').allTextContents();
    const sessionCookie = (await context.cookies()).find((c) => c.name === 'session');
    const visibleToScript = await page.evaluate(
      () => (globalThis as unknown as { document: { cookie: string } }).document.cookie,
    );
    await screenshot(page, 'console-overview-sv');
    // … and signs out with the button.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(`${stack.url}/sv/`);
    const cookiesAfter = (await context.cookies()).map((c) => c.name);
    await page.goto('/sv/console');
    const afterSignOut = new URL(page.url()).pathname;

    // Assess
    expect(signInPage).toBe('/_local/oauth2/authorize');
    expect(signedInAs).toBe('coordinator@example.org');
    expect(roles).toEqual(['Koordinator']);
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(visibleToScript).not.toContain('session=');
    expect(cookiesAfter).not.toContain('session');
    expect(afterSignOut).toBe('/_local/oauth2/authorize');
    await page.close();
  });
});

describe('WCAG 2.1 AA (axe-core) on the sign-in page and the console overview', () => {
  for (const lang of ['sv', 'fi', 'en'] as const) {
    it(`finds no violations on either in ${lang}`, async () => {
      // Prepare: axe is injected by the test, so this context lets it past the pages' CSP.
      const context = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
      const page = await context.newPage();

      // Act
      await page.goto(`/${lang}/console`);
      const signInLang = await page.locator('html').getAttribute('lang');
      const onSignIn = await axeViolations(page);
      await screenshot(page, `console-sign-in-${lang}`);
      await page.getByRole('button', { name: /chair@example\.org/ }).click();
      await page.waitForURL(`${stack.url}/${lang}/console`);
      const overviewLang = await page.locator('html').getAttribute('lang');
      const onOverview = await axeViolations(page);
      await screenshot(page, `console-overview-chair-${lang}`);
      await context.close();

      // Assess
      expect(signInLang).toBe(lang);
      expect(overviewLang).toBe(lang);
      expect(onSignIn).toEqual([]);
      expect(onOverview).toEqual([]);
    });
  }
});
