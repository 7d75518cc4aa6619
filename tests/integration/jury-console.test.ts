import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { businessIdFor } from '../support/campaigns-fixture';
import { activityEntries, type ConsoleUser, signedIn, tableOf, textOf } from '../support/console-pages';
import { jurorToken } from '../support/jury';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bodyOf } from '../support/wait';

/** The seed's example campaign: open whatever the date (its dates are moved to this week as it loads). */
const CAMPAIGN = 'campaign-example-jamstalldhetsforetag-2027';
const CRITERIA = ['equal-pay', 'careers', 'work-life-balance', 'non-discrimination', 'equality-plan'];
/** What no jury page or jury JSON may ever contain: the applicants' contact data. */
const CONTACT_EMAIL = /contact-\d@applicant\.test/;
const CONTACT_PHONE = /765 ?43 ?21/;

let stack: TestStack;
let table: Table;
let coordinator: ConsoleUser;
let jury1: ConsoleUser;
let jury2: ConsoleUser;
let jury3: ConsoleUser;
const apps: string[] = [];

const json = (path: string, method: string, body?: unknown, token?: string) =>
  stack.request(path, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
const tokenOf = (who: 'jury1' | 'jury2' | 'jury3') => jurorToken(stack, `local-${who}`, `${who}@example.org`);

const application = (n: number, name: string) => ({
  company: { name, businessId: businessIdFor(n), municipality: 'organization-vasa', employees: 30 },
  contact: {
    name: `Kontakt ${n}`,
    email: `contact-${n}@applicant.test`,
    phone: '+358 40 765 4321',
    language: 'sv',
  },
  answers: {
    'submitted-by': 'employee',
    'has-equality-plan': true,
    'equal-pay-measures': 'Lönekartläggning varje år.',
    'career-measures': 'Mentorskap för alla.',
    'non-discrimination-areas': ['language'],
    summary: 'Jämställdhet i vardagen.',
  },
  submit: true,
  consent: true,
});

const juryPages = (lang = 'sv') => `/${lang}/console/jury`;
const campaignJury = (lang = 'sv') => `${juryPages(lang)}/campaigns/${CAMPAIGN}`;
const appPage = (i: number, lang = 'sv') => `${campaignJury(lang)}/applications/${apps[i]}`;
const reviewOf = async (i: number, who: string) =>
  (
    await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.review(CAMPAIGN, apps[i] ?? '', `local-${who}`) }),
    )
  ).Item;
const fullScores = (n: string) => Object.fromEntries(CRITERIA.map((c) => [`score.${c}`, n]));
const entries = async (action: string) =>
  (await activityEntries(table)).filter((e) => e.action === action && e.target.parent === CAMPAIGN);

beforeAll(async () => {
  stack = await startTestStack();
  table = tableOf(stack);
  coordinator = await signedIn(stack, 'coordinator@example.org');
  jury1 = await signedIn(stack, 'jury1@example.org');
  jury2 = await signedIn(stack, 'jury2@example.org');
  jury3 = await signedIn(stack, 'jury3@example.org');
  for (const [n, name] of [
    [1, 'Alfa Ab'],
    [2, 'Beta Oy'],
    [3, 'Gamma Ab'],
  ] as const)
    apps.push(
      (await bodyOf(await json(`/campaigns/${CAMPAIGN}/applications`, 'POST', application(n, name))))
        .applicationId,
    );
});
afterAll(async () => {
  await stack?.stop();
});

