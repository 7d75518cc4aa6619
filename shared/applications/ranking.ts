import { collatorFor } from '../content/localize';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { ApplicationItem } from './application';
import { applicationProblems } from './application-problems';
import { type CampaignCriterion, readCampaign } from './campaign';
import { campaignItems } from './campaign-partition';
import type { ReviewItem } from './review';

export interface RankedApplication {
  rank: number;
  applicationId: string;
  company: { name: string; businessId: string; municipality: string };
  decision?: ApplicationItem['decision'];
  /** Mean over the counted reviews of each review's weighted mean (0–5, three decimals); null if none. */
  score: number | null;
  /** Reviews that count: those without a declared conflict of interest. */
  reviewCount: number;
  conflictCount: number;
  /** Plain mean per criterion over the counted reviews, for the jury's discussion. */
  criteria: Record<string, number | null>;
  /** Per criterion, the highest minus the lowest counted score (0 with one review); null with none. */
  spread: Record<string, number | null>;
  /** Whether the jurors disagree strongly on any criterion: to be discussed before deciding. */
  discuss: boolean;
  /** The criteria they disagree strongly on (spread ≥ discussThreshold), in the campaign's order. */
  disagreements: string[];
}

/** Scores are whole numbers on this scale (the review route's schema checks 0–5). */
export const SCORE_SCALE = { min: 0, max: 5 } as const;

/**
 * Jurors disagree strongly on a criterion when its spread (highest − lowest counted score) is at least
 * this share of the scale's span. On 0–5 that is 2.5: with whole scores, a spread of 3 or more.
 */
export const DISAGREEMENT_SHARE_OF_SCALE = 0.5;

export const discussThreshold = (scale: { min: number; max: number } = SCORE_SCALE) =>
  (scale.max - scale.min) * DISAGREEMENT_SHARE_OF_SCALE;

/**
 * A review as the ranking reads it: the stored item, and from the jury console on its juror's sign-in
 * address and whether it is still a draft (`status` absent: submitted, as every review written before).
 */
export type JudgedReview = ReviewItem & { jurorEmail?: string; status?: 'draft' | 'submitted' };

/** A declared conflict of interest, draft or not: that juror is out of the application's ranking. */
export const isConflict = (review: Pick<JudgedReview, 'conflictOfInterest'>) =>
  review.conflictOfInterest === true;
/** Scores saved but not submitted: they count nowhere yet. */
export const isDraft = (review: Pick<JudgedReview, 'conflictOfInterest' | 'status'>) =>
  !isConflict(review) && review.status === 'draft';
/** Only submitted reviews without a conflict count in the ranking. */
export const countsInRanking = (review: Pick<JudgedReview, 'conflictOfInterest' | 'status'>) =>
  !isConflict(review) && review.status !== 'draft';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * One review's weighted mean: Σ(weight × score) / Σ weight over the campaign's criteria. A criterion
 * the review has no score for (added to the campaign after the review) is left out of both sums.
 */
export function weightedMean(criteria: readonly CampaignCriterion[], scores: Record<string, number>) {
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = scores[c.key];
    if (typeof score !== 'number' || !(c.weight > 0)) continue;
    weighted += c.weight * score;
    weights += c.weight;
  }
  return weights > 0 ? weighted / weights : undefined;
}

/**
 * The ranking (pure): every submitted application with score = the arithmetic mean, over its counted
 * reviews (submitted, without a declared conflict), of each review's weighted mean; so every counted
 * juror weighs the same. Reviews with a conflict are counted apart and never scored; drafts not at all.
 * Per criterion, the mean and the spread of the counted scores; a spread of at least
 * discussThreshold(scale) on any criterion flags the application for discussion (compared unrounded).
 * Highest score first; applications with no counted review last; ties by more reviews, then by company
 * name in Swedish order. Score and means are rounded half up to three decimals for display only.
 */
export function rankApplications(
  criteria: readonly CampaignCriterion[],
  applications: readonly ApplicationItem[],
  reviews: readonly JudgedReview[],
  scale: { min: number; max: number } = SCORE_SCALE,
): RankedApplication[] {
  const threshold = discussThreshold(scale);
  const byApplication = new Map<string, JudgedReview[]>();
  for (const review of reviews) {
    const list = byApplication.get(review.applicationId) ?? [];
    list.push(review);
    byApplication.set(review.applicationId, list);
  }
  const unrounded = applications
    .filter((a) => a.status === 'submitted')
    .map((a) => {
      const all = byApplication.get(a.applicationId) ?? [];
      const counted = all.filter(countsInRanking);
      const means = counted
        .map((r) => weightedMean(criteria, r.scores ?? {}))
        .filter((m): m is number => m !== undefined);
      const perCriterion: Record<string, number | null> = {};
      const spread: Record<string, number | null> = {};
      const disagreements: string[] = [];
      for (const c of criteria) {
        const values = counted
          .map((r) => r.scores?.[c.key])
          .filter((s): s is number => typeof s === 'number');
        perCriterion[c.key] = values.length
          ? round3(values.reduce((x, y) => x + y, 0) / values.length)
          : null;
        const range = values.length ? Math.max(...values) - Math.min(...values) : null;
        spread[c.key] = range === null ? null : round3(range);
        if (range !== null && range >= threshold) disagreements.push(c.key);
      }
      return {
        application: a,
        score: means.length ? means.reduce((x, y) => x + y, 0) / means.length : null,
        reviewCount: counted.length,
        conflictCount: all.filter(isConflict).length,
        criteria: perCriterion,
        spread,
        disagreements,
      };
    });
  const collator = collatorFor('sv');
  unrounded.sort(
    (x, y) =>
      (y.score ?? -1) - (x.score ?? -1) ||
      y.reviewCount - x.reviewCount ||
      collator.compare(x.application.company.name, y.application.company.name),
  );
  return unrounded.map((r, i) => ({
    rank: i + 1,
    applicationId: r.application.applicationId,
    company: {
      name: r.application.company.name,
      businessId: r.application.company.businessId,
      municipality: r.application.company.municipality,
    },
    ...(r.application.decision ? { decision: r.application.decision } : {}),
    score: r.score === null ? null : round3(r.score),
    reviewCount: r.reviewCount,
    conflictCount: r.conflictCount,
    criteria: r.criteria,
    spread: r.spread,
    discuss: r.disagreements.length > 0,
    disagreements: r.disagreements,
  }));
}

/**
 * GET /admin/campaigns/{campaignId}/ranking: the campaign (weights), its applications and its reviews,
 * read at once (three requests in parallel, two of them Queries on the campaign's partition).
 */
export async function campaignRanking(table: Table, campaignId: string) {
  const [meta, applications, reviews] = await Promise.all([
    readCampaign(table, campaignId),
    campaignItems(table, campaignId, keys.applicationPrefix),
    campaignItems(table, campaignId, keys.reviewPrefix),
  ]);
  if (!meta) throw applicationProblems.unknownCampaign();
  const criteria = meta.criteria ?? [];
  return {
    campaignId,
    criteria: criteria.map((c) => ({ key: c.key, weight: c.weight })),
    items: rankApplications(
      criteria,
      applications as unknown as ApplicationItem[],
      reviews as unknown as JudgedReview[],
    ),
  };
}
