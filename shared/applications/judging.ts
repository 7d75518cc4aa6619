import { collatorFor } from '../content/localize';
import type { ApplicationItem } from './application';
import type { CampaignCriterion } from './campaign';
import {
  countsInRanking,
  isConflict,
  isDraft,
  type JudgedReview,
  type RankedApplication,
  rankApplications,
  SCORE_SCALE,
} from './ranking';

/**
 * Judging progress (pure, no I/O): who of the jury has scored what, and what each application still
 * waits for. A juror assigned to a campaign is assigned every submitted application in it. A juror's
 * review is theirs by its `jurorEmail` (compared lower-cased); a review without one (written before
 * jurors had addresses on their reviews) counts in the ranking and in the application's reviews but is
 * no assigned juror's. Reviews of applications that are not submitted (drafts, withdrawn) count nowhere.
 */

export interface JurorProgress {
  email: string;
  /** Submitted applications in the campaign: every one is the juror's to score or declare a conflict on. */
  assigned: number;
  /** Reviews submitted without a conflict. */
  scored: number;
  /** Conflicts of interest declared. */
  conflicts: number;
  /** Scores saved as a draft, not submitted (these are still left). */
  drafts: number;
  /** assigned − scored − conflicts. */
  left: number;
}

export interface ApplicationProgress {
  applicationId: string;
  company: { name: string };
  /** Counted reviews (submitted, no conflict): the ranking's reviewCount. */
  reviews: number;
  conflicts: number;
  drafts: number;
  /** Assigned jurors who have neither submitted a review nor declared a conflict on it. */
  jurorsLeft: number;
}

export interface Judging {
  jurors: JurorProgress[];
  applications: ApplicationProgress[];
  ranking: RankedApplication[];
}

const normalised = (email: string) => email.trim().toLowerCase();

/** Each juror's reviews of submitted applications, by application (the latest `reviewedAt` if two). */
function reviewsByJuror(submitted: ReadonlySet<string>, reviews: readonly JudgedReview[]) {
  const byJuror = new Map<string, Map<string, JudgedReview>>();
  for (const review of reviews) {
    if (!review.jurorEmail || !submitted.has(review.applicationId)) continue;
    const email = normalised(review.jurorEmail);
    const mine = byJuror.get(email) ?? new Map<string, JudgedReview>();
    const seen = mine.get(review.applicationId);
    if (!seen || seen.reviewedAt < review.reviewedAt) mine.set(review.applicationId, review);
    byJuror.set(email, mine);
  }
  return byJuror;
}

/**
 * The whole picture for a campaign: per assigned juror (in address order), per submitted application
 * (by company name in Swedish order) and the ranking (shared/applications/ranking.ts).
 */
export function judge(input: {
  criteria: readonly CampaignCriterion[];
  jurors: readonly string[];
  applications: readonly ApplicationItem[];
  reviews: readonly JudgedReview[];
  scale?: { min: number; max: number };
}): Judging {
  const submitted = input.applications.filter((a) => a.status === 'submitted');
  const submittedIds = new Set(submitted.map((a) => a.applicationId));
  const jurors = [...new Set(input.jurors.map(normalised))].sort();
  const byJuror = reviewsByJuror(submittedIds, input.reviews);

  const jurorRows = jurors.map((email): JurorProgress => {
    const mine = [...(byJuror.get(email)?.values() ?? [])];
    const scored = mine.filter(countsInRanking).length;
    const conflicts = mine.filter(isConflict).length;
    return {
      email,
      assigned: submitted.length,
      scored,
      conflicts,
      drafts: mine.filter(isDraft).length,
      left: submitted.length - scored - conflicts,
    };
  });

  const collator = collatorFor('sv');
  const applicationRows = [...submitted]
    .sort((x, y) => collator.compare(x.company.name, y.company.name))
    .map((a): ApplicationProgress => {
      const its = input.reviews.filter((r) => r.applicationId === a.applicationId);
      const done = jurors.filter((email) => {
        const review = byJuror.get(email)?.get(a.applicationId);
        return review !== undefined && !isDraft(review);
      }).length;
      return {
        applicationId: a.applicationId,
        company: { name: a.company.name },
        reviews: its.filter(countsInRanking).length,
        conflicts: its.filter(isConflict).length,
        drafts: its.filter(isDraft).length,
        jurorsLeft: jurors.length - done,
      };
    });

  return {
    jurors: jurorRows,
    applications: applicationRows,
    ranking: rankApplications(input.criteria, input.applications, input.reviews, input.scale ?? SCORE_SCALE),
  };
}
