import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyDocument, type GovernedDocument } from '../../shared/content/operational-copy';
import { emailHash, sha256 } from '../../shared/crypto';
import { answerSurvey, checkAnswers, openSurveyLink } from '../../shared/surveys/answer';
import { scheduledSurveySending } from '../../shared/surveys/auto-send';
import { answersCsv, surveyResults } from '../../shared/surveys/results';
import { previewSending, sendSurvey } from '../../shared/surveys/send';
import { surveyMeta } from '../../shared/surveys/survey';
import type { Table } from '../../shared/table/client';
import { keys, personIndexKeys } from '../../shared/table/keys';
import { mailItemsTo } from '../support/mail';
import { freshTable } from '../support/table';
import { at } from '../support/test-clock';

const PEPPER = 'survey-test-pepper';
const coordinator = {
  subject: 'staff-1',
  groups: ['coordinator' as const],
  email: 'coordinator@example.org',
};
const loc = (sv: string, fi: string, en: string) => [
  { _key: 'sv', language: 'sv', value: sv },
  { _key: 'fi', language: 'fi', value: fi },
  { _key: 'en', language: 'en', value: en },
];

function eventDoc(id: string, startsAt: string, endsAt: string): GovernedDocument {
  return {
    _id: id,
    _type: 'event',
    _rev: 'r1',
    _updatedAt: at('2027-01-01T00:00:00Z'),
    title: loc('Seminarium', 'Seminaari', 'Seminar'),
    place: loc('Vasa', 'Vaasa', 'Vaasa'),
    mode: 'onsite',
    startsAt,
    endsAt,
    capacity: 50,
    waitlist: false,
  } as GovernedDocument;
}

function surveyDoc(id: string, events: string[], autoSend = true): GovernedDocument {
  return {
    _id: id,
    _type: 'survey',
    _rev: 'r1',
    _updatedAt: at('2027-01-01T00:00:00Z'),
    title: loc('Vad tyckte du?', 'Mitä pidit?', 'What did you think?'),
    introduction: loc('Anonymt.', 'Nimetön.', 'Anonymous.'),
    opensAt: at('2027-02-10T12:00:00Z'),
    closesAt: at('2027-03-10T12:00:00Z'),
    autoSend,
    events,
    questions: [
      { _key: 'overall', kind: 'scale', required: true, label: loc('Helhet', 'Kokonaisuus', 'Overall') },
      {
        _key: 'heard',
        kind: 'singleChoice',
        required: false,
        label: loc('Hur hörde du?', 'Mistä kuulit?', 'How did you hear?'),
        options: [
          { value: 'email', label: loc('E-post', 'Sähköposti', 'Email') },
          { value: 'web', label: loc('Webben', 'Verkko', 'The web') },
        ],
      },
      {
        _key: 'themes',
        kind: 'multipleChoice',
        required: false,
        label: loc('Teman', 'Aiheet', 'Themes'),
        options: [
          { value: 'work', label: loc('Arbete', 'Työ', 'Work') },
          { value: 'school', label: loc('Skola', 'Koulu', 'School') },
        ],
      },
      { _key: 'better', kind: 'freeText', required: false, label: loc('Bättre?', 'Paremmin?', 'Better?') },
    ],
  } as GovernedDocument;
}

/** A registration as register() writes it, with attendance recorded or not. */
async function putRegistration(
  table: Table,
  eventId: string,
  n: number,
  status: 'confirmed' | 'cancelled',
  attendedAt?: string,
) {
  const email = `person-${eventId}-${n}@example.org`;
  const registrationId = `01JREG${eventId.length}${String(n).padStart(4, '0')}`;
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
        language: (['sv', 'fi', 'en'] as const)[n % 3],
        consentAt: at('2027-01-05T10:00:00Z'),
        createdAt: at('2027-01-05T10:00:00Z'),
        ...(attendedAt ? { attendedAt } : {}),
        expiresAt: Math.floor(Date.parse(at('2027-06-01T00:00:00Z')) / 1000),
        personKey: personIndexKeys.person(emailHash(email, PEPPER)),
        personSort: personIndexKeys.sort('REG', registrationId),
      },
    }),
  );
  return email;
}

const SENT_AT = new Date(at('2027-02-11T09:00:00Z'));
const ANSWERED_AT = new Date(at('2027-02-12T09:00:00Z'));

