import { activityPut } from '../activity/activity-log';
import type { Caller } from '../http/caller';
import { type FieldError, problem } from '../http/problem';
import type { Language } from '../http/route';
import { fieldMessages } from '../i18n/field-messages';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { ContentionError, type TransactItem, transactWrite } from '../table/transact';
import { applicationExpiry } from './application';
import { applicationProblems } from './application-problems';
import {
  type CampaignCriterion,
  type CampaignMeta,
  campaignCheckFailure,
  campaignVersionCheck,
  readCampaign,
} from './campaign';
import { normalEmail } from './jury';
import { MAX_VALIDATIONS } from './submit';

export interface ReviewInput {
  scores?: Record<string, number>;
  /** A comment per criterion, by the criterion's key. */
  comments?: Record<string, string>;
  comment?: string;
  conflictOfInterest: boolean;
  /** With a conflict: a note to the coordinators. */
  conflictNote?: string;
  /** A draft may leave criteria unscored and never counts; without it the review is submitted. */
  status?: ReviewStatus;
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

/**
 * Scores (each 0–5, checked by zod) and comments name only the campaign's criteria; a submitted review
 * scores every one of them, a draft any of them; a declared conflict needs none.
 */
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
  for (const key of Object.keys(input.comments ?? {}))
    if (!known.has(key))
      errors.push({ path: `comments.${key}`, message: fieldMessages.unknownCriterion[lang] });
  if ((input.status ?? 'submitted') === 'draft') return errors;
  for (const c of criteria)
    if (scores[c.key] === undefined)
      errors.push({ path: `scores.${c.key}`, message: fieldMessages.scoreMissing[lang] });
  return errors;
}

/** Refusals of the jury's writes. */
export const reviewProblems = {
  deadlinePassed: () =>
    problem('deadline-passed', {
      detail: {
        sv: 'Tiden för juryns bedömningar har gått ut: bedömningar och jäv kan inte längre ändras.',
        fi: 'Arvioinnin määräaika on päättynyt: arviointeja ja esteellisyysilmoituksia ei voi enää muuttaa.',
        en: 'The review deadline has passed: reviews and conflicts of interest can no longer be changed.',
      },
    }),
  notAssigned: () =>
    problem('forbidden', {
      detail: {
        sv: 'Du är inte med i juryn för den här kampanjen.',
        fi: 'Et ole tämän kampanjan raadissa.',
        en: 'You are not on the jury of this campaign.',
      },
    }),
  alreadySubmitted: () =>
    problem('conflict', {
      detail: {
        sv: 'Bedömningen är redan inlämnad: spara ändringarna genom att lämna in den igen.',
        fi: 'Arviointi on jo lähetetty: tallenna muutokset lähettämällä se uudelleen.',
        en: 'The review has been submitted already: save your changes by submitting it again.',
      },
    }),
  noConflict: () =>
    problem('conflict', {
      detail: {
        sv: 'Du har inte anmält jäv för den här ansökan.',
        fi: 'Et ole ilmoittanut esteellisyyttä tähän hakemukseen.',
        en: 'You have not declared a conflict of interest for this application.',
      },
    }),
};

/** Whether the campaign's review deadline (if it has one) has passed. */
export const reviewDeadlinePassed = (meta: Pick<CampaignMeta, 'reviewDeadlineMs'>, now: Date) =>
  typeof meta.reviewDeadlineMs === 'number' &&
  meta.reviewDeadlineMs > 0 &&
  now.getTime() >= meta.reviewDeadlineMs;

/** The juror is (still) assigned to the campaign, checked in the write's own transaction. */
const assignmentCheck = (table: Table, campaignId: string, email: string): TransactItem => ({
  ConditionCheck: {
    TableName: table.name,
    Key: keys.juryAssignment(campaignId, email),
    ConditionExpression: 'attribute_exists(pk)',
  },
});

/** The juror's email, without which no assignment can be theirs. */
function jurorEmailOf(caller: Caller) {
  if (!caller.email) throw reviewProblems.notAssigned();
  return normalEmail(caller.email);
}

/**
 * PUT /admin/campaigns/{campaignId}/applications/{applicationId}/review (and the jury's scoring form):
 * the caller (JWT subject) saves a draft, submits their review, or declares a conflict of interest. A
 * conflicted review keeps no scores (it never counts in the ranking), only the declaration and its
 * note. A submitted review stays editable until the review deadline but is not turned back into a
 * draft. One transaction: the juror still assigned, the application still submitted, the campaign's
 * criteria still those validated against, the review, and the activity entry.
 */
