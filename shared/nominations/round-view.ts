import { pick } from '../content/localize';
import { csvText } from '../csv';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { balanceByRole } from './balance';
import { type NominationRequestItem, requestsOf, unknownRound } from './requests';
import { organizations, roundMeta } from './round-data';
import type { Nominee } from './seat-rules';

const statusOf = (r: NominationRequestItem, deadlineMs: number, now: Date) =>
  r.status === 'answered' ? 'answered' : now.getTime() >= deadlineMs ? 'overdue' : 'pending';

/** Nominees as the coordinator sees them: who and for which seat, never their gender (counts only). */
const publicNominee = ({ gender: _gender, ...n }: Nominee) => n;

/**
 * GET /admin/nomination-rounds/{roundId}: each organisation's status, its current nominees, and the
 * balance of members and of deputies apart (women, men, other, undisclosed; 40 % reached or not).
 */
export async function roundOverview(table: Table, roundId: string, lang: Language, now: Date) {
  const round = await roundMeta(table, roundId);
  if (!round) throw unknownRound();
  const requests = await requestsOf(table, roundId);
  const orgs = await organizations(table, round.organizations);
  const nominees = requests.flatMap((r) => r.nominees ?? []);
  const requested = new Set(requests.map((r) => r.organizationId));
  return {
    round: {
      id: round.documentId,
      title: pick(round.title, lang) ?? null,
      deadline: round.deadline,
      seats: round.seats,
      askBothGenders: round.askBothGenders,
    },
    requests: requests.map((r) => ({
      organizationId: r.organizationId,
      organizationName: pick(orgs.get(r.organizationId)?.name, lang) ?? r.organizationId,
      status: statusOf(r, round.deadlineMs, now),
      ...(r.answeredAt ? { answeredAt: r.answeredAt } : {}),
      nominees: (r.nominees ?? []).map(publicNominee),
      ...(r.justification ? { justification: r.justification } : {}),
    })),
    notRequested: round.organizations.filter((id) => !requested.has(id)),
    balance: balanceByRole(nominees),
  };
}

/** GET /admin/nomination-rounds/{roundId}/nominees.csv: one row per nominee; no gender column. */
export async function nomineesCsv(table: Table, roundId: string) {
  const round = await roundMeta(table, roundId);
  if (!round) throw unknownRound();
  const requests = await requestsOf(table, roundId);
  const orgs = await organizations(
    table,
    requests.map((r) => r.organizationId),
  );
  const roleOrder = { member: 0, deputy: 1 } as const;
  async function* rows() {
    for (const r of requests) {
      const name = pick(orgs.get(r.organizationId)?.name, 'sv') ?? r.organizationId;
      const sorted = [...(r.nominees ?? [])].sort(
        (a, b) => roleOrder[a.role] - roleOrder[b.role] || a.seat - b.seat,
      );
      for (const n of sorted)
        yield [
          name,
          r.organizationId,
          n.role,
          n.seat,
          n.name,
          n.email,
          n.title,
          n.language,
          r.answeredAt,
          r.version,
        ];
    }
  }
  return csvText(
    [
      'organization',
      'organizationId',
      'role',
      'seat',
      'name',
      'email',
      'title',
      'language',
      'answeredAt',
      'version',
    ],
    rows(),
  );
}
