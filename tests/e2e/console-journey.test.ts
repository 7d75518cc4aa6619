import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailHash } from '../../shared/crypto';
import type { Language } from '../../shared/http/route';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { eventDocument, publishEvent } from '../support/events-fixture';
import { startTestStack, type TestStack } from '../support/local-stack';
import { readOutbox } from '../support/mail';
import { publishRound, roundDocument } from '../support/rounds-fixture';
import { bodyOf, waitFor } from '../support/wait';

/**
 * The coordinator's journey in headless Chromium, once in Swedish and once in Finnish: signed in on
 * the local authorize page, every step is a click or a form fill on the console's pages, never a call
 * to the API. What other people do (an editor publishing an event or a round, the public registering
 * and proposing a company) is prepared in beforeAll: publishing straight into the operational copy as
 * content sync does, registering and proposing by the public routes the site's forms post to. The
 * organisation's answer is given in the browser too, on the public nomination form its mail links to.
 *
 * The Swedish pass sends the seed's open round to all 15 organisations; the Finnish pass, on fresh data
 * (its own round, event, proposal and person), does every step again through the Finnish pages.
 */
const SEED_ROUND = 'nominationRound-example-2027';
const CAMPAIGN = 'campaign-example-jamstalldhetsforetag-2027';
const COORDINATOR = 'coordinator@example.org';
const pepper = process.env.EMAIL_PEPPER ?? '';

interface Pass {
  roundId: string;
  /** How many organisations the round addresses, all without a request yet. */
  organisations: number;
  /** The organisation whose contact answers: its name on the round page and its contact's address. */
  answering: { name: string; email: string };
  eventId: string;
  people: { name: string; email: string }[];
  proposal: { id: string; company: string };
}

/** What the console says, in the pass's language (functions/console/strings.ts). */
const texts = {
  sv: {
    sendToAll: /Skicka till alla/,
    sent: (n: number) => `Begäranden skickade: ${n}.`,
    answered: 'Svarat',
    balanceMet: '40 % uppfylls',
    companyEmail: 'Företagets e-postadress',
    sendInvitation: 'Skicka inbjudan',
    invitationSent: 'Inbjudan skickad.',
    invited: 'Inbjuden',
    cancel: (name: string) => `Avboka: ${name}`,
    confirmCancel: 'Ja, avboka anmälan',
    cancelled: 'Anmälan är avbokad.',
    waitlist: 'Väntelistan i tur och ordning',
    download: 'Ladda ner anmälningarna (CSV)',
    emailAddress: 'E-postadress',
    search: 'Sök',
    eraseData: 'Radera uppgifterna',
    confirmErase: 'Ja, radera',
    erased: 'Uppgifterna är raderade. Det som bevaras visas nedan.',
    actions: {
      send: 'Skickade en nomineringsbegäran',
      invite: 'Bjöd in ett föreslaget företag',
      cancel: 'Avbokade en anmälan',
      erase: 'Raderade en persons uppgifter',
    },
    erasedDetail: ['raderade poster: 4', 'bevarade poster: 0'],
  },
  fi: {
    sendToAll: /Lähetä kaikille/,
    sent: (n: number) => `Pyyntöjä lähetetty: ${n}.`,
    answered: 'Vastannut',
    balanceMet: '40 % täyttyy',
    companyEmail: 'Yrityksen sähköpostiosoite',
    sendInvitation: 'Lähetä kutsu',
    invitationSent: 'Kutsu lähetetty.',
    invited: 'Kutsuttu',
    cancel: (name: string) => `Peru: ${name}`,
    confirmCancel: 'Kyllä, peru ilmoittautuminen',
    cancelled: 'Ilmoittautuminen on peruttu.',
    waitlist: 'Jonotuslista jonotusjärjestyksessä',
    download: 'Lataa ilmoittautumiset (CSV)',
    emailAddress: 'Sähköpostiosoite',
    search: 'Hae',
    eraseData: 'Poista tiedot',
    confirmErase: 'Kyllä, poista',
    erased: 'Tiedot on poistettu. Säilytettävät tiedot näkyvät alla.',
    actions: {
      send: 'Lähetti nimityspyynnön',
      invite: 'Kutsui ehdotetun yrityksen hakemaan',
      cancel: 'Perui ilmoittautumisen',
      erase: 'Poisti henkilön tiedot',
    },
    erasedDetail: ['poistettuja tietueita: 4', 'säilytettyjä tietueita: 0'],
  },
} as const;

