import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

/**
 * The methods toolbox and the readable page addresses in headless Chromium: the list filtered by a focus
 * area and a method opened with JavaScript off, an old id address redirected (308) to the slug, and
 * axe-core on the filtered list and a method page in sv, fi and en.
 */
let stack: TestStack;
let browser: Browser;
let noScript: BrowserContext;
let withAxe: BrowserContext;
beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: stack.url });
  // axe-core runs in the page, so that context has JavaScript (and lets axe past the CSP).
  withAxe = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
});
afterAll(async () => {
  await noScript?.close();
  await withAxe?.close();
  await browser?.close();
  await stack?.stop();
});

describe('the methods toolbox and slug addresses in Chromium', () => {
  it('filters the methods by a focus area and opens one, without JavaScript', async () => {
    // Prepare
    const page = await noScript.newPage();
    await page.goto('/fi/methods');
    const before = await page.locator('.cards > li').count();

    // Act: tick a focus area, send the GET form, open the one method shown
    await page.getByLabel('Monimuotoisuus työelämässä ja koulutuksessa').check();
    await page.getByRole('button', { name: 'Näytä menetelmät' }).click();
    await page.waitForLoadState();
    const filteredUrl = new URL(page.url());
    const count = await page.locator('#results').textContent();
    const kept = await page.getByLabel('Monimuotoisuus työelämässä ja koulutuksessa').isChecked();
    await screenshot(page, 'methods-filtered-nojs');
    await page.getByRole('link', { name: 'Esimerkki: Tasa-arvopostikortti uusille vanhemmille' }).click();
    await page.waitForLoadState();

    // Assess
    expect(before).toBe(4);
    expect(filteredUrl.searchParams.getAll('focusArea')).toEqual(['mangfald-i-arbetsliv-och-utbildning']);
    expect(count).toBe('1 menetelmä');
    expect(kept).toBe(true);
    expect(new URL(page.url()).pathname).toBe(
      '/fi/methods/esimerkki-tasa-arvopostikortti-uusille-vanhemmille',
    );
    expect(await page.locator('h1').textContent()).toBe(
      'Esimerkki: Tasa-arvopostikortti uusille vanhemmille',
    );
    expect(await page.locator('.summary-list').textContent()).toContain('Kohderyhmä');
    await page.close();
  });

  it('redirects an old id address permanently (308) to the slug of the page language', async () => {
    // Prepare
    const page = await noScript.newPage();

    // Act
    const response = await page.goto('/sv/events/event-example-webinar-2027?sent=1');
    const redirected = response?.request().redirectedFrom();

    // Assess
    expect((await redirected?.response())?.status()).toBe(308);
    expect(new URL(redirected?.url() ?? '').pathname).toBe('/sv/events/event-example-webinar-2027');
    expect(response?.status()).toBe(200);
    const landed = new URL(page.url());
    expect(landed.pathname).toBe('/sv/events/exempel-webbinarium-mangfald-i-arbetslivet-2027');
    expect(landed.search).toBe('?sent=1');
    await page.close();
  });

  it('has no axe-core violations on the filtered list and a method page, in sv, fi and en', async () => {
    // Prepare
    const page = await withAxe.newPage();
    const slugs = {
      sv: 'exempel-jamstalldhet-som-en-rod-trad-i-styrdokumenten',
      fi: 'esimerkki-tasa-arvo-punaisena-lankana-ohjausasiakirjoissa',
      en: 'example-equality-as-a-common-thread-in-policy-documents',
    };
    const found: Record<string, unknown[]> = {};

    // Act
    for (const lang of ['sv', 'fi', 'en'] as const) {
      for (const path of [
        `/${lang}/methods?focusArea=kommunerna-och-valfardsomradet`,
        `/${lang}/methods/${slugs[lang]}`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        found[path] = await axeViolations(page);
      }
    }
    await screenshot(page, 'method-en');

    // Assess
    expect(Object.keys(found)).toHaveLength(6);
    expect(Object.entries(found).filter(([, violations]) => violations.length)).toEqual([]);
    await page.close();
  });
});
