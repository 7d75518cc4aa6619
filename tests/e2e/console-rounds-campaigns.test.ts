import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { businessIdFor } from '../support/campaigns-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox } from '../support/mail';
import { bodyOf, waitFor } from '../support/wait';

const ROUND = 'nominationRound-example-2027';
const CAMPAIGN = 'campaign-example-jamstalldhetsforetag-2027';

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
const ids = { application: '', proposal: '' };

const post = async (path: string, body: unknown) =>
  bodyOf(
    await stack.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  ids.application = (
    await post(`/campaigns/${CAMPAIGN}/applications`, {
      company: { name: 'Vasa Trä Ab', businessId: businessIdFor(1), municipality: 'organization-vasa' },
      contact: { name: 'Åsa Öberg', email: 'asa@example.org', language: 'sv' },
      answers: {
        'submitted-by': 'self',
        'has-equality-plan': true,
        'equal-pay-measures': 'Lönekartläggning varje år.',
        'career-measures': 'Mentorskap.',
        'non-discrimination-areas': ['language'],
        summary: 'Jämställdhet i vardagen.',
      },
      submit: true,
      consent: true,
    })
  ).applicationId;
  ids.proposal = (
    await post(`/campaigns/${CAMPAIGN}/proposals`, {
      company: { name: 'Kaskö Fisk Ab', municipality: 'organization-kasko' },
      reason: 'Lika lön.',
      proposer: { name: 'Pia Proposer', email: 'pia@example.org' },
      consent: true,
    })
  ).proposalId;
  // axe is injected by the test, so this context lets it past the pages' CSP.
  context = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
}, 120_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

describe('the coordinator’s nomination and campaign pages in headless Chromium', () => {
  it('signs in, sends the seed round with the button, and the answer shows on the round page', async () => {
    // Prepare
    const page = await context.newPage();
    await page.goto('/sv/console/nomination-rounds');
    await page.getByRole('button', { name: /chair@example\.org/ }).click();
    await page.waitForURL(`${stack.url}/sv/console/nomination-rounds`);

    // Act: open the round from the list and send it to every organisation
    await page.locator(`a[href="/sv/console/nomination-rounds/${ROUND}"]`).click();
    await page.getByRole('button', { name: /Skicka till alla/ }).click();
    await page.waitForURL(/\?sent=15/);
    const status = await page.getByRole('status').textContent();
    const mail = await waitFor(async () =>
      (await readOutbox(stack.outboxDir)).find(
        (m) => m.template === 'nomination-request' && m.to.includes('vasa'),
      ),
    );
    const token = /\/nominations\/([\w-]+)/.exec(mail.text)?.[1] ?? '';
    await stack.request(`/nominations/${token}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        nominees: [
          {
            seat: 1,
            role: 'member',
            name: 'Anna A',
            email: 'anna@example.org',
            language: 'sv',
            gender: 'woman',
          },
          { seat: 1, role: 'member', name: 'Bo B', email: 'bo@example.org', language: 'sv', gender: 'man' },
        ],
      }),
    });
    await page.reload();
    const vasa = await page.getByRole('row', { name: /^Vasa/ }).textContent();
    await page.close();

    // Assess
    expect(status).toContain('Begäranden skickade: 15.');
    expect(vasa).toContain('Svarat');
    expect(vasa).toContain('40 % uppfylls');
  });

  for (const lang of ['sv', 'fi', 'en'] as const) {
    it(`finds no WCAG 2.1 AA violations (axe-core) on any of the pages in ${lang}`, async () => {
      // Prepare
      const page = await context.newPage();
      const paths = {
        rounds: `/${lang}/console/nomination-rounds`,
        round: `/${lang}/console/nomination-rounds/${ROUND}`,
        organisation: `/${lang}/console/nomination-rounds/${ROUND}/organizations/organization-vasa`,
        campaigns: `/${lang}/console/campaigns`,
        campaign: `/${lang}/console/campaigns/${CAMPAIGN}`,
        application: `/${lang}/console/campaigns/${CAMPAIGN}/applications/${ids.application}?decision=winner`,
        proposal: `/${lang}/console/campaigns/${CAMPAIGN}/proposals/${ids.proposal}`,
      };

      // Act
      const found: Record<string, { lang: string | null; violations: unknown[] }> = {};
      for (const [name, path] of Object.entries(paths)) {
        const response = await page.goto(path);
        if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
        found[name] = {
          lang: await page.locator('html').getAttribute('lang'),
          violations: await axeViolations(page),
        };
        await screenshot(page, `console-${name}-${lang}`);
      }
      await page.close();

      // Assess
      for (const [name, result] of Object.entries(found)) {
        expect(result.lang, name).toBe(lang);
        expect(result.violations, name).toEqual([]);
      }
    });
  }
});