let stack: TestStack;
let browser: Browser;
const passes = {} as Record<'sv' | 'fi', Pass>;

const post = async (path: string, body: unknown) =>
  bodyOf(
    await stack.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

/** An event with one seat, three people registering for it (one confirmed, two waiting) and a proposal. */
async function prepare(lang: 'sv' | 'fi', people: Pass['people'], company: string) {
  const eventId = await publishEvent(stack, eventDocument({ capacity: 1 }));
  for (const person of people)
    await post(`/events/${eventId}/registrations`, { ...person, language: lang, consent: true });
  const { proposalId } = await post(`/campaigns/${CAMPAIGN}/proposals`, {
    company: { name: company, municipality: 'organization-kasko' },
    reason: lang === 'sv' ? 'Lika lön och flexibla arbetstider.' : 'Samapalkkaisuus ja joustavat työajat.',
    proposer: { name: 'Pia Proposer', email: `proposer-${lang}@example.org` },
    consent: true,
  });
  return { eventId, proposal: { id: String(proposalId), company } };
}

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchBrowser();
  // Prepare: what editors and the public do before the coordinator starts.
  const fiRound = await publishRound(stack, roundDocument());
  const svPeople = [
    { name: 'Aino Seat', email: 'aino.seat@example.org' },
    { name: 'Bertil Next', email: 'bertil.next@example.org' },
    { name: 'Cecilia Last', email: 'cecilia.last@example.org' },
  ];
  const fiPeople = [
    { name: 'Aapo Paikka', email: 'aapo.paikka@example.org' },
    { name: 'Bea Seuraava', email: 'bea.seuraava@example.org' },
    { name: 'Cilla Viimeinen', email: 'cilla.viimeinen@example.org' },
  ];
  passes.sv = {
    roundId: SEED_ROUND,
    organisations: 15,
    answering: { name: 'Vasa', email: 'vasa' },
    people: svPeople,
    ...(await prepare('sv', svPeople, 'Kaskö Fisk Ab')),
  };
  passes.fi = {
    roundId: fiRound,
    organisations: 3,
    answering: { name: 'Laihia', email: 'jamstalldhet.laihela@example.org' },
    people: fiPeople,
    ...(await prepare('fi', fiPeople, 'Laihian Leipomo Oy')),
  };
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The activity log's rows as a coordinator reads them: who, what and what it concerns. */
async function activityRows(page: Page, lang: Language) {
  await page.goto(`/${lang}/console/activity`);
  return page.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = (
        row as unknown as { querySelectorAll(s: string): ArrayLike<{ textContent: string }> }
      ).querySelectorAll('td, th');
      const text = (i: number) => (cells[i]?.textContent ?? '').trim();
      return { who: text(1), what: text(2), concerning: text(3) };
    }),
  );
}

