import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailHash } from '../../shared/crypto';
import type { Table } from '../../shared/table/client';
import { tableDefinition } from '../../shared/table/definition';
import { personIndexKeys } from '../../shared/table/keys';
import { businessIdFor } from '../support/campaigns-fixture';
import {
  activityEntries,
  type ConsoleUser,
  rowOf,
  signedIn,
  tableOf,
  textOf,
} from '../support/console-pages';
import { assignJury, jurorToken } from '../support/jury';
import { startTestStack, type TestStack } from '../support/local-stack';
import { waitForMail } from '../support/mail';
import { bodyOf } from '../support/wait';

/** The seed's example campaign: open whatever the date (its dates are moved to this week as it loads). */
const CAMPAIGN = 'campaign-example-jamstalldhetsforetag-2027';
const COORDINATOR = 'coordinator@example.org';

let stack: TestStack;
let table: Table;
let coordinator: ConsoleUser;
const ids = { winner: '', other: '', draft: '', proposal: '' };

const json = (path: string, method: string, body?: unknown, token?: string) =>
  stack.request(path, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

/** A complete application to the seed campaign (its questions as the seed dataset has them). */
const application = (n: number, name: string, language: string, submit = true) => ({
  company: { name, businessId: businessIdFor(n), municipality: 'organization-vasa', employees: 12 },
  contact: { name: `Kontakt ${n}`, email: `contact-${n}@example.org`, language },
  answers: {
    'submitted-by': 'employee',
    'has-equality-plan': true,
    'equal-pay-measures': 'Lönekartläggning varje år.\nSkillnader rättas.',
    'career-measures': 'Mentorskap för alla.',
    'non-discrimination-areas': ['language', 'age'],
    summary: 'Jämställdhet i vardagen.',
  },
  submit,
  consent: true,
});
const scores = (n: number) => ({
  scores: { 'equal-pay': n, careers: n, 'work-life-balance': n, 'non-discrimination': n, 'equality-plan': n },
  conflictOfInterest: false,
});

beforeAll(async () => {
  stack = await startTestStack();
  table = tableOf(stack);
  coordinator = await signedIn(stack, COORDINATOR);
  const apply = async (body: unknown) =>
    (await bodyOf(await json(`/campaigns/${CAMPAIGN}/applications`, 'POST', body))).applicationId as string;
  ids.winner = await apply(application(1, 'Vasa Trä Ab', 'fi'));
  ids.other = await apply(application(2, 'Närpes Grönt Ab', 'sv'));
  ids.draft = await apply(application(3, 'Utkast Oy', 'sv', false));
  ids.proposal = (
    await bodyOf(
      await json(`/campaigns/${CAMPAIGN}/proposals`, 'POST', {
        company: { name: 'Kaskö Fisk Ab', municipality: 'organization-kasko' },
        reason: 'Lika lön sedan länge.',
        proposer: { name: 'Pia Proposer', email: 'pia@example.org' },
        consent: true,
      }),
    )
  ).proposalId;
  await assignJury(stack, CAMPAIGN, ['juror-1@jury.test', 'juror-2@jury.test', 'jury1@example.org']);
  for (const [juror, n] of [
    ['juror-1', 5],
    ['juror-2', 4],
  ] as const)
    await json(
      `/admin/campaigns/${CAMPAIGN}/applications/${ids.winner}/review`,
      'PUT',
      scores(n),
      jurorToken(stack, juror, `${juror}@jury.test`),
    );
});
afterAll(async () => {
  await stack?.stop();
});

const campaignPage = (lang = 'sv') => `/${lang}/console/campaigns/${CAMPAIGN}`;
const applicationPage = (id: string, lang = 'sv') => `${campaignPage(lang)}/applications/${id}`;
const proposalPage = (lang = 'sv') => `${campaignPage(lang)}/proposals/${ids.proposal}`;
/** Decision mail items written for an address (the person index: a mail item carries its recipient's key). */
const decisionMailItems = async (email: string) =>
  (
    (
      await table.doc.send(
        new QueryCommand({
          TableName: table.name,
          IndexName: tableDefinition.personIndex.name,
          KeyConditionExpression: 'personKey = :person AND begins_with(personSort, :mail)',
          ExpressionAttributeValues: {
            ':person': personIndexKeys.person(emailHash(email, process.env.EMAIL_PEPPER ?? '')),
            ':mail': 'MAIL#',
          },
        }),
      )
    ).Items ?? []
  ).filter((item) => item.template === 'application-decision');
const entriesOf = async (action: string) =>
  (await activityEntries(table)).filter((e) => e.action === action && e.target.parent === CAMPAIGN);

describe('campaigns', () => {
  it('lists every count for coordinators and submitted ones only for the jury, on the page and in GET /admin/campaigns', async () => {
    // Prepare
    const jury = await signedIn(stack, 'jury1@example.org');

    // Act
    const forCoordinator = await coordinator.open('/en/console/campaigns');
    const forJury = await jury.open('/en/console/campaigns');
    const apiCoordinator = await bodyOf(
      await json('/admin/campaigns', 'GET', undefined, stack.token('coordinator')),
    );
    const apiJury = await bodyOf(
      await json('/admin/campaigns', 'GET', undefined, jurorToken(stack, 'jury-1', 'jury1@example.org')),
    );

    // Assess: two submitted (one of them scored), one draft
    expect(forCoordinator.status).toBe(200);
    const row = textOf(
      rowOf(forCoordinator.html, 'Example: Equality Company of the Year in Ostrobothnia 2027'),
    );
    expect(row).toMatch(/ Open 1 2 1 0 0 $/);
    expect(forCoordinator.html).toContain(`href="/en/console/campaigns/${CAMPAIGN}"`);
    expect(forJury.status).toBe(200);
    expect(textOf(rowOf(forJury.html, 'Example: Equality Company of the Year in Ostrobothnia 2027'))).toMatch(
      / Open 2 1 $/,
    );
    expect(forJury.html).not.toContain(`href="/en/console/campaigns/${CAMPAIGN}"`);
    expect(textOf(forJury.html)).not.toContain('Drafts');
    const seen = (body: { items: { id: string; counts: unknown }[] }) =>
      body.items.find((c) => c.id === CAMPAIGN)?.counts;
    expect(seen(apiCoordinator)).toEqual({ drafts: 1, submitted: 2, reviewed: 1, decided: 0, withdrawn: 0 });
    expect(seen(apiJury)).toEqual({ submitted: 2, reviewed: 1 });
  });

  it('shows a campaign: its applications with status and submitted time, the ranking and the proposals', async () => {
    // Act
    const page = await coordinator.open(campaignPage());
    const text = textOf(page.html);

    // Assess
    expect(page.status).toBe(200);
    expect(textOf(rowOf(page.html, 'Vasa Trä Ab'))).toMatch(/Inlämnad \d/);
    expect(textOf(rowOf(page.html, 'Utkast Oy'))).toContain('Utkast');
    expect(text).toContain('Rangordning');
    // Ranking: 4.5 from two jurors; Närpes Grönt not reviewed yet.
    expect(page.html).toMatch(
      /<td>1<\/td>\s*<th scope="row"><a [^>]+>Vasa Trä Ab<\/a><\/th>\s*<td>4,5<\/td>\s*<td>2<\/td>/,
    );
    expect(text).toContain('Närpes Grönt Ab ingen bedömning');
    expect(textOf(rowOf(page.html, 'Kaskö Fisk Ab'))).toContain('Pia Proposer');
    expect(textOf(rowOf(page.html, 'Kaskö Fisk Ab'))).toContain('Inte inbjuden');
  });

  it('shows one application in full: questions and choices by their labels in sv, fi and en, never their keys', async () => {
    // Act
    const [sv, fi, en] = await Promise.all(
      (['sv', 'fi', 'en'] as const).map((lang) => coordinator.open(applicationPage(ids.winner, lang))),
    );

    // Assess
    expect(sv?.status).toBe(200);
    const svText = textOf(sv?.html ?? '');
    expect(svText).toContain('Vem fyller i ansökan? En anställd');
    expect(svText).toContain('Har företaget en jämställdhetsplan? Ja');
    expect(svText).toContain('Vilka områden omfattar företagets arbete för likabehandling? Språk Ålder');
    expect(svText).toContain('Andel kvinnor i ledningsgruppen (%) (inget svar)');
    expect(sv?.html).toContain('Lönekartläggning varje år.<br>Skillnader rättas.');
    expect(svText).toContain('Kommun Vasa');
    expect(svText).toContain('contact-1@example.org');
    const fiText = textOf(fi?.html ?? '');
    expect(fi?.html).toContain('<html lang="fi">');
    expect(fiText).toContain('Kuka täyttää hakemuksen? Työntekijä');
    expect(fiText).toContain('Kunta Vaasa');
    const enText = textOf(en?.html ?? '');
    expect(enText).toContain('Who is filling in the application? An employee');
    expect(enText).toContain('Language Age');
    for (const page of [sv, fi, en])
      expect(page?.html).not.toMatch(/<dd>employee<\/dd>|<li>language<\/li>|<li>age<\/li>/);
  });
});

describe('inviting a proposed company', () => {
  it('mails the company the campaign page and records the invitation in the same transaction', async () => {
    // Act
    const invited = await coordinator.submit(proposalPage(), `${proposalPage()}/invite`, {
      email: 'Info@Kasko-Fisk.example.org',
      language: 'fi',
    });
    const page = await coordinator.open(invited.headers.get('location') ?? '');
    const mail = await waitForMail(stack.outboxDir, 'info@kasko-fisk.example.org', 'proposal-invitation');

    // Assess
    expect(invited.status).toBe(303);
    expect(invited.headers.get('location')).toBe(`${proposalPage()}?invited=1`);
    expect(textOf(page.html)).toContain('Inbjudan skickad.');
    expect(textOf(page.html)).toMatch(/Status Inbjuden \d/);
    expect(mail.language).toBe('fi');
    expect(mail.text).toContain('/fi/campaigns/esimerkki-pohjanmaan-vuoden-tasa-arvoyritys-2027');
    const [entry, ...more] = await entriesOf('proposal.invite');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: COORDINATOR,
      target: { kind: 'proposal', id: ids.proposal, parent: CAMPAIGN },
      details: { language: 'fi' },
    });
    expect(JSON.stringify(entry)).not.toContain('kasko-fisk');
  });

  it('refuses an invalid address with the field named, and records nothing', async () => {
    // Act
    const refused = await coordinator.submit(proposalPage('en'), `${proposalPage('en')}/invite`, {
      email: 'not-an-address',
      language: 'sv',
    });
    const html = await refused.text();

    // Assess
    expect(refused.status).toBe(400);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('href="#f-email"');
    expect(await entriesOf('proposal.invite')).toHaveLength(1);
  });
});

