import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalizedMap } from '../content/localize';
import { emailHash, newToken, sha256, ulid } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import { ContentionError, type TransactItem, transactWrite } from '../table/transact';
import {
  type AffiliationInput,
  type AffiliationItem,
  affiliationProblems,
  organisationKey,
} from './affiliation';

export interface AffiliationDeps {
  table: Table;
  pepper: string;
  now: Date;
}

/** The strategy as the write path needs it (from content): its id, title for mail, and goal keys. */
export interface StrategyRef {
  id: string;
  title: LocalizedMap;
  goalKeys: readonly string[];
}

const DAY = 24 * 60 * 60;
/** An unconfirmed affiliation, its claim and its link live a week. */
export const PENDING_SECONDS = 7 * DAY;
/** Within ten minutes of a mail about an organisation, another submission for it sends nothing. */
const NOTICE_INTERVAL_MS = 10 * 60 * 1000;
const MAX_PLANS = 4;

export const tokenPut = (table: Table, token: string, item: Record<string, unknown>): TransactItem => ({
  Put: {
    TableName: table.name,
    Item: { ...keys.token(sha256(token)), type: 'token', ...item },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** The person-index attributes of an affiliation: the contact's address is personal data. */
export const contactIndex = (email: string, strategyId: string, affiliationId: string, pepper: string) => ({
  personKey: personIndexKeys.person(emailHash(email, pepper)),
  personSort: personIndexKeys.sort('AFFILIATION', `${strategyId}#${affiliationId}`),
});

/**
 * The public join form (double opt-in). The organisation's claim (its Business ID, else its normalised
 * name) is read first, then ONE transaction is planned from it:
 * - no claim (or one whose unconfirmed week has passed): the claim, the unconfirmed affiliation, its
 *   confirm link and the mail to the contact;
 * - a claim of an unconfirmed affiliation mailed ten minutes ago or more: replaced by this submission;
 * - a claim of a confirmed affiliation mailed ten minutes ago or more: a note with a fresh manage link to
 *   ITS contact (one more read, for their address), nothing else changed;
 * - within those ten minutes: only a check that the claim is unchanged, and no mail.
 * Every case answers the same ("check your mail"), so no caller learns whether an organisation has
 * applied. Writes are conditional on the claim as read: concurrent submissions for one organisation
 * plan again, and exactly one affiliation results.
 */
export async function submitAffiliation(
  deps: AffiliationDeps,
  strategy: StrategyRef,
  input: AffiliationInput,
): Promise<{ status: 'pending' }> {
  const { table } = deps;
  const orgKey = organisationKey(input);
  const claimKey = keys.affiliationClaim(strategy.id, orgKey);
  for (let plan = 0; plan < MAX_PLANS; plan++) {
    const claim = (
      await table.doc.send(new GetCommand({ TableName: table.name, Key: claimKey, ConsistentRead: true }))
    ).Item;
    let holder: AffiliationItem | undefined;
    if (claim?.confirmed === true && Number(claim.noticeAt) < deps.now.getTime() - NOTICE_INTERVAL_MS) {
      holder = (
        await table.doc.send(
          new GetCommand({
            TableName: table.name,
            Key: keys.affiliation(strategy.id, String(claim.affiliationId)),
            ConsistentRead: true,
          }),
        )
      ).Item as AffiliationItem | undefined;
    }
    const outcome = await transactWrite(table, joinWrites(deps, strategy, input, orgKey, claim, holder));
    if (outcome.ok) return { status: 'pending' };
    // The claim changed since it was read (another submission for the organisation): plan again.
  }
  throw new ContentionError();
}

function joinWrites(
  deps: AffiliationDeps,
  strategy: StrategyRef,
  input: AffiliationInput,
  orgKey: string,
  claim: Record<string, unknown> | undefined,
  holder: AffiliationItem | undefined,
): TransactItem[] {
  const { table, now } = deps;
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const claimKey = keys.affiliationClaim(strategy.id, orgKey);
  const expired = claim !== undefined && typeof claim.expiresAt === 'number' && claim.expiresAt <= nowSeconds;
  const unchanged = {
    ConditionExpression: 'affiliationId = :seenId AND noticeAt = :seenNotice',
    ExpressionAttributeValues: { ':seenId': claim?.affiliationId, ':seenNotice': claim?.noticeAt },
  };

  if (claim && !expired && Number(claim.noticeAt) >= nowMs - NOTICE_INTERVAL_MS) {
    return [{ ConditionCheck: { TableName: table.name, Key: claimKey, ...unchanged } }];
  }

  if (claim && !expired && claim.confirmed === true) {
    // Already applied: a note with a fresh manage link to the contact on record, nothing else changed.
    if (!holder) return [{ ConditionCheck: { TableName: table.name, Key: claimKey, ...unchanged } }];
    const manageToken = newToken();
    return [
      {
        Update: {
          TableName: table.name,
          Key: claimKey,
          UpdateExpression: 'SET noticeAt = :now',
          ...unchanged,
          ExpressionAttributeValues: { ...unchanged.ExpressionAttributeValues, ':now': nowMs },
        },
      },
      {
        Update: {
          TableName: table.name,
          Key: keys.affiliation(strategy.id, holder.affiliationId),
          UpdateExpression: 'ADD manageTokens :token',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':token': new Set([sha256(manageToken)]) },
        },
      },
      tokenPut(table, manageToken, {
        kind: 'affiliation-manage',
        strategyId: strategy.id,
        affiliationId: holder.affiliationId,
      }),
      mailPut(
        table.name,
        {
          template: 'affiliation-already',
          to: holder.contact.email,
          lang: holder.contact.language,
          data: {
            organisationName: holder.organisationName,
            contactName: holder.contact.name,
            strategyTitle: strategy.title,
          },
          secrets: { manageToken },
        },
        deps.pepper,
        now,
      ),
    ];
  }

  // New, or replacing an unconfirmed submission (its affiliation goes; its link then answers "invalid").
  const affiliationId = ulid(nowMs);
  const confirmToken = newToken();
  const item: AffiliationItem = {
    ...keys.affiliation(strategy.id, affiliationId),
    type: 'affiliation',
    affiliationId,
    strategyId: strategy.id,
    organisationKey: orgKey,
    ...input,
    status: 'unconfirmed',
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    expiresAt: nowSeconds + PENDING_SECONDS,
    ...contactIndex(input.contact.email, strategy.id, affiliationId, deps.pepper),
  };
  const writes: TransactItem[] = [
    {
      Put: {
        TableName: table.name,
        Item: {
          ...claimKey,
          type: 'affiliationClaim',
          affiliationId,
          confirmed: false,
          noticeAt: nowMs,
          expiresAt: nowSeconds + PENDING_SECONDS,
        },
        ...(claim ? unchanged : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    },
    { Put: { TableName: table.name, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
    tokenPut(table, confirmToken, {
      kind: 'affiliation-confirm',
      strategyId: strategy.id,
      affiliationId,
      expiresAt: nowSeconds + PENDING_SECONDS,
    }),
    mailPut(
      table.name,
      {
        template: 'affiliation-confirm',
        to: input.contact.email,
        lang: input.contact.language,
        data: {
          organisationName: input.organisationName,
          contactName: input.contact.name,
          strategyTitle: strategy.title,
        },
        secrets: { confirmToken },
      },
      deps.pepper,
      now,
    ),
  ];
  if (claim && !expired && claim.confirmed !== true) {
    // The unconfirmed one it replaces.
    writes.push({
      Delete: {
        TableName: table.name,
        Key: keys.affiliation(strategy.id, String(claim.affiliationId)),
        ConditionExpression: 'attribute_not_exists(pk) OR #status = :unconfirmed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':unconfirmed': 'unconfirmed' },
      },
    });
  }
  return writes;
}

/**
 * The contact's click on the mailed link: the affiliation is received (the coordinators' pipeline starts),
 * its claim and the affiliation no longer expire, and a manage link is mailed. A second click answers the
 * same.
 */
export async function confirmAffiliation(deps: AffiliationDeps, strategyTitle: LocalizedMap, token: string) {
  const { table, now } = deps;
  const found = (
    await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.token(sha256(token)) }))
  ).Item;
  if (found?.kind !== 'affiliation-confirm') throw affiliationProblems.unknownLink();
  if (found.usedAt) return { status: 'received' as const };
  const strategyId = String(found.strategyId);
  const affiliationId = String(found.affiliationId);
  const item = (
    await table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.affiliation(strategyId, affiliationId),
        ConsistentRead: true,
      }),
    )
  ).Item as AffiliationItem | undefined;
  if (item?.status !== 'unconfirmed') throw affiliationProblems.unknownLink();
  const manageToken = newToken();
  const at = now.toISOString();
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keys.token(sha256(token)),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt)',
        ExpressionAttributeValues: { ':now': at },
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliation(strategyId, affiliationId),
        UpdateExpression:
          'SET #status = :received, confirmedAt = :now, updatedAt = :now REMOVE expiresAt ADD manageTokens :token',
        ConditionExpression: '#status = :unconfirmed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':received': 'received',
          ':unconfirmed': 'unconfirmed',
          ':now': at,
          ':token': new Set([sha256(manageToken)]),
        },
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliationClaim(strategyId, item.organisationKey),
        UpdateExpression: 'SET confirmed = :true REMOVE expiresAt',
        ConditionExpression: 'affiliationId = :id',
        ExpressionAttributeValues: { ':true': true, ':id': affiliationId },
      },
    },
    tokenPut(table, manageToken, { kind: 'affiliation-manage', strategyId, affiliationId }),
    mailPut(
      table.name,
      {
        template: 'affiliation-manage',
        to: item.contact.email,
        lang: item.contact.language as Language,
        data: { organisationName: item.organisationName, contactName: item.contact.name, strategyTitle },
        secrets: { manageToken },
      },
      deps.pepper,
      now,
    ),
  ]);
  if (!outcome.ok) {
    // Confirmed by a concurrent click: the same answer. Anything else (replaced, released): invalid link.
    if (outcome.cancelled[0]?.code.startsWith('Conditional')) return { status: 'received' as const };
    throw affiliationProblems.unknownLink();
  }
  return { status: 'received' as const };
}
