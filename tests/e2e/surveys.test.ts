import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';
import { waitForMail } from '../support/mail';
import { at } from '../support/test-clock';

/**
 * Surveys in headless Chromium: a coordinator sends a survey to an event's attended registrants by
 * clicks (confirmation step included), one of them answers in Finnish with JavaScript disabled, and
 * axe-core checks the public survey page (also with errors) and the console's survey pages in sv, fi, en.
 * The survey's window lies around the present (fixed dates moved to it by whole weeks).
 */
let stack: TestStack;
let browser: Browser;
let staff: BrowserContext;
let staffPage: Page;
const EVENT = 'event-e2e-survey-seminar';
const SURVEY = 'survey-e2e-seminar-feedback';
const people = Array.from({ length: 6 }, (_, i) => `survey.person${i}@example.org`);
const tokens: string[] = [];

const loc = (sv: string, fi: string, en: string) => [
  { _key: 'sv', language: 'sv', value: sv },
  { _key: 'fi', language: 'fi', value: fi },
  { _key: 'en', language: 'en', value: en },
];

function documents(): GovernedDocument[] {
  const base = { _rev: 'r1', _updatedAt: at('2026-11-17T00:00:00Z') };
  return [
    {
      ...base,
      _id: EVENT,
      _type: 'event',
      title: loc('Seminarium om likabehandling', 'Yhdenvertaisuusseminaari', 'Seminar on non-discrimination'),
      place: loc('Vasa', 'Vaasa', 'Vaasa'),
      mode: 'onsite',
      startsAt: at('2026-11-17T08:00:00Z'),
      endsAt: at('2026-11-17T11:00:00Z'),
      capacity: 40,
      waitlist: false,
    },
    {
      ...base,
      _id: SURVEY,
      _type: 'survey',
      title: loc(
        'Vad tyckte du om seminariet?',
        'Mitä pidit seminaarista?',
        'What did you think of the seminar?',
      ),
      introduction: loc('Svaren hjälper oss.', 'Vastaukset auttavat meitä.', 'The answers help us.'),
      opensAt: at('2026-11-17T12:00:00Z'),
      closesAt: at('2026-12-22T12:00:00Z'),
      autoSend: false,
      events: [EVENT],
      questions: [
        {
          _key: 'overall',
          kind: 'scale',
          required: true,
          label: loc('Hur nöjd är du?', 'Kuinka tyytyväinen olet?', 'How satisfied are you?'),
          minLabel: loc('Inte alls', 'En lainkaan', 'Not at all'),
          maxLabel: loc('Mycket', 'Erittäin', 'Very'),
        },
        {
          _key: 'heard',
          kind: 'singleChoice',
          required: true,
          label: loc('Hur fick du veta?', 'Mistä kuulit?', 'How did you hear?'),
          options: [
            { value: 'email', label: loc('E-post', 'Sähköposti', 'Email') },
            { value: 'web', label: loc('Webbplatsen', 'Verkkosivut', 'The website') },
          ],
        },
        {
          _key: 'themes',
          kind: 'multipleChoice',
          required: false,
          label: loc('Teman', 'Aiheet', 'Themes'),
          options: [
            { value: 'work', label: loc('Arbetslivet', 'Työelämä', 'Working life') },
            { value: 'school', label: loc('Utbildning', 'Koulutus', 'Education') },
          ],
        },
        {
          _key: 'better',
          kind: 'freeText',
          required: false,
          label: loc('Vad kan bli bättre?', 'Mitä voisi parantaa?', 'What could be better?'),
        },
      ],
    },
  ] as GovernedDocument[];
}

