import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { publishedDocumentIds } from '../content/content-index';
import type { LocalizedMap } from '../content/localize';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

export const QUESTION_KINDS = ['scale', 'singleChoice', 'multipleChoice', 'freeText'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One question of a survey as the operational copy holds it; `key` is the Studio's array item key. */
export interface SurveyQuestion {
  key: string;
  kind: QuestionKind;
  label: LocalizedMap;
  required: boolean;
  /** Scale only: what 1 and 5 mean. */
  minLabel?: LocalizedMap;
  maxLabel?: LocalizedMap;
  /** Choice questions only. */
  options: { value: string; label: LocalizedMap }[];
}

/** The operational copy of a survey document (SURVEY#<id>/META), kept by content-sync. */
export interface SurveyMeta {
  documentId: string;
  published: boolean;
  title: LocalizedMap;
  introduction: LocalizedMap;
  opensAt: string;
  closesAt: string;
  opensAtMs: number;
  closesAtMs: number;
  /** The linked events; empty: the survey is the whole network's. */
  events: string[];
  /** Sent by the scheduled job the settings' hours after each linked event ends. */
  autoSend: boolean;
  questions: SurveyQuestion[];
}

/** An answer is a number (scale), a value (single choice), values (multiple choice) or a text. */
export type AnswerValue = number | string | string[];

/**
 * The anonymous answer item. It holds the answers, the survey and its retention date, nothing else: no
 * person key, no email or its hash, no token or its hash, no time of answering (the id is random, not a
 * ULID), so nothing in the table links it to the link it came from or to a "sent" marker.
 */
export interface SurveyAnswerItem {
  type: 'surveyAnswer';
  surveyId: string;
  answers: Record<string, AnswerValue>;
  expiresAt: number;
}

export async function surveyMeta(table: Table, surveyId: string): Promise<SurveyMeta | undefined> {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.surveyMeta(surveyId), ConsistentRead: true }),
  );
  return out.Item?.type === 'surveyMeta' ? (out.Item as unknown as SurveyMeta) : undefined;
}

export type SurveyState = 'notYetOpen' | 'open' | 'closed';

export function surveyState(meta: Pick<SurveyMeta, 'published' | 'opensAtMs' | 'closesAtMs'>, now: Date) {
  const t = now.getTime();
  if (!meta.published || t >= meta.closesAtMs) return 'closed' as const;
  return t < meta.opensAtMs ? ('notYetOpen' as const) : ('open' as const);
}

/** Every published survey's copy, newest close first: one Query of the content index, then GetItems. */
export async function listSurveys(table: Table): Promise<SurveyMeta[]> {
  const ids = await publishedDocumentIds(table, 'survey');
  const metas = await Promise.all(ids.map((id) => surveyMeta(table, id)));
  return metas
    .filter((m): m is SurveyMeta => !!m?.published)
    .sort((a, b) => b.closesAtMs - a.closesAtMs || a.documentId.localeCompare(b.documentId));
}

/** How many answers and sent links a survey has: two COUNT Queries on its partition. */
export async function surveyCounts(table: Table, surveyId: string) {
  const count = async (prefix: string) => {
    let total = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await table.doc.send(
        new QueryCommand({
          TableName: table.name,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.surveyMeta(surveyId).pk, ':prefix': prefix },
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      );
      total += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return total;
  };
  const [answers, sent] = await Promise.all([count(keys.surveyAnswerPrefix), count(keys.surveySentPrefix)]);
  return { answers, sent };
}

/** Every answer of a survey: Queries on its partition (never a Scan). */
export async function surveyAnswers(table: Table, surveyId: string): Promise<SurveyAnswerItem[]> {
  const items: SurveyAnswerItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :answer)',
        ExpressionAttributeValues: {
          ':pk': keys.surveyMeta(surveyId).pk,
          ':answer': keys.surveyAnswerPrefix,
        },
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    items.push(...((page.Items ?? []) as SurveyAnswerItem[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