/** The whole journey in one language: each step by clicks and form fills only. */
async function journey(context: BrowserContext, lang: 'sv' | 'fi') {
  const pass = passes[lang];
  const t = texts[lang];
  const page = await context.newPage();

  // Sign in: the console sends the browser to the local authorize page; the coordinator is picked.
  await page.goto(`/${lang}/console/nomination-rounds`);
  const signInPage = new URL(page.url()).pathname;
  await page.getByRole('button', { name: new RegExp(COORDINATOR.replace('.', '\\.')) }).click();
  await page.waitForURL(`${stack.url}/${lang}/console/nomination-rounds`);

  // 1. Send the round to every addressed organisation, from the round's page.
  await page.locator(`a[href="/${lang}/console/nomination-rounds/${pass.roundId}"]`).click();
  await page.getByRole('button', { name: t.sendToAll }).click();
  await page.waitForURL(/\?sent=/);
  const sentNotice = await page.getByRole('status').textContent();

  // 2. The organisation's contact answers through the link in their mail, on the public form.
  const request = await waitFor(async () =>
    (await readOutbox(stack.outboxDir)).find(
      (m) =>
        m.template === 'nomination-request' &&
        m.to.includes(pass.answering.email) &&
        (pass.roundId === SEED_ROUND || m.text.includes(pass.roundId) || m.subject.includes(pass.roundId)),
    ),
  );
  const link = /\/(sv|fi|en)\/nominations\/[\w-]+/.exec(request.text)?.[0] ?? '';
  const answerPage = await context.newPage();
  await answerPage.goto(link);
  await answerPage.locator('[name="member-1-1-name"]').fill(lang === 'sv' ? 'Anna Andersson' : 'Anna Aalto');
  await answerPage.locator('[name="member-1-1-email"]').fill(`anna.${lang}@example.org`);
  await answerPage.locator('[name="member-1-1-gender"]').selectOption('woman');
  await answerPage.locator('[name="member-1-2-name"]').fill(lang === 'sv' ? 'Bo Berg' : 'Bo Björk');
  await answerPage.locator('[name="member-1-2-email"]').fill(`bo.${lang}@example.org`);
  await answerPage.locator('[name="member-1-2-gender"]').selectOption('man');
  await answerPage.locator('form[method="post"] button[type="submit"]').last().click();
  await answerPage.waitForURL(/\?saved=/);
  await answerPage.close();

  // 3. The round page shows the organisation answered, with its balance.
  await page.reload();
  const answeredRow = await page
    .getByRole('row', { name: new RegExp(`^${pass.answering.name}`) })
    .textContent();
  await screenshot(page, `console-journey-round-${lang}`);

  // 4. Invite the proposed company, from the campaign's list of proposals.
  await page.goto(`/${lang}/console/campaigns/${CAMPAIGN}`);
  await page.getByRole('link', { name: pass.proposal.company }).click();
  await page.getByLabel(t.companyEmail).fill(`info.${lang}@example.org`);
  await page.getByRole('button', { name: t.sendInvitation }).click();
  await page.waitForURL(/\?invited=1/);
  const invitedNotice = await page.getByRole('status').textContent();
  const invitedStatus = await page.locator('dd').last().textContent();

  // 5. Cancel the confirmed registration on the person's behalf; the first in line gets the seat.
  const [first, second, third] = pass.people as [Pass['people'][0], Pass['people'][0], Pass['people'][0]];
  await page.goto(`/${lang}/console/events/${pass.eventId}`);
  await page.getByRole('link', { name: t.cancel(first.name) }).click();
  const nextInLine = await page.locator('main strong').textContent();
  await page.getByRole('button', { name: t.confirmCancel }).click();
  await page.waitForURL(new RegExp(`/${lang}/console/events/${pass.eventId}\\?cancelled=`));
  const cancelledNotice = await page.getByRole('status').textContent();
  const waiting = await page.locator(`table:has(caption:text("${t.waitlist}")) tbody th`).allTextContents();

  // 6. Download the registrations as CSV.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: t.download }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');

  // 7. Erase a person: the people page, their data, the confirmation step.
  await page.goto(`/${lang}/console/people`);
  await page.getByLabel(t.emailAddress).fill(third.email);
  await page.getByRole('button', { name: t.search }).click();
  await page.getByRole('link', { name: t.eraseData }).click();
  await page.getByRole('button', { name: t.confirmErase }).click();
  await page.waitForURL(/erased=1/);
  const erasedNotice = await page.getByRole('status').textContent();

  // 8. Every write of the journey is in the activity log, done by the coordinator.
  const log = await activityRows(page, lang);
  await screenshot(page, `console-journey-activity-${lang}`);
  await page.close();

  return {
    signInPage,
    sentNotice,
    answeredRow,
    invitedNotice,
    invitedStatus,
    nextInLine,
    cancelledNotice,
    waiting,
    download: { name: download.suggestedFilename(), csv },
    erasedNotice,
    log,
    people: { first, second, third },
  };
}

