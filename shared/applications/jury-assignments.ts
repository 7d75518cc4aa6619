import { activityPut } from '../activity/activity-log';
import type { Caller } from '../http/caller';
import { problem } from '../http/problem';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { ContentionError, type TransactItem, transactWrite } from '../table/transact';
import { applicationExpiry } from './application';
import { applicationProblems } from './application-problems';
import { readCampaign } from './campaign';
import { type JuryAssignment, normalEmail, readAssignments } from './jury';
import { MAX_VALIDATIONS } from './submit';

/**
 * At most this many jurors per campaign: each change is two items of one transaction (100 at most),
 * and replacing a whole jury of 25 with another is 50 changes.
 */
export const MAX_JURORS = 25;

export interface JuryList {
  campaignId: string;
  jurors: { email: string; assignedAt: string; assignedBy: string }[];
}

const shown = (campaignId: string, items: readonly JuryAssignment[]): JuryList => ({
  campaignId,
  jurors: items
    .map(({ email, assignedAt, assignedBy }) => ({ email, assignedAt, assignedBy }))
    .sort((a, b) => a.email.localeCompare(b.email)),
});

/**
 * PUT /admin/campaigns/{campaignId}/jury: the campaign's jurors become exactly `jurors` (set semantics,
 * emails compared lower-cased and trimmed). Every addition and removal is one item of ONE transaction,
 * each with its activity entry; an addition is conditioned on the juror not being assigned meanwhile
 * and a removal on them still being, so two coordinators editing at once never lose a change silently
 * (the loser reads the list again and applies its own set to it). Nothing to change writes nothing.
 */
export async function setJury(
  deps: { table: Table; pepper: string; now: Date; applicationDays: number },
  campaignId: string,
  jurors: readonly string[],
  actor: Caller,
): Promise<JuryList> {
  const { table, now } = deps;
  const wanted = [...new Set(jurors.map(normalEmail))];
  if (wanted.length > MAX_JURORS)
    throw problem('invalid-input', {
      detail: {
        sv: `En kampanj kan ha högst ${MAX_JURORS} jurymedlemmar.`,
        fi: `Kampanjan raadissa voi olla enintään ${MAX_JURORS} jäsentä.`,
        en: `A campaign can have at most ${MAX_JURORS} jurors.`,
      },
    });
  for (let attempt = 0; attempt < MAX_VALIDATIONS; attempt++) {
    const [meta, current] = await Promise.all([
      readCampaign(table, campaignId),
      readAssignments(table, campaignId),
    ]);
    if (!meta) throw applicationProblems.unknownCampaign();
    const have = new Set(current.map((a) => a.email));
    const added = wanted.filter((email) => !have.has(email));
    const removed = current.filter((a) => !wanted.includes(a.email));
    if (!added.length && !removed.length) return shown(campaignId, current);

    const assignedBy = actor.email ?? actor.subject;
    const newItems: JuryAssignment[] = added.map((email) => ({
      type: 'juryAssignment',
      campaignId,
      email,
      assignedAt: now.toISOString(),
      assignedBy,
      expiresAt: applicationExpiry(meta, deps.applicationDays),
    }));
    const log = (action: string, email: string) =>
      activityPut(
        table.name,
        actor,
        { action, target: { kind: 'juryAssignment', id: email, parent: campaignId } },
        deps,
      );
    const items: TransactItem[] = [
      ...newItems.flatMap((item): TransactItem[] => [
        {
          Put: {
            TableName: table.name,
            Item: { ...keys.juryAssignment(campaignId, item.email), ...item },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        log('campaign.juryAssign', item.email),
      ]),
      ...removed.flatMap((item): TransactItem[] => [
        {
          Delete: {
            TableName: table.name,
            Key: keys.juryAssignment(campaignId, item.email),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        log('campaign.juryUnassign', item.email),
      ]),
    ];
    const outcome = await transactWrite(table, items);
    if (outcome.ok)
      return shown(campaignId, [...current.filter((a) => wanted.includes(a.email)), ...newItems]);
    // Someone else changed the list meanwhile: read it again.
  }
  throw new ContentionError();
}

/** The campaign's jurors as GET-like answer (the console page lists them). */
export async function juryList(table: Table, campaignId: string): Promise<JuryList> {
  return shown(campaignId, await readAssignments(table, campaignId));
}
