import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

/**
 * The activity report in headless Chromium, signed in as the coordinator: printed to PDF (print media,
 * A4), checked with axe-core in sv, fi and en. Chromium's PDF draws text as subset-font glyphs, so the
 * text is not read back from it without a PDF parser: the test asserts the print rendering in the page
 * (headings shown, menus and forms hidden) and that the PDF has pages and the report's title as /Title.
 */
let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
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

/**
 * Every /Title string of the PDF, decoded: the document's title (information dictionary) and, with
 * `outline: true`, each heading as Chromium writes it into the document outline (bookmarks). Literal
 * strings or UTF-16BE hex with a byte order mark.
 */
function pdfTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title\s*(?:<([0-9A-Fa-f\s]+)>|\(((?:[^()\\]|\\.)*)\))/g)].map(
    ([, hex, literal]) => {
      if (literal !== undefined) return literal;
      const bytes = Buffer.from((hex ?? '').replace(/\s/g, ''), 'hex');
      const body = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes;
      return Buffer.from(body).swap16().toString('utf16le');
    },
  );
}

describe('the activity report in headless Chromium', () => {
  it('is reached from the overview and prints to an A4 PDF with its headings, without menus or forms', async () => {
    // Prepare
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/en/console');
    await page.getByRole('link', { name: 'Activity report' }).click();
    await page.waitForURL(/\/en\/console\/report$/);

    // Act
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, outline: true, tagged: true });
    const title = await page.title();

    // Assess: what prints
    await expect(page.getByRole('heading', { level: 1, name: 'Activity report' }).isVisible()).resolves.toBe(
      true,
    );
    const headings = [
      'Focus area: Diversity in working life and education',
      'Nomination rounds',
      'Campaigns',
      'Network membership',
      'Surveys',
    ];
    for (const heading of headings) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).isVisible()).toBe(true);
    }
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('footer.footer').isVisible()).toBe(false);
    expect(await page.locator('form').first().isVisible()).toBe(false);
    expect(await page.getByText('Print or save as PDF', { exact: false }).isVisible()).toBe(false);
    expect(title).toMatch(/^Activity report 2024-01-01 – 2025-12-31 – /);
    // Assess: the PDF
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
    const titles = pdfTitles(pdf);
    expect(titles).toContain(title);
    // The report's headings are in the PDF itself: its outline, one entry per heading.
    expect(titles).toEqual(expect.arrayContaining(['Activity report', ...headings]));
    // On screen, the print hint and the period form are there.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByText('Print or save as PDF', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByLabel('From').isVisible()).toBe(true);
  });

  it('downloads its figures as CSV and answers a malformed period with 400 and the format', async () => {
    // Act
    const csv = await page.request.get('/fi/console/report?from=2024-01-01&to=2025-12-31&format=csv');
    const bad = await page.request.get('/en/console/report?from=2025-13-01&to=2025-12-31');

    // Assess
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers()['content-disposition']).toBe(
      'attachment; filename="activity-report-2024-01-01-2025-12-31.csv"',
    );
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('osio,kohde,mittari,arvo');
    expect(lines).toContain('Verkoston jäsenet,Verkosto,Eronneet,ei kirjata');
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('YYYY-MM-DD');
  });

  it('has no accessibility violations in sv, fi and en', async () => {
    // Prepare
    await page.emulateMedia({ media: 'screen' });
    const found: Record<string, unknown[]> = {};

    // Act
    for (const lang of ['sv', 'fi', 'en'] as const) {
      await page.goto(`/${lang}/console/report?from=2024-01-01&to=2025-12-31`);
      found[lang] = await axeViolations(page);
    }

    // Assess
    expect(found).toEqual({ sv: [], fi: [], en: [] });
  });
});
