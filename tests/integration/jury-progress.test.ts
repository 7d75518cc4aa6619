import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ScheduledEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgingSection } from '../../functions/console/pages/campaign-judging';
import { listActivity } from '../../shared/activity/activity-log';
import { type CampaignMeta, readCampaign } from '../../shared/applications/campaign';
import { remindJurors, scheduledJuryReminders } from '../../shared/applications/jury-reminders';
import { applyDocument } from '../../shared/content/operational-copy';
import { renderTemplate } from '../../shared/email/templates';
import type { HttpEvent, HttpResult } from '../../shared/http/handler';
import { setDefaultTable, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { campaignDocument } from '../support/campaigns-fixture';
import { rowOf, textOf } from '../support/console-pages';
import { httpEvent } from '../support/events';
import { applications, criteria, ids, jurors, reviews } from '../support/judging-fixture';
import { mailItemsTo } from '../support/mail';
import { freshTable } from '../support/table';
import { at } from '../support/test-clock';

/**
 * Judging progress through GET /admin/campaigns/{campaignId}/progress (the applications handler, called
 * directly on DynamoDB Local) for the fixed jury round of tests/support/judging-fixture.ts, and the
 * reminder mail to jurors with reviews left. Fixed times, moved to the present by whole weeks.
 */
const pepper = 'jury-progress-test-pepper-0123456789';
const coordinator = {
  sub: 'coordinator-sub',
  email: 'coordinator@example.org',
  'cognito:groups': '[coordinator]',
};
/** The review deadline: Friday 12 March, 16:00 in Helsinki. */
const reviewDeadline = at('2027-03-12T14:00:00.000Z');

let table: Table;
let handler: (event: HttpEvent | ScheduledEvent) => Promise<unknown>;

/** A campaign with the fixture's criteria, assignments, applications and reviews, as the table holds them. */
async function judgedCampaign(options: { jurors?: string[]; reviewDeadline?: string } = {}) {
  const label = (key: string) => [{ _key: 'en', language: 'en', value: key }];
  const doc = campaignDocument({
    criteria: criteria.map((c) => ({ key: c.key, label: label(c.key), weight: c.weight })),
  });
  await applyDocument(table, doc);
  const campaignId = doc._id;
  if (options.reviewDeadline)
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.campaignMeta(campaignId),
        UpdateExpression: 'SET reviewDeadline = :deadline',
        ExpressionAttributeValues: { ':deadline': options.reviewDeadline },
      }),
    );
  const put = (item: Record<string, unknown>) =>
    table.doc.send(new PutCommand({ TableName: table.name, Item: item }));
  await Promise.all([
    ...(options.jurors ?? jurors).map((email) =>
      put({
        ...keys.juryAssignment(campaignId, email),
        type: 'juryAssignment',
        campaignId,
        email,
        assignedAt: at('2027-03-01T08:00:00.000Z'),
        assignedBy: 'coordinator@example.org',
      }),
    ),
    ...applications.map((a) => put({ ...keys.application(campaignId, a.applicationId), ...a, campaignId })),
    ...reviews.map((r) => put({ ...keys.review(campaignId, r.applicationId, r.juror), ...r, campaignId })),
  ]);
  return campaignId;
}

const progress = async (campaignId: string) => {
  const result = (await handler(
    httpEvent('GET /admin/campaigns/{campaignId}/progress', {
      path: `/admin/campaigns/${campaignId}/progress`,
      pathParameters: { campaignId },
      claims: coordinator,
    }),
  )) as HttpResult;
  return { status: result.statusCode, body: JSON.parse(result.body ?? '{}') };
};

const remindersTo = async (email: string, campaignId: string) =>
  (await mailItemsTo(table, pepper, email)).filter(
    (m) => m.template === 'jury-reminder' && m.data.campaignId === campaignId,
  );

const markersOf = async (campaignId: string) => {
  const out = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :marker)',
      ExpressionAttributeValues: { ':pk': keys.campaignMeta(campaignId).pk, ':marker': 'JURYREMIND#' },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => String(i.sk));
};

