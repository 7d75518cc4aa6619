import { describe, expect, it } from 'vitest';
import {
  affiliationFigures,
  campaignFigures,
  eventFigures,
  inPeriod,
  isDay,
  membershipFigures,
  planPeriod,
  roundFigures,
  surveyFigures,
} from '../../shared/report/figures';
import { type ActivityReport, figureLines, reportCsv, reportSections } from '../../shared/report/report';

/** The activity report's figure functions, each against counts made by hand. */

const period = { from: '2027-01-01', to: '2027-06-30' };

describe('the report period', () => {
  it('takes the activity plan period from the earliest action start to the latest action end', () => {
    // Prepare
    const actions = [
      { period: { start: '2025-01-01', end: '2025-12-31' } },
      { period: { start: '2024-08-01', end: '2024-08-31' } },
      { period: null },
      { period: { start: '2024-01-01', end: '2025-06-30' } },
    ];

    // Act
    const found = planPeriod(actions);

    // Assess
    expect(found).toEqual({ from: '2024-01-01', to: '2025-12-31' });
    expect(planPeriod([{ period: null }])).toBeUndefined();
  });

  it('includes both whole end days and rejects impossible dates', () => {
    // Assess
    expect(inPeriod('2027-01-01T00:00:00.000Z', period)).toBe(true);
    expect(inPeriod('2027-06-30T23:59:59.999Z', period)).toBe(true);
    expect(inPeriod('2027-07-01T00:00:00.000Z', period)).toBe(false);
    expect(inPeriod('2026-12-31T23:59:59.999Z', period)).toBe(false);
    expect(inPeriod(undefined, period)).toBe(false);
    expect(isDay('2027-02-28')).toBe(true);
    expect(isDay('2027-02-30')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('27-02-01')).toBe(false);
  });
});

describe('event figures', () => {
  it('counts confirmed registrations, attendance, no-shows and distinct organisations of the confirmed', () => {
    // Prepare: 4 confirmed (2 attended), 1 cancelled, 1 waitlisted; organisations "Vasa stad" twice
    // (once with other spacing and case), "Novia" once, one confirmed without; the cancelled one's
    // "Laihela kommun" does not count.
    const registrations = [
      { status: 'confirmed', attendedAt: '2027-02-10T11:00:00Z', organization: 'Vasa stad' },
      { status: 'confirmed', attendedAt: '2027-02-10T11:05:00Z', organization: ' vasa  Stad' },
      { status: 'confirmed', organization: 'Novia' },
      { status: 'confirmed', organization: '' },
      { status: 'cancelled', organization: 'Laihela kommun' },
      { status: 'waitlisted', organization: 'Korsholm' },
    ];

    // Act
    const figures = eventFigures(registrations);

    // Assess
    expect(figures).toEqual({ registered: 4, attended: 2, noShows: 2, organisations: 2 });
  });
});

describe('nomination round figures', () => {
  it('counts answers, seats filled, members and deputies by gender, balance and justifications', () => {
    // Prepare: 3 organisations addressed, 2 answered, 1 pending (its draft nominees do not count).
    const round = { organizations: ['a', 'b', 'c'], seats: { members: 2, deputies: 1 } };
    const requests = [
      {
        status: 'answered' as const,
        nominees: [
          { seat: 1, role: 'member' as const, gender: 'woman' as const },
          { seat: 1, role: 'member' as const, gender: 'man' as const },
          { seat: 1, role: 'deputy' as const, gender: 'woman' as const },
        ],
      },
      {
        status: 'answered' as const,
        nominees: [
          { seat: 2, role: 'member' as const, gender: 'woman' as const },
          { seat: 1, role: 'deputy' as const },
        ],
        justification: 'Only women applied for the deputy seat.',
      },
      {
        status: 'pending' as const,
        nominees: [{ seat: 2, role: 'deputy' as const, gender: 'man' as const }],
      },
    ];

    // Act
    const figures = roundFigures(round, requests);

    // Assess: members 2 women 1 man (3, minimum 2: men 1 < 2, not met); deputies 1 woman 1 undisclosed.
    expect(figures).toEqual({
      addressed: 3,
      answered: 2,
      seats: 3,
      seatsFilled: 3,
      members: { women: 2, men: 1, other: 0, undisclosed: 0 },
      deputies: { women: 1, men: 0, other: 0, undisclosed: 1 },
      balanceMet: false,
      justifications: 1,
    });
  });

  it('meets the balance when both members and deputies reach 40 % of each gender', () => {
    // Act
    const figures = roundFigures({ organizations: ['a'], seats: { members: 1, deputies: 1 } }, [
      {
        status: 'answered',
        nominees: [
          { seat: 1, role: 'member', gender: 'woman' },
          { seat: 1, role: 'member', gender: 'man' },
          { seat: 1, role: 'deputy', gender: 'man' },
          { seat: 1, role: 'deputy', gender: 'woman' },
        ],
        justification: '  ',
      },
    ]);

    // Assess
    expect(figures.balanceMet).toBe(true);
    expect(figures.justifications).toBe(0);
    expect(figures.seatsFilled).toBe(2);
  });
});

