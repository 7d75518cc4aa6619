import { publishedDocumentIds } from '../content/content-index';
import { pick } from '../content/localize';
import type { Language } from '../http/route';
import { batchGetAll } from '../table/batch';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { balanceByRole } from './balance';
import { requestsOf } from './requests';
import type { RoundMeta } from './round-data';

/**
 * GET /admin/nomination-rounds: every published round with its figures, latest deadline first. The
 * rounds are found in the content index partition (shared/content/content-index.ts), their operational
 * copies read in one BatchGetItem, and each round's requests with one Query on its own partition.
 *
 * - `addressed`: organisations the round addresses; `requested`: those sent a request;
 *   `answered` / `pending`: of the requested, those that have answered / not yet;
 * - `balance`: members and deputies apart over the current answers (counts only, never who);
 *   `balanceMet`: both reach 40 % of each gender (docs/DOMAIN.md, Gender balance in nominations).
 */
export async function listRounds(table: Table, lang: Language, now: Date) {
  const ids = await publishedDocumentIds(table, 'nominationRound');
  const metas = (await batchGetAll(
    table,
    ids.map((id) => keys.roundMeta(id)),
  )) as unknown as RoundMeta[];
  const rounds = await Promise.all(
    metas
      .filter((round) => round.published)
      .map(async (round) => {
        const requests = await requestsOf(table, round.documentId);
        const answered = requests.filter((r) => r.status === 'answered').length;
        const balance = balanceByRole(requests.flatMap((r) => r.nominees ?? []));
        return {
          id: round.documentId,
          title: pick(round.title, lang) ?? null,
          deadline: round.deadline,
          open: now.getTime() < round.deadlineMs,
          counts: {
            addressed: round.organizations.length,
            requested: requests.length,
            answered,
            pending: requests.length - answered,
          },
          balance,
          balanceMet: balance.members.meets40 && balance.deputies.meets40,
        };
      }),
  );
  return { items: rounds.sort((a, b) => Date.parse(b.deadline) - Date.parse(a.deadline)) };
}