beforeAll(async () => {
  table = await freshTable('jury');
  setDefaultTable(table);
  process.env.EMAIL_PEPPER = pepper;
  handler = (await import('../../functions/applications/handler')).handler as typeof handler;
});
afterAll(() => {
  setDefaultTable(undefined);
});

describe('GET /admin/campaigns/{campaignId}/progress', () => {
  it('answers the hand-computed progress, ranking, means and spreads of the fixed jury round', async () => {
    // Prepare
    const campaignId = await judgedCampaign({ reviewDeadline });

    // Act
    const { status, body } = await progress(campaignId);

    // Assess: the same figures as tests/unit/judging.test.ts, worked out there.
    expect(status).toBe(200);
    expect(body).toMatchObject({
      campaignId,
      reviewDeadline,
      scale: { min: 0, max: 5 },
      discussThreshold: 2.5,
      criteria: [
        { key: 'policy', weight: 3 },
        { key: 'pay', weight: 2 },
        { key: 'culture', weight: 1 },
      ],
    });
    expect(body.jurors).toEqual([
      { email: 'anna@example.org', assigned: 3, scored: 1, conflicts: 1, drafts: 1, left: 1 },
      { email: 'bo@example.org', assigned: 3, scored: 2, conflicts: 0, drafts: 0, left: 1 },
      { email: 'cai@example.org', assigned: 3, scored: 1, conflicts: 0, drafts: 1, left: 2 },
    ]);
    expect(
      body.applications.map((a: Record<string, unknown>) => [
        a.applicationId,
        a.reviews,
        a.conflicts,
        a.drafts,
        a.jurorsLeft,
      ]),
    ).toEqual([
      [ids.alfa, 3, 0, 0, 0],
      [ids.beta, 1, 1, 1, 1],
      [ids.cesium, 0, 0, 1, 3],
    ]);
    expect(
      body.ranking.map((r: Record<string, unknown>) => [
        r.rank,
        r.applicationId,
        r.score,
        r.reviewCount,
        r.conflictCount,
        r.criteria,
        r.spread,
        r.discuss,
        r.disagreements,
      ]),
    ).toEqual([
      [
        1,
        ids.alfa,
        3.611,
        3,
        0,
        { policy: 3.333, pay: 4.333, culture: 3 },
        { policy: 4, pay: 1, culture: 2 },
        true,
        ['policy'],
      ],
      [
        2,
        ids.beta,
        2.667,
        1,
        1,
        { policy: 2, pay: 3, culture: 4 },
        { policy: 0, pay: 0, culture: 0 },
        false,
        [],
      ],
      [
        3,
        ids.cesium,
        null,
        0,
        0,
        { policy: null, pay: null, culture: null },
        { policy: null, pay: null, culture: null },
        false,
        [],
      ],
    ]);
    // Never the applicants' contact data.
    expect(JSON.stringify(body)).not.toMatch(/contact|phone/);
  });

  it('answers 404 for a campaign that does not exist, and 403 to the jury', async () => {
    // Act
    const missing = await progress('campaign-nowhere');
    const jury = (await handler(
      httpEvent('GET /admin/campaigns/{campaignId}/progress', {
        path: '/admin/campaigns/campaign-nowhere/progress',
        pathParameters: { campaignId: 'campaign-nowhere' },
        claims: { sub: 'juror-sub', 'cognito:groups': '[jury]' },
      }),
    )) as HttpResult;

    // Assess
    expect(missing.status).toBe(404);
    expect(jury.statusCode).toBe(403);
  });
});

