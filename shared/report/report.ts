import { listAffiliations } from '../affiliations/pipeline';
import { currentStrategy } from '../affiliations/strategy-content';
import type { CampaignMeta } from '../applications/campaign';
import { campaignItems } from '../applications/campaign-partition';
import { publishedDocumentIds } from '../content/content-index';
import type { ContentSource } from '../content/content-source';
import { type LocalizedField, localize, pick } from '../content/localize';
import { activityPlan } from '../content/public-content';
import { reportEventsQuery } from '../content/queries';
import { CSV_BOM, csvRow } from '../csv';
import type { Language } from '../http/route';
import { listMembers } from '../membership/membership';
import { requestsOf } from '../nominations/requests';
import type { RoundMeta } from '../nominations/round-data';
import { eventRegistrations } from '../registrations/attendance';
import { surveySettings } from '../surveys/settings';
import { listSurveys, surveyAnswers } from '../surveys/survey';
import { batchGetAll } from '../table/batch';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import {
  type AffiliationFigures,
  affiliationFigures,
  type CampaignFigures,
  campaignFigures,
  type EventFigures,
  eventFigures,
  inPeriod,
  type MembershipFigures,
  membershipFigures,
  type Period,
  periodBounds,
  planPeriod,
  type RoundFigures,
  roundFigures,
  type SurveyFigures,
  surveyFigures,
} from './figures';
import { type ReportString, rt } from './report-strings';

/**
 * The activity report ("verksamhetsberättelse") for a period: content says what the plan is and which
 * events were held; the table says what happened. Every count is a Query on one partition (an event's,
 * a round's, a campaign's, a survey's, the network's; the content index for which rounds, campaigns and
 * surveys exist), never a Scan. The figures are counted by the pure functions of ./figures.ts.
 */

export interface ReportDeps {
  table: Table;
  source: ContentSource;
  lang: Language;
}

interface ReportEventDoc {
  _id: string;
  title?: LocalizedField;
  startsAt: string;
  cancelled?: boolean | null;
  focusArea?: string | null;
}

export interface ActivityReport {
  period: Period;
  /** The period came from the activity plan (none was asked for). */
  periodFromPlan: boolean;
  focusAreas: {
    id: string;
    title: string;
    actions: { id: string; title: string; status: string | null; coordinator: string | null }[];
    /** `actions`: the titles of the focus area's actions that list the event. */
    events: { id: string; title: string; startsAt: string; actions: string[]; figures: EventFigures }[];
  }[];
  rounds: { id: string; title: string; deadline: string; figures: RoundFigures }[];
  campaigns: { id: string; title: string; closesAt: string; figures: CampaignFigures }[];
  membership: MembershipFigures;
  surveys: { id: string; title: string; scaleLabels: Record<string, string>; figures: SurveyFigures }[];
  /** The strategy organisations join, when content has one. */
  affiliations?: { title: string; figures: AffiliationFigures };
}

/** The activity plan's period; without one, the calendar year of `now`. */
export async function defaultPeriod(source: ContentSource, lang: Language, now: Date): Promise<Period> {
  const plan = await activityPlan(source, lang);
  const period = planPeriod(plan.flatMap((area) => area.actions));
  const year = now.getUTCFullYear();
  return period ?? { from: `${year}-01-01`, to: `${year}-12-31` };
}

const overlaps = (period: Period, range: { start?: string | null; end?: string | null } | null) =>
  !range?.start || !range.end || (range.start <= period.to && range.end >= period.from);

