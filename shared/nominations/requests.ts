import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import { publishedDocumentIds } from '../content/content-index';
import { newToken, sha256 } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { NominationMailData } from '../email/nomination-mails';
import { isExampleAddress } from '../email/sender';
import type { Caller } from '../http/caller';
import { problem } from '../http/problem';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import {
  contactLanguage,
  helsinkiDay,
  type OrganizationSnapshot,
  organizations,
  type RoundMeta,
  roundMeta,
} from './round-data';

export interface NominationDeps {
  table: Table;
  pepper: string;
  now: Date;
}

/** Links work a month past the deadline, so a late question can still be looked up. */
const LINK_GRACE_SECONDS = 30 * 24 * 60 * 60;

export interface NominationRequestItem {
  type: 'nominationRequest';
  roundId: string;
  organizationId: string;
  status: 'pending' | 'answered';
  version: number;
  createdAt: string;
  answeredAt?: string;
  remindedOn?: string;
  nominees?: import('./seat-rules').Nominee[];
  justification?: string;
}

export const unknownRound = () =>
  problem('not-found', {
    detail: {
      sv: 'Nomineringsomgången finns inte eller är inte publicerad.',
      fi: 'Nimityskierrosta ei ole olemassa tai sitä ei ole julkaistu.',
      en: 'The nomination round does not exist or is not published.',
    },
  });

function mailData(round: RoundMeta, org: OrganizationSnapshot): Omit<NominationMailData, 'secrets'> {
  return {
    organizationName: org.name,
    roundTitle: round.title,
    instructions: round.instructions,
    deadline: round.deadline,
    seats: round.seats,
    askBothGenders: round.askBothGenders,
  };
}

function tokenPut(table: Table, token: string, round: RoundMeta, organizationId: string): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...keys.token(sha256(token)),
        type: 'token',
        kind: 'nomination',
        roundId: round.documentId,
        organizationId,
        expiresAt: Math.floor(round.deadlineMs / 1000) + LINK_GRACE_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export interface OpenRoundOptions {
  /** The staff member sending: each created request is recorded in the activity log in its transaction. */
  actor: Caller;
  /** Only these of the round's organisations; all of them when absent. */
  organizations?: readonly string[];
  /** The language of the error messages. */
  lang?: Language;
}

const chosenTexts = {
  none: {
    sv: 'Välj minst en organisation.',
    fi: 'Valitse vähintään yksi organisaatio.',
    en: 'Choose at least one organisation.',
  },
  notAddressed: {
    sv: 'Omgången riktar sig inte till',
    fi: 'Kierros ei koske organisaatiota',
    en: 'The round does not address',
  },
} as const;

/** The organisations to send to: the round's own, or the chosen ones, each of which it must address. */
function recipients(round: RoundMeta, chosen: readonly string[] | undefined, lang: Language): string[] {
  if (chosen === undefined) return round.organizations;
  const unique = [...new Set(chosen)];
  const stray = unique.filter((id) => !round.organizations.includes(id));
  const message = !unique.length
    ? chosenTexts.none[lang]
    : stray.length
      ? `${chosenTexts.notAddressed[lang]}: ${stray.join(', ')}.`
      : undefined;
  if (message) throw problem('invalid-input', { errors: [{ path: 'organizations', message }] });
  return unique;
}

/**
 * POST /admin/nomination-rounds/{roundId}/requests: one request per addressed organisation (or per
 * chosen one), each with its own link mailed to its contact in its language. An example round goes only
 * to addresses of the reserved example domains; the others are listed as notSentExample and get nothing.
 * The request Put is conditional and the mail and the activity entry ride in the same transaction, so
 * calling again (or twice at once) creates, mails and records nothing twice; one transaction per
 * organisation, so a request never exists without its mail and its entry, and one refused organisation
 * stops no other.
 */