describe('the campaign page’s judging section', () => {
  it('shows the same hand-computed figures: per juror, per application, means with spreads and the discussion tag', async () => {
    // Prepare
    const campaignId = await judgedCampaign({ reviewDeadline });
    const meta = (await readCampaign(table, campaignId)) as CampaignMeta;
    const request = (lang: 'sv' | 'en') =>
      ({ lang, csrf: 'csrf-token', query: {}, now: new Date(at('2027-03-09T06:00:00.000Z')) }) as never;

    // Act
    const [sv, en] = await Promise.all([
      judgingSection(request('sv'), meta),
      judgingSection(request('en'), meta),
    ]);
    const html = String(sv);

    // Assess: jurors (assigned, scored, conflicts, drafts, left) and applications (in, conflicts, drafts, left)
    expect(textOf(rowOf(html, 'anna@example.org')).trim()).toBe('anna@example.org 3 1 1 1 1');
    expect(textOf(rowOf(html, 'cai@example.org')).trim()).toBe('cai@example.org 3 1 0 1 2');
    expect(textOf(rowOf(html, 'Beta Oy')).trim()).toBe('Beta Oy 1 1 1 1');
    // The ranking rows: rank, company, score, reviews, conflicts, policy, pay, culture, discussion.
    const rankingRows = html.match(/<tr>\s*<td>\d<\/td>[\s\S]*?<\/tr>/g)?.map((row) => textOf(row).trim());
    expect(rankingRows).toEqual([
      '1 Alfa Ab 3,611 3 0 3,333 (spridning 4) 4,333 (spridning 1) 3 (spridning 2) Diskutera policy',
      '2 Beta Oy 2,667 1 1 2 3 4',
      '3 Cesium Ab ingen bedömning 0 0 – – –',
    ]);
    expect(html).toContain('<strong class="tag tag--yellow">Diskutera</strong>');
    expect(textOf(html)).toContain(
      'Bedömningar där en jurymedlem har anmält jäv räknas inte, och inte heller utkast',
    );
    expect(textOf(html)).toContain('skiljer sig med 2,5 poäng eller mer');
    expect(html).toContain(`action="/sv/console/campaigns/${campaignId}/jury-reminders"`);
    expect(textOf(html)).toContain('Påminn 3 jurymedlemmar');
    expect(textOf(String(en))).toContain(
      '1 Alfa Ab 3.611 3 0 3.333 (spread 4) 4.333 (spread 1) 3 (spread 2) Discuss policy',
    );
  });
});

