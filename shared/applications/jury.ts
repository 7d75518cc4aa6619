import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { campaignItems } from './campaign-partition';
import type { ReviewItem } from './review';

/**
 * The jury's data, read in one place. Everything lives in the campaign's own partition:
 * - `CAMPAIGN#<id>/JUROR#<email>`: a juror assigned to the campaign, by the email they sign in with,
 *   lower-cased and trimmed (keys.juryAssignment);
 * - `CAMPAIGN#<id>/REVIEW#<applicationId>#<subject>`: one juror's review of one application
 *   (shared/applications/review.ts): a draft or submitted, or a declared conflict of interest.
 * Each reader is one Query on the partition with the kind's prefix (never a Scan).
 */
export interface JuryAssignment {
  type: 'juryAssignment';
  campaignId: string;
  /** Lower-cased and trimmed, as in the key. */
  email: string;
  assignedAt: string;
  /** The coordinator who assigned them (the email of their token, else its subject). */
  assignedBy: string;
  expiresAt?: number;
}

/** How assignments and reviews compare emails. */
export const normalEmail = (email: string) => email.trim().toLowerCase();

/** Every juror assigned to the campaign, by email (the key's order). */
export async function readAssignments(table: Table, campaignId: string): Promise<JuryAssignment[]> {
  return (await campaignItems(table, campaignId, keys.juryAssignmentPrefix)) as unknown as JuryAssignment[];
}

/** Whether this email is assigned to the campaign: one strongly consistent GetItem. */
export async function isAssigned(table: Table, campaignId: string, email: string | undefined) {
  if (!email) return false;
  const out = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.juryAssignment(campaignId, email),
      ConsistentRead: true,
      ProjectionExpression: 'pk',
    }),
  );
  return out.Item !== undefined;
}

/** Every review of the campaign, drafts and conflicts included (callers decide what counts). */
export async function readReviews(table: Table, campaignId: string): Promise<ReviewItem[]> {
  return (await campaignItems(table, campaignId, keys.reviewPrefix)) as unknown as ReviewItem[];
}
