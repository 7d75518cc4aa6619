import type { ContentSource } from '../content/content-source';
import { affiliationSettingsQuery } from '../content/queries';
import type { AffiliationSettingsQueryResult } from '../content/sanity.types';
import { newToken, sha256 } from '../crypto';
import { mailPut } from '../email/mail-item';
import { keys } from '../table/keys';
import { transactWrite } from '../table/transact';
import { type AffiliationDeps, type StrategyRef, tokenPut } from './join';
import { listAffiliations } from './pipeline';

const DAY = 24 * 60 * 60;
/** A follow-up marker outlives its year, so the next year's run is the first to mail again. */
const MARKER_SECONDS = 400 * DAY;

/** The year and month (1–12) of an instant in Helsinki, where the network's calendar is. */
function helsinkiYearMonth(now: Date) {
  const [year, month] = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number) as [number, number];
  return { year, month };
}

/** The month of the yearly follow-up from the settings (undefined: none is sent). */
export async function followUpMonth(source: ContentSource): Promise<number | undefined> {
  const found = await source.fetch<AffiliationSettingsQueryResult>(affiliationSettingsQuery);
  const month = found?.affiliationFollowUpMonth;
  return typeof month === 'number' && month >= 1 && month <= 12 ? month : undefined;
}

/**
 * The yearly follow-up (a daily job): in the settings' month, the contact of each joined organisation is
 * mailed a fresh manage link to confirm or update the contribution. Each mail goes with a marker
 * STRATEGY#…/FOLLOWUP#<year>#<affiliation> written on the condition that there is none, in ONE
 * transaction, so any later run that year (the same day or not) sends nothing to that organisation.
 * The contact's answer is the contribution update (contributionUpdatedAt), shown in the console.
 */
export async function yearlyFollowUp(
  deps: AffiliationDeps,
  strategy: StrategyRef,
  month: number | undefined,
) {
  const { table, now } = deps;
  const { year, month: current } = helsinkiYearMonth(now);
  if (month === undefined || month !== current) return { due: false, sent: 0 };
  const joined = (await listAffiliations(table, strategy.id)).filter(
    (a) => a.status === 'joined' && a.contact.email,
  );
  let sent = 0;
  for (const a of joined) {
    const manageToken = newToken();
    const at = now.toISOString();
    const outcome = await transactWrite(table, [
      {
        Put: {
          TableName: table.name,
          Item: {
            ...keys.affiliationFollowUp(strategy.id, year, a.affiliationId),
            type: 'affiliationFollowUp',
            affiliationId: a.affiliationId,
            year,
            sentAt: at,
            expiresAt: Math.floor(now.getTime() / 1000) + MARKER_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          TableName: table.name,
          Key: keys.affiliation(strategy.id, a.affiliationId),
          UpdateExpression: 'SET followUpSentAt = :now ADD manageTokens :token',
          ConditionExpression: '#status = :joined',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':now': at,
            ':joined': 'joined',
            ':token': new Set([sha256(manageToken)]),
          },
        },
      },
      tokenPut(table, manageToken, {
        kind: 'affiliation-manage',
        strategyId: strategy.id,
        affiliationId: a.affiliationId,
      }),
      mailPut(
        table.name,
        {
          template: 'affiliation-follow-up',
          to: a.contact.email,
          lang: a.contact.language,
          data: {
            organisationName: a.organisationName,
            contactName: a.contact.name,
            strategyTitle: strategy.title,
          },
          secrets: { manageToken },
        },
        deps.pepper,
        now,
      ),
    ]);
    // Refused: followed up already this year (or no longer joined); nothing is sent.
    if (outcome.ok) sent++;
  }
  return { due: true, sent };
}
