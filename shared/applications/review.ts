import type { FieldError } from '../http/problem';
import type { Language } from '../http/route';
import { fieldMessages } from '../i18n/field-messages';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { ContentionError, transactWrite } from '../table/transact';
import { applicationExpiry } from './application';
import { applicationProblems } from './application-problems';
import { type CampaignCriterion, campaignCheckFailure, campaignVersionCheck, readCampaign } from './campaign';
import { MAX_VALIDATIONS } from './submit';

export interface ReviewInput {
  scores?: Record<string, number>;
  comment?: string;
  conflictOfInterest: boolean;
}

export type ReviewStatus = 'draft' | 'submitted';

/** A review counts in the ranking when it is submitted (items without a status are) and not a conflict. */
export const reviewCounts = (r: Pick<ReviewItem, 'status' | 'conflictOfInterest'>) =>
  (r.status ?? 'submitted') === 'submitted' && r.conflictOfInterest !== true;

/** CAMPAIGN#<id>/REVIEW#<applicationId>#<juror>: one per juror and application, replaced when re-scored. */
export interface ReviewItem {
  type: 'review';
  campaignId: string;
  applicationId: string;
  /** The juror's token subject (the key part). */
  juror: string;
  /** The juror's email from the token, lower-cased: what assignments and progress are by. */
  jurorEmail?: string;
  /** A draft may have partial scores and never counts; absent on older items, which are submitted. */
  status?: ReviewStatus;
  conflictOfInterest: boolean;
  scores?: Record<string, number>;
  /** A comment per criterion, by the criterion's key. */
  comments?: Record<string, string>;
  /** The overall comment. */
  comment?: string;
  /** With a declared conflict: the juror's note to the coordinators. */
  conflictNote?: string;
  submittedAt?: string;
  reviewedAt: string;
  sourceVersion: number;
  expiresAt: number;
}

/** Scores cover exactly the campaign's criteria (each 0–5, checked by zod); a declared conflict needs none. */
export function checkScores(
  criteria: readonly CampaignCriterion[],
  input: ReviewInput,
  lang: Language,
): FieldError[] {
  if (input.conflictOfInterest) return [];
  const scores = input.scores ?? {};
  const known = new Set(criteria.map((c) => c.key));
  const errors: FieldError[] = Object.keys(scores)
    .filter((key) => !known.has(key))
    .map((key) => ({ path: `scores.${key}`, message: fieldMessages.unknownCriterion[lang] }));
  for (const c of criteria)
    if (scores[c.key] === undefined)
      errors.push({ path: `scores.${c.key}`, message: fieldMessages.scoreMissing[lang] });
  return errors;
}

/**
 * PUT /admin/campaigns/{campaignId}/applications/{applicationId}/review: the caller (JWT subject) scores
 * a submitted application, or declares a conflict of interest. A conflicted review keeps no scores
 * (it never counts in the ranking), only that the conflict was declared. One transaction: the
 * application still submitted, the campaign's criteria still those validated against, the review.
 */
export async function reviewApplication(
  deps: { table: Table; now: Date; applicationDays: number },
  campaignId: string,
  applicationId: string,
  juror: string,
  input: ReviewInput,
  lang: Language,
) {
  const { table, now } = deps;
  for (let attempt = 0; attempt < MAX_VALIDATIONS; attempt++) {
    const meta = await readCampaign(table, campaignId);
    if (!meta) throw applicationProblems.unknownCampaign();
    const errors = checkScores(meta.criteria ?? [], input, lang);
    if (errors.length) throw applicationProblems.invalid(errors);

    const review: ReviewItem = {
      type: 'review',
      campaignId,
      applicationId,
      juror,
      conflictOfInterest: input.conflictOfInterest,
      ...(input.conflictOfInterest ? {} : { scores: input.scores ?? {} }),
      ...(input.comment ? { comment: input.comment } : {}),
      reviewedAt: now.toISOString(),
      sourceVersion: meta.sourceVersion,
      expiresAt: applicationExpiry(meta, deps.applicationDays),
    };
    const outcome = await transactWrite(table, [
      {
        ConditionCheck: {
          TableName: table.name,
          Key: keys.application(campaignId, applicationId),
          ConditionExpression: 'attribute_exists(pk) AND #status = :submitted',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':submitted': 'submitted' },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      campaignVersionCheck(table, meta),
      {
        Put: { TableName: table.name, Item: { ...keys.review(campaignId, applicationId, juror), ...review } },
      },
    ]);
    if (outcome.ok) {
      const { type: _type, expiresAt: _expires, sourceVersion: _version, ...shown } = review;
      return shown;
    }
    const [application, campaign] = outcome.cancelled;
    if (application?.code === 'ConditionalCheckFailed') {
      if (!application.old) throw applicationProblems.unknownApplication();
      throw applicationProblems.notSubmitted();
    }
    if (campaign?.code === 'ConditionalCheckFailed') {
      if (campaignCheckFailure(campaign.old, meta, now.getTime()) === 'missing')
        throw applicationProblems.unknownCampaign();
      // The criteria changed meanwhile: check the scores against the new ones.
    }
  }
  throw new ContentionError();
}
