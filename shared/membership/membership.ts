import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { collatorFor } from '../content/localize';
import { emailHash, newToken, sha256 } from '../crypto';
import { csvText } from '../csv';
import { mailPut } from '../email/mail-item';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { type Idempotency, recordOf } from '../http/idempotency';
import { problem } from '../http/problem';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { tableDefinition } from '../table/definition';
import { keys, personIndexKeys } from '../table/keys';
import { ContentionError, type TransactItem, transactWrite } from '../table/transact';

export interface MembershipInput {
  name: string;
  email: string;
  organization?: string;
  municipality?: string;
  language: Language;
  interests?: string[];
  wantsToCoordinate?: boolean;
  consent: true;
}

export interface MembershipDeps {
  table: Table;
  pepper: string;
  now: Date;
}

const DAY = 24 * 60 * 60;
/** An unconfirmed sign-up and its link live a week; a member stays until they leave. */
const PENDING_SECONDS = 7 * DAY;
/** What remains of a member who left: a token tombstone without personal data, so the link still answers. */
const TOMBSTONE_SECONDS = 30 * DAY;
const NOTICE_INTERVAL_MS = 10 * 60 * 1000;

const unknownLink = () =>
  problem('not-found', {
    detail: {
      sv: 'Länken är ogiltig eller har gått ut.',
      fi: 'Linkki on virheellinen tai vanhentunut.',
      en: 'The link is invalid or has expired.',
    },
  });

