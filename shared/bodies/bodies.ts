import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import { listAffiliations } from '../affiliations/pipeline';
import { collatorFor } from '../content/localize';
import { affiliationRetentionDays } from '../content/settings-cache';
import { emailHash, ulid } from '../crypto';
import { csvText } from '../csv';
import { mailPut } from '../email/mail-item';
import type { Caller } from '../http/caller';
import { problem } from '../http/problem';
import type { Language } from '../http/route';
import type { Table } from '../table/client';
import { keys, personIndexKeys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';

/**
 * The partnership's bodies: the council, where each organisation that joined the strategy has one
 * representative (its contact person unless a coordinator names another), and working groups a coordinator
 * creates (the implementation group, a theme group) with members, roles and a term.
 */
export const BODY_ROLES = ['chair', 'member', 'deputy'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

export const COUNCIL_ID = 'council';

export interface BodyMember {
  memberId: string;
  name: string;
  email: string;
  language: Language;
  role: BodyRole;
  /** The organisation the member represents, when there is one. */
  organisation?: string;
  affiliationId?: string;
}

export interface Body {
  bodyId: string;
  name: string;
  kind: 'council' | 'workingGroup';
  term?: { start: string; end?: string };
}

export interface BodyDeps {
  table: Table;
  pepper: string;
  now: Date;
}

const unknownBody = () =>
  problem('not-found', {
    detail: { sv: 'Organet finns inte.', fi: 'Toimielintä ei ole olemassa.', en: 'The body does not exist.' },
  });

const memberIndex = (email: string, bodyId: string, memberId: string, pepper: string) => ({
  personKey: personIndexKeys.person(emailHash(email, pepper)),
  personSort: personIndexKeys.sort('BODYMEMBER', `${bodyId}#${memberId}`),
});

/** A working group: created by a coordinator, logged with it. */
export async function createWorkingGroup(
  deps: BodyDeps,
  caller: Caller,
  name: string,
  term: { start: string; end?: string },
): Promise<Body> {
  const bodyId = ulid(deps.now.getTime());
  const body: Body = { bodyId, name: name.trim(), kind: 'workingGroup', term };
  const outcome = await transactWrite(deps.table, [
    {
      Put: {
        TableName: deps.table.name,
        Item: { ...keys.body(bodyId), type: 'body', ...body, createdAt: deps.now.toISOString() },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    activityPut(
      deps.table.name,
      caller,
      { action: 'body.create', target: { kind: 'body', id: bodyId } },
      deps,
    ),
  ]);
  if (!outcome.ok) throw problem('conflict');
  return body;
}

export async function listBodies(table: Table): Promise<Body[]> {
  const found = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.bodiesPartition },
    }),
  );
  return (found.Items ?? []).map((i) => ({
    bodyId: String(i.bodyId),
    name: String(i.name),
    kind: 'workingGroup' as const,
    ...(i.term ? { term: i.term as Body['term'] & object } : {}),
  }));
}