describe('the decision', () => {
  it('previews the mail in the contact’s language before anything is decided', async () => {
    // Act
    const preview = await coordinator.open(`${applicationPage(ids.winner)}?decision=winner`);
    const other = await coordinator.open(`${applicationPage(ids.winner, 'en')}?decision=shortlisted`);

    // Assess
    const text = textOf(preview.html);
    expect(text).toContain('E-post som skickas: Vinnare');
    expect(text).toContain('Till contact-1@example.org');
    expect(text).toContain('Språk Suomi');
    expect(text).toContain('Ämne Onnittelut, voititte');
    expect(text).toContain('Tuomaristo on valinnut Vasa Trä Ab');
    expect(textOf(other.html)).toContain('The mail that is sent: Honourable mention');
    expect(await entriesOf('application.decide')).toEqual([]);
  });

  it('records the decision: the contact is mailed and the activity entry written in the same transaction', async () => {
    // Act
    const decided = await coordinator.submit(
      `${applicationPage(ids.winner)}?decision=winner`,
      `${applicationPage(ids.winner)}/decision`,
      { status: 'winner' },
    );
    const page = await coordinator.open(decided.headers.get('location') ?? '');
    const mail = await waitForMail(stack.outboxDir, 'contact-1@example.org', 'application-decision');
    const campaign = await coordinator.open(campaignPage());

    // Assess
    expect(decided.status).toBe(303);
    expect(textOf(page.html)).toContain('Beslutet är registrerat.');
    expect(textOf(page.html)).toContain('Beslut: Vinnare');
    expect(mail.subject).toContain('Onnittelut, voititte');
    expect(textOf(rowOf(campaign.html, 'Vasa Trä Ab'))).toContain('Vinnare');
    const entries = await entriesOf('application.decide');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: COORDINATOR,
      target: { kind: 'application', id: ids.winner, parent: CAMPAIGN },
      details: { decision: 'winner' },
    });
  });

  it('records nothing and mails nothing for the same decision again, or for a draft (409)', async () => {
    // Act
    const again = await coordinator.submit(
      `${applicationPage(ids.winner)}?decision=winner`,
      `${applicationPage(ids.winner)}/decision`,
      { status: 'winner' },
    );
    // A draft's page has no decision form: the token comes from the overview's sign-out form.
    const draft = await coordinator.submit('/sv/console', `${applicationPage(ids.draft)}/decision`, {
      status: 'winner',
    });
    const madeUp = await coordinator.submit('/sv/console', `${applicationPage(ids.other)}/decision`, {
      status: 'honourable-mention',
    });

    // Assess
    expect(again.status).toBe(303);
    expect(draft.status).toBe(409);
    expect(madeUp.status).toBe(400);
    expect(await entriesOf('application.decide')).toHaveLength(1);
    // The mail item is written in the decision's transaction: the contact's items tell whether one more was.
    expect(await decisionMailItems('contact-1@example.org')).toHaveLength(1);
    expect(await decisionMailItems('contact-3@example.org')).toEqual([]);
  });

  it('records a decision made through the admin API under the token’s subject', async () => {
    // Act
    const response = await json(
      `/admin/campaigns/${CAMPAIGN}/applications/${ids.other}/decision`,
      'POST',
      { status: 'not-selected' },
      stack.token('coordinator'),
    );
    await waitForMail(stack.outboxDir, 'contact-2@example.org', 'application-decision');

    // Assess
    expect(response.status).toBe(200);
    const entry = (await entriesOf('application.decide')).find((e) => e.target.id === ids.other);
    expect(entry).toMatchObject({ actor: 'test-coordinator', details: { decision: 'not-selected' } });
  });

  it('downloads the applications as CSV', async () => {
    // Act
    const response = await coordinator.request(`${campaignPage()}/applications.csv`);
    const csv = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv).toContain('Vasa Trä Ab');
    expect(csv).toContain('winner');
  });
});

