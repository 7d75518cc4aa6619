import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { collatorFor, pick } from '../content/localize';
import { csvText } from '../csv';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { versionsOf } from './answer';
import { balanceByRole } from './balance';
import { type NominationRequestItem, requestsOf, unknownRound } from './requests';
import { organizations, roundMeta } from './round-data';
import type { Nominee } from './seat-rules';

const statusOf = (r: NominationRequestItem, deadlineMs: number, now: Date) =>
  r.status === 'answered' ? 'answered' : now.getTime() >= deadlineMs ? 'overdue' : 'pending';

/** Nominees as the coordinator sees them: who and for which seat, never their gender (counts only). */
const publicNominee = ({ gender: _gender, ...n }: Nominee) => n;

/**
 * GET /admin/nomination-rounds/{roundId}: each organisation's status (sent when, reminded which day,
 * answered which version when), its current nominees, its own balance and justification, and the
 * balance of the whole round: members and deputies apart (women, men, other, undisclosed; 40 % reached
 * or not). `organizations` lists every addressed organisation by name (the language's order), with
 * whether it has a nomination contact to send to.
 */
export async function roundOverview(table: Table, roundId: string, lang: Language, now: Date) {
  const round = await roundMeta(table, roundId);
  if (!round) throw unknownRound();
  const [requests, orgs] = await Promise.all([
    requestsOf(table, roundId),
    organizations(table, round.organizations),
  ]);
  const nameOf = (id: string) => pick(orgs.get(id)?.name, lang) ?? id;
  const collator = collatorFor(lang);
  const byName = (a: string, b: string) => collator.compare(nameOf(a), nameOf(b));
  const nominees = requests.flatMap((r) => r.nominees ?? []);
  const requested = new Set(requests.map((r) => r.organizationId));
  return {
    round: {
      id: round.documentId,
      title: pick(round.title, lang) ?? null,
      deadline: round.deadline,
      open: now.getTime() < round.deadlineMs,
      seats: round.seats,
      askBothGenders: round.askBothGenders,
    },
    requests: requests
      .sort((a, b) => byName(a.organizationId, b.organizationId))
      .map((r) => ({
        organizationId: r.organizationId,
        organizationName: nameOf(r.organizationId),
        status: statusOf(r, round.deadlineMs, now),
        sentAt: r.createdAt,
        ...(r.remindedOn ? { remindedOn: r.remindedOn } : {}),
        version: r.version,
        ...(r.answeredAt ? { answeredAt: r.answeredAt } : {}),
        nominees: (r.nominees ?? []).map(publicNominee),
        ...(r.justification ? { justification: r.justification } : {}),
        balance: balanceByRole(r.nominees ?? []),
      })),
    notRequested: round.organizations.filter((id) => !requested.has(id)),
    organizations: [...round.organizations].sort(byName).map((id) => ({
      id,
      name: nameOf(id),
      hasContact: Boolean(orgs.get(id)?.nominationContact?.email),
      requested: requested.has(id),
    })),
    balance: balanceByRole(nominees),
  };
}

/**
 * One organisation's request in a round: its status, its current answer and every version it has
 * given, each with its justification; nominees without their gender, as everywhere the coordinator
 * looks. Undefined when the round does not address the organisation.
 */
export async function requestDetail(
  table: Table,
  roundId: string,
  organizationId: string,
  lang: Language,
  now: Date,
) {
  const round = await roundMeta(table, roundId);
  if (!round) throw unknownRound();
  if (!round.organizations.includes(organizationId)) return undefined;
  const [found, orgs, versions] = await Promise.all([
    table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.nominationRequest(roundId, organizationId),
        ConsistentRead: true,
      }),
    ),
    organizations(table, [organizationId]),
    versionsOf(table, roundId, organizationId),
  ]);
  const request = found.Item as NominationRequestItem | undefined;
  return {
    round: { id: round.documentId, title: pick(round.title, lang) ?? null, deadline: round.deadline },
    organization: { id: organizationId, name: pick(orgs.get(organizationId)?.name, lang) ?? organizationId },
    request: request
      ? {
          status: statusOf(request, round.deadlineMs, now),
          sentAt: request.createdAt,
          ...(request.remindedOn ? { remindedOn: request.remindedOn } : {}),
          version: request.version,
          ...(request.answeredAt ? { answeredAt: request.answeredAt } : {}),
          ...(request.justification ? { justification: request.justification } : {}),
          balance: balanceByRole(request.nominees ?? []),
        }
      : null,
    versions: versions.map((v) => ({ ...v, nominees: v.nominees.map(publicNominee) })),
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
