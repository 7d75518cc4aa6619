import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ContentSource } from '../content/content-source';
import { pick } from '../content/localize';
import { campaignDetail } from '../content/public-content';
import type { Language } from '../http/route';
import { organizations } from '../nominations/round-data';
import { logger } from '../observability/logger';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { AnswerValue, ApplicationItem } from './application';
import { type CampaignMeta, type QuestionType, readCampaign } from './campaign';

/** One answer as a coordinator reads it: the question's label in the page language, choices by label. */
export interface AnswerLine {
  key: string;
  label: string;
  type: QuestionType;
  /** Undefined when not answered; choices are their labels (the stored value where no label is known). */
  value: string | number | boolean | string[] | undefined;
}

/**
 * The labels of every choice of the campaign's questions, in `lang`, from the published content: the
 * operational copy and the application keep option values only (docs/APPLICATIONS.md, What an
 * application keeps). When the content cannot be read, the values are shown rather than no page.
 */
async function optionLabels(source: ContentSource, campaignId: string, lang: Language, now: Date) {
  const labels = new Map<string, Map<string, string>>();
  try {
    const campaign = await campaignDetail(source, campaignId, lang, now);
    for (const q of campaign?.questions ?? [])
      labels.set(q.key, new Map(q.options.map((o) => [o.value, o.label ?? o.value])));
  } catch (error) {
    logger.warn('campaign content unavailable: choices shown by value', {
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
  return labels;
}

/**
 * One application in full for the coordinator: the item (contact included), the campaign, the
 * company's municipality by name, and every question of the application's own snapshot with its answer.
 * Undefined when the campaign has no such application.
 */
export async function applicationDetail(
  deps: { table: Table; source: ContentSource; now: Date },
  campaignId: string,
  applicationId: string,
  lang: Language,
): Promise<
  { item: ApplicationItem; meta: CampaignMeta; municipality: string; answers: AnswerLine[] } | undefined
> {
  const { table } = deps;
  const [found, meta, labels] = await Promise.all([
    table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.application(campaignId, applicationId),
        ConsistentRead: true,
      }),
    ),
    readCampaign(table, campaignId),
    optionLabels(deps.source, campaignId, lang, deps.now),
  ]);
  const item = found.Item as ApplicationItem | undefined;
  if (!item || !meta) return undefined;
  const municipality =
    pick(
      (await organizations(table, [item.company.municipality])).get(item.company.municipality)?.name,
      lang,
    ) ?? item.company.municipality;
  const labelOf = (key: string, value: string) => labels.get(key)?.get(value) ?? value;
  const answers = (item.questions ?? []).map((q): AnswerLine => {
    const value: AnswerValue | undefined = item.answers?.[q.key];
    return {
      key: q.key,
      label: pick(q.label, lang) ?? q.key,
      type: q.type,
      value:
        q.type === 'singleChoice' && typeof value === 'string'
          ? labelOf(q.key, value)
          : q.type === 'multiChoice' && Array.isArray(value)
            ? value.map((v) => labelOf(q.key, v))
            : value,
    };
  });
  return { item, meta, municipality, answers };
}