describe('who may', () => {
  it('shows a jury member the 403 page on every coordinator page and lets their posts change nothing', async () => {
    // Prepare
    const jury = await signedIn(stack, 'jury2@example.org');

    // Act
    const pages = await Promise.all(
      [
        campaignPage(),
        applicationPage(ids.other),
        `${applicationPage(ids.other)}?decision=winner`,
        proposalPage(),
        `${campaignPage()}/applications.csv`,
      ].map((path) => jury.request(path)),
    );
    const decide = await jury.submit('/sv/console', `${applicationPage(ids.other)}/decision`, {
      status: 'winner',
    });
    const invite = await jury.submit('/sv/console', `${proposalPage()}/invite`, {
      email: 'jury@example.org',
      language: 'sv',
    });

    // Assess
    expect(pages.map((p) => p.status)).toEqual([403, 403, 403, 403, 403]);
    expect(decide.status).toBe(403);
    expect(invite.status).toBe(403);
    expect(await entriesOf('proposal.invite')).toHaveLength(1);
    expect((await entriesOf('application.decide')).map((e) => e.target.id).sort()).toEqual(
      [ids.winner, ids.other].sort(),
    );
  });

  it('changes nothing on a decision posted without the CSRF token', async () => {
    // Act
    const response = await coordinator.post(`${applicationPage(ids.other)}/decision`, { status: 'winner' });
    const page = await coordinator.open(applicationPage(ids.other));

    // Assess
    expect(response.status).toBe(403);
    expect(textOf(page.html)).toContain('Beslut: Inte vald');
    expect(await entriesOf('application.decide')).toHaveLength(2);
  });

  it('answers 404 for an unknown campaign, application or proposal', async () => {
    // Act
    const statuses = await Promise.all(
      [
        '/sv/console/campaigns/campaign-no-such',
        applicationPage('01ARZ3NDEKTSV4RRFFQ69G5FAV'),
        applicationPage('not-an-id'),
        `${campaignPage()}/proposals/01ARZ3NDEKTSV4RRFFQ69G5FAV`,
      ].map(async (path) => (await coordinator.request(path)).status),
    );

    // Assess
    expect(statuses).toEqual([404, 404, 404, 404]);
  });
});

describe('languages', () => {
  it('serves every campaign page in sv, fi and en', async () => {
    // Act
    const pages = await Promise.all(
      (['sv', 'fi', 'en'] as const).flatMap((lang) =>
        [campaignPage(lang), applicationPage(ids.winner, lang), proposalPage(lang)].map(async (path) => ({
          lang,
          ...(await coordinator.open(path)),
        })),
      ),
    );

    // Assess
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.html).toContain(`<html lang="${page.lang}">`);
    }
    const headings = pages.map((p) => /<h2>([^<]+)<\/h2>/.exec(p.html)?.[1]);
    expect(headings).toEqual([
      'Ansökningar',
      'Företag',
      'Bjud in företaget',
      'Hakemukset',
      'Yritys',
      'Kutsu yritys',
      'Applications',
      'Company',
      'Invite the company',
    ]);
  });
});
