import { type CampaignMeta, isOpen } from '../applications/campaign';
import { operationalCopies } from '../content/content-index';
import type { Language } from '../http/route';
import { memberCounts } from '../membership/member-count';
import type { RoundMeta } from '../nominations/round-data';
import { splitEvents } from '../registrations/admin-events';
import type { Table } from '../table/client';

/**
 * A round takes answers while published and before its deadline: the condition an answer is written
 * under (shared/nominations/answer.ts).
 */
const roundOpen = (round: RoundMeta, nowMs: number) => round.published === true && nowMs < round.deadlineMs;

/**
 * The console's start for coordinators: upcoming events with their seats, how many nomination rounds
 * and campaigns are open, and the network's size. One read of the content index for all three kinds
 * (shared/content/content-index.ts), and the member list counted.
 */
export async function coordinatorOverview(table: Table, lang: Language, now: Date) {
  const nowMs = now.getTime();
  const [copies, members] = await Promise.all([
    operationalCopies(table, ['event', 'campaign', 'nominationRound']),
    memberCounts(table),
  ]);
  return {
    upcomingEvents: splitEvents(copies.event, lang, now).upcoming,
    openCampaigns: copies.campaign.filter((c) => isOpen(c as CampaignMeta, nowMs)).length,
    openRounds: copies.nominationRound.filter((r) => roundOpen(r as RoundMeta, nowMs)).length,
    members: members.members,
  };
}