/** A member of a working group, with a role; on the member's person index entry. */
export async function addMember(
  deps: BodyDeps,
  caller: Caller,
  bodyId: string,
  member: Omit<BodyMember, 'memberId'>,
): Promise<BodyMember> {
  const { table } = deps;
  const body = await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.body(bodyId) }));
  if (!body.Item) throw unknownBody();
  const memberId = ulid(deps.now.getTime());
  const stored: BodyMember = { memberId, ...member, email: member.email.trim().toLowerCase() };
  const expiresAt = await memberExpiry(table, body.Item.term as Body['term'], deps.now);
  const outcome = await transactWrite(table, [
    {
      Put: {
        TableName: table.name,
        Item: {
          ...keys.bodyMember(bodyId, memberId),
          type: 'bodyMember',
          bodyId,
          ...stored,
          ...memberIndex(stored.email, bodyId, memberId, deps.pepper),
          ...(expiresAt ? { expiresAt } : {}),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      ConditionCheck: {
        TableName: table.name,
        Key: keys.body(bodyId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    activityPut(
      table.name,
      caller,
      { action: 'body.addMember', target: { kind: 'body', id: bodyId }, details: { role: member.role } },
      deps,
    ),
  ]);
  if (!outcome.ok) throw unknownBody();
  return stored;
}

/**
 * When a working group's member is deleted: the settings' `affiliationDays` after the group's term ends
 * (epoch seconds, DynamoDB's TTL). A group without an end to its term keeps its members until they are
 * removed or erased.
 */
async function memberExpiry(table: Table, term: Body['term'], now: Date): Promise<number | undefined> {
  const end = term?.end ? Date.parse(`${term.end}T00:00:00Z`) : Number.NaN;
  if (!Number.isFinite(end)) return undefined;
  const days = await affiliationRetentionDays(table, now.getTime());
  return Math.floor(end / 1000) + (days + 1) * 86_400;
}

/** A member leaves a working group: their item goes, logged in the same transaction. */
export async function removeMember(deps: BodyDeps, caller: Caller, bodyId: string, memberId: string) {
  const { table } = deps;
  const outcome = await transactWrite(table, [
    {
      Delete: {
        TableName: table.name,
        Key: keys.bodyMember(bodyId, memberId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    activityPut(
      table.name,
      caller,
      { action: 'body.removeMember', target: { kind: 'body', id: bodyId } },
      deps,
    ),
  ]);
  if (!outcome.ok)
    throw problem('not-found', {
      detail: {
        sv: 'Medlemmen finns inte i gruppen.',
        fi: 'Jäsentä ei ole ryhmässä.',
        en: 'The member is not in the group.',
      },
    });
}

/**
 * The council's representative for a joined organisation, named by a coordinator instead of its contact
 * person (on the representative's person index entry).
 */
export async function setCouncilRepresentative(
  deps: BodyDeps,
  caller: Caller,
  strategyId: string,
  affiliationId: string,
  representative: { name: string; email: string; language: Language },
) {
  const { table } = deps;
  const email = representative.email.trim().toLowerCase();
  const outcome = await transactWrite(table, [
    {
      Put: {
        TableName: table.name,
        Item: {
          ...keys.councilRepresentative(strategyId, affiliationId),
          type: 'councilRepresentative',
          affiliationId,
          ...representative,
          email,
          personKey: personIndexKeys.person(emailHash(email, deps.pepper)),
          personSort: personIndexKeys.sort('COUNCILREP', `${strategyId}#${affiliationId}`),
        },
      },
    },
    activityPut(
      table.name,
      caller,
      { action: 'body.setRepresentative', target: { kind: 'body', id: COUNCIL_ID, parent: affiliationId } },
      deps,
    ),
  ]);
  if (!outcome.ok) throw problem('conflict');
}

/**
 * The council: one representative per joined organisation, its named representative or else its contact
 * person (none when both were erased).
 */
export async function councilMembers(table: Table, strategyId: string): Promise<BodyMember[]> {
  const [affiliations, reps] = await Promise.all([
    listAffiliations(table, strategyId),
    table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :rep)',
        ExpressionAttributeValues: {
          ':pk': keys.councilRepresentative(strategyId, '').pk,
          ':rep': keys.councilRepresentative(strategyId, '').sk,
        },
      }),
    ),
  ]);
  const named = new Map((reps.Items ?? []).map((r) => [String(r.affiliationId), r]));
  return affiliations
    .filter((a) => a.status === 'joined')
    .flatMap((a): BodyMember[] => {
      const rep = named.get(a.affiliationId);
      const person = rep
        ? { name: String(rep.name), email: String(rep.email), language: rep.language as Language }
        : { name: a.contact.name, email: a.contact.email, language: a.contact.language };
      if (!person.email) return [];
      return [
        {
          memberId: a.affiliationId,
          ...person,
          role: 'member',
          organisation: a.organisationName,
          affiliationId: a.affiliationId,
        },
      ];
    });
}

/** A body's members: the council's from the affiliations, a working group's from its member items. */
export async function bodyMembers(table: Table, strategyId: string | undefined, bodyId: string) {
  if (bodyId === COUNCIL_ID) return strategyId ? councilMembers(table, strategyId) : [];
  const found = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :member)',
      ExpressionAttributeValues: { ':pk': `BODY#${bodyId}`, ':member': keys.bodyMemberPrefix },
    }),
  );
  const collator = collatorFor('sv');
  return ((found.Items ?? []) as BodyMember[])
    .map((m) => ({
      memberId: m.memberId,
      name: m.name,
      email: m.email,
      language: m.language,
      role: m.role,
      ...(m.organisation ? { organisation: m.organisation } : {}),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export async function bodyMembersCsv(table: Table, strategyId: string | undefined, bodyId: string) {
  const members = await bodyMembers(table, strategyId, bodyId);
  async function* cells() {
    for (const m of members) yield [m.name, m.email, m.language, m.role, m.organisation];
  }
  return csvText(['name', 'email', 'language', 'role', 'organisation'], cells());
}

/** DynamoDB's limit on one transaction, with room for each mail's budget counter and the log entry. */
const MAILS_PER_TRANSACTION = 45;

/**
 * A message to every member of a body: one mail per member in the member's language (the coordinator's
 * subject and text, framed in that language), through the outbox; the first transaction carries the
 * activity-log entry.
 */
export async function messageBody(
  deps: BodyDeps,
  caller: Caller,
  strategyId: string | undefined,
  body: { bodyId: string; name: string },
  message: { subject: string; text: string },
) {
  const members = await bodyMembers(deps.table, strategyId, body.bodyId);
  const mails: TransactItem[] = members.map((m) =>
    mailPut(
      deps.table.name,
      {
        template: 'body-message',
        to: m.email,
        lang: m.language,
        data: { bodyName: body.name, name: m.name, subject: message.subject, text: message.text },
      },
      deps.pepper,
      deps.now,
    ),
  );
  for (let i = 0; i === 0 || i < mails.length; i += MAILS_PER_TRANSACTION) {
    const batch = mails.slice(i, i + MAILS_PER_TRANSACTION);
    const outcome = await transactWrite(deps.table, [
      ...batch,
      ...(i === 0
        ? [
            activityPut(
              deps.table.name,
              caller,
              {
                action: 'body.message',
                target: { kind: 'body', id: body.bodyId },
                details: { recipients: members.length },
              },
              deps,
            ),
          ]
        : []),
    ]);
    if (!outcome.ok) throw problem('conflict');
  }
  return { recipients: members.length };
}

/** A working group by id (undefined when there is none). */
export async function workingGroupById(table: Table, bodyId: string): Promise<Body | undefined> {
  const found = await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.body(bodyId) }));
  if (!found.Item) return undefined;
  return {
    bodyId,
    name: String(found.Item.name),
    kind: 'workingGroup',
    ...(found.Item.term ? { term: found.Item.term as NonNullable<Body['term']> } : {}),
  };
}
