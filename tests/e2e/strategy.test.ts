import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';
import { waitForMail } from '../support/mail';

/**
 * An organisation joins the strategy in headless Chromium, without JavaScript doing the work: the form
 * in Swedish (first sent empty, so its errors show), the contact's confirmation through the mailed link,
 * a coordinator's steps in the console up to "joined", and the organisation on the public list in
 * Finnish and English. axe-core checks the strategy page with its errors and the console pages in sv,
 * fi and en.
 */
let stack: TestStack;
let browser: Browser;
let visitor: BrowserContext;
let staff: BrowserContext;
let page: Page;
let staffPage: Page;

const ORGANISATION = 'Kristinestads stad';
const CONTACT = 'kontakt.kristinestad@example.org';
/** The contact's links from the mails (the path after /{lang}/). */
const links = { confirm: '', manage: '', group: '', removeMember: '' };

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  // axe is injected by the test, so these contexts let it past the pages' CSP.
  visitor = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
  page = await visitor.newPage();
  staff = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
  staffPage = await staff.newPage();
  await staffPage.goto('/sv/console');
  await staffPage.getByRole('button', { name: /coordinator@example\.org/ }).click();
  await staffPage.waitForURL(`${stack.url}/sv/console`);
});
afterAll(async () => {
  await visitor?.close();
  await staff?.close();
  await browser?.close();
  await stack?.stop();
});

/** The organisations listed under "joined" on the strategy page in a language. */
async function joinedOn(lang: string) {
  await page.goto(`/${lang}/strategy`);
  return page.locator('section[aria-labelledby="joined-title"] h3').allTextContents();
}