export async function reviewApplication(
  deps: { table: Table; now: Date; applicationDays: number; pepper: string },
  campaignId: string,
  applicationId: string,
  caller: Caller,
  input: ReviewInput,
  lang: Language,
) {
  const { table, now } = deps;
  const jurorEmail = jurorEmailOf(caller);
  const status: ReviewStatus = input.conflictOfInterest ? 'submitted' : (input.status ?? 'submitted');
  for (let attempt = 0; attempt < MAX_VALIDATIONS; attempt++) {
    const meta = await readCampaign(table, campaignId);
    if (!meta) throw applicationProblems.unknownCampaign();
    if (reviewDeadlinePassed(meta, now)) throw reviewProblems.deadlinePassed();
    const errors = checkScores(meta.criteria ?? [], { ...input, status }, lang);
    if (errors.length) throw applicationProblems.invalid(errors);

    const comments = Object.fromEntries(
      Object.entries(input.comments ?? {}).filter(([, text]) => text.trim() !== ''),
    );
    const review: ReviewItem = {
      type: 'review',
      campaignId,
      applicationId,
      juror: caller.subject,
      jurorEmail,
      status,
      conflictOfInterest: input.conflictOfInterest,
      ...(input.conflictOfInterest
        ? input.conflictNote
          ? { conflictNote: input.conflictNote }
          : {}
        : {
            scores: input.scores ?? {},
            ...(Object.keys(comments).length ? { comments } : {}),
            ...(input.comment ? { comment: input.comment } : {}),
          }),
      ...(status === 'submitted' ? { submittedAt: now.toISOString() } : {}),
      reviewedAt: now.toISOString(),
      sourceVersion: meta.sourceVersion,
      expiresAt: applicationExpiry(meta, deps.applicationDays),
    };
    const action = input.conflictOfInterest
      ? 'review.declareConflict'
      : status === 'draft'
        ? 'review.saveDraft'
        : 'review.submit';
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
      assignmentCheck(table, campaignId, jurorEmail),
      {
        Put: {
          TableName: table.name,
          Item: { ...keys.review(campaignId, applicationId, caller.subject), ...review },
          // A draft never replaces a submitted review (or a declared conflict).
          ...(status === 'draft'
            ? {
                ConditionExpression: 'attribute_not_exists(pk) OR #status = :draft',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':draft': 'draft' },
              }
            : {}),
        },
      },
      activityPut(
        table.name,
        caller,
        {
          action,
          target: { kind: 'review', id: applicationId, parent: campaignId },
          ...(status === 'submitted' && !input.conflictOfInterest
            ? { details: { criteria: Object.keys(review.scores ?? {}).length } }
            : {}),
        },
        deps,
      ),
    ]);
    if (outcome.ok) {
      const { type: _type, expiresAt: _expires, sourceVersion: _version, ...shown } = review;
      return shown;
    }
    const [application, campaign, assignment, put] = outcome.cancelled;
    if (application?.code === 'ConditionalCheckFailed') {
      if (!application.old) throw applicationProblems.unknownApplication();
      throw applicationProblems.notSubmitted();
    }
    if (assignment?.code === 'ConditionalCheckFailed') throw reviewProblems.notAssigned();
    if (put?.code === 'ConditionalCheckFailed') throw reviewProblems.alreadySubmitted();
    if (campaign?.code === 'ConditionalCheckFailed') {
      if (campaignCheckFailure(campaign.old, meta, now.getTime()) === 'missing')
        throw applicationProblems.unknownCampaign();
      // The criteria changed meanwhile: check the scores against the new ones.
    }
  }
  throw new ContentionError();
}

/**
 * The jury's "withdraw my conflict of interest": until the review deadline, the declared conflict is
 * deleted (not kept as a withdrawn flag), so the application is simply one the juror has left to score;
 * the activity log keeps that it was declared and withdrawn. One transaction: still assigned, the
 * review still a conflict, its deletion, the activity entry.
 */
export async function withdrawConflict(
  deps: { table: Table; now: Date; pepper: string },
  campaignId: string,
  applicationId: string,
  caller: Caller,
) {
  const { table, now } = deps;
  const jurorEmail = jurorEmailOf(caller);
  const meta = await readCampaign(table, campaignId);
  if (!meta) throw applicationProblems.unknownCampaign();
  if (reviewDeadlinePassed(meta, now)) throw reviewProblems.deadlinePassed();
  const outcome = await transactWrite(table, [
    assignmentCheck(table, campaignId, jurorEmail),
    {
      Delete: {
        TableName: table.name,
        Key: keys.review(campaignId, applicationId, caller.subject),
        ConditionExpression: 'conflictOfInterest = :true',
        ExpressionAttributeValues: { ':true': true },
      },
    },
    activityPut(
      table.name,
      caller,
      {
        action: 'review.withdrawConflict',
        target: { kind: 'review', id: applicationId, parent: campaignId },
      },
      deps,
    ),
  ]);
  if (outcome.ok) return { campaignId, applicationId, conflictOfInterest: false };
  const [assignment, review] = outcome.cancelled;
  if (assignment?.code === 'ConditionalCheckFailed') throw reviewProblems.notAssigned();
  if (review?.code === 'ConditionalCheckFailed') throw reviewProblems.noConflict();
  throw new ContentionError();
}