describe('campaign figures', () => {
  it('counts submitted applications and their decisions; drafts and withdrawn ones never count', () => {
    // Prepare
    const applications = [
      { status: 'submitted', decision: 'winner' },
      { status: 'submitted', decision: 'shortlisted' },
      { status: 'submitted', decision: 'shortlisted' },
      { status: 'submitted', decision: 'not-selected' },
      { status: 'submitted' },
      { status: 'draft' },
      { status: 'withdrawn', decision: 'winner' },
    ];

    // Act
    const figures = campaignFigures(applications, 3);

    // Assess
    expect(figures).toEqual({ submitted: 5, proposals: 3, winners: 1, shortlisted: 2, notSelected: 1 });
  });
});

describe('membership figures', () => {
  it('counts members who joined before, within and by the end of the period', () => {
    // Prepare: 2 before, 3 within (first and last day included), 1 after.
    const joinedAt = [
      '2026-05-01T10:00:00Z',
      '2026-12-31T23:59:59Z',
      '2027-01-01T00:00:00Z',
      '2027-03-15T12:00:00Z',
      '2027-06-30T23:00:00Z',
      '2027-07-01T00:00:00Z',
    ];

    // Act
    const figures = membershipFigures(joinedAt, period);

    // Assess
    expect(figures).toEqual({ atStart: 2, joined: 3, atEnd: 5 });
  });
});

describe('affiliation figures', () => {
  it('counts confirmations, joins, endings, the joined at the end and the yearly follow-up’s answers', () => {
    // Prepare: 2027 as the period.
    const year = { from: '2027-01-01', to: '2027-12-31' };
    const items = [
      // A: confirmed before, joined within; followed up and confirmed its contribution.
      {
        status: 'joined',
        confirmedAt: '2026-12-15T10:00:00Z',
        joinedOn: '2027-03-01',
        followUpSentAt: '2027-10-01T06:00:00Z',
        contributionConfirmedAt: '2027-10-05T12:00:00Z',
      },
      // B: confirmed and joined within, updated after the follow-up, then withdrew.
      {
        status: 'withdrawn',
        confirmedAt: '2027-02-01T10:00:00Z',
        joinedOn: '2027-05-01',
        followUpSentAt: '2027-10-01T06:00:00Z',
        contributionUpdatedAt: '2027-10-10T09:00:00Z',
        withdrawnAt: '2027-11-01T09:00:00Z',
      },
      // C: confirmed and declined within.
      { status: 'declined', confirmedAt: '2027-06-01T10:00:00Z', declinedOn: '2027-08-01' },
      // D: confirmed within; an update without any follow-up is no answer.
      {
        status: 'received',
        confirmedAt: '2027-09-01T10:00:00Z',
        contributionUpdatedAt: '2027-09-15T10:00:00Z',
      },
      // E: joined years ago; followed up in 2026, updated in January 2027: an answer within the period.
      {
        status: 'joined',
        confirmedAt: '2025-01-01T10:00:00Z',
        joinedOn: '2025-03-01',
        followUpSentAt: '2026-10-01T06:00:00Z',
        contributionUpdatedAt: '2027-01-10T10:00:00Z',
      },
    ];

    // Act
    const figures = affiliationFigures(items, year);

    // Assess: received B, C, D; joined A, B; ended B, C; joined at the end A, E; sent A, B; answers A, B, E.
    expect(figures).toEqual({
      received: 3,
      joined: 2,
      ended: 2,
      joinedAtEnd: 2,
      followUpsSent: 2,
      followUpAnswers: 3,
    });
  });
});