/** Answers a survey over plain HTTP, as a browser without JavaScript would: GET (cookie, token), POST. */
async function answerOverHttp(token: string, fields: Record<string, string>) {
  const page = await fetch(`${stack.url}/sv/surveys/${token}`);
  const cookie = (page.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const response = await fetch(`${stack.url}/sv/surveys/${token}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
  return response.status;
}

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  // Prepare: the event and its survey published, six registrants marked as attended.
  const table: Table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
  for (const doc of documents()) await applyDocument(table, doc);
  for (const [i, email] of people.entries()) {
    const registrationId = `01JE2ESURVEY${String(i).padStart(4, '0')}`;
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          ...keys.registration(EVENT, registrationId),
          type: 'registration',
          registrationId,
          eventId: EVENT,
          status: 'confirmed',
          name: `Henkilö ${i}`,
          email,
          language: 'fi',
          consentAt: at('2026-11-10T10:00:00Z'),
          createdAt: at('2026-11-10T10:00:00Z'),
          attendedAt: at('2026-11-17T08:05:00Z'),
          expiresAt: Math.floor(Date.parse(at('2027-03-01T00:00:00Z')) / 1000),
        },
      }),
    );
  }
  // axe is injected by the test, so the staff context lets it past the pages' CSP.
  staff = await browser.newContext({ baseURL: stack.url, bypassCSP: true });
  staffPage = await staff.newPage();
  await staffPage.goto('/sv/console');
  await staffPage.getByRole('button', { name: /coordinator@example\.org/ }).click();
  await staffPage.waitForURL(`${stack.url}/sv/console`);
});
afterAll(async () => {
  await staff?.close();
  await browser?.close();
  await stack?.stop();
});

describe('surveys in headless Chromium', () => {
  it('a coordinator sends the survey to the attended, confirming the count, and each gets a link', async () => {
    // Act
    await staffPage.goto(`/sv/console/surveys`);
    await staffPage.getByRole('link', { name: 'Vad tyckte du om seminariet?' }).click();
    await staffPage.getByLabel(/De som deltog/).check();
    await staffPage.getByRole('button', { name: 'Fortsätt' }).click();
    const confirmation = await staffPage.locator('main').textContent();
    await staffPage.getByRole('button', { name: 'Skicka nu' }).click();
    await staffPage.waitForURL(/\?sent=6$/);
    const notice = await staffPage.getByRole('status').textContent();
    for (const email of people) {
      const mail = await waitForMail(stack.outboxDir, email, 'survey-invitation');
      tokens.push(/\/fi\/surveys\/([\w-]+)/.exec(mail.text)?.[1] ?? '');
    }

    // Assess
    expect(confirmation).toContain('Enkäten skickas till 6 personer.');
    expect(notice).toContain('Enkäten skickades till 6 personer.');
    expect(tokens.filter(Boolean)).toHaveLength(6);
  });

  it('is answered in Finnish without JavaScript: errors beside the fields, then thanks, then the link is gone', async () => {
    // Prepare
    const noScript = await browser.newContext({ baseURL: stack.url, javaScriptEnabled: false });
    const page = await noScript.newPage();
    const link = `/fi/surveys/${tokens[0]}`;

    // Act: sent empty first, then answered.
    await page.goto(link);
    await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    const summary = await page.locator('.error-summary').textContent();
    const besideScale = await page.locator('#f-q-overall-error').textContent();
    await page.getByLabel('4', { exact: true }).check();
    await page.getByLabel('Sähköposti').check();
    await page.getByLabel('Työelämä').check();
    await page.getByLabel(/Mitä voisi parantaa/).fill('Enemmän aikaa keskustelulle');
    await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    await page.waitForURL(/\/fi\/surveys\/thanks$/);
    const thanks = await page.locator('h1').textContent();
    const again = await page.goto(link);
    const goneHeading = await page.locator('h1').textContent();
    await noScript.close();

    // Assess
    expect(summary).toContain('Kuinka tyytyväinen olet?');
    expect(summary).toContain('Mistä kuulit?');
    expect(besideScale).toContain('Vastaa kysymykseen.');
    expect(thanks).toBe('Kiitos vastauksistasi');
    expect(again?.status()).toBe(410);
    expect(goneHeading).toBe('Linkki ei ole enää käytössä');
  });

  it('finds no accessibility violations on the survey pages, public and console, in sv, fi and en', async () => {
    // Prepare: four more answers, so the results show (five answers).
    const statuses = [];
    for (const token of tokens.slice(1, 5))
      statuses.push(await answerOverHttp(token, { 'q-overall': '5', 'q-heard': 'web', 'q-better': 'Hyvä' }));
    const unused = tokens[5] as string;
    const found: Record<string, unknown> = {};

    // Act
    for (const lang of ['sv', 'fi', 'en'] as const) {
      const pages = {
        survey: `/${lang}/surveys/${unused}`,
        gone: `/${lang}/surveys/${tokens[0]}`,
        thanks: `/${lang}/surveys/thanks`,
        consoleList: `/${lang}/console/surveys`,
        consoleSurvey: `/${lang}/console/surveys/${SURVEY}`,
        consoleConfirm: `/${lang}/console/surveys/${SURVEY}/send?audience=confirmed`,
      };
      for (const [name, path] of Object.entries(pages)) {
        await staffPage.goto(path);
        found[`${name}-${lang}`] = {
          lang: await staffPage.locator('html').getAttribute('lang'),
          violations: await axeViolations(staffPage),
        };
        await screenshot(staffPage, `survey-${name}-${lang}`);
      }
      // The answer page with its errors (the form sent empty; a GET or an invalid POST spends nothing).
      await staffPage.goto(`/${lang}/surveys/${unused}`);
      await staffPage.locator('main form button[type="submit"]').click();
      await staffPage.locator('.error-summary').waitFor();
      found[`surveyErrors-${lang}`] = {
        lang: await staffPage.locator('html').getAttribute('lang'),
        violations: await axeViolations(staffPage),
      };
    }
    await staffPage.goto(`/en/console/surveys/${SURVEY}`);
    const results = await staffPage.locator('main').textContent();

    // Assess
    expect(statuses).toEqual([303, 303, 303, 303]);
    for (const [name, result] of Object.entries(found))
      expect(result, name).toEqual({ lang: name.split('-').pop(), violations: [] });
    expect(results).toMatch(/Answers\s*5/);
    expect(results).toContain('Mean');
    expect(results).toContain('Download the answers');
  });
});
