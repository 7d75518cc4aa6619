import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';
import { sitePages } from '../support/site-pages';

/**
 * Every page in sv, fi and en at 1280 and 320 px: no axe-core violation (WCAG 2.1 A and AA), no
 * sideways scrolling (WCAG 1.4.10). Every form, submitted with faults: the error summary opens main,
 * has focus, names every field in error in one round and each link focuses its field; the title says
 * "Fel:", "Virhe:" or "Error:". One browser for all of it; screenshots go to tests/output/screenshots.
 */
let stack: TestStack;
let browser: Browser;
let pages: Record<string, string>;
let openEvent: string;
beforeAll(async () => {
  stack = await startTestStack();
  pages = await sitePages(stack);
  // An event taking registrations now, as the stack's content says (no date is assumed here).
  const events = (await (await stack.request('/content/events')).json()) as { id: string; state: string }[];
  openEvent = events.find((e) => e.state === 'open' || e.state === 'waitlist')?.id ?? '';
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const languages = ['sv', 'fi', 'en'] as const;
const widths = [1280, 320] as const;
const errorPrefix = { sv: 'Fel: ', fi: 'Virhe: ', en: 'Error: ' };
/** The pages whose screenshots are kept at both widths. */
const shown = new Set([
  'home',
  'events',
  'event',
  'campaign',
  'network',
  'nomination',
  'activityPlan',
  'registration',
]);

/** The browser's document inside page.evaluate (the tests compile without the DOM library). */
type Dom = any;

const overflow = (page: Page) =>
  page.evaluate(() => {
    const { documentElement } = (globalThis as Dom).document;
    return documentElement.scrollWidth - documentElement.clientWidth;
  });

interface FormCase {
  name: string;
  path: () => string;
  form: string;
  submit: string;
  /** Makes the form faulty where an empty submit would not be (prefilled or optional forms). */
  prepare?: (page: Page) => Promise<void>;
}

const forms: FormCase[] = [
  {
    name: 'registration',
    path: () => `events/${openEvent}`,
    form: 'main form[method=post]',
    submit: 'button',
  },
  { name: 'network', path: () => 'network', form: 'main form[method=post]', submit: 'button' },
  {
    name: 'application',
    path: () => pages.campaign ?? '',
    form: 'form:has(input[name=form][value=application])',
    submit: 'button[value=submit]',
  },
  {
    name: 'proposal',
    path: () => pages.campaign ?? '',
    form: 'form:has(input[name=form][value=proposal])',
    submit: 'button',
  },
  {
    name: 'application-edit',
    path: () => pages.application ?? '',
    form: 'form:has(input[name=form][value=application])',
    submit: 'button[value=submit]',
    prepare: async (page) => {
      await page.locator('#f-company-name').fill('');
      await page.locator('#f-contact-email').fill('not an address');
    },
  },
  {
    name: 'nomination',
    path: () => pages.nomination ?? '',
    form: 'main form[method=post]',
    submit: 'button',
    prepare: async (page) => {
      await page.locator('#f-member-1-1-name').fill('Nimi Ilman Osoitetta');
      await page.locator('#f-deputy-1-1-email').fill('not an address');
    },
  },
];

/** What the summary says and what the page marks: anchors, link texts, and the fields in error. */
async function summaryAndFields(page: Page) {
  return page.evaluate(() => {
    const document = (globalThis as Dom).document;
    const labelOf = (id: string) => {
      const control = document.getElementById(id);
      const label = document.querySelector(`label[for="${id}"]`);
      const group = control?.closest('fieldset')?.querySelector('legend');
      const text = (control?.type === 'radio' || control?.type === 'checkbox') && group ? group : label;
      return (text?.textContent ?? '').replace(/\((frivilligt|vapaaehtoinen|optional)\)/, '').trim();
    };
    const links = [...document.querySelectorAll('[data-error-summary] li a')].map((a: Dom) => ({
      anchor: a.getAttribute('href')?.slice(1) ?? '',
      text: a.textContent ?? '',
    }));
    return {
      links: links.map((l) => ({ ...l, label: labelOf(l.anchor) })),
      fieldsInError: [...document.querySelectorAll('main .error-message')].map((e) =>
        e.id.replace(/-error$/, ''),
      ),
      focused: document.activeElement?.hasAttribute('data-error-summary') ?? false,
      first: document.querySelector('main .container > *')?.hasAttribute('data-error-summary') ?? false,
    };
  });
}

describe.each(widths)('at %i px', (width) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // axe is injected by the test; the pages' own CSP forbids any script but their own.
    context = await browser.newContext({
      baseURL: stack.url,
      bypassCSP: true,
      viewport: { width, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const lang of languages) {
    it(`finds no violations and no sideways scrolling on any page in ${lang}`, async () => {
      const found: Record<string, unknown> = {};
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        // Act
        await page.goto(`/${lang}/${path}`);
        const violations = await axeViolations(page);
        const sideways = await overflow(page);
        // Assess (collected, so one run names every page at fault)
        if (violations.length) found[`${name} axe`] = violations;
        if (sideways > 0) found[`${name} scrolls sideways by px`] = sideways;
        if (shown.has(name)) await screenshot(page, `page-${lang}-${name}-${width}`);
      }
      await page.close();
      expect(found).toEqual({});
    });

    it(`shows every form's faults in one round, summary first and focused, in ${lang}`, async () => {
      expect(openEvent).not.toBe('');
      const found: Record<string, unknown> = {};
      const page = await context.newPage();
      for (const form of forms) {
        // Prepare
        await page.goto(`/${lang}/${form.path()}`);
        await form.prepare?.(page);
        // Act
        await page.locator(form.form).locator(form.submit).first().click();
        await page.locator('[data-error-summary]').waitFor({ timeout: 10_000 });
        await page.waitForLoadState();
        const state = await summaryAndFields(page);
        const title = await page.title();
        const focusAfterLink: string[] = [];
        for (const link of state.links) {
          await page.locator(`[data-error-summary] a[href="#${link.anchor}"]`).click();
          focusAfterLink.push(
            await page.evaluate(() => (globalThis as Dom).document.activeElement?.id ?? ''),
          );
        }
        const violations = await axeViolations(page);
        const sideways = await overflow(page);
        if (width === 320 || form.name === 'application')
          await screenshot(page, `form-${lang}-${form.name}-${width}`);
        // Assess
        const problems: string[] = [];
        if (!title.startsWith(errorPrefix[lang])) problems.push(`title "${title}"`);
        if (!state.focused) problems.push('summary not focused');
        if (!state.first) problems.push('summary not first in main');
        if (state.links.length === 0) problems.push('no errors listed');
        const anchors = state.links.map((l) => l.anchor);
        for (const field of state.fieldsInError)
          if (!anchors.some((a) => a === field || a.startsWith(`${field}-`)))
            problems.push(`${field} not in summary`);
        if (anchors.length !== state.fieldsInError.length)
          problems.push('summary and fields differ in number');
        for (const link of state.links)
          if (!link.anchor.endsWith('consent') && !link.text.includes(`${link.label}: `))
            problems.push(`"${link.text}" does not name "${link.label}"`);
        if (focusAfterLink.join() !== anchors.join()) problems.push(`links focus ${focusAfterLink.join()}`);
        if (violations.length) found[`${form.name} axe`] = violations;
        if (sideways > 0) problems.push(`scrolls sideways by ${sideways}px`);
        if (problems.length) found[form.name] = problems;
      }
      await page.close();
      expect(found).toEqual({});
    });
  }
});