describe('survey figures', () => {
  const questions = [
    { key: 'overall', kind: 'scale' as const },
    { key: 'heard', kind: 'singleChoice' as const },
    { key: 'useful', kind: 'scale' as const },
  ];

  it('gives each scale question’s mean once the minimum of answers is reached', () => {
    // Prepare: overall 5, 4, 4, 3, 5, 3 → 24 / 6 = 4; useful 2, 4 (others skipped) → 3.
    const answers = [5, 4, 4, 3, 5, 3].map((overall, i) => ({
      answers: { overall, heard: 'web', ...(i < 2 ? { useful: i === 0 ? 2 : 4 } : {}) },
    }));

    // Act
    const figures = surveyFigures(questions, answers, 5);

    // Assess
    expect(figures).toEqual({
      answers: 6,
      shown: true,
      scales: [
        { key: 'overall', answered: 6, mean: 4 },
        { key: 'useful', answered: 2, mean: 3 },
      ],
    });
  });

  it('shows no mean below the minimum of answers, only their number', () => {
    // Act
    const figures = surveyFigures(questions, [{ answers: { overall: 1 } }, { answers: { overall: 5 } }], 5);

    // Assess
    expect(figures.answers).toBe(2);
    expect(figures.shown).toBe(false);
    expect(figures.scales.map((q) => q.mean)).toEqual([undefined, undefined]);
  });
});

describe('the figures as lines and CSV', () => {
  it('gives one line per figure, the same in the CSV, with formula-like names made safe', () => {
    // Prepare
    const report: ActivityReport = {
      period,
      periodFromPlan: false,
      focusAreas: [
        {
          id: 'fa',
          title: 'Arbetsliv',
          actions: [{ id: 'a1', title: 'Webbinarium', status: 'done', coordinator: 'Vasa stad' }],
          events: [
            {
              id: 'e1',
              title: '=Seminarium',
              startsAt: '2027-02-10T11:00:00Z',
              actions: ['Webbinarium'],
              figures: { registered: 3, attended: 2, noShows: 1, organisations: 2 },
            },
          ],
        },
      ],
      rounds: [],
      campaigns: [],
      membership: { atStart: 4, joined: 1, atEnd: 5 },
      surveys: [],
    };

    // Act
    const lines = figureLines(reportSections(report, 'en'));
    const csv = reportCsv(reportSections(report, 'en'), 'en');

    // Assess
    expect(lines).toEqual([
      ['Focus area: Arbetsliv', 'Webbinarium', 'Status', 'Done'],
      ['Focus area: Arbetsliv', 'Webbinarium', 'Coordinator', 'Vasa stad'],
      ['Focus area: Arbetsliv', '=Seminarium (10/02/2027)', 'Action', 'Webbinarium'],
      ['Focus area: Arbetsliv', '=Seminarium (10/02/2027)', 'Registered', 3],
      ['Focus area: Arbetsliv', '=Seminarium (10/02/2027)', 'Attended', 2],
      ['Focus area: Arbetsliv', '=Seminarium (10/02/2027)', 'No-shows', 1],
      ['Focus area: Arbetsliv', '=Seminarium (10/02/2027)', 'Organisations represented', 2],
      ['Network membership', 'The network', 'At the start', 4],
      ['Network membership', 'The network', 'Joined', 1],
      ['Network membership', 'The network', 'Left', 'not recorded'],
      ['Network membership', 'The network', 'At the end', 5],
    ]);
    expect(csv.startsWith('\uFEFFsection,item,measure,value\r\n')).toBe(true);
    expect(csv).toContain("\r\nFocus area: Arbetsliv,'=Seminarium (10/02/2027),Registered,3\r\n");
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + lines.length);
  });
});
