import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

/**
 * The information package for newly elected officials in Chromium, in sv, fi and en: its chapters as headings,
 * its image actually loaded (from the local stack's asset route, under the page's real CSP) with alt text in the
 * page's language, its PDF with type and size and a link that downloads it, external links marked; and axe-core
 * finds nothing on any of the three pages.
 */
let stack: TestStack;
let browser: Browser;
/** With the site's CSP as served: proves the image may load. */
let strict: BrowserContext;
/** axe-core is injected into the page, which the CSP would refuse. */
let forAxe: BrowserContext;
beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  strict = await browser.newContext({ baseURL: stack.url });
  forAxe = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const PACKAGE = 'information-packages/informationPackage-nya-fortroendevalda-2025';

/** The browser's document inside page.evaluate (the tests compile without the DOM library). */
type Dom = any;

const expected = {
  sv: {
    title: 'Informationspaket för nya förtroendevalda',
    firstHeading: 'Varför jämställdhet och likabehandling?',
    alt: 'Ett vitt likhetstecken på mörkgrön botten',
    file: 'Checklista: jämställdhet i beslutsfattandet (PDF, 2,6 kB)',
    external: '(extern webbplats)',
  },
  fi: {
    title: 'Tietopaketti uusille luottamushenkilöille',
    firstHeading: 'Miksi tasa-arvo ja yhdenvertaisuus?',
    alt: 'Valkoinen yhtäläisyysmerkki tummanvihreällä pohjalla',
    file: 'Tarkistuslista: tasa-arvo päätöksenteossa (PDF, 2,6 kt)',
    external: '(ulkoinen sivusto)',
  },
  en: {
    title: 'Information package for newly elected officials',
    firstHeading: 'Why equality and non-discrimination?',
    alt: 'A white equals sign on a dark green background',
    file: 'Checklist: equality in decision-making (in Swedish and Finnish) (PDF, 2.6 kB)',
    external: '(external site)',
  },
} as const;

describe('an information package with chapters, an image and a file (acceptance 3 and 5)', () => {
  it('shows chapters, a loaded image with alt text and a PDF with type and size in sv, fi and en, with no axe violation', async () => {
    const violations: Record<string, unknown[]> = {};
    for (const lang of ['sv', 'fi', 'en'] as const) {
      // Prepare
      const page = await strict.newPage();
      const want = expected[lang];

      // Act
      const response = await page.goto(`/${lang}/${PACKAGE}`);
      const image = page.locator('main figure img');
      await image.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => {
        const img = (globalThis as Dom).document.querySelector('main figure img');
        return img?.complete === true;
      });
      const shown = await image.evaluate((img: Dom) => ({
        naturalWidth: img.naturalWidth,
        alt: img.alt,
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.getAttribute('loading'),
        srcset: img.getAttribute('srcset'),
      }));
      const headings = await page.locator('main h2').allTextContents();
      const file = page.locator('main a.attachment');
      const fileText = (await file.textContent())?.trim();
      const download = await strict.request.get((await file.getAttribute('href')) ?? '');
      const external = page.locator('main a.external').first();

      // Assess
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe(want.title);
      expect(headings.length).toBeGreaterThanOrEqual(4);
      expect(headings[0]).toBe(want.firstHeading);
      expect(shown.naturalWidth).toBeGreaterThan(0);
      expect(shown.alt.startsWith(want.alt)).toBe(true);
      expect([shown.width, shown.height, shown.loading]).toEqual(['960', '540', 'lazy']);
      expect(shown.srcset).toMatch(/ 320w, .* 640w, .* 960w$/);
      expect(fileText).toBe(want.file);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toBe('application/pdf');
      expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await expect(external.getAttribute('rel')).resolves.toBe('noopener');
      await expect(external.locator('.visually-hidden').textContent()).resolves.toBe(` ${want.external}`);
      await screenshot(page, `rich-content-${lang}`);
      await page.close();

      const checked = await forAxe.newPage();
      await checked.goto(`/${lang}/${PACKAGE}`);
      violations[lang] = await axeViolations(checked);
      await checked.close();
    }
    expect(violations).toEqual({ sv: [], fi: [], en: [] });
  });
});
