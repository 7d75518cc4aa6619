import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { ApplicationItem } from './application';
import { applicationProblems } from './application-problems';
import type { CampaignMeta } from './campaign';
import { type Judging, judge } from './judging';
import { discussThreshold, type JudgedReview, SCORE_SCALE } from './ranking';

/** The attributes judging reads; the applications' answers and contacts stay in the table. */
const ATTRIBUTES = [
  'type',
  'documentId',
  'published',
  'title',
  'criteria',
  'reviewDeadline',
  'applicationId',
  'status',
  'decision',
  'company',
  'juror',
  'jurorEmail',
  'conflictOfInterest',
  'scores',
  'reviewedAt',
  'email',
];
const TYPES = ['campaignMeta', 'juryAssignment', 'application', 'review'];

export interface JudgingData {
  meta: CampaignMeta;
  /** The assigned jurors' addresses, lower-cased. */
  jurors: string[];
  applications: ApplicationItem[];
  reviews: JudgedReview[];
}

/**
 * Everything judging needs from a campaign in ONE Query on its partition (page after page), never a
 * Scan: the operational copy (criteria, review deadline), the jury assignments, the applications and
 * the reviews, filtered by type and projected to the attributes above. Undefined: no such campaign.
 */
export async function judgingData(table: Table, campaignId: string): Promise<JudgingData | undefined> {
  const names = Object.fromEntries(ATTRIBUTES.map((a, i) => [`#a${i}`, a]));
  const values = Object.fromEntries(TYPES.map((t, i) => [`:t${i}`, t]));
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: `#a0 IN (${Object.keys(values).join(', ')})`,
        ProjectionExpression: Object.keys(names).join(', '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':pk': keys.campaignMeta(campaignId).pk, ...values },
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const meta = items.find((i) => i.type === 'campaignMeta') as CampaignMeta | undefined;
  if (!meta) return undefined;
  return {
    meta,
    jurors: items.filter((i) => i.type === 'juryAssignment').map((i) => String(i.email).toLowerCase()),
    applications: items.filter((i) => i.type === 'application') as unknown as ApplicationItem[],
    reviews: items.filter((i) => i.type === 'review') as unknown as JudgedReview[],
  };
}

/** The judging of a campaign's data: progress per juror and application, and the ranking. */
export const judgingOf = (data: JudgingData): Judging =>
  judge({
    criteria: data.meta.criteria ?? [],
    jurors: data.jurors,
    applications: data.applications,
    reviews: data.reviews,
  });

/**
 * GET /admin/campaigns/{campaignId}/progress: per assigned juror (assigned, scored, conflicts, drafts,
 * left), per submitted application (reviews in, conflicts, drafts, jurors left) and the ranking with each
 * criterion's mean and spread and the discussion flag; the scale and threshold it was judged on.
 */
export async function campaignProgress(table: Table, campaignId: string) {
  const data = await judgingData(table, campaignId);
  if (!data) throw applicationProblems.unknownCampaign();
  const { jurors, applications, ranking } = judgingOf(data);
  return {
    campaignId,
    reviewDeadline: data.meta.reviewDeadline ?? null,
    scale: { ...SCORE_SCALE },
    discussThreshold: discussThreshold(SCORE_SCALE),
    criteria: (data.meta.criteria ?? []).map((c) => ({ key: c.key, weight: c.weight })),
    jurors,
    applications,
    ranking,
  };
}