export async function openRound(deps: NominationDeps, roundId: string, options: OpenRoundOptions) {
  const { table, now } = deps;
  const round = await roundMeta(table, roundId);
  if (!round) throw unknownRound();
  if (now.getTime() >= round.deadlineMs) throw problem('deadline-passed');
  const targets = recipients(round, options.organizations, options.lang ?? 'sv');
  const orgs = await organizations(table, targets);
  let created = 0;
  let existing = 0;
  const withoutContact: string[] = [];
  const notSentExample: string[] = [];
  await Promise.all(
    targets.map(async (organizationId) => {
      const org = orgs.get(organizationId);
      const to = org?.nominationContact?.email;
      if (!org || !to) {
        withoutContact.push(organizationId);
        return;
      }
      // Example content never reaches a real organisation: only addresses nobody receives get it.
      if (round.isExample && !isExampleAddress(to)) {
        notSentExample.push(organizationId);
        return;
      }
      const token = newToken();
      const outcome = await transactWrite(table, [
        {
          Put: {
            TableName: table.name,
            Item: {
              ...keys.nominationRequest(roundId, organizationId),
              type: 'nominationRequest',
              roundId,
              organizationId,
              status: 'pending',
              version: 0,
              createdAt: now.toISOString(),
            } satisfies NominationRequestItem & Record<string, unknown>,
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        tokenPut(table, token, round, organizationId),
        mailPut(
          table.name,
          {
            template: 'nomination-request',
            to,
            lang: contactLanguage(org),
            data: mailData(round, org),
            secrets: { token },
          },
          deps.pepper,
          now,
        ),
        activityPut(
          table.name,
          options.actor,
          {
            action: 'nominationRequest.send',
            target: { kind: 'nominationRequest', id: organizationId, parent: roundId },
          },
          deps,
        ),
      ]);
      if (outcome.ok) created++;
      else existing++;
    }),
  );
  return {
    created,
    existing,
    ...(withoutContact.length ? { withoutContact: withoutContact.sort() } : {}),
    ...(notSentExample.length ? { notSentExample: notSentExample.sort() } : {}),
  };
}

export async function requestsOf(table: Table, roundId: string): Promise<NominationRequestItem[]> {
  const items: NominationRequestItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :org)',
        FilterExpression: '#type = :request',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':pk': keys.roundMeta(roundId).pk,
          ':org': keys.nominationRequestPrefix,
          ':request': 'nominationRequest',
        },
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
      }),
    );
    items.push(...((page.Items ?? []) as NominationRequestItem[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * Reminds the organisations that have not answered, at most once a Helsinki day each: the request
 * records the day in the same transaction as the mail, under a condition, so a second run the same
 * day (or two at once) sends nothing twice. A fresh link goes with it (only hashes are stored). When
 * a staff member asks for it (`actor`), each reminder is recorded in the activity log in its
 * transaction; the daily job is no one's write and records nothing.
 */
export async function remindPending(deps: NominationDeps, roundId: string, actor?: Caller) {
  const { table, now } = deps;
  const round = await roundMeta(table, roundId);
  if (!round) throw unknownRound();
  if (now.getTime() >= round.deadlineMs) return { sent: 0 };
  const pending = (await requestsOf(table, roundId)).filter((r) => r.status === 'pending');
  const orgs = await organizations(
    table,
    pending.map((r) => r.organizationId),
  );
  const today = helsinkiDay(now);
  let sent = 0;
  for (const request of pending) {
    const org = orgs.get(request.organizationId);
    const to = org?.nominationContact?.email;
    if (!org || !to || (round.isExample && !isExampleAddress(to))) continue;
    const token = newToken();
    const outcome = await transactWrite(table, [
      {
        Update: {
          TableName: table.name,
          Key: keys.nominationRequest(roundId, request.organizationId),
          UpdateExpression: 'SET remindedOn = :today',
          ConditionExpression:
            '#status = :pending AND (attribute_not_exists(remindedOn) OR remindedOn <> :today)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':today': today, ':pending': 'pending' },
        },
      },
      tokenPut(table, token, round, request.organizationId),
      mailPut(
        table.name,
        {
          template: 'nomination-reminder',
          to,
          lang: contactLanguage(org),
          data: mailData(round, org),
          secrets: { token },
        },
        deps.pepper,
        now,
      ),
      ...(actor
        ? [
            activityPut(
              table.name,
              actor,
              {
                action: 'nominationRequest.remind',
                target: { kind: 'nominationRequest', id: request.organizationId, parent: roundId },
              },
              deps,
            ),
          ]
        : []),
    ]);
    if (outcome.ok) sent++;
  }
  return { sent };
}

/** Days before the deadline on which the daily job reminds pending organisations. */
export const REMINDER_DAYS_BEFORE = [7, 1] as const;

/**
 * The daily job: every published round whose deadline is 7 or 1 Helsinki days away gets its pending
 * organisations reminded. Rounds come from the content index partition (a Query, not a Scan).
 */
export async function scheduledReminders(deps: NominationDeps) {
  const { table, now } = deps;
  const results: { roundId: string; sent: number }[] = [];
  for (const roundId of await publishedDocumentIds(table, 'nominationRound')) {
    const round = await roundMeta(table, roundId);
    if (!round) continue;
    const daysLeft = Math.round(
      (Date.parse(`${helsinkiDay(new Date(round.deadlineMs))}T00:00:00Z`) -
        Date.parse(`${helsinkiDay(now)}T00:00:00Z`)) /
        86_400_000,
    );
    if (!(REMINDER_DAYS_BEFORE as readonly number[]).includes(daysLeft)) continue;
    results.push({ roundId, ...(await remindPending(deps, roundId)) });
  }
  return results;
}