describe('a survey sent to 12 attended registrants', () => {
  let table: Table;
  const EVENT = 'event-survey-seminar';
  const SURVEY = 'survey-seminar-feedback';
  const attended: string[] = [];
  const confirmedOnly: string[] = [];
  let firstSending: Awaited<ReturnType<typeof sendSurvey>>;
  let preview: Awaited<ReturnType<typeof previewSending>>;

  beforeAll(async () => {
    table = await freshTable('surveys');
    await applyDocument(table, eventDoc(EVENT, at('2027-02-10T08:00:00Z'), at('2027-02-10T11:00:00Z')));
    await applyDocument(table, surveyDoc(SURVEY, [EVENT], false));
    for (let n = 0; n < 12; n++)
      attended.push(await putRegistration(table, EVENT, n, 'confirmed', at('2027-02-10T08:05:00Z')));
    for (let n = 12; n < 15; n++) confirmedOnly.push(await putRegistration(table, EVENT, n, 'confirmed'));
    await putRegistration(table, EVENT, 15, 'cancelled');
    const deps = { table, pepper: PEPPER, now: SENT_AT };
    preview = await previewSending(deps, SURVEY, 'attended');
    firstSending = await sendSurvey(deps, SURVEY, 'attended', { actor: coordinator });
  });

  const tokensOf = async (emails: string[]) =>
    (
      await Promise.all(
        emails.map(async (email) =>
          (await mailItemsTo(table, PEPPER, email)).filter((m) => m.template === 'survey-invitation'),
        ),
      )
    ).map((mails) => mails.map((m) => m.secrets.token as string));

  it('gives each of the 12 one link and one mail, the confirmation counting 12, and sending again mails no one', async () => {
    // Act
    const again = await sendSurvey({ table, pepper: PEPPER, now: SENT_AT }, SURVEY, 'attended', {
      actor: coordinator,
    });
    const afterwards = await previewSending({ table, pepper: PEPPER, now: SENT_AT }, SURVEY, 'attended');
    const tokens = await tokensOf(attended);
    const others = await tokensOf(confirmedOnly);

    // Assess
    expect(preview).toEqual({ audience: 'attended', total: 12, alreadySent: 0, toSend: 12 });
    expect(firstSending).toEqual({ audience: 'attended', total: 12, sent: 12, alreadySent: 0 });
    expect(again).toEqual({ audience: 'attended', total: 12, sent: 0, alreadySent: 12 });
    expect(afterwards).toMatchObject({ total: 12, alreadySent: 12, toSend: 0 });
    expect(tokens.map((t) => t.length)).toEqual(Array(12).fill(1));
    expect(new Set(tokens.flat()).size).toBe(12);
    expect(others.flat()).toEqual([]);
    const tokenItem = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.surveyToken(sha256(tokens[0]?.[0] ?? '')).pk },
      }),
    );
    // The link's item holds the survey and the expiry, nothing about the person.
    expect(Object.keys(tokenItem.Items?.[0] ?? {}).sort()).toEqual([
      'expiresAt',
      'pk',
      'sk',
      'surveyId',
      'type',
    ]);
  });

  it('takes 6 answers, one per link: a second answer on a link is refused as gone, and results show from the 5th', async () => {
    // Prepare
    const tokens = (await tokensOf(attended)).map((t) => t[0] as string);
    const meta = (await surveyMeta(table, SURVEY))!;
    const forms = [
      { 'q-overall': '5', 'q-heard': 'email', 'q-themes': ['work', 'school'], 'q-better': 'Längre pauser' },
      { 'q-overall': '4', 'q-heard': 'web', 'q-themes': 'work' },
      { 'q-overall': '4', 'q-heard': 'email' },
      { 'q-overall': '2', 'q-better': 'Mer tid för frågor' },
      { 'q-overall': '3', 'q-themes': 'school' },
      { 'q-overall': '5', 'q-heard': 'email' },
    ];
    const shownAfter: boolean[] = [];

    // Act
    for (const [i, form] of forms.entries()) {
      const checked = checkAnswers(meta.questions, form, 'fi');
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      const outcome = await answerSurvey(
        { table, now: ANSWERED_AT },
        tokens[i] as string,
        meta,
        checked.answers,
      );
      expect(outcome).toEqual({ ok: true });
      shownAfter.push((await surveyResults(table, SURVEY))!.shown);
    }
    const second = await Promise.all(
      tokens
        .slice(0, 6)
        .map((token) => answerSurvey({ table, now: ANSWERED_AT }, token, meta, { overall: 1 })),
    );
    const reopened = await Promise.all(
      tokens.slice(0, 6).map((token) => openSurveyLink(table, token, ANSWERED_AT)),
    );
    const unused = await openSurveyLink(table, tokens[6] as string, ANSWERED_AT);
    const results = (await surveyResults(table, SURVEY))!;

    // Assess
    expect(shownAfter).toEqual([false, false, false, false, true, true]);
    expect(second).toEqual(Array(6).fill({ ok: false, reason: 'gone' }));
    expect(reopened).toEqual(Array(6).fill({ ok: false, reason: 'gone' }));
    expect(unused.ok).toBe(true);
    expect(results).toMatchObject({ answerCount: 6, sentCount: 12, minAnswers: 5, shown: true });
    // Hand counts: scale 5,4,4,2,3,5 → distribution [0,1,1,2,2], mean 23/6, median (4+4)/2.
    expect(results.questions?.[0]).toEqual({
      key: 'overall',
      kind: 'scale',
      answered: 6,
      stats: { count: 6, distribution: [0, 1, 1, 2, 2], mean: 23 / 6, median: 4 },
    });
    expect(results.questions?.[1]).toMatchObject({
      answered: 4,
      counts: [
        { value: 'email', count: 3 },
        { value: 'web', count: 1 },
      ],
    });
    expect(results.questions?.[2]).toMatchObject({
      answered: 3,
      counts: [
        { value: 'work', count: 2 },
        { value: 'school', count: 2 },
      ],
    });
    expect(results.questions?.[3]).toMatchObject({ texts: ['Längre pauser', 'Mer tid för frågor'] });
  });

  it('keeps no person key, email, hash or token in any answer item', async () => {
    // Prepare
    const tokens = (await tokensOf(attended)).flat();
    const secrets = [
      ...attended,
      ...attended.map((email) => emailHash(email, PEPPER)),
      ...tokens,
      ...tokens.map((token) => sha256(token)),
    ];

    // Act
    const out = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :answer)',
        ExpressionAttributeValues: { ':pk': keys.surveyMeta(SURVEY).pk, ':answer': keys.surveyAnswerPrefix },
      }),
    );
    const items = out.Items ?? [];

    // Assess
    expect(items).toHaveLength(6);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['answers', 'expiresAt', 'pk', 'sk', 'surveyId', 'type']);
      const text = JSON.stringify(item);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/@|personKey|SENT#|TOKEN/);
    }
  });

  it('exports the answers as CSV with one column per question and no identity column', async () => {
    // Prepare
    const results = (await surveyResults(table, SURVEY))!;

    // Act
    const csv = await answersCsv(results.meta.questions, results.answers ?? [], 'en');

    // Assess
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('Overall,How did you hear?,Themes,Better?');
    expect(rows).toHaveLength(6);
    expect(rows).toContain('5,Email,"Work; School",Längre pauser');
    expect(csv).not.toMatch(/@|token|REG|person/i);
  });
});