async function focusAreaPart(deps: ReportDeps, period: Period) {
  const { table, source, lang } = deps;
  const { start, end } = periodBounds(period);
  const [plan, events] = await Promise.all([
    activityPlan(source, lang),
    source.fetch<ReportEventDoc[]>(reportEventsQuery, {
      from: new Date(start).toISOString(),
      to: new Date(end).toISOString(),
    }),
  ]);
  const held = events.filter((e) => e.cancelled !== true && inPeriod(e.startsAt, period));
  const figures = new Map(
    await Promise.all(
      held.map(async (e) => [e._id, eventFigures(await eventRegistrations(table, e._id))] as const),
    ),
  );
  return plan.map((area) => {
    const listed = new Set(area.actions.flatMap((a) => a.relatedEvents.map((e) => e.id)));
    return {
      id: area.id,
      title: area.title ?? area.id,
      actions: area.actions
        .filter((a) => overlaps(period, a.period))
        .map((a) => ({
          id: a.id,
          title: a.title ?? a.id,
          status: a.status ?? null,
          coordinator: a.coordinator ?? null,
        })),
      events: held
        .filter((e) => e.focusArea === area.id || listed.has(e._id))
        .map((e) => ({
          id: e._id,
          title: (e.title ? localize(e.title, lang) : undefined) ?? e._id,
          startsAt: e.startsAt,
          actions: area.actions
            .filter((a) => a.relatedEvents.some((r) => r.id === e._id))
            .map((a) => a.title ?? a.id),
          figures: figures.get(e._id) as EventFigures,
        })),
    };
  });
}

async function roundPart(table: Table, lang: Language, period: Period) {
  const ids = await publishedDocumentIds(table, 'nominationRound');
  const metas = (await batchGetAll(
    table,
    ids.map((id) => keys.roundMeta(id)),
  )) as unknown as RoundMeta[];
  const inside = metas.filter((m) => m.published && inPeriod(m.deadline, period));
  const rounds = await Promise.all(
    inside.map(async (m) => ({
      id: m.documentId,
      title: pick(m.title, lang) ?? m.documentId,
      deadline: m.deadline,
      figures: roundFigures(m, await requestsOf(table, m.documentId)),
    })),
  );
  return rounds.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
}

async function campaignPart(table: Table, lang: Language, period: Period) {
  const ids = await publishedDocumentIds(table, 'campaign');
  const metas = (await batchGetAll(
    table,
    ids.map((id) => keys.campaignMeta(id)),
  )) as unknown as CampaignMeta[];
  const inside = metas.filter((m) => m.published && inPeriod(m.closesAt, period));
  const campaigns = await Promise.all(
    inside.map(async (m) => {
      const [applications, proposals] = await Promise.all([
        campaignItems(table, m.documentId, keys.applicationPrefix),
        campaignItems(table, m.documentId, keys.proposalPrefix),
      ]);
      return {
        id: m.documentId,
        title: pick(m.title, lang) ?? m.documentId,
        closesAt: m.closesAt,
        figures: campaignFigures(applications, proposals.length),
      };
    }),
  );
  return campaigns.sort((a, b) => a.closesAt.localeCompare(b.closesAt) || a.id.localeCompare(b.id));
}

/** The network's members by join time: the coordinators' member list (NETWORK partition) read to its end. */
async function membershipPart(table: Table, period: Period) {
  const joinedAt: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listMembers(table, cursor);
    joinedAt.push(...page.items.map((m) => m.joinedAt));
    cursor = page.nextCursor;
  } while (cursor);
  return membershipFigures(joinedAt, period);
}

/**
 * Surveys open at some time within the period, with their answers counted (Queries on each survey's
 * partition) and, from the settings' minimum of answers on, each scale question's mean.
 */
async function surveyPart(table: Table, lang: Language, period: Period) {
  const { start, end } = periodBounds(period);
  const [metas, settings] = await Promise.all([listSurveys(table), surveySettings(table)]);
  const inside = metas.filter((m) => m.opensAtMs < end && m.closesAtMs > start);
  const surveys = await Promise.all(
    inside.map(async (m) => ({
      id: m.documentId,
      title: pick(m.title, lang) ?? m.documentId,
      opensAt: m.opensAt,
      scaleLabels: Object.fromEntries(
        m.questions.filter((q) => q.kind === 'scale').map((q) => [q.key, pick(q.label, lang) ?? q.key]),
      ),
      figures: surveyFigures(m.questions, await surveyAnswers(table, m.documentId), settings.minAnswers),
    })),
  );
  return surveys
    .sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.id.localeCompare(b.id))
    .map(({ opensAt: _opensAt, ...s }) => s);
}

/** The current strategy's affiliations (one Query on its partition), counted for the period. */
async function affiliationPart(deps: ReportDeps, period: Period) {
  const strategy = await currentStrategy(deps.source, deps.lang);
  if (!strategy) return undefined;
  const items = await listAffiliations(deps.table, strategy.id);
  return { title: strategy.title, figures: affiliationFigures(items, period) };
}

