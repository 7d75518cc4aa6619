import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalizedMap } from '../content/localize';
import { affiliationRetentionDays } from '../content/settings-cache';
import { newToken, sha256 } from '../crypto';
import { mailPut } from '../email/mail-item';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import {
  ACTIVE_STATUSES,
  type AffiliationItem,
  affiliationProblems,
  type Contact,
  type Contribution,
} from './affiliation';
import { type AffiliationDeps, contactIndex, tokenPut } from './join';

/** The affiliation a manage link opens (404 for an unknown link or one whose affiliation is gone). */
export async function affiliationByManageToken(table: Table, token: string): Promise<AffiliationItem> {
  const found = (
    await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.token(sha256(token)) }))
  ).Item;
  if (found?.kind !== 'affiliation-manage') throw affiliationProblems.unknownLink();
  const item = (
    await table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.affiliation(String(found.strategyId), String(found.affiliationId)),
        ConsistentRead: true,
      }),
    )
  ).Item as AffiliationItem | undefined;
  if (!item) throw affiliationProblems.unknownLink();
  return item;
}

/** The contributions an affiliation had before, oldest first (each AFFVER# item). */
export async function previousContributions(table: Table, strategyId: string, affiliationId: string) {
  const found = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.affiliation(strategyId, affiliationId).pk,
        ':prefix': keys.affiliationVersionPrefix(affiliationId),
      },
    }),
  );
  return (found.Items ?? []).map((v) => ({
    version: Number(v.version),
    contributions: v.contributions as Record<string, Contribution>,
    consentToPublish: v.consentToPublish === true,
    replacedAt: String(v.replacedAt),
  }));
}

const isOpen = (item: AffiliationItem) => item.status !== 'withdrawn' && item.status !== 'declined';

/**
 * The contact updates the contribution (and consent to publish it): the version it replaces is kept as
 * its own item, in the same transaction, conditional on the version read.
 */
export async function updateContribution(
  deps: AffiliationDeps,
  token: string,
  contributions: Record<string, Contribution>,
  consentToPublish: boolean,
) {
  const { table, now } = deps;
  const item = await affiliationByManageToken(table, token);
  if (!isOpen(item)) throw affiliationProblems.changed();
  if (!Object.keys(contributions).length) throw affiliationProblems.noContribution();
  const at = now.toISOString();
  const outcome = await transactWrite(table, [
    {
      Put: {
        TableName: table.name,
        Item: {
          ...keys.affiliationVersion(item.strategyId, item.affiliationId, item.version),
          type: 'affiliationVersion',
          affiliationId: item.affiliationId,
          version: item.version,
          contributions: item.contributions,
          consentToPublish: item.consentToPublish,
          replacedAt: at,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliation(item.strategyId, item.affiliationId),
        UpdateExpression:
          'SET contributions = :c, consentToPublish = :consent, version = :next, updatedAt = :now, contributionUpdatedAt = :now',
        ConditionExpression: 'version = :seen',
        ExpressionAttributeValues: {
          ':c': contributions,
          ':consent': consentToPublish,
          ':next': item.version + 1,
          ':seen': item.version,
          ':now': at,
        },
      },
    },
  ]);
  if (!outcome.ok) throw affiliationProblems.changed();
  return { version: item.version + 1 };
}

/**
 * Another contact person: the affiliation moves to the new contact's address on the person index, every
 * manage link of the old contact stops working, and the new contact is mailed a link of their own.
 */
export async function changeContact(
  deps: AffiliationDeps,
  strategyTitle: LocalizedMap,
  token: string,
  contact: Contact,
) {
  const { table, now } = deps;
  const item = await affiliationByManageToken(table, token);
  if (!isOpen(item)) throw affiliationProblems.changed();
  const manageToken = newToken();
  const old = [...(item.manageTokens ?? [])];
  const index = contactIndex(contact.email, item.strategyId, item.affiliationId, deps.pepper);
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliation(item.strategyId, item.affiliationId),
        UpdateExpression:
          'SET contact = :contact, personKey = :pk, personSort = :ps, manageTokens = :tokens, updatedAt = :now',
        ConditionExpression: 'updatedAt = :seen',
        ExpressionAttributeValues: {
          ':contact': contact,
          ':pk': index.personKey,
          ':ps': index.personSort,
          ':tokens': new Set([sha256(manageToken)]),
          ':now': now.toISOString(),
          ':seen': item.updatedAt,
        },
      },
    },
    ...old
      .slice(0, 90)
      .map((hash): TransactItem => ({ Delete: { TableName: table.name, Key: keys.token(hash) } })),
    tokenPut(table, manageToken, {
      kind: 'affiliation-manage',
      strategyId: item.strategyId,
      affiliationId: item.affiliationId,
    }),
    mailPut(
      table.name,
      {
        template: 'affiliation-contact',
        to: contact.email,
        lang: contact.language,
        data: { organisationName: item.organisationName, contactName: contact.name, strategyTitle },
        secrets: { manageToken },
      },
      deps.pepper,
      now,
    ),
  ]);
  if (!outcome.ok) throw affiliationProblems.changed();
}