describe('the automatic sending after an event', () => {
  it('goes once, the settings’ 24 hours after the event ends, to the confirmed when no attendance was recorded', async () => {
    // Prepare
    const table = await freshTable('surveys-auto');
    const EVENT = 'event-survey-webinar';
    const SURVEY = 'survey-webinar-feedback';
    const endsAt = at('2027-02-10T11:00:00Z');
    await applyDocument(table, eventDoc(EVENT, at('2027-02-10T10:00:00Z'), endsAt));
    await applyDocument(table, surveyDoc(SURVEY, [EVENT]));
    const confirmed = [
      await putRegistration(table, EVENT, 1, 'confirmed'),
      await putRegistration(table, EVENT, 2, 'confirmed'),
      await putRegistration(table, EVENT, 3, 'confirmed'),
    ];
    await putRegistration(table, EVENT, 4, 'cancelled');
    const hoursAfter = (h: number) => new Date(Date.parse(endsAt) + h * 3_600_000);

    // Act
    const early = await scheduledSurveySending({ table, pepper: PEPPER, now: hoursAfter(23) });
    const due = await scheduledSurveySending({ table, pepper: PEPPER, now: hoursAfter(25) });
    const later = await scheduledSurveySending({ table, pepper: PEPPER, now: hoursAfter(26) });
    const mails = await Promise.all(confirmed.map((email) => mailItemsTo(table, PEPPER, email)));

    // Assess
    expect(early).toEqual([]);
    expect(due).toEqual([{ surveyId: SURVEY, eventId: EVENT, audience: 'confirmed', sent: 3 }]);
    expect(later).toEqual([]);
    expect(mails.map((m) => m.filter((x) => x.template === 'survey-invitation').length)).toEqual([1, 1, 1]);
  });
});
