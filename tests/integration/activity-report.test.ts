import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportMain } from '../../functions/console/pages/report';
import { DatasetContentSource, parseNdjson } from '../../shared/content/dataset-source';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { emailHash, sha256 } from '../../shared/crypto';
import { answerNomination } from '../../shared/nominations/answer';
import { setAttendance } from '../../shared/registrations/attendance';
import { activityReport, figureLines, reportCsv, reportSections } from '../../shared/report/report';
import { answerSurvey } from '../../shared/surveys/answer';
import { sendSurvey } from '../../shared/surveys/send';
import { surveyMeta } from '../../shared/surveys/survey';
import type { Table } from '../../shared/table/client';
import { keys, personIndexKeys } from '../../shared/table/keys';
import { campaignDocument } from '../support/campaigns-fixture';
import { mailItemsTo } from '../support/mail';
import { roundDocument } from '../support/rounds-fixture';
import { freshTable } from '../support/table';

/**
 * Acceptance 3 of the evaluation issue: the activity report over the seed content (sanity/seed, its
 * example events of 2027 as written) plus a scripted set of registrations, check-ins, a nomination
 * round answered through its use case, and survey answers given through theirs, shows exactly the
 * figures counted by hand below, and its CSV holds the same figures as the page.
 */

const DATASET = fileURLToPath(new URL('../../sanity/seed/dataset.ndjson', import.meta.url));
const PEPPER = 'report-test-pepper';
const PERIOD = { from: '2027-01-01', to: '2027-12-31' };
const NOW = new Date('2027-05-01T09:00:00Z');
const coordinator = {
  subject: 'staff-1',
  groups: ['coordinator' as const],
  email: 'coordinator@example.org',
};
const WEBINAR = 'event-example-webinar-2027'; // 10 Feb 2027, focus area "working life"
const SEMINAR = 'event-example-seminar-2027'; // 16 Mar 2027, focus area "municipalities"
const NETWORK_MEETING = 'event-example-network-meeting-2027'; // 21 Apr 2027, focus area "organisations"
const SURVEY = 'survey-report-test';
const loc = (sv: string, fi: string, en: string) => [
  { _key: 'sv', language: 'sv', value: sv },
  { _key: 'fi', language: 'fi', value: fi },
  { _key: 'en', language: 'en', value: en },
];

/** A registration as register() writes it. */
async function putRegistration(
  table: Table,
  eventId: string,
  n: number,
  status: 'confirmed' | 'cancelled' | 'waitlisted',
  organization?: string,
) {
  const email = `person-${n}@example.org`;
  const registrationId = `01JREPORT${eventId.length}${String(n).padStart(4, '0')}`;
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        ...keys.registration(eventId, registrationId),
        type: 'registration',
        registrationId,
        eventId,
        status,
        name: `Person ${n}`,
        email,
        ...(organization ? { organization } : {}),
        language: 'sv',
        consentAt: '2027-01-05T10:00:00.000Z',
        createdAt: '2027-01-05T10:00:00.000Z',
        expiresAt: Math.floor(Date.parse('2027-09-01T00:00:00Z') / 1000),
        personKey: personIndexKeys.person(emailHash(email, PEPPER)),
        personSort: personIndexKeys.sort('REG', registrationId),
      },
    }),
  );
  return { registrationId, email };
}

/** A nomination request and its link as sendRequests() writes them, the link's token returned. */
async function putRequest(table: Table, roundId: string, organizationId: string, deadlineMs: number) {
  const token = `nomination-token-${organizationId}`;
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        ...keys.nominationRequest(roundId, organizationId),
        type: 'nominationRequest',
        roundId,
        organizationId,
        status: 'pending',
        version: 0,
        createdAt: '2027-04-01T09:00:00.000Z',
      },
    }),
  );
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        ...keys.token(sha256(token)),
        type: 'token',
        kind: 'nomination',
        roundId,
        organizationId,
        expiresAt: Math.floor(deadlineMs / 1000) + 86_400,
      },
    }),
  );
  return token;
}

/** An active network member who confirmed at `confirmedAt` (as confirm() leaves the item). */
async function putMember(table: Table, n: number, confirmedAt: string, status = 'active') {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: {
        ...keys.member(`member-hash-${n}`),
        type: 'member',
        status,
        name: `Member ${n}`,
        email: `member-${n}@example.org`,
        language: 'sv',
        interests: [],
        wantsToCoordinate: false,
        consentAt: confirmedAt,
        createdAt: confirmedAt,
        ...(status === 'active' ? { confirmedAt } : {}),
      },
    }),
  );
}