describe('the coordinator’s journey through the console in headless Chromium', () => {
  for (const lang of ['sv', 'fi'] as const) {
    it(`sends a round, sees an answer, invites, cancels, downloads, erases and finds it all logged, in ${lang}`, async () => {
      // Prepare: a browser of its own for each pass, signed in on the pass's own pages.
      const context = await browser.newContext({ baseURL: stack.url, locale: `${lang}-FI` });
      const pass = passes[lang];
      const t = texts[lang];

      // Act
      const done = await journey(context, lang);
      await context.close();

      // Assess
      const { first, second, third } = done.people;
      expect(done.signInPage).toBe('/_local/oauth2/authorize');
      expect(done.sentNotice?.trim()).toBe(t.sent(pass.organisations));
      expect(done.answeredRow).toContain(t.answered);
      expect(done.answeredRow).toContain(t.balanceMet);
      expect(done.invitedNotice?.trim()).toBe(t.invitationSent);
      expect(done.invitedStatus).toContain(t.invited);
      expect(done.nextInLine).toBe(second.name);
      expect(done.cancelledNotice?.trim()).toBe(t.cancelled);
      expect(done.waiting).toEqual([third.name]);
      expect(done.download.name).toBe(`registrations-${pass.eventId}.csv`);
      const lines = done.download.csv.trimEnd().split(/\r?\n/);
      expect(lines).toHaveLength(4);
      expect(lines.find((l) => l.includes(second.email))).toMatch(/confirmed/);
      expect(lines.find((l) => l.includes(first.email))).toMatch(/cancelled/);
      expect(lines.find((l) => l.includes(third.email))).toMatch(/waitlisted/);
      expect(done.erasedNotice?.trim()).toBe(t.erased);

      const byCoordinator = done.log.filter((row) => row.who === COORDINATOR);
      const ofKind = (what: string, concerning: string) =>
        byCoordinator.filter((row) => row.what.startsWith(what) && row.concerning.includes(concerning));
      expect(ofKind(t.actions.send, pass.roundId)).toHaveLength(pass.organisations);
      expect(ofKind(t.actions.invite, pass.proposal.id)).toHaveLength(1);
      expect(ofKind(t.actions.cancel, pass.eventId)).toHaveLength(1);
      const erasure = ofKind(t.actions.erase, emailHash(third.email, pepper).slice(0, 12));
      expect(erasure).toHaveLength(1);
      for (const detail of t.erasedDetail) expect(erasure[0]?.what).toContain(detail);
    });
  }

  it('reflows the console at 320 CSS pixels: no page scrolls sideways, tables scroll in their own focusable box', async () => {
    // Prepare: axe is injected by the test, so this context lets it past the pages' CSP.
    const context = await browser.newContext({
      baseURL: stack.url,
      viewport: { width: 320, height: 640 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto('/sv/console');
    await page.getByRole('button', { name: /coordinator@example\.org/ }).click();
    await page.waitForURL(`${stack.url}/sv/console`);
    const paths = [
      '/sv/console',
      `/sv/console/events/${passes.sv.eventId}`,
      `/fi/console/nomination-rounds/${SEED_ROUND}`,
      '/fi/console/activity',
    ];

    // Act
    const widths: Record<string, number> = {};
    const violations: Record<string, unknown[]> = {};
    for (const path of paths) {
      await page.goto(path);
      violations[path] = await axeViolations(page);
      widths[path] = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { scrollingElement: { scrollWidth: number } } }).document
            .scrollingElement.scrollWidth,
      );
      await screenshot(page, `console-320${path.replaceAll('/', '-')}`);
    }
    await context.close();

    // Assess
    for (const path of paths) expect(widths[path], path).toBeLessThanOrEqual(320);
    for (const path of paths) expect(violations[path], path).toEqual([]);
  });
});