/** The whole report for `period` (the activity plan's when not given). */
export async function activityReport(
  deps: ReportDeps,
  period: Period | undefined,
  now: Date,
): Promise<ActivityReport> {
  const { table, lang } = deps;
  const chosen = period ?? (await defaultPeriod(deps.source, lang, now));
  const [focusAreas, rounds, campaigns, membership, surveys, affiliations] = await Promise.all([
    focusAreaPart(deps, chosen),
    roundPart(table, lang, chosen),
    campaignPart(table, lang, chosen),
    membershipPart(table, chosen),
    surveyPart(table, lang, chosen),
    affiliationPart(deps, chosen),
  ]);
  return {
    period: chosen,
    periodFromPlan: !period,
    focusAreas,
    rounds,
    campaigns,
    membership,
    surveys,
    ...(affiliations ? { affiliations } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------
// The report as tables of figures: what the page shows and the CSV holds, built once for both.

export type FigureValue = string | number;

export interface FigureTable {
  caption: string;
  /** `grid`: one row per item, one column per measure; `list`: per item, a row per measure. */
  layout: 'grid' | 'list';
  measures: string[];
  rows: { item: string; values: FigureValue[] }[];
  /** Shown instead of the table when it has no rows. */
  empty: string;
}

export interface ReportSection {
  /** `focusArea` sections are h3s under the focus areas' heading, the others h2s. */
  kind: 'focusArea' | 'rounds' | 'campaigns' | 'membership' | 'surveys' | 'affiliations';
  heading: string;
  note?: string;
  tables: FigureTable[];
}

const day = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));

/** A mean with two decimals in the language's notation (3,67 in Swedish and Finnish). */
export const formatMean = (value: number, lang: Language) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(value);

export function reportSections(report: ActivityReport, lang: Language): ReportSection[] {
  const s = (key: ReportString) => rt(key, lang);
  const yesNo = (value: boolean) => s(value ? 'yes' : 'no');
  const statusName = (status: string | null) =>
    status === 'planned' || status === 'ongoing' || status === 'done' ? s(status) : (status ?? '');
  const areas: ReportSection[] = report.focusAreas.map((area) => ({
    kind: 'focusArea',
    heading: `${s('focusArea')}: ${area.title}`,
    tables: [
      {
        caption: `${s('actions')}: ${area.title}`,
        layout: 'grid',
        measures: [s('status'), s('coordinator')],
        rows: area.actions.map((a) => ({
          item: a.title,
          values: [statusName(a.status), a.coordinator ?? ''],
        })),
        empty: s('noActions'),
      },
      {
        caption: `${s('eventsHeld')}: ${area.title}`,
        layout: 'grid',
        measures: [s('action'), s('registered'), s('attended'), s('noShows'), s('organisations')],
        rows: area.events.map((e) => ({
          item: `${e.title} (${day(e.startsAt, lang)})`,
          values: [
            e.actions.join('; '),
            e.figures.registered,
            e.figures.attended,
            e.figures.noShows,
            e.figures.organisations,
          ],
        })),
        empty: s('noEvents'),
      },
    ],
  }));
  const roundMeasures: [ReportString, (f: RoundFigures) => FigureValue][] = [
    ['addressed', (f) => f.addressed],
    ['answered', (f) => f.answered],
    ['seats', (f) => f.seats],
    ['seatsFilled', (f) => f.seatsFilled],
    ['membersWomen', (f) => f.members.women],
    ['membersMen', (f) => f.members.men],
    ['membersOther', (f) => f.members.other],
    ['membersUndisclosed', (f) => f.members.undisclosed],
    ['deputiesWomen', (f) => f.deputies.women],
    ['deputiesMen', (f) => f.deputies.men],
    ['deputiesOther', (f) => f.deputies.other],
    ['deputiesUndisclosed', (f) => f.deputies.undisclosed],
    ['balanceMet', (f) => yesNo(f.balanceMet)],
    ['justifications', (f) => f.justifications],
  ];
  /** One item's figures as a two-column table, a row per measure (`measures`: label, value). */
  const listTable = <T>(
    item: string,
    measures: [string, (f: T) => FigureValue][],
    figures: T,
  ): FigureTable => ({
    caption: item,
    layout: 'list',
    measures: measures.map(([label]) => label),
    rows: [{ item, values: measures.map(([, value]) => value(figures)) }],
    empty: '',
  });
  const labelled = <T>(measures: [ReportString, (f: T) => FigureValue][]) =>
    measures.map(([key, value]): [string, (f: T) => FigureValue] => [s(key), value]);
  return [
    ...areas,
    {
      kind: 'rounds',
      heading: s('rounds'),
      ...(report.rounds.length ? {} : { note: s('noRounds') }),
      tables: report.rounds.map((r) => listTable(r.title, labelled(roundMeasures), r.figures)),
    },
    {
      kind: 'campaigns',
      heading: s('campaigns'),
      tables: [
        {
          caption: s('campaigns'),
          layout: 'grid',
          measures: [s('submitted'), s('proposals'), s('winners'), s('shortlisted'), s('notSelected')],
          rows: report.campaigns.map((c) => ({
            item: c.title,
            values: [
              c.figures.submitted,
              c.figures.proposals,
              c.figures.winners,
              c.figures.shortlisted,
              c.figures.notSelected,
            ],
          })),
          empty: s('noCampaigns'),
        },
      ],
    },
    {
      kind: 'membership',
      heading: s('membership'),
      note: s('membershipNote'),
      tables: [
        listTable<MembershipFigures>(
          s('network'),
          labelled<MembershipFigures>([
            ['atStart', (f) => f.atStart],
            ['joined', (f) => f.joined],
            ['left', () => s('notRecorded')],
            ['atEnd', (f) => f.atEnd],
          ]),
          report.membership,
        ),
      ],
    },
    {
      kind: 'surveys',
      heading: s('surveys'),
      ...(report.surveys.length ? {} : { note: s('noSurveys') }),
      tables: report.surveys.map((survey) =>
        listTable<SurveyFigures>(
          survey.title,
          [
            [s('answers'), (f) => f.answers],
            ...survey.figures.scales.map((q): [string, (f: SurveyFigures) => FigureValue] => [
              `${s('mean')}: ${survey.scaleLabels[q.key] ?? q.key}`,
              () => (q.mean === undefined ? s('tooFewAnswers') : formatMean(q.mean, lang)),
            ]),
          ],
          survey.figures,
        ),
      ),
    },
    ...(report.affiliations
      ? [
          {
            kind: 'affiliations' as const,
            heading: s('affiliations'),
            tables: [
              listTable<AffiliationFigures>(
                report.affiliations.title,
                labelled<AffiliationFigures>([
                  ['affiliationsReceived', (f) => f.received],
                  ['affiliationsJoined', (f) => f.joined],
                  ['affiliationsEnded', (f) => f.ended],
                  ['affiliationsAtEnd', (f) => f.joinedAtEnd],
                  ['followUpsSent', (f) => f.followUpsSent],
                  ['followUpAnswers', (f) => f.followUpAnswers],
                ]),
                report.affiliations.figures,
              ),
            ],
          },
        ]
      : []),
  ];
}

/** One line per figure: section, item, measure, value: the page's tables flattened. */
export function figureLines(sections: readonly ReportSection[]): [string, string, string, FigureValue][] {
  return sections.flatMap((section) =>
    section.tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        table.measures.map(
          (measure, i) =>
            [section.heading, row.item, measure, row.values[i] ?? ''] as [
              string,
              string,
              string,
              FigureValue,
            ],
        ),
      ),
    ),
  );
}

/** The figures as CSV (BOM, CRLF, formula-safe cells: shared/csv.ts), with a header in the language. */
export function reportCsv(sections: readonly ReportSection[], lang: Language): string {
  const header: Record<Language, string[]> = {
    sv: ['avsnitt', 'post', 'mått', 'värde'],
    fi: ['osio', 'kohde', 'mittari', 'arvo'],
    en: ['section', 'item', 'measure', 'value'],
  };
  return CSV_BOM + csvRow(header[lang]) + figureLines(sections).map(csvRow).join('');
}
