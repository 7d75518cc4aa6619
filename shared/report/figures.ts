import type { Gender } from '../nominations/balance';
import { balanceByRole } from '../nominations/balance';
import type { Nominee } from '../nominations/seat-rules';
import { scaleStats } from '../surveys/results';
import type { SurveyAnswerItem, SurveyQuestion } from '../surveys/survey';

/**
 * The activity report's figures, counted from items already read: pure functions, no I/O, so each
 * count is tested by hand (tests/unit/report-figures.test.ts). shared/report/report.ts reads the items
 * (Queries per partition, never a Scan) and hands them here.
 */

/** A period of whole days, both ends included: YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A YYYY-MM-DD that is a real date (2027-02-30 is not). */
export function isDay(value: string | undefined): value is string {
  if (!value || !DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The period's bounds as instants: from the first day's start to the day after the last (UTC). */
export function periodBounds(period: Period) {
  const start = Date.parse(`${period.from}T00:00:00Z`);
  return { start, end: Date.parse(`${period.to}T00:00:00Z`) + DAY_MS };
}

/** Whether an instant (ISO string) lies within the period. */
export function inPeriod(iso: string | undefined | null, period: Period): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  const { start, end } = periodBounds(period);
  return Number.isFinite(t) && start <= t && t < end;
}

/**
 * The activity plan's period: from the earliest start to the latest end of its actions' periods.
 * Undefined when no action has a period.
 */
export function planPeriod(
  actions: readonly { period?: { start?: string | null; end?: string | null } | null }[],
): Period | undefined {
  const starts = actions.map((a) => a.period?.start).filter((d): d is string => isDay(d ?? undefined));
  const ends = actions.map((a) => a.period?.end).filter((d): d is string => isDay(d ?? undefined));
  if (!starts.length || !ends.length) return undefined;
  return { from: starts.sort()[0] as string, to: ends.sort().at(-1) as string };
}

/** What the report needs of a registration (shared/registrations/registration.ts RegistrationItem). */
export interface RegistrationFacts {
  status: string;
  attendedAt?: string;
  organization?: string;
}

export interface EventFigures {
  /** Registrations confirmed at the end (cancelled, expired, waitlisted and pending ones do not count). */
  registered: number;
  /** Of them, checked in at the event. */
  attended: number;
  /** Confirmed but not checked in. */
  noShows: number;
  /** Distinct non-empty organisation names of the confirmed registrants (case and spacing folded). */
  organisations: number;
}

const folded = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

export function eventFigures(registrations: readonly RegistrationFacts[]): EventFigures {
  const confirmed = registrations.filter((r) => r.status === 'confirmed');
  const attended = confirmed.filter((r) => r.attendedAt).length;
  const organisations = new Set(
    confirmed.map((r) => folded(r.organization ?? '')).filter((name) => name.length > 0),
  );
  return {
    registered: confirmed.length,
    attended,
    noShows: confirmed.length - attended,
    organisations: organisations.size,
  };
}

/** What the report needs of a nomination request (shared/nominations/requests.ts). */
export interface RequestFacts {
  status: 'pending' | 'answered';
  nominees?: readonly Pick<Nominee, 'seat' | 'role' | 'gender'>[];
  justification?: string;
}

export interface GenderCounts {
  women: number;
  men: number;
  other: number;
  undisclosed: number;
}

export interface RoundFigures {
  /** Organisations the round addresses. */
  addressed: number;
  /** Of them, those that have answered. */
  answered: number;
  /** The round's seats (members + deputies). */
  seats: number;
  /** Seats (role and seat number) with at least one nominee in some organisation's current answer. */
  seatsFilled: number;
  members: GenderCounts;
  deputies: GenderCounts;
  /** Both members and deputies reach 40 % of women and of men (shared/nominations/balance.ts). */
  balanceMet: boolean;
  /** Answers that give a justification (for a deviation from the balance). */
  justifications: number;
}

export function roundFigures(
  round: { organizations: readonly string[]; seats: { members: number; deputies: number } },
  requests: readonly RequestFacts[],
): RoundFigures {
  const answered = requests.filter((r) => r.status === 'answered');
  const nominees = answered.flatMap((r) => r.nominees ?? []);
  const balance = balanceByRole(nominees);
  const genders = (b: typeof balance.members): GenderCounts => ({
    women: b.women,
    men: b.men,
    other: b.other,
    undisclosed: b.undisclosed,
  });
  const filled = new Set(
    nominees
      .filter(
        (n) => n.seat >= 1 && n.seat <= (n.role === 'member' ? round.seats.members : round.seats.deputies),
      )
      .map((n) => `${n.role}#${n.seat}`),
  );
  return {
    addressed: round.organizations.length,
    answered: answered.length,
    seats: round.seats.members + round.seats.deputies,
    seatsFilled: filled.size,
    members: genders(balance.members),
    deputies: genders(balance.deputies),
    balanceMet: balance.members.meets40 && balance.deputies.meets40,
    justifications: answered.filter((r) => (r.justification ?? '').trim().length > 0).length,
  };
}

export type { Gender };

export interface CampaignFigures {
  /** Applications submitted (drafts and withdrawn ones never count). */
  submitted: number;
  /** Companies proposed by the public. */
  proposals: number;
  winners: number;
  shortlisted: number;
  notSelected: number;
}

export function campaignFigures(
  applications: readonly { status?: unknown; decision?: unknown }[],
  proposals: number,
): CampaignFigures {
  const submitted = applications.filter((a) => a.status === 'submitted');
  const decided = (d: string) => submitted.filter((a) => a.decision === d).length;
  return {
    submitted: submitted.length,
    proposals,
    winners: decided('winner'),
    shortlisted: decided('shortlisted'),
    notSelected: decided('not-selected'),
  };
}

export interface MembershipFigures {
  /** Current members who had joined before the period began. */
  atStart: number;
  /** Current members who joined within the period. */
  joined: number;
  /** Current members who had joined by the period's end. */
  atEnd: number;
}

/**
 * Members from their join times (confirmation, else sign-up) of the members there are now. Leaving
 * erases the member item (shared/membership/membership.ts leave), so nobody who left is counted
 * anywhere: "left" is not recorded, and the start and end counts are of today's members.
 */
export function membershipFigures(joinedAt: readonly string[], period: Period): MembershipFigures {
  const { start, end } = periodBounds(period);
  const times = joinedAt.map((iso) => Date.parse(iso)).filter(Number.isFinite);
  const atStart = times.filter((t) => t < start).length;
  const joined = times.filter((t) => start <= t && t < end).length;
  return { atStart, joined, atEnd: atStart + joined };
}

/** What the report needs of an affiliation (shared/affiliations/affiliation.ts AffiliationItem). */
export interface AffiliationFacts {
  status: string;
  confirmedAt?: string;
  joinedOn?: string;
  declinedOn?: string;
  withdrawnAt?: string;
  followUpSentAt?: string;
  contributionConfirmedAt?: string;
  contributionUpdatedAt?: string;
}

export interface AffiliationFigures {
  /** Confirmed by their contact within the period (the pipeline's "received"). */
  received: number;
  joined: number;
  /** Declined or withdrawn within the period. */
  ended: number;
  /** Joined (on a day up to the period's end) and not ended by then. */
  joinedAtEnd: number;
  followUpsSent: number;
  /** Answers to the yearly follow-up within the period: the contribution confirmed or updated. */
  followUpAnswers: number;
}

/**
 * The organisations that joined the strategy, counted from their affiliations: confirmations, joins and
 * endings in the period, the joined at its end, and the yearly follow-up's mails and answers. An answer
 * is a confirmation, or an update made after a follow-up was mailed.
 */
export function affiliationFigures(items: readonly AffiliationFacts[], period: Period): AffiliationFigures {
  const { end } = periodBounds(period);
  const before = (iso: string | undefined) => !!iso && Date.parse(iso) < end;
  const endedOn = (a: AffiliationFacts) => a.withdrawnAt ?? a.declinedOn;
  const answered = (a: AffiliationFacts) => {
    const updated = a.contributionUpdatedAt;
    const afterFollowUp = !!updated && !!a.followUpSentAt && updated > a.followUpSentAt;
    return inPeriod(a.contributionConfirmedAt, period) || (afterFollowUp && inPeriod(updated, period));
  };
  return {
    received: items.filter((a) => inPeriod(a.confirmedAt, period)).length,
    joined: items.filter((a) => inPeriod(a.joinedOn, period)).length,
    ended: items.filter((a) => inPeriod(endedOn(a), period)).length,
    joinedAtEnd: items.filter((a) => before(a.joinedOn) && !before(endedOn(a))).length,
    followUpsSent: items.filter((a) => inPeriod(a.followUpSentAt, period)).length,
    followUpAnswers: items.filter(answered).length,
  };
}

export interface ScaleMean {
  key: string;
  /** Answers to this question. */
  answered: number;
  /** The mean of its 1–5 answers; undefined when the survey has too few answers to show results. */
  mean: number | undefined;
}

export interface SurveyFigures {
  answers: number;
  /** The survey has at least the settings' minimum of answers, so its results may be shown. */
  shown: boolean;
  scales: ScaleMean[];
}

/**
 * A survey's answers counted and, once there are at least `minAnswers` (as in the console's results),
 * each scale question's mean; below the minimum only the number of answers.
 */
export function surveyFigures(
  questions: readonly Pick<SurveyQuestion, 'key' | 'kind'>[],
  answers: readonly Pick<SurveyAnswerItem, 'answers'>[],
  minAnswers: number,
): SurveyFigures {
  const shown = answers.length >= minAnswers;
  return {
    answers: answers.length,
    shown,
    scales: questions
      .filter((q) => q.kind === 'scale')
      .map((q) => {
        const stats = scaleStats(
          answers
            .map((a) => a.answers[q.key])
            .filter((v) => v !== undefined && v !== '')
            .map(Number),
        );
        return { key: q.key, answered: stats.count, mean: shown ? stats.mean : undefined };
      }),
  };
}