const nominee = (seat: number, role: 'member' | 'deputy', gender: 'woman' | 'man', n: number) => ({
  seat,
  role,
  name: `Nominee ${n}`,
  email: `nominee-${n}@example.org`,
  gender,
  language: 'sv' as const,
});

/** The page's figures: every `data-figure` cell as [section, item, measure, text]. */
function pageFigures(markup: string): string[][] {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...markup.matchAll(/<td data-figure="([^"]*)">([^<]*)<\/td>/g)].map((m) => [
    ...decode(m[1] ?? '').split('|'),
    decode(m[2] ?? ''),
  ]);
}

/** The CSV's rows after the header (RFC 4180: quoted cells with "" for a quote; BOM and CRLF off). */
function csvFigures(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1)
    .filter(Boolean)) {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line.charAt(i);
      if (quoted && c === '"' && line.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    rows.push([...cells, cell]);
  }
  return rows;
}

describe('the activity report over the seed data and a scripted period', () => {
  let table: Table;
  let source: DatasetContentSource;

  beforeAll(async () => {
    table = await freshTable('report');
    // The seed dataset as written (example dates not moved), plus one action of 2027 in the
    // organisations' focus area that lists the example network meeting.
    source = new DatasetContentSource([
      ...parseNdjson(await readFile(DATASET, 'utf8')),
      {
        _id: 'action-report-test-2027',
        _type: 'action',
        title: loc('Nätverksträffar 2027', 'Verkostotapaamiset 2027', 'Network meetings 2027'),
        focusArea: { _type: 'reference', _ref: 'focusArea-organisationer-och-foreningar' },
        period: { _type: 'dateRange', start: '2027-01-01', end: '2027-12-31' },
        status: 'ongoing',
        coordinator: {
          _type: 'actionCoordinator',
          organization: { _type: 'reference', _ref: 'organization-vasa' },
        },
        relatedEvents: [{ _key: 'e1', _type: 'reference', _ref: NETWORK_MEETING }],
        orderRank: '0|zzzzzz:',
      },
    ]);
    const attendance = { table, pepper: PEPPER, now: new Date('2027-02-10T11:10:00Z') };

    // Webinar: 5 confirmed (Vasa stad twice, Novia once, two without), 1 cancelled, 1 waitlisted;
    // 3 of the confirmed checked in, a fourth checked in and undone.
    const webinar = [
      await putRegistration(table, WEBINAR, 1, 'confirmed', 'Vasa stad'),
      await putRegistration(table, WEBINAR, 2, 'confirmed', 'Vasa stad'),
      await putRegistration(table, WEBINAR, 3, 'confirmed', 'Novia'),
      await putRegistration(table, WEBINAR, 4, 'confirmed'),
      await putRegistration(table, WEBINAR, 5, 'confirmed'),
    ];
    await putRegistration(table, WEBINAR, 6, 'cancelled', 'Laihela kommun');
    await putRegistration(table, WEBINAR, 7, 'waitlisted', 'Kaskö stad');
    for (const r of webinar.slice(0, 4))
      await setAttendance(attendance, WEBINAR, r.registrationId, true, coordinator);
    await setAttendance(attendance, WEBINAR, webinar[3]?.registrationId ?? '', false, coordinator);

    // Seminar: 2 confirmed (Korsholm, Vasa stad), nobody checked in.
    await putRegistration(table, SEMINAR, 11, 'confirmed', 'Korsholms kommun');
    await putRegistration(table, SEMINAR, 12, 'confirmed', 'Vasa stad');

    // A round of 2027 addressed to 3 organisations (1 member seat, 1 deputy seat, both genders asked):
    // Vasa answers balanced; Jakobstad answers two women for the member seat and a justification.
    const deadline = '2027-05-15T12:00:00.000Z';
    const round = roundDocument({
      _updatedAt: '2027-04-01T00:00:00.000Z',
      deadline,
      title: loc('Omgång 2027', 'Kierros 2027', 'Round 2027'),
    } as Partial<GovernedDocument>);
    await applyDocument(table, round);
    const deadlineMs = Date.parse(deadline);
    const [vasa, jakobstad] = [
      await putRequest(table, round._id, 'organization-vasa', deadlineMs),
      await putRequest(table, round._id, 'organization-jakobstad', deadlineMs),
    ];
    await putRequest(table, round._id, 'organization-laihela', deadlineMs);
    const nominations = { table, pepper: PEPPER, now: NOW };
    await answerNomination(
      nominations,
      vasa,
      {
        nominees: [
          nominee(1, 'member', 'woman', 1),
          nominee(1, 'member', 'man', 2),
          nominee(1, 'deputy', 'woman', 3),
          nominee(1, 'deputy', 'man', 4),
        ],
      },
      'sv',
    );
    await answerNomination(
      nominations,
      jakobstad,
      {
        nominees: [
          nominee(1, 'member', 'woman', 5),
          nominee(1, 'member', 'woman', 6),
          nominee(1, 'deputy', 'woman', 7),
          nominee(1, 'deputy', 'man', 8),
        ],
        justification: 'Bara kvinnor ställde upp till ledamotsplatsen.',
      },
      'sv',
    );

    // A campaign closing in 2027 without applications yet.
    await applyDocument(
      table,
      campaignDocument({
        _updatedAt: '2027-01-01T00:00:00.000Z',
        opensAt: '2027-08-01T00:00:00.000Z',
        closesAt: '2027-09-30T00:00:00.000Z',
      }),
    );

    // Members: 3 before the period, 2 within it, 1 after it; 1 sign-up never confirmed.
    await putMember(table, 1, '2025-03-01T10:00:00.000Z');
    await putMember(table, 2, '2026-06-01T10:00:00.000Z');
    await putMember(table, 3, '2026-12-31T21:59:00.000Z');
    await putMember(table, 4, '2027-02-01T10:00:00.000Z');
    await putMember(table, 5, '2027-12-31T20:00:00.000Z');
    await putMember(table, 6, '2028-01-02T10:00:00.000Z');
    await putMember(table, 7, '2027-03-01T10:00:00.000Z', 'pending');

    // A survey of the webinar sent to its 3 attended registrants, who all answer: 5, 4 and 3.
    await applyDocument(table, {
      _id: SURVEY,
      _type: 'survey',
      _rev: 'r1',
      _updatedAt: '2027-01-01T00:00:00.000Z',
      title: loc(
        'Vad tyckte du om webbinariet?',
        'Mitä pidit webinaarista?',
        'What did you think of the webinar?',
      ),
      introduction: loc('Anonymt.', 'Nimetön.', 'Anonymous.'),
      opensAt: '2027-02-10T12:00:00.000Z',
      closesAt: '2027-03-10T12:00:00.000Z',
      autoSend: false,
      events: [WEBINAR],
      questions: [
        { _key: 'overall', kind: 'scale', required: true, label: loc('Helhet', 'Kokonaisuus', 'Overall') },
      ],
    } as GovernedDocument);
    const surveyDeps = { table, pepper: PEPPER, now: new Date('2027-02-11T09:00:00Z') };
    await sendSurvey(surveyDeps, SURVEY, 'attended', { actor: coordinator });
    const meta = await surveyMeta(table, SURVEY);
    if (!meta) throw new Error('survey not synced');
    const answersGiven = [5, 4, 3];
    for (const [i, r] of webinar.slice(0, 3).entries()) {
      const [mail] = (await mailItemsTo(table, PEPPER, r.email)).filter(
        (m) => m.template === 'survey-invitation',
      );
      const outcome = await answerSurvey(
        { table, now: new Date('2027-02-12T09:00:00Z') },
        String(mail?.secrets.token),
        meta,
        { overall: answersGiven[i] as number },
      );
      expect(outcome).toEqual({ ok: true });
    }
  });

  it('shows the hand-counted figures, and its CSV holds exactly the page’s figures', async () => {
    // Act
    const report = await activityReport({ table, source, lang: 'en' }, PERIOD, NOW);
    const sections = reportSections(report, 'en');
    const markup = String(reportMain('en', report, sections, false));
    const csv = reportCsv(sections, 'en');

    // Assess: events under their focus areas
    const events = Object.fromEntries(
      report.focusAreas.flatMap((area) => area.events.map((e) => [e.id, { area: area.id, ...e.figures }])),
    );
    expect(events).toEqual({
      [WEBINAR]: {
        area: 'focusArea-mangfald-i-arbetsliv-och-utbildning',
        registered: 5,
        attended: 3,
        noShows: 2,
        organisations: 2,
      },
      [SEMINAR]: {
        area: 'focusArea-kommunerna-och-valfardsomradet',
        registered: 2,
        attended: 0,
        noShows: 2,
        organisations: 2,
      },
      [NETWORK_MEETING]: {
        area: 'focusArea-organisationer-och-foreningar',
        registered: 0,
        attended: 0,
        noShows: 0,
        organisations: 0,
      },
    });
    // The seed plan's actions end in 2025; the added one of 2027 lists the network meeting.
    expect(report.focusAreas.map((a) => a.actions)).toEqual([
      [],
      [],
      [
        {
          id: 'action-report-test-2027',
          title: 'Network meetings 2027',
          status: 'ongoing',
          coordinator: 'Vasa',
        },
      ],
    ]);
    expect(report.focusAreas.flatMap((a) => a.events.map((e) => [e.id, e.actions]))).toEqual([
      [WEBINAR, []],
      [SEMINAR, []],
      [NETWORK_MEETING, ['Network meetings 2027']],
    ]);
    // The round: 2 of 3 answered; members 3 women 1 man (not balanced), deputies 2 and 2.
    expect(report.rounds.map((r) => r.figures)).toEqual([
      {
        addressed: 3,
        answered: 2,
        seats: 2,
        seatsFilled: 2,
        members: { women: 3, men: 1, other: 0, undisclosed: 0 },
        deputies: { women: 2, men: 2, other: 0, undisclosed: 0 },
        balanceMet: false,
        justifications: 1,
      },
    ]);
    expect(report.campaigns.map((c) => c.figures)).toEqual([
      { submitted: 0, proposals: 0, winners: 0, shortlisted: 0, notSelected: 0 },
    ]);
    expect(report.membership).toEqual({ atStart: 3, joined: 2, atEnd: 5 });
    // 3 answers are below the minimum of 5: counted, no mean.
    expect(report.surveys.map((s) => [s.id, s.figures])).toEqual([
      [SURVEY, { answers: 3, shown: false, scales: [{ key: 'overall', answered: 3, mean: undefined }] }],
    ]);

    // Assess: the CSV and the page hold the same figures, line for line
    const page = pageFigures(markup);
    const lines = csvFigures(csv);
    expect(lines).toEqual(page);
    expect(lines).toEqual(figureLines(sections).map((line) => line.map(String)));
    expect(lines).toContainEqual([
      'Focus area: Diversity in working life and education',
      'Example: Webinar – Aiming for diversity in working life (10/02/2027)',
      'Attended',
      '3',
    ]);
    expect(lines).toContainEqual(['Network membership', 'The network', 'Left', 'not recorded']);
    expect(lines).toContainEqual([
      'Surveys',
      'What did you think of the webinar?',
      'Mean: Overall',
      'too few answers to show',
    ]);
  });

  it('gives the scale means once the survey has the minimum of answers, in the language’s notation', async () => {
    // Prepare: 3 more answers given straight as answerSurvey stores them (2, 5, 4) → 6 answers,
    // mean (5 + 4 + 3 + 2 + 5 + 4) / 6 = 23 / 6 = 3.83.
    for (const [i, overall] of [2, 5, 4].entries()) {
      await table.doc.send(
        new PutCommand({
          TableName: table.name,
          Item: {
            ...keys.surveyAnswer(SURVEY, `extra-${i}`),
            type: 'surveyAnswer',
            surveyId: SURVEY,
            answers: { overall },
            expiresAt: Math.floor(Date.parse('2029-03-10T12:00:00Z') / 1000),
          },
        }),
      );
    }

    // Act
    const sv = reportSections(await activityReport({ table, source, lang: 'sv' }, PERIOD, NOW), 'sv');

    // Assess
    expect(figureLines(sv)).toContainEqual([
      'Enkäter',
      'Vad tyckte du om webbinariet?',
      'Medelvärde: Helhet',
      '3,83',
    ]);
    expect(figureLines(sv)).toContainEqual(['Enkäter', 'Vad tyckte du om webbinariet?', 'Svar', 6]);
  });
});