describe('assigning the jury', () => {
  it('adds a juror on the campaign page, shows a bad address beside its field, and sets the jury with PUT …/jury, each change in the activity log', async () => {
    // Act
    const campaign = `/en/console/campaigns/${CAMPAIGN}`;
    const added = await coordinator.submit(campaign, `${campaign}/jury`, {
      email: ' Jury1@Example.org ',
      add: '1',
    });
    const bad = await coordinator.submit(campaign, `${campaign}/jury`, { email: 'not-an-address', add: '1' });
    const put = await json(
      `/admin/campaigns/${CAMPAIGN}/jury`,
      'PUT',
      { jurors: ['jury1@example.org', 'jury2@example.org', 'extra@jury.test'] },
      stack.token('coordinator'),
    );
    const removed = await coordinator.submit(campaign, `${campaign}/jury`, { remove: 'extra@jury.test' });
    const page = await coordinator.open(campaign);

    // Assess
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe(`${campaign}?jury=added#jury`);
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toMatch(/<div class="field field--error">\s*<label class="label" for="f-email">/);
    expect(badHtml).toContain('id="f-email-error"');
    expect(badHtml).toContain('class="error-summary"');
    expect(put.status).toBe(200);
    expect((await bodyOf(put)).jurors.map((j: { email: string }) => j.email)).toEqual([
      'extra@jury.test',
      'jury1@example.org',
      'jury2@example.org',
    ]);
    expect(removed.status).toBe(303);
    const text = textOf(page.html);
    expect(text).toContain('jury1@example.org');
    expect(text).toContain('jury2@example.org');
    expect(text).not.toContain('extra@jury.test');
    const assigned = (await entries('campaign.juryAssign')).map((e) => e.target.id);
    expect(assigned.sort()).toEqual(['extra@jury.test', 'jury1@example.org', 'jury2@example.org']);
    expect(
      (await entries('campaign.juryAssign')).find((e) => e.target.id === 'jury1@example.org')?.actor,
    ).toBe('coordinator@example.org');
    expect((await entries('campaign.juryUnassign')).map((e) => [e.target.id, e.actor])).toEqual([
      ['extra@jury.test', 'coordinator@example.org'],
    ]);
  });
});

describe('a juror not assigned to the campaign', () => {
  it('gets 403 on its jury pages, its posts and its admin API routes, and does not see it listed', async () => {
    // Act
    const pages = await Promise.all([jury3.request(campaignJury()), jury3.request(appPage(0))]);
    const post = await jury3.submit('/sv/console', `${appPage(0)}/review`, {
      ...fullScores('3'),
      action: 'submit',
    });
    const list = await json(`/admin/campaigns/${CAMPAIGN}/applications`, 'GET', undefined, tokenOf('jury3'));
    const review = await json(
      `/admin/campaigns/${CAMPAIGN}/applications/${apps[0]}/review`,
      'PUT',
      { scores: Object.fromEntries(CRITERIA.map((c) => [c, 3])), conflictOfInterest: false },
      tokenOf('jury3'),
    );
    const campaigns = await bodyOf(await json('/admin/campaigns', 'GET', undefined, tokenOf('jury3')));
    const mine = await jury3.open(juryPages('en'));

    // Assess
    expect(pages.map((p) => p.status)).toEqual([403, 403]);
    expect(post.status).toBe(403);
    expect(await reviewOf(0, 'jury3')).toBeUndefined();
    expect([list.status, review.status]).toEqual([403, 403]);
    expect(campaigns.items.map((c: { id: string }) => c.id)).not.toContain(CAMPAIGN);
    expect(mine.status).toBe(200);
    expect(textOf(mine.html)).toContain('You are not on the jury of any campaign at the moment.');
  });
});

describe('a member of both groups', () => {
  it('is a juror on the jury pages (only assigned campaigns) and a coordinator on the admin API', async () => {
    // Prepare
    const chair = await signedIn(stack, 'chair@example.org');
    const token = jurorToken(stack, 'local-chair', 'chair@example.org', ['coordinator', 'jury']);

    // Act
    const mine = await chair.open('/en/console/jury');
    const page = await chair.request(campaignJury('en'));
    const campaigns = await bodyOf(await json('/admin/campaigns', 'GET', undefined, token));
    const list = await json(`/admin/campaigns/${CAMPAIGN}/applications`, 'GET', undefined, token);

    // Assess
    expect(textOf(mine.html)).toContain('You are not on the jury of any campaign at the moment.');
    expect(page.status).toBe(403);
    expect(campaigns.items.map((c: { id: string }) => c.id)).toContain(CAMPAIGN);
    expect(list.status).toBe(200);
  });
});