describe('joining the strategy as an organisation', () => {
  it('joins in Swedish, confirms by mail, is moved to joined by a coordinator and is listed in fi and en', async () => {
    // Act: the form sent empty first, then filled in
    await page.goto('/sv/strategy');
    await page.getByRole('button', { name: 'Skicka anslutningen' }).click();
    await page.waitForSelector('.error-summary');
    const errorCount = await page.locator('.error-summary li').count();
    await page.locator('#f-organisationName').fill(ORGANISATION);
    await page.locator('#f-organisationType').selectOption('municipality');
    await page.locator('#f-municipality').selectOption({ label: 'Kristinestad' });
    await page.locator('#f-businessId').fill('0179701-5');
    await page.locator('#f-decisionBody').fill('Stadsstyrelsen');
    await page.locator('#f-decisionDate').fill('2027-02-20');
    await page.locator('#f-contactName').fill('Kim Kontakt');
    await page.locator('#f-contactTitle').fill('Jämställdhetssamordnare');
    await page.locator('#f-contactEmail').fill(CONTACT);
    await page.locator('#f-contactPhone').fill('+358 40 123 4567');
    await page.locator('#f-contribute-economic-equality').fill('Lönekartläggning vartannat år.');
    await page.locator('#f-consentToPublish').check();
    await page.locator('#f-consent').check();
    await page.getByRole('button', { name: 'Skicka anslutningen' }).click();
    await page.waitForURL(/\/sv\/strategy\?sent=1$/);
    const mail = await waitForMail(stack.outboxDir, CONTACT, 'affiliation-confirm');
    const confirmPath = new URL(/https?:\/\/\S+\/affiliations\/confirm\/[\w-]+/.exec(mail.text)?.[0] ?? '')
      .pathname;
    await page.goto(confirmPath);
    await page.getByRole('button', { name: 'Bekräfta anslutningen' }).click();
    await page.waitForURL(/\?done=1$/);
    const manageMail = await waitForMail(stack.outboxDir, CONTACT, 'affiliation-manage');
    links.confirm = confirmPath.replace(/^\/sv\//, '');
    links.manage = /\/sv\/(affiliations\/[\w-]+)/.exec(manageMail.text)?.[1] ?? '';
    const beforeJoining = await joinedOn('fi');

    // Act: the coordinator books and holds the dialogue, then records the organisation as joined
    await staffPage.goto('/sv/console/affiliations');
    await staffPage.getByRole('link', { name: ORGANISATION }).click();
    const detail = staffPage.url();
    await staffPage.locator('#f-status-dialogueBooked').check();
    await staffPage.locator('#f-date').fill('2027-03-01');
    await staffPage.locator('#f-move-note').fill('Stadsdirektören deltar.');
    await staffPage.getByRole('button', { name: 'Spara steget' }).click();
    await staffPage.waitForURL(/\?moved=1$/);
    await staffPage.locator('#f-status-dialogueHeld').check();
    await staffPage.locator('#f-date').fill('2027-03-08');
    await staffPage.getByRole('button', { name: 'Spara steget' }).click();
    await staffPage.waitForURL(/\?moved=1$/);
    await staffPage.locator('#f-status-joined').check();
    await staffPage.getByRole('button', { name: 'Spara steget' }).click();
    await staffPage.waitForURL(/\?moved=1$/);
    const status = await staffPage.locator('#pipeline + dl .badge').textContent();
    await staffPage.goto('/sv/console/bodies/council');
    const council = await staffPage.locator('table tbody td').allTextContents();
    await staffPage.goto('/sv/console/bodies');
    await staffPage.locator('#f-groupName').fill('Genomförandegruppen');
    await staffPage.locator('#f-termStart').fill('2027-01-01');
    await staffPage.getByRole('button', { name: 'Skapa gruppen' }).click();
    await staffPage.waitForURL(/\?created=1$/);
    links.group = String(
      await staffPage.getByRole('link', { name: 'Genomförandegruppen' }).getAttribute('href'),
    );
    // Two members join the group; one leaves it again after the confirmation step.
    await staffPage.goto(links.group);
    for (const [name, email, role] of [
      ['Greta Grupp', 'greta.grupp@example.org', 'chair'],
      ['Lasse Lämnar', 'lasse.lamnar@example.org', 'member'],
    ]) {
      await staffPage.locator('#f-name').fill(String(name));
      await staffPage.locator('#f-email').fill(String(email));
      await staffPage.locator('#f-language').selectOption('sv');
      await staffPage.locator('#f-role').selectOption(String(role));
      await staffPage.getByRole('button', { name: 'Lägg till medlemmen' }).click();
      await staffPage.waitForURL(/\?saved=1$/);
    }
    links.removeMember = String(
      await staffPage.getByRole('link', { name: 'Ta bort Greta Grupp' }).getAttribute('href'),
    );
    await staffPage.getByRole('link', { name: 'Ta bort Lasse Lämnar' }).click();
    const question = await staffPage.locator('main p').first().textContent();
    await staffPage.getByRole('button', { name: 'Ta bort medlemmen' }).click();
    await staffPage.waitForURL(/\?saved=1$/);
    const groupMembers = await staffPage.locator('table tbody th').allTextContents();
    await screenshot(staffPage, 'console-affiliation-sv');

    // Assess
    expect(errorCount).toBeGreaterThanOrEqual(10);
    expect(beforeJoining).not.toContain(ORGANISATION);
    expect(detail).toMatch(/\/sv\/console\/affiliations\/[0-9A-Z]{26}$/);
    expect(links.manage).toMatch(/^affiliations\/[\w-]+$/);
    expect(status).toBe('ansluten');
    expect(council).toContain(CONTACT);
    expect(links.group).toMatch(/^\/sv\/console\/bodies\/[0-9A-Z]{26}$/);
    expect(question).toContain('Lasse Lämnar');
    expect(question).toContain('Genomförandegruppen');
    expect(groupMembers).toEqual(['Greta Grupp']);
    expect(await joinedOn('fi')).toContain(ORGANISATION);
    expect(await joinedOn('en')).toContain(ORGANISATION);
    expect(await page.locator('section[aria-labelledby="joined-title"]').textContent()).toContain(
      'Lönekartläggning vartannat år.',
    );
  });

  for (const lang of ['sv', 'fi', 'en'] as const) {
    it(`finds no accessibility violations on the strategy and affiliation pages in ${lang}`, async () => {
      // Prepare: the strategy page with the form's errors, and the console's list and affiliation
      const found: Record<string, { lang: string | null; violations: unknown[] }> = {};
      await staffPage.goto(`/${lang}/console/affiliations`);
      const detail = await staffPage.locator('table tbody a').first().getAttribute('href');

      // Act
      await page.goto(`/${lang}/strategy`);
      await page.locator('form[action$="/strategy"] button[type="submit"]').click();
      await page.waitForSelector('.error-summary');
      found.strategyWithErrors = {
        lang: await page.locator('html').getAttribute('lang'),
        violations: await axeViolations(page),
      };
      await screenshot(page, `strategy-errors-${lang}`);
      for (const [name, path] of [
        ['confirm', `/${lang}/${links.confirm}`],
        ['manage', `/${lang}/${links.manage}`],
      ] as const) {
        await page.goto(path);
        found[name] = {
          lang: await page.locator('html').getAttribute('lang'),
          violations: await axeViolations(page),
        };
        await screenshot(page, `affiliation-${name}-${lang}`);
      }
      for (const [name, path] of [
        ['affiliations', `/${lang}/console/affiliations`],
        ['affiliation', String(detail)],
        ['bodies', `/${lang}/console/bodies`],
        ['council', `/${lang}/console/bodies/council`],
        ['group', links.group.replace(/^\/sv\//, `/${lang}/`)],
        ['removeMember', links.removeMember.replace(/^\/sv\//, `/${lang}/`)],
      ] as const) {
        await staffPage.goto(path);
        found[name] = {
          lang: await staffPage.locator('html').getAttribute('lang'),
          violations: await axeViolations(staffPage),
        };
        await screenshot(staffPage, `console-${name}-${lang}`);
      }

      // Assess
      for (const [name, result] of Object.entries(found)) {
        expect(result, name).toEqual({ lang, violations: [] });
      }
    });
  }
});