describe('the reminder to jurors with reviews left', () => {
  /** bo also scores Cesium: he is done; anna has 1 left, cai 2. */
  async function boDone(campaignId: string) {
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          ...keys.review(campaignId, ids.cesium, 'sub-bo@example.org'),
          ...reviews[4],
          applicationId: ids.cesium,
          campaignId,
        },
      }),
    );
  }

  it('the daily job mails each juror with reviews left once, none to a juror who is done, nothing more that day', async () => {
    // Prepare
    const campaignId = await judgedCampaign({ reviewDeadline });
    await boDone(campaignId);
    // 08:00 in Helsinki on Tuesday 9 March: the deadline (Friday) is 3 days away.
    const morning = new Date(at('2027-03-09T06:00:00.000Z'));
    const evening = new Date(at('2027-03-09T19:00:00.000Z'));
    const day = at('2027-03-09T06:00:00.000Z').slice(0, 10);

    // Act
    const first = await scheduledJuryReminders({ table, pepper, now: morning });
    const again = await scheduledJuryReminders({ table, pepper, now: evening });

    // Assess
    expect(first).toContainEqual({ campaignId, sent: 2, alreadyReminded: 0 });
    expect(again).toContainEqual({ campaignId, sent: 0, alreadyReminded: 2 });
    const [anna, bo, cai] = await Promise.all(jurors.map((email) => remindersTo(email, campaignId)));
    expect(anna).toHaveLength(1);
    expect(cai).toHaveLength(1);
    expect(bo).toEqual([]);
    expect(anna?.[0]).toMatchObject({ lang: 'sv', data: { campaignId, left: 1, reviewDeadline } });
    expect(cai?.[0]).toMatchObject({ lang: 'sv', data: { campaignId, left: 2 } });
    expect(await markersOf(campaignId)).toEqual([
      `JURYREMIND#anna@example.org#${day}`,
      `JURYREMIND#cai@example.org#${day}`,
    ]);
  });

  it('the job leaves a campaign alone 4 days before its review deadline and once it has passed', async () => {
    // Prepare
    const campaignId = await judgedCampaign({ reviewDeadline });
    const fourDaysBefore = new Date(at('2027-03-08T06:00:00.000Z'));
    const atDeadline = new Date(reviewDeadline);

    // Act
    const early = await scheduledJuryReminders({ table, pepper, now: fourDaysBefore });
    const late = await scheduledJuryReminders({ table, pepper, now: atDeadline });
    const button = await remindJurors({ table, pepper, now: atDeadline }, campaignId);

    // Assess
    expect(early.map((r) => r.campaignId)).not.toContain(campaignId);
    expect(late.map((r) => r.campaignId)).not.toContain(campaignId);
    expect(button).toEqual({ sent: 0, alreadyReminded: 0 });
    expect(await remindersTo('anna@example.org', campaignId)).toEqual([]);
  });

  it('the coordinator’s reminder sends now, records each in the activity log, and not twice the same day', async () => {
    // Prepare: no review deadline set
    const campaignId = await judgedCampaign();
    await boDone(campaignId);
    const actor = {
      subject: 'coordinator-sub',
      email: 'coordinator@example.org',
      groups: ['coordinator' as const],
    };
    const now = new Date(at('2027-03-02T10:00:00.000Z'));

    // Act
    const pressed = await remindJurors({ table, pepper, now }, campaignId, actor);
    const pressedAgain = await remindJurors(
      { table, pepper, now: new Date(now.getTime() + 60_000) },
      campaignId,
      actor,
    );

    // Assess
    expect(pressed).toEqual({ sent: 2, alreadyReminded: 0 });
    expect(pressedAgain).toEqual({ sent: 0, alreadyReminded: 2 });
    expect(await remindersTo('anna@example.org', campaignId)).toHaveLength(1);
    expect(await remindersTo('bo@example.org', campaignId)).toEqual([]);
    const entries = (await listActivity(table, undefined, 100)).items.filter(
      (e) => e.action === 'jury.remind' && e.target.parent === campaignId,
    );
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.actor)).toEqual(['coordinator@example.org', 'coordinator@example.org']);
    expect(entries.map((e) => e.details?.left).sort()).toEqual([1, 2]);
    // The juror is named by a keyed hash in the log, never by address.
    expect(JSON.stringify(entries)).not.toMatch(/anna|cai/);
  });

  it('runs daily as the applications function’s scheduled event', async () => {
    // Prepare: a review deadline two days from the real clock the handler reads.
    const soon = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString();
    const campaignId = await judgedCampaign({ reviewDeadline: soon });
    const event = {
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      detail: { schedule: 'juryReminders' },
    } as unknown as ScheduledEvent;

    // Act
    const results = (await handler(event)) as { campaignId: string; sent: number }[];

    // Assess
    expect(results).toContainEqual({ campaignId, sent: 3, alreadyReminded: 0 });
    expect(await remindersTo('bo@example.org', campaignId)).toHaveLength(1);
  });

  it('renders the reminder in sv, fi and en with the count, the deadline and the way to the jury pages', () => {
    // Prepare
    const data = {
      campaignId: 'c',
      campaignTitle: { sv: 'Årets företag', fi: 'Vuoden yritys', en: 'Company of the year' },
      left: 2,
      reviewDeadline: '2027-03-12T14:00:00.000Z',
    };

    // Act
    const [sv, fi, en] = (['sv', 'fi', 'en'] as const).map((lang) =>
      renderTemplate('jury-reminder', data, lang),
    );

    // Assess
    expect(sv?.subject).toBe('Påminnelse om bedömningar: Årets företag');
    expect(sv?.text).toContain('Du har ännu 2 ansökningar kvar att bedöma.');
    expect(sv?.text).toContain('Bedömningarna ska vara klara senast fredag 12 mars 2027');
    expect(sv?.text).toMatch(/\/sv\/console\/jury$/);
    expect(fi?.subject).toBe('Muistutus arvioinneista: Vuoden yritys');
    expect(fi?.text).toContain('Sinulla on vielä 2 hakemusta arvioimatta.');
    expect(fi?.text).toContain('Arvioinnit on tehtävä viimeistään 12.3.2027 klo 16.00.');
    expect(en?.text).toContain('You still have 2 applications left to review.');
    expect(renderTemplate('jury-reminder', { ...data, left: 1 }, 'fi').text).toContain(
      '1 hakemus arvioimatta',
    );
  });
});