describe('scoring', () => {
  it('shows errors beside their fields in the juror’s language, saves a draft, then submits it', async () => {
    // Act
    const incomplete = await jury1.submit(appPage(0, 'fi'), `${appPage(0, 'fi')}/review`, {
      'score.equal-pay': '4',
      'comment.equal-pay': 'Hyvä palkkakartoitus.',
      action: 'submit',
    });
    const draft = await jury1.submit(appPage(0), `${appPage(0)}/review`, {
      'score.equal-pay': '4',
      'comment.equal-pay': 'Bra lönekartläggning.',
      action: 'draft',
    });
    const afterDraft = await reviewOf(0, 'jury1');
    const submitted = await jury1.submit(appPage(0), `${appPage(0)}/review`, {
      ...fullScores('4'),
      'comment.equal-pay': 'Bra lönekartläggning.',
      comment: 'Ett starkt exempel.',
      action: 'submit',
    });
    const afterSubmit = await reviewOf(0, 'jury1');
    const draftAgain = await jury1.submit(appPage(0, 'en'), `${appPage(0, 'en')}/review`, {
      'score.equal-pay': '1',
      action: 'draft',
    });

    // Assess
    expect(incomplete.status).toBe(400);
    const html = await incomplete.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('id="f-score-careers-error"');
    expect(textOf(html)).toContain('Pisteytä tämä kriteeri asteikolla 0–5.');
    expect(html).toContain('Hyvä palkkakartoitus.');
    expect(draft.status).toBe(303);
    expect(afterDraft).toMatchObject({
      status: 'draft',
      jurorEmail: 'jury1@example.org',
      scores: { 'equal-pay': 4 },
      comments: { 'equal-pay': 'Bra lönekartläggning.' },
    });
    expect(submitted.status).toBe(303);
    expect(afterSubmit).toMatchObject({
      status: 'submitted',
      scores: Object.fromEntries(CRITERIA.map((c) => [c, 4])),
      comment: 'Ett starkt exempel.',
      submittedAt: expect.any(String),
    });
    expect(draftAgain.status).toBe(409);
    expect(textOf(await draftAgain.text())).toContain('The review has been submitted already');
    expect((await reviewOf(0, 'jury1'))?.status).toBe('submitted');
    expect((await entries('review.saveDraft')).map((e) => e.actor)).toEqual(['jury1@example.org']);
    expect((await entries('review.submit')).map((e) => [e.actor, e.target.id])).toEqual([
      ['jury1@example.org', apps[0]],
    ]);
  });

  it('declares a conflict with a note, and withdraws it', async () => {
    // Act
    const declared = await jury1.submit(appPage(1), `${appPage(1)}/conflict`, {
      note: 'Min svåger äger företaget.',
    });
    const conflict = await reviewOf(1, 'jury1');
    const shown = await jury1.open(appPage(1, 'en'));
    const withdrawn = await jury1.submit(appPage(1), `${appPage(1)}/conflict/withdraw`, {});

    // Assess
    expect(declared.status).toBe(303);
    expect(conflict).toMatchObject({ conflictOfInterest: true, conflictNote: 'Min svåger äger företaget.' });
    expect(conflict?.scores).toBeUndefined();
    expect(textOf(shown.html)).toContain('You have declared a conflict of interest for this application.');
    expect(shown.html).not.toContain('name="action"');
    expect(withdrawn.status).toBe(303);
    expect(await reviewOf(1, 'jury1')).toBeUndefined();
    expect((await entries('review.declareConflict')).length).toBe(1);
    expect((await entries('review.withdrawConflict')).length).toBe(1);
  });
});