const tokenPut = (table: Table, token: string, item: Record<string, unknown>): TransactItem => ({
  Put: {
    TableName: table.name,
    Item: { ...keys.token(sha256(token)), type: 'token', ...item },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/**
 * A sign-up waiting for its confirmation. An address that is already a member gets the same result,
 * so no caller can tell who is a member.
 */
export interface JoinPending {
  status: 'pending';
}

/** The attempts at a sign-up whose member item changed between our read and our write. */
const MAX_PLANS = 4;

/**
 * POST /network/members: double opt-in that tells no caller who is a member. The member item is read
 * first (one consistent GetItem), then ONE TransactWriteItems is planned from what it holds:
 * - nobody: the pending sign-up, its confirm link and the mail;
 * - a pending sign-up mailed ten minutes ago or more: replaced by this one, with a new link mailed;
 * - a member noticed ten minutes ago or more: a note with a fresh leave link (the member unchanged);
 * - within those ten minutes: only a check that nothing changed, and no mail.
 * Every case costs the same two round trips (one more only for an address over its mail budget, which
 * does not depend on membership), and all answer 202 the same way. Each write is conditional on the
 * item as read, so a concurrent change makes it plan again.
 */
export async function join(
  deps: MembershipDeps,
  input: MembershipInput,
  idempotency: Idempotency<JoinPending> | undefined,
): Promise<JoinPending> {
  const { table, now } = deps;
  const hash = emailHash(input.email, deps.pepper);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const pending: JoinPending = { status: 'pending' };
  for (let plan = 0; plan < MAX_PLANS; plan++) {
    const found = await table.doc.send(
      new GetCommand({ TableName: table.name, Key: keys.member(hash), ConsistentRead: true }),
    );
    const outcome = await transactWrite(
      table,
      joinWrites(deps, input, hash, found.Item),
      recordOf(idempotency, pending, nowSeconds),
    );
    if (outcome.ok) return pending;
    // The member item changed since it was read (or a token collided): read and plan again.
  }
  throw new ContentionError();
}

/** The one transaction of a sign-up, given the member item as it was read (see join). */
function joinWrites(
  deps: MembershipDeps,
  input: MembershipInput,
  hash: string,
  existing: Record<string, unknown> | undefined,
): TransactItem[] {
  const { table, now } = deps;
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const seen = typeof existing?.noticeAt === 'number' ? existing.noticeAt : undefined;
  // Unchanged since read: the same status and the same last notice (none, for an item without one).
  const unchanged = {
    ConditionExpression: `#status = :seenStatus AND ${seen === undefined ? 'attribute_not_exists(noticeAt)' : 'noticeAt = :seen'}`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':seenStatus': existing?.status,
      ...(seen === undefined ? {} : { ':seen': seen }),
    },
  };
  if (existing && seen !== undefined && seen >= nowMs - NOTICE_INTERVAL_MS) {
    return [{ ConditionCheck: { TableName: table.name, Key: keys.member(hash), ...unchanged } }];
  }

  if (existing?.status === 'active') {
    // Already a member: a note with a fresh leave link, the membership as it is.
    const leaveToken = newToken();
    return [
      {
        Update: {
          TableName: table.name,
          Key: keys.member(hash),
          UpdateExpression: 'SET noticeAt = :now ADD leaveTokens :token',
          ...unchanged,
          ExpressionAttributeValues: {
            ...unchanged.ExpressionAttributeValues,
            ':now': nowMs,
            ':token': new Set([sha256(leaveToken)]),
          },
        },
      },
      tokenPut(table, leaveToken, { kind: 'member-leave', memberHash: hash }),
      mailPut(
        table.name,
        {
          template: 'membership-already',
          to: input.email,
          lang: (existing.language as Language) ?? input.language,
          data: { name: String(existing.name) },
          secrets: { leaveToken },
        },
        deps.pepper,
        now,
      ),
    ];
  }

  const confirmToken = newToken();
  const member = {
    ...keys.member(hash),
    type: 'member',
    status: 'pending',
    name: input.name,
    email: input.email,
    ...(input.organization ? { organization: input.organization } : {}),
    ...(input.municipality ? { municipality: input.municipality } : {}),
    language: input.language,
    interests: input.interests ?? [],
    wantsToCoordinate: input.wantsToCoordinate === true,
    consentAt: now.toISOString(),
    createdAt: now.toISOString(),
    noticeAt: nowMs,
    expiresAt: nowSeconds + PENDING_SECONDS,
    personKey: personIndexKeys.person(hash),
    personSort: personIndexKeys.sort('MEMBER', 'NETWORK'),
  };
  return [
    {
      Put: {
        TableName: table.name,
        Item: member,
        ...(existing ? unchanged : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    },
    tokenPut(table, confirmToken, {
      kind: 'member-confirm',
      memberHash: hash,
      expiresAt: nowSeconds + PENDING_SECONDS,
    }),
    mailPut(
      table.name,
      {
        template: 'membership-confirm',
        to: input.email,
        lang: input.language,
        data: { name: input.name },
        secrets: { confirmToken },
      },
      deps.pepper,
      now,
    ),
  ];
}

/** POST /network/members/confirm: the pending sign-up becomes a member, welcomed with a leave link. */
export async function confirm(deps: MembershipDeps, token: string) {
  const { table, now } = deps;
  const found = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.token(sha256(token)) }),
  );
  if (found.Item?.kind !== 'member-confirm') throw unknownLink();
  if (found.Item.usedAt) return { status: 'active' as const };
  const hash = String(found.Item.memberHash);
  const member = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.member(hash), ConsistentRead: true }),
  );
  if (!member.Item) throw unknownLink();
  const leaveToken = newToken();
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keys.token(sha256(token)),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt)',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: keys.member(hash),
        // The sign-up's last notice goes too: the ten minutes between notes start again for the member.
        UpdateExpression:
          'SET #status = :active, confirmedAt = :now REMOVE expiresAt, noticeAt ADD leaveTokens :token',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':active': 'active',
          ':now': now.toISOString(),
          ':token': new Set([sha256(leaveToken)]),
        },
      },
    },
    tokenPut(table, leaveToken, { kind: 'member-leave', memberHash: hash }),
    mailPut(
      table.name,
      {
        template: 'membership-welcome',
        to: String(member.Item.email),
        lang: member.Item.language as Language,
        data: { name: String(member.Item.name) },
        secrets: { leaveToken },
      },
      deps.pepper,
      now,
    ),
  ]);
  if (!outcome.ok && !outcome.cancelled[0]?.code.startsWith('Conditional')) throw unknownLink();
  return { status: 'active' as const };
}

/**
 * DELETE /network/members/{token}: leaving erases the member and every link to them; the used link
 * becomes a tombstone without personal data, so clicking it again still answers "left".
 */
