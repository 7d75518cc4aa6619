import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { pick } from '../content/localize';
import { emailHash, sha256 } from '../crypto';
import { problem } from '../http/problem';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import type { NominationRequestItem } from './requests';
import { organizations, type RoundMeta, roundMeta } from './round-data';
import { checkSeats, describeDeviation, justificationNeeded, type Nominee } from './seat-rules';

const unknownLink = () =>
  problem('not-found', {
    detail: {
      sv: 'Länken är ogiltig eller har gått ut.',
      fi: 'Linkki on virheellinen tai vanhentunut.',
      en: 'The link is invalid or has expired.',
    },
  });

/** The request a nomination link opens: the token hash by GetItem, then its own request only. */
async function requestByToken(table: Table, token: string) {
  const found = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.token(sha256(token)) }),
  );
  if (found.Item?.kind !== 'nomination') throw unknownLink();
  const { roundId, organizationId } = found.Item as { roundId: string; organizationId: string };
  const [request, round] = await Promise.all([
    table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.nominationRequest(roundId, organizationId),
        ConsistentRead: true,
      }),
    ),
    roundMeta(table, roundId),
  ]);
  if (!request.Item || !round) throw unknownLink();
  return { request: request.Item as NominationRequestItem, round };
}

/** Every answer an organisation has given in a round, oldest first (the request keeps only the current one). */
export async function versionsOf(table: Table, roundId: string, organizationId: string) {
  const page = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: {
        ':pk': keys.roundMeta(roundId).pk,
        ':v': keys.nominationVersionPrefix(organizationId),
      },
      ConsistentRead: true,
    }),
  );
  return (page.Items ?? []).map((v) => ({
    version: Number(v.version),
    answeredAt: String(v.answeredAt),
    nominees: v.nominees as Nominee[],
    ...(v.justification ? { justification: String(v.justification) } : {}),
  }));
}

/** GET /nominations/{token}: what the organisation is asked, and its answer with every earlier version. */
export async function viewNomination(table: Table, token: string, lang: Language, now: Date) {
  const { request, round } = await requestByToken(table, token);
  const org = (await organizations(table, [request.organizationId])).get(request.organizationId);
  return {
    organization: { id: request.organizationId, name: pick(org?.name, lang) ?? request.organizationId },
    round: {
      id: round.documentId,
      title: pick(round.title, lang) ?? null,
      instructions: pick(round.instructions, lang) ?? null,
      deadline: round.deadline,
      seats: round.seats,
      askBothGenders: round.askBothGenders,
      term: round.term ?? null,
    },
    open: now.getTime() < round.deadlineMs,
    status: request.status,
    answer: request.version
      ? {
          version: request.version,
          answeredAt: request.answeredAt,
          nominees: request.nominees ?? [],
          ...(request.justification ? { justification: request.justification } : {}),
        }
      : null,
    versions: await versionsOf(table, round.documentId, request.organizationId),
  };
}

export interface AnswerInput {
  nominees: Nominee[];
  justification?: string;
}

/**
 * PUT /nominations/{token}: the organisation's answer, checked against the seat rules, kept as a new
 * version. The deadline is a condition on the round inside the transaction, and the version number is
 * a condition on the request, so a late or concurrent write never lands half-way.
 */
export async function answerNomination(
  deps: { table: Table; pepper: string; now: Date },
  token: string,
  input: AnswerInput,
  lang: Language,
) {
  const { table, now } = deps;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { request, round } = await requestByToken(table, token);
    if (now.getTime() >= round.deadlineMs) throw problem('deadline-passed');
    const { errors, deviations } = checkSeats(input.nominees, round, lang);
    if (errors.length) throw problem('invalid-input', { errors });
    if (deviations.length && !input.justification) {
      throw problem('invalid-input', {
        detail: justificationNeeded,
        errors: deviations.map((d) => ({ path: 'justification', message: describeDeviation(d, lang) })),
        extensions: { deviations },
      });
    }
    const version = request.version + 1;
    const answeredAt = now.toISOString();
    const items: TransactItem[] = [
      {
        ConditionCheck: {
          TableName: table.name,
          Key: keys.roundMeta(round.documentId),
          ConditionExpression: 'published = :true AND deadlineMs > :now',
          ExpressionAttributeValues: { ':true': true, ':now': now.getTime() },
        },
      },
      {
        Update: {
          TableName: table.name,
          Key: keys.nominationRequest(round.documentId, request.organizationId),
          UpdateExpression:
            'SET #status = :answered, nominees = :nominees, answeredAt = :at, version = :version, justification = :justification',
          ConditionExpression: 'version = :previous',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':answered': 'answered',
            ':nominees': input.nominees,
            ':at': answeredAt,
            ':version': version,
            ':previous': request.version,
            ':justification': input.justification ?? null,
          },
        },
      },
      {
        Put: {
          TableName: table.name,
          Item: {
            ...keys.nominationVersion(round.documentId, request.organizationId, version),
            type: 'nominationVersion',
            roundId: round.documentId,
            organizationId: request.organizationId,
            version,
            answeredAt,
            nominees: input.nominees,
            ...(input.justification ? { justification: input.justification } : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...nomineeIndex(table, round, request.organizationId, input.nominees, version, deps.pepper),
    ];
    const outcome = await transactWrite(table, items);
    if (outcome.ok) {
      return { version, deviations: deviations.map((d) => ({ ...d, message: describeDeviation(d, lang) })) };
    }
    if (outcome.cancelled[0]?.code === 'ConditionalCheckFailed') throw problem('deadline-passed');
    // Another answer landed first: read again and write on top of it.
  }
  throw Object.assign(new Error('nomination answer could not settle'), { name: 'ContentionError' });
}

/** Nominees' addresses on the person index: an access request finds the nomination (kept, public record). */
function nomineeIndex(
  table: Table,
  round: RoundMeta,
  organizationId: string,
  nominees: Nominee[],
  version: number,
  pepper: string,
): TransactItem[] {
  const seen = new Set<string>();
  const items: TransactItem[] = [];
  for (const n of nominees) {
    const hash = emailHash(n.email, pepper);
    if (seen.has(hash)) continue;
    seen.add(hash);
    items.push({
      Put: {
        TableName: table.name,
        Item: {
          ...keys.nomineeIndex(round.documentId, organizationId, hash),
          type: 'nomination',
          roundId: round.documentId,
          organizationId,
          name: n.name,
          role: n.role,
          seat: n.seat,
          version,
          personKey: personIndexKeys.person(hash),
          personSort: personIndexKeys.sort('NOMINATION', `${round.documentId}#${organizationId}`),
        },
      },
    });
  }
  return items;
}