describe('what the jury sees', () => {
  it('shows no applicant email or phone and no other juror’s review on any jury page or jury JSON', async () => {
    // Prepare: jury2 scores with a comment jury1 must never see; jury1 declares a conflict on Gamma.
    const secret = 'JURY2-ONLY-COMMENT';
    await jury2.submit(appPage(0), `${appPage(0)}/review`, {
      ...fullScores('2'),
      comment: secret,
      action: 'submit',
    });
    await jury1.submit(appPage(2), `${appPage(2)}/conflict`, { note: '' });

    // Act
    const paths = (['sv', 'fi', 'en'] as const).flatMap((lang) => [
      juryPages(lang),
      campaignJury(lang),
      ...apps.map((_, i) => appPage(i, lang)),
    ]);
    const pages = await Promise.all(paths.map((p) => jury1.open(p)));
    const withErrors = await jury1.submit(appPage(1), `${appPage(1)}/review`, { action: 'submit' });
    const token = tokenOf('jury1');
    const jsons = await Promise.all([
      json('/admin/campaigns', 'GET', undefined, token),
      json(`/admin/campaigns/${CAMPAIGN}/applications`, 'GET', undefined, token),
      json(
        `/admin/campaigns/${CAMPAIGN}/applications/${apps[1]}/review`,
        'PUT',
        { scores: { 'equal-pay': 3 }, conflictOfInterest: false, status: 'draft' },
        token,
      ),
    ]);
    const mine = await jury1.open(juryPages('en'));

    // Assess
    expect(pages.map((p) => p.status)).toEqual(paths.map(() => 200));
    expect(withErrors.status).toBe(400);
    expect(jsons.map((r) => r.status)).toEqual([200, 200, 200]);
    const bodies = [
      ...pages.map((p) => p.html),
      await withErrors.text(),
      ...(await Promise.all(jsons.map((r) => r.text()))),
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(CONTACT_EMAIL);
      expect(body).not.toMatch(CONTACT_PHONE);
      expect(body).not.toContain(secret);
      // The only addresses on a jury page: the signed-in juror's own and the network's contact address.
      const addresses = body.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? [];
      expect(addresses.filter((a) => !['jury1@example.org', 'natverket@example.org'].includes(a))).toEqual(
        [],
      );
    }
    expect(textOf(pages[3]?.html ?? '')).toContain('Vem fyller i ansökan?');
    expect(textOf(pages[8]?.html ?? '')).toContain('Kuka täyttää hakemuksen?');
    // My campaigns: one scored (Alfa), one conflict (Gamma), one left (Beta, a draft).
    const row = textOf(
      mine.html.match(
        /<tr>\s*<th scope="row"><a href="\/en\/console\/jury\/campaigns\/[\s\S]*?<\/tr>/,
      )?.[0] ?? '',
    );
    expect(row).toMatch(/ 1 1 1 No deadline $/);
  });
});

describe('the review deadline', () => {
  it('refuses reviews, conflicts and withdrawals after it, on the pages and the admin API', async () => {
    // Prepare: the deadline an hour ago
    const past = new Date(Date.now() - 3_600_000);
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.campaignMeta(CAMPAIGN),
        UpdateExpression: 'SET reviewDeadline = :iso, reviewDeadlineMs = :ms',
        ExpressionAttributeValues: { ':iso': past.toISOString(), ':ms': past.getTime() },
      }),
    );

    // Act
    const page = await jury1.open(appPage(0, 'en'));
    const review = await jury1.submit('/sv/console', `${appPage(1, 'en')}/review`, {
      ...fullScores('5'),
      action: 'submit',
    });
    const withdraw = await jury1.submit('/sv/console', `${appPage(2, 'en')}/conflict/withdraw`, {});
    const api = await json(
      `/admin/campaigns/${CAMPAIGN}/applications/${apps[1]}/review`,
      'PUT',
      { scores: Object.fromEntries(CRITERIA.map((c) => [c, 5])), conflictOfInterest: false },
      tokenOf('jury1'),
    );

    // Assess
    expect(textOf(page.html)).toContain('The review deadline has passed.');
    expect(page.html).not.toContain('name="action"');
    expect(review.status).toBe(409);
    expect(textOf(await review.text())).toContain(
      'The review deadline has passed: reviews and conflicts of interest can no longer be changed.',
    );
    expect(withdraw.status).toBe(409);
    expect((await reviewOf(2, 'jury1'))?.conflictOfInterest).toBe(true);
    expect(api.status).toBe(409);
    expect((await bodyOf(api)).type).toBe('/problems/deadline-passed');
    expect((await reviewOf(1, 'jury1'))?.status).toBe('draft');
  });
});