export async function leave(deps: MembershipDeps, token: string) {
  const { table, now } = deps;
  const tokenKey = keys.token(sha256(token));
  const found = await table.doc.send(new GetCommand({ TableName: table.name, Key: tokenKey }));
  if (found.Item?.kind === 'member-left') return { status: 'left' as const };
  if (found.Item?.kind !== 'member-leave') throw unknownLink();
  const hash = String(found.Item.memberHash);
  const member = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.member(hash), ConsistentRead: true }),
  );
  const others = [...((member.Item?.leaveTokens as Set<string> | undefined) ?? [])].filter(
    (h) => h !== sha256(token),
  );
  // Membership mails still held (they carry the address until their TTL) go too, and the address's
  // mail budget counters (only the address's owner holds a leave link); event mails stay.
  const mails = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: tableDefinition.personIndex.name,
      KeyConditionExpression: 'personKey = :person AND begins_with(personSort, :mail)',
      FilterExpression: 'begins_with(template, :membership) OR #type = :budget',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':person': personIndexKeys.person(hash),
        ':mail': 'MAIL', // MAIL#… and MAILBUDGET#…
        ':membership': 'membership-',
        ':budget': 'mailBudget',
      },
    }),
  );
  const deletions: TransactItem[] = [
    ...others.map((h): TransactItem => ({ Delete: { TableName: table.name, Key: keys.token(h) } })),
    ...(mails.Items ?? []).map(
      (m): TransactItem => ({ Delete: { TableName: table.name, Key: { pk: m.pk, sk: m.sk } } }),
    ),
  ];
  await transactWrite(table, [
    { Delete: { TableName: table.name, Key: keys.member(hash) } },
    ...deletions.slice(0, 95),
    {
      Put: {
        TableName: table.name,
        Item: {
          ...tokenKey,
          type: 'token',
          kind: 'member-left',
          expiresAt: Math.floor(now.getTime() / 1000) + TOMBSTONE_SECONDS,
        },
      },
    },
  ]);
  return { status: 'left' as const };
}

interface MemberRow {
  name: string;
  email: string;
  organization?: string;
  municipality?: string;
  language: string;
  interests: string[];
  wantsToCoordinate: boolean;
  joinedAt: string;
}

const toRow = (item: Record<string, unknown>): MemberRow => ({
  name: String(item.name),
  email: String(item.email),
  ...(item.organization ? { organization: String(item.organization) } : {}),
  ...(item.municipality ? { municipality: String(item.municipality) } : {}),
  language: String(item.language),
  interests: (item.interests as string[]) ?? [],
  wantsToCoordinate: item.wantsToCoordinate === true,
  joinedAt: String(item.confirmedAt ?? item.createdAt),
});

async function activePage(table: Table, startKey: Record<string, unknown> | undefined, limit: number) {
  return table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :member)',
      FilterExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': keys.member('').pk,
        ':member': keys.memberPrefix,
        ':active': 'active',
      },
      ExclusiveStartKey: startKey,
      Limit: limit,
    }),
  );
}

/** GET /admin/network/members?cursor=: active members, a page at a time. */
export async function listMembers(table: Table, cursor: string | undefined) {
  const page = await activePage(table, await decodeCursor(cursor, keys.member('').pk), 100);
  const nextCursor = await encodeCursor(page.LastEvaluatedKey);
  return { items: (page.Items ?? []).map(toRow), ...(nextCursor ? { nextCursor } : {}) };
}

/** GET /admin/network/members.csv: every active member, by name in Swedish order. */
export async function membersCsv(table: Table) {
  const rows: MemberRow[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await activePage(table, startKey, 500);
    rows.push(...(page.Items ?? []).map(toRow));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const collator = collatorFor('sv');
  rows.sort((a, b) => collator.compare(a.name, b.name));
  async function* cells() {
    for (const r of rows)
      yield [
        r.name,
        r.email,
        r.organization,
        r.municipality,
        r.language,
        r.interests,
        r.wantsToCoordinate ? 'yes' : '',
        r.joinedAt,
      ];
  }
  return csvText(
    [
      'name',
      'email',
      'organization',
      'municipality',
      'language',
      'interests',
      'wantsToCoordinate',
      'joinedAt',
    ],
    cells(),
  );
}
