import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { businessIdFor } from '../support/campaigns-fixture';
import { assignJury } from '../support/jury';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bodyOf } from '../support/wait';

/**
 * The jury's console in headless Chromium: jury1 and jury2 are assigned to the seed's open campaign,
 * which has three submitted applications. jury1 declares a conflict on one and scores the other two
 * (one saved as a draft first), jury2 scores too, then the coordinator opens the campaign; every jury
 * page, the scoring form with errors included, is checked with axe-core in sv, fi and en.
 */
const CAMPAIGN = 'campaign-example-jamstalldhetsforetag-2027';
const CRITERIA = ['equal-pay', 'careers', 'work-life-balance', 'non-discrimination', 'equality-plan'];
const NAMES = ['Alfa Ab', 'Beta Oy', 'Gamma Ab'] as const;

let stack: TestStack;
let browser: Browser;
const contexts: BrowserContext[] = [];
let jury1: Page;
let jury2: Page;
let coordinator: Page;
const apps: string[] = [];

async function signedInPage(email: string): Promise<Page> {
  // axe is injected by the test, so the context lets it past the pages' CSP.
  const context = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/sv/console');
  await page.getByRole('button', { name: new RegExp(email.replace(/\./g, '\\.')) }).click();
  await page.waitForURL(`${stack.url}/sv/console`);
  return page;
}

const applicationPath = (i: number, lang = 'sv') =>
  `/${lang}/console/jury/campaigns/${CAMPAIGN}/applications/${apps[i]}`;

