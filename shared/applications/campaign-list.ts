import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { publishedDocumentIds } from '../content/content-index';
import { pick } from '../content/localize';
import type { Caller } from '../http/caller';
import type { Language } from '../http/route';
import { batchGetAll } from '../table/batch';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type CampaignMeta, isOpen } from './campaign';
import { isAssigned } from './jury';
import { type ReviewItem, reviewCounts, reviewProblems } from './review';

/** Who asks for the list: a coordinator sees every campaign and every count; a juror less. */
export type CampaignAudience =
  | { role: 'coordinator' }
  | { role: 'jury'; juror: string; email: string | undefined };

export const audienceOf = (caller: Pick<Caller, 'groups' | 'subject' | 'email'>): CampaignAudience =>
  caller.groups.includes('coordinator')
    ? { role: 'coordinator' }
    : { role: 'jury', juror: caller.subject, email: caller.email };

/**
 * The campaigns a person may see. Coordinators: all. Jurors: the campaigns they are assigned to (by the
 * email they sign in with), one GetItem per campaign read at once.
 */
async function visibleTo(table: Table, audience: CampaignAudience, campaignIds: string[]) {
  if (audience.role === 'coordinator') return campaignIds;
  const assigned = await Promise.all(campaignIds.map((id) => isAssigned(table, id, audience.email)));
  return campaignIds.filter((_, i) => assigned[i]);
}

/**
 * A juror reaches a campaign's applications only when assigned to it (403 otherwise); coordinators
 * (members of both groups included) reach every campaign on the admin API.
 */
export async function requireAssigned(
  table: Table,
  campaignId: string,
  caller: Pick<Caller, 'groups' | 'email'>,
) {
  if (caller.groups.includes('coordinator')) return;
  if (!(await isAssigned(table, campaignId, caller.email))) throw reviewProblems.notAssigned();
}

/** Every item of one kind in a campaign's partition, only the attributes asked for (a Query per page). */
async function projected(table: Table, campaignId: string, prefix: string, attributes: string[]) {
  const names = Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a]));
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.campaignMeta(campaignId).pk, ':prefix': prefix },
        ProjectionExpression: Object.keys(names).join(', '),
        ExpressionAttributeNames: names,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * What a campaign holds, counted: `submitted` applications (withdrawn ones never count), of them
 * `reviewed` (scored by at least one juror without a declared conflict, so they rank) and `decided`;
 * for coordinators also `drafts` and `withdrawn`. The jury's counts are of submitted applications
 * only, as their application list is.
 */
async function campaignCounts(table: Table, campaignId: string, audience: CampaignAudience) {
  const [applications, reviews] = await Promise.all([
    projected(table, campaignId, keys.applicationPrefix, ['applicationId', 'status', 'decision']),
    projected(table, campaignId, keys.reviewPrefix, ['applicationId', 'conflictOfInterest', 'status']),
  ]);
  const scored = new Set(
    reviews
      .filter((r) => reviewCounts(r as Pick<ReviewItem, 'status' | 'conflictOfInterest'>))
      .map((r) => r.applicationId),
  );
  const submitted = applications.filter((a) => a.status === 'submitted');
  const counts = {
    submitted: submitted.length,
    reviewed: submitted.filter((a) => scored.has(a.applicationId)).length,
  };
  if (audience.role === 'jury') return counts;
  return {
    drafts: applications.filter((a) => a.status === 'draft').length,
    ...counts,
    decided: submitted.filter((a) => a.decision !== undefined).length,
    withdrawn: applications.filter((a) => a.status === 'withdrawn').length,
  };
}

/**
 * GET /admin/campaigns: every published campaign the caller may see, latest closing first, with its
 * counts. The campaigns are found in the content index partition (shared/content/content-index.ts),
 * their operational copies read in one BatchGetItem, each campaign's items with two Queries on its own
 * partition that read only the attributes counted.
 */
export async function listCampaigns(table: Table, audience: CampaignAudience, lang: Language, now: Date) {
  const ids = await visibleTo(table, audience, await publishedDocumentIds(table, 'campaign'));
  const metas = (await batchGetAll(
    table,
    ids.map((id) => keys.campaignMeta(id)),
  )) as unknown as CampaignMeta[];
  const items = await Promise.all(
    metas
      .filter((meta) => meta.published)
      .map(async (meta) => ({
        id: meta.documentId,
        title: pick(meta.title, lang) ?? null,
        ...(typeof meta.year === 'number' ? { year: meta.year } : {}),
        opensAt: meta.opensAt,
        closesAt: meta.closesAt,
        open: isOpen(meta, now.getTime()),
        counts: await campaignCounts(table, meta.documentId, audience),
      })),
  );
  return { items: items.sort((a, b) => Date.parse(b.closesAt) - Date.parse(a.closesAt)) };
}
