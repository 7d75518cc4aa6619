import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';
import { sitePages } from '../support/site-pages';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let pages: Record<string, string>;
beforeAll(async () => {
  stack = await startTestStack();
  pages = await sitePages(stack);
  browser = await launchBrowser();
  // axe is injected by the test; the pages' own CSP forbids any script but their own.
  context = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

describe('WCAG 2.1 AA (axe-core) on every page', () => {
  for (const lang of ['sv', 'fi', 'en'] as const) {
    it(`finds no violations on any page in ${lang}`, async () => {
      const found: Record<string, unknown> = {};
      for (const [name, path] of Object.entries(pages)) {
        // Act
        const page = await context.newPage();
        await page.goto(`/${lang}/${path}`);
        const violations = await axeViolations(page);
        if (violations.length) found[name] = violations;
        await screenshot(page, `page-${lang}-${name}`);
        await page.close();
      }
      // Assess
      expect(found).toEqual({});
    });

    it(`finds no violations on a form showing its errors in ${lang}`, async () => {
      // Prepare
      const page = await context.newPage();
      await page.goto(`/${lang}/network`);
      // Act
      await page.locator('form button[type=submit]').click();
      await page.waitForLoadState();
      const violations = await axeViolations(page);
      // Assess
      expect(await page.locator('.error-summary').count()).toBe(1);
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