/** Ticks a score for each criterion named (the radios' ids: f-score-<criterion>-<score>). */
async function score(page: Page, scores: Record<string, number>) {
  for (const [criterion, n] of Object.entries(scores))
    await page.locator(`#f-score-${criterion}-${n}`).check();
}
const all = (n: number) => Object.fromEntries(CRITERIA.map((c) => [c, n]));

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  for (const [i, name] of NAMES.entries()) {
    const response = await stack.request(`/campaigns/${CAMPAIGN}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        company: { name, businessId: businessIdFor(i + 1), municipality: 'organization-vasa', employees: 12 },
        contact: { name: `Kontakt ${i}`, email: `contact-${i}@applicant.test`, phone: '+358 40 765 4321' },
        answers: {
          'submitted-by': 'employee',
          'has-equality-plan': true,
          'equal-pay-measures': 'Lönekartläggning varje år.',
          'career-measures': 'Mentorskap.',
          'non-discrimination-areas': ['language'],
          summary: 'Jämställdhet i vardagen.',
        },
        submit: true,
        consent: true,
      }),
    });
    apps.push((await bodyOf(response)).applicationId);
  }
  await assignJury(stack, CAMPAIGN, ['jury1@example.org', 'jury2@example.org']);
  jury1 = await signedInPage('jury1@example.org');
  jury2 = await signedInPage('jury2@example.org');
  coordinator = await signedInPage('coordinator@example.org');
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.stop();
});

describe('the jury’s console in headless Chromium', () => {
  it('jury1 declares a conflict on one application, scores the other two (one as a draft first) and sees the progress', async () => {
    // Act: from my campaigns to the campaign, then to each application.
    await jury1.goto('/sv/console/jury');
    await jury1.getByRole('link', { name: /jämställdhetsföretag/i }).click();
    await jury1.getByRole('link', { name: 'Alfa Ab' }).click();
    await jury1.getByLabel('Anteckning till koordinatorerna').fill('Jag har suttit i företagets styrelse.');
    await jury1.getByRole('button', { name: 'Anmäl jäv' }).click();
    await jury1.waitForURL(/\?saved=conflict$/);
    const conflictNotice = await jury1.getByRole('status').textContent();

    await jury1.goto(applicationPath(1));
    await score(jury1, { 'equal-pay': 3, careers: 4 });
    await jury1.getByLabel('Kommentar: Lika lön').fill('Tydlig lönekartläggning.');
    await jury1.getByRole('button', { name: 'Spara utkast' }).click();
    await jury1.waitForURL(/\?saved=draft$/);
    const draftNotice = await jury1.getByRole('status').textContent();
    await score(jury1, { 'work-life-balance': 2, 'non-discrimination': 3, 'equality-plan': 4 });
    await jury1.getByRole('button', { name: 'Lämna in bedömningen' }).click();
    await jury1.waitForURL(/\?saved=submitted$/);
    const submittedNotice = await jury1.getByRole('status').textContent();

    await jury1.goto(applicationPath(2));
    await score(jury1, all(5));
    await jury1.getByLabel('Sammanfattande kommentar').fill('Ett föredöme.');
    await jury1.getByRole('button', { name: 'Lämna in bedömningen' }).click();
    await jury1.waitForURL(/\?saved=submitted$/);

    await jury1.goto('/sv/console/jury');
    const progress = await jury1.locator('main tbody tr').first().locator('td').allTextContents();
    await screenshot(jury1, 'jury-my-campaigns-sv');

    // Assess
    expect(conflictNotice?.trim()).toBe('Du har anmält jäv för den här ansökan.');
    expect(draftNotice?.trim()).toBe('Utkastet är sparat.');
    expect(submittedNotice?.trim()).toBe('Bedömningen är inlämnad.');
    expect(progress.slice(0, 3)).toEqual(['2', '1', '0']);
    expect(progress[3]).toBe('Ingen tidsgräns');
  });

  it('jury2 scores too, and never sees what jury1 wrote', async () => {
    // Act
    await jury2.goto(applicationPath(0, 'en'));
    await score(jury2, all(1));
    await jury2.getByRole('button', { name: 'Submit the review' }).click();
    await jury2.waitForURL(/\?saved=submitted$/);
    await jury2.goto(applicationPath(1, 'en'));
    const seen = await jury2.locator('main').textContent();
    // A constructed disagreement with jury1 on Beta Oy (3, 4, 2, 3, 4): a range of 3 on two criteria.
    await score(jury2, all(1));
    await jury2.getByRole('button', { name: 'Submit the review' }).click();
    await jury2.waitForURL(/\?saved=submitted$/);
    await jury2.goto('/en/console/jury');
    const progress = await jury2.locator('main tbody tr').first().locator('td').allTextContents();

    // Assess
    expect(seen).not.toContain('Tydlig lönekartläggning.');
    expect(seen).toContain('Not started');
    expect(progress.slice(0, 3)).toEqual(['2', '0', '1']);
  });

  it('coordinator sees the judging: progress per juror, the ranking with per-criterion means, the spread flag and the conflict left out', async () => {
    // Act
    await coordinator.goto(`/en/console/campaigns/${CAMPAIGN}`);
    const assigned = await coordinator.locator('#jury tbody th').allTextContents();
    const progress = async (email: string) =>
      coordinator
        .locator('table:has(caption:text-is("The jury")) tr', {
          has: coordinator.locator(`th:text-is("${email}")`),
        })
        .locator('td')
        .allTextContents();
    const row = (name: string) =>
      coordinator.locator('table:has(caption:text-is("Ranking")) tbody tr', { hasText: name });
    const [jury1Progress, jury2Progress] = [
      await progress('jury1@example.org'),
      await progress('jury2@example.org'),
    ];
    const alfa = await row('Alfa Ab').locator('td').allTextContents();
    const beta = (await row('Beta Oy').textContent()) ?? '';
    const gamma = (await row('Gamma Ab').textContent()) ?? '';
    await screenshot(coordinator, 'jury-campaign-coordinator-en');

    // Assess: assigned, scored, conflicts, drafts, left per juror (three submitted applications each).
    expect(assigned).toEqual(['jury1@example.org', 'jury2@example.org']);
    expect(jury1Progress).toEqual(['3', '2', '1', '0', '0']);
    expect(jury2Progress).toEqual(['3', '2', '0', '0', '1']);
    // Alfa: jury2's review only (all 1), jury1's conflict left out.
    expect(alfa.slice(1, 4)).toEqual(['1', '1', '1']);
    // Beta: means of jury1 (3, 4, 2, 3, 4) and jury2 (all 1); ranges 2, 3, 1, 2, 3: flagged on two.
    expect(beta).toContain('2 (spread 2)');
    expect(beta).toContain('2.5 (spread 3)');
    expect(beta).toContain('1.5 (spread 1)');
    expect(beta).toContain('Discuss');
    // Gamma: jury1's fives only, one review, nothing to discuss.
    expect(gamma).toContain('5');
    expect(gamma).not.toContain('Discuss');
  });

  it('finds no accessibility violations on any jury page in sv, fi and en, the scoring form with errors included', async () => {
    const found: Record<string, { lang: string | null; violations: unknown[] }> = {};
    for (const lang of ['sv', 'fi', 'en'] as const) {
      // Act: jury1's pages (a conflict, a submitted review), then jury2's empty form submitted with errors.
      const paths = {
        myCampaigns: `/${lang}/console/jury`,
        campaign: `/${lang}/console/jury/campaigns/${CAMPAIGN}`,
        conflict: applicationPath(0, lang),
        submitted: applicationPath(1, lang),
      };
      for (const [name, path] of Object.entries(paths)) {
        await jury1.goto(path);
        found[`${name}-${lang}`] = {
          lang: await jury1.locator('html').getAttribute('lang'),
          violations: await axeViolations(jury1),
        };
      }
      await jury2.goto(applicationPath(2, lang));
      found[`scoringForm-${lang}`] = {
        lang: await jury2.locator('html').getAttribute('lang'),
        violations: await axeViolations(jury2),
      };
      await score(jury2, { careers: 2 });
      await jury2.locator('form[action$="/review"] button[value="submit"]').click();
      await jury2.waitForLoadState();
      found[`scoringErrors-${lang}`] = {
        lang: await jury2.locator('html').getAttribute('lang'),
        violations: await axeViolations(jury2),
      };
      expect(await jury2.locator('.error-summary li').count()).toBe(CRITERIA.length - 1);
      await screenshot(jury2, `jury-scoring-errors-${lang}`);
      await coordinator.goto(`/${lang}/console/campaigns/${CAMPAIGN}/jury`);
      await coordinator.locator('#f-email').fill('not-an-address');
      await coordinator.locator('button[name="add"]').click();
      await coordinator.waitForLoadState();
      found[`juryAddError-${lang}`] = {
        lang: await coordinator.locator('html').getAttribute('lang'),
        violations: await axeViolations(coordinator),
      };
    }

    // Assess
    for (const [name, result] of Object.entries(found))
      expect(result, name).toEqual({ lang: name.slice(-2), violations: [] });
  });
});