/**
 * The transaction items that end an affiliation's claim: the claim goes (only if still this affiliation's),
 * so the organisation may join again later.
 */
export const releaseClaim = (table: Table, item: AffiliationItem): TransactItem => ({
  Delete: {
    TableName: table.name,
    Key: keys.affiliationClaim(item.strategyId, item.organisationKey),
    ConditionExpression: 'attribute_not_exists(pk) OR affiliationId = :id',
    ExpressionAttributeValues: { ':id': item.affiliationId },
  },
});

/**
 * The organisation withdraws: off the public list at once, its claim released. The record stays for the
 * coordinators (and the link shows it withdrawn). Withdrawing twice answers the same.
 */
export async function withdrawAffiliation(deps: AffiliationDeps, token: string) {
  const { table, now } = deps;
  const item = await affiliationByManageToken(table, token);
  if (item.status === 'withdrawn') return { status: 'withdrawn' as const };
  if (!ACTIVE_STATUSES.includes(item.status)) throw affiliationProblems.changed();
  const at = now.toISOString();
  const expiresAt = Math.floor(now.getTime() / 1000) + (await affiliationRetentionDays(table)) * 86_400;
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliation(item.strategyId, item.affiliationId),
        // Ended: the affiliation and its contact go after the settings' retention (affiliationDays).
        UpdateExpression:
          'SET #status = :withdrawn, withdrawnAt = :now, updatedAt = :now, expiresAt = :expires',
        ConditionExpression: '#status = :seen',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':withdrawn': 'withdrawn',
          ':now': at,
          ':seen': item.status,
          ':expires': expiresAt,
        },
      },
    },
    releaseClaim(table, item),
  ]);
  if (!outcome.ok) throw affiliationProblems.changed();
  return { status: 'withdrawn' as const };
}

/**
 * For an erasure of the contact person: the organisation's record of having joined stays (it is the
 * organisation's, not the person's), without the person: the contact's details go, the affiliation
 * leaves the person index, and every manage link mailed to them stops working. Repeatable.
 */
export async function eraseAffiliationContact(table: Table, item: Record<string, unknown>, now: Date) {
  const tokens = [...((item.manageTokens as Set<string> | undefined) ?? [])];
  const language = (item.contact as Contact | undefined)?.language ?? 'sv';
  await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: { pk: String(item.pk), sk: String(item.sk) },
        UpdateExpression:
          'SET contact = :erased, contactErasedAt = :now REMOVE personKey, personSort, manageTokens',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: {
          ':erased': { name: '', title: '', email: '', phone: '', language },
          ':now': now.toISOString(),
        },
      },
    },
    ...tokens
      .slice(0, 90)
      .map((hash): TransactItem => ({ Delete: { TableName: table.name, Key: keys.token(hash) } })),
  ]);
}

/** The contact's answer to the yearly follow-up when nothing changed: the contribution still stands. */
export async function confirmContribution(deps: AffiliationDeps, token: string) {
  const { table, now } = deps;
  const item = await affiliationByManageToken(table, token);
  if (!isOpen(item)) throw affiliationProblems.changed();
  const at = now.toISOString();
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliation(item.strategyId, item.affiliationId),
        UpdateExpression: 'SET contributionConfirmedAt = :now',
        ConditionExpression: 'version = :seen',
        ExpressionAttributeValues: { ':now': at, ':seen': item.version },
      },
    },
  ]);
  if (!outcome.ok) throw affiliationProblems.changed();
  return { confirmedAt: at };
}
