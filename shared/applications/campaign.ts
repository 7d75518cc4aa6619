import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalizedMap } from '../content/localize';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { TransactItem } from '../table/transact';

export type QuestionType =
  | 'text'
  | 'longText'
  | 'singleChoice'
  | 'multiChoice'
  | 'number'
  | 'boolean'
  | 'url';

/** A question of the application form, as the operational copy keeps it (and an application snapshots it). */
export interface CampaignQuestion {
  key: string;
  label: LocalizedMap;
  type: QuestionType;
  required: boolean;
  options: string[];
  maxLength: number | null;
  criterion: string | null;
  /** Help under the question, and the label of each option (values are what answers and exports keep). */
  help?: LocalizedMap;
  optionLabels?: { value: string; label: LocalizedMap }[];
}

export interface CampaignCriterion {
  key: string;
  label: LocalizedMap;
  weight: number;
  /** What the jury looks for (copies made before it was kept have none). */
  description?: LocalizedMap;
}

/** CAMPAIGN#<id>/META, written by content-sync (shared/content/operational-copy.ts). */
export interface CampaignMeta {
  documentId: string;
  published: boolean;
  title: LocalizedMap;
  /** Every language's slug: the campaign page's address (shared/site/page-path.ts). */
  slugs?: { language: string; value: string }[];
  year?: number;
  opensAt: string;
  closesAt: string;
  opensAtMs: number;
  closesAtMs: number;
  eligibleMunicipalities: string[];
  criteria: CampaignCriterion[];
  questions: CampaignQuestion[];
  /** Reviews and conflicts of interest may change until then; absent or null: no deadline. */
  reviewDeadline?: string | null;
  reviewDeadlineMs?: number | null;
  sourceRev: string;
  sourceVersion: number;
}

/**
 * The campaign's operational copy, read strongly consistent. The write paths need its questions and
 * criteria before they can validate, so this one read is part of them; the transaction then checks
 * `sourceVersion` again, so a campaign edited in between is noticed and the request validated anew.
 */
export async function readCampaign(table: Table, campaignId: string): Promise<CampaignMeta | undefined> {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.campaignMeta(campaignId), ConsistentRead: true }),
  );
  return out.Item as CampaignMeta | undefined;
}

export const isOpen = (meta: CampaignMeta, nowMs: number) =>
  meta.published === true && meta.opensAtMs <= nowMs && meta.closesAtMs > nowMs;

/**
 * The campaign as validated, still published and open, in the same transaction as the write. With
 * ALL_OLD on failure the caller tells a closed window (409) from a newer version (validate again).
 */
export function campaignOpenCheck(table: Table, meta: CampaignMeta, nowMs: number): TransactItem {
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: keys.campaignMeta(meta.documentId),
      ConditionExpression:
        'published = :true AND opensAtMs <= :now AND closesAtMs > :now AND sourceVersion = :version',
      ExpressionAttributeValues: { ':true': true, ':now': nowMs, ':version': meta.sourceVersion },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** Only the version: for writes that do not depend on the window (reviews read the criteria). */
export function campaignVersionCheck(table: Table, meta: CampaignMeta): TransactItem {
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: keys.campaignMeta(meta.documentId),
      ConditionExpression: 'sourceVersion = :version',
      ExpressionAttributeValues: { ':version': meta.sourceVersion },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** Why the campaign check of a cancelled transaction failed. */
export function campaignCheckFailure(
  old: Record<string, unknown> | undefined,
  validated: CampaignMeta,
  nowMs: number,
): 'missing' | 'changed' | 'closed' {
  if (!old) return 'missing';
  if (Number(old.sourceVersion) !== validated.sourceVersion) return 'changed';
  return isOpen(old as unknown as CampaignMeta, nowMs) ? 'changed' : 'closed';
}
