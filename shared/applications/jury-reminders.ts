import { activityPut } from '../activity/activity-log';
import { publishedDocumentIds } from '../content/content-index';
import { emailHash } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { Caller } from '../http/caller';
import type { Language } from '../http/route';
import { helsinkiDay } from '../nominations/round-data';
import { batchGetAll } from '../table/batch';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import { transactWrite } from '../table/transact';
import { applicationProblems } from './application-problems';
import type { CampaignMeta } from './campaign';
import { judgingData, judgingOf } from './judging-progress';

export interface JuryReminderDeps {
  table: Table;
  pepper: string;
  now: Date;
}

/** The daily job reminds a campaign's jurors from this many Helsinki days before its review deadline. */
export const JURY_REMINDER_DAYS_BEFORE = 3;

/**
 * Jurors have no language of their own on record (staff sign in with an address and groups only), so
 * the reminder is written in the network's default language, as the console opens.
 */
export const JURY_REMINDER_LANGUAGE: Language = 'sv';

/** The marker outlives its Helsinki day (at most 26 hours in UTC) and then expires. */
const MARKER_TTL_SECONDS = 2 * 24 * 60 * 60;

/**
 * Reminds every assigned juror with reviews left (shared/applications/judging.ts: `left` > 0) of a
 * campaign, at most once per juror, campaign and Helsinki day, whoever asks: each mail goes in one
 * transaction with a marker item (`JURYREMIND#<email>#<day>`) put only if absent, so a second run the
 * same day, the coordinator's button after the job (or two at once) sends nothing twice. Nothing is sent
 * once the review deadline has passed. The mail counts against the juror's mail budget like any other.
 * When a staff member asks (`actor`), each reminder is recorded in the activity log in its transaction
 * (the juror by their address's HMAC, never the address); the daily job is no one's write.
 */
export async function remindJurors(deps: JuryReminderDeps, campaignId: string, actor?: Caller) {
  const { table, now, pepper } = deps;
  const data = await judgingData(table, campaignId);
  if (!data) throw applicationProblems.unknownCampaign();
  const { meta } = data;
  const deadline = meta.reviewDeadline;
  if (deadline && now.getTime() >= Date.parse(deadline)) return { sent: 0, alreadyReminded: 0 };
  const today = helsinkiDay(now);
  let sent = 0;
  let alreadyReminded = 0;
  for (const juror of judgingOf(data).jurors.filter((j) => j.left > 0)) {
    const hash = emailHash(juror.email, pepper);
    const outcome = await transactWrite(table, [
      {
        Put: {
          TableName: table.name,
          Item: {
            ...keys.juryReminder(campaignId, juror.email, today),
            type: 'juryReminder',
            campaignId,
            email: juror.email,
            day: today,
            left: juror.left,
            sentAt: now.toISOString(),
            expiresAt: Math.floor(now.getTime() / 1000) + MARKER_TTL_SECONDS,
            personKey: personIndexKeys.person(hash),
            personSort: personIndexKeys.sort('JURYREMIND', `${campaignId}#${today}`),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      mailPut(
        table.name,
        {
          template: 'jury-reminder',
          to: juror.email,
          lang: JURY_REMINDER_LANGUAGE,
          data: {
            campaignId,
            campaignTitle: meta.title,
            left: juror.left,
            ...(deadline ? { reviewDeadline: deadline } : {}),
          },
        },
        pepper,
        now,
      ),
      ...(actor
        ? [
            activityPut(
              table.name,
              actor,
              {
                action: 'jury.remind',
                target: { kind: 'juror', id: hash, parent: campaignId },
                details: { left: juror.left },
              },
              deps,
            ),
          ]
        : []),
    ]);
    if (outcome.ok) sent++;
    else if (outcome.cancelled[0]?.code === 'ConditionalCheckFailed') alreadyReminded++;
  }
  return { sent, alreadyReminded };
}

/** Whole Helsinki days from `now` to `deadline` (0 on the deadline's own day). */
const daysUntil = (now: Date, deadline: Date) =>
  Math.round(
    (Date.parse(`${helsinkiDay(deadline)}T00:00:00Z`) - Date.parse(`${helsinkiDay(now)}T00:00:00Z`)) /
      86_400_000,
  );

/**
 * The daily job: every published campaign whose review deadline is JURY_REMINDER_DAYS_BEFORE Helsinki
 * days away or less, and not yet passed, gets its jurors with reviews left reminded. Campaigns come from
 * the content index partition (a Query, not a Scan), their operational copies in one BatchGetItem, and
 * only the campaigns due are read further (one Query each on their own partition).
 */
export async function scheduledJuryReminders(deps: JuryReminderDeps) {
  const ids = await publishedDocumentIds(deps.table, 'campaign');
  const metas = (await batchGetAll(
    deps.table,
    ids.map((id) => keys.campaignMeta(id)),
  )) as unknown as CampaignMeta[];
  const due = metas.filter((meta) => {
    const at = meta.reviewDeadline ? new Date(meta.reviewDeadline) : undefined;
    if (!meta.published || !at || Number.isNaN(at.getTime()) || deps.now >= at) return false;
    return daysUntil(deps.now, at) <= JURY_REMINDER_DAYS_BEFORE;
  });
  const results: { campaignId: string; sent: number; alreadyReminded: number }[] = [];
  for (const meta of due)
    results.push({ campaignId: meta.documentId, ...(await remindJurors(deps, meta.documentId)) });
  return results;
}
