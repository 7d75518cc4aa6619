import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  currentEventCopy,
  deliverNotices,
  type NoticedEvent,
  noticeFor,
  noticePending,
  noticeWrite,
} from '../registrations/notices';
import { fillFreeSeats } from '../registrations/promote';
import type { Table } from '../table/client';
import { type ItemKey, keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import type { ContentSource } from './content-source';
import type { EventMeta } from './event-status';
import { type LocalizedField, toLocalizedMap } from './localize';
import { governedDocumentsQuery, governedTypes } from './queries';

export type GovernedType = (typeof governedTypes)[number];

/** A governed document as governedDocumentByIdQuery / governedDocumentsQuery return it. */
export interface GovernedDocument {
  _id: string;
  _type: GovernedType;
  _rev: string;
  _updatedAt: string;
  [field: string]: unknown;
}

const isGoverned = (type: unknown): type is GovernedType => governedTypes.includes(type as GovernedType);

function keyOf(type: GovernedType, id: string): ItemKey {
  switch (type) {
    case 'event':
      return keys.eventMeta(id);
    case 'campaign':
      return keys.campaignMeta(id);
    case 'nominationRound':
      return keys.roundMeta(id);
    case 'survey':
      return keys.surveyMeta(id);
    default:
      return keys.contentSnapshot(id);
  }
}

const ms = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : undefined;
const l = (value: unknown) => toLocalizedMap(value as LocalizedField);
const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);
/** Every language's slug (`[{language, value}]`), so mails link to the page at its address without a content read. */
const slugs = (value: unknown) =>
  list<{ language?: unknown; value?: unknown }>(value)
    .filter((s) => typeof s.language === 'string' && typeof s.value === 'string' && s.value !== '')
    .map((s) => ({ language: s.language as string, value: s.value as string }));

/** The content fields each type keeps in the table; counters are never touched here. */
function copiedFields(doc: GovernedDocument): Record<string, unknown> {
  switch (doc._type) {
    case 'event':
      return {
        type: 'eventMeta',
        title: l(doc.title),
        slugs: slugs(doc.slugs),
        place: l(doc.place),
        mode: doc.mode,
        onlineUrl: doc.onlineUrl ?? null,
        startsAt: doc.startsAt,
        endsAt: doc.endsAt,
        capacity: doc.capacity,
        waitlist: doc.waitlist === true,
        requireEmailConfirmation: doc.requireEmailConfirmation === true,
        // No window set: registration opens on publication and closes when the event starts.
        opensAt: doc.registrationOpensAt ?? null,
        closesAt: doc.registrationClosesAt ?? doc.startsAt,
        cancelled: doc.cancelled === true,
        cancellationReason: l(doc.cancellationReason),
        // Epoch milliseconds for the conditions of the registration transaction. A cancelled event's
        // window is closed, so the transaction refuses it as it refuses any closed registration.
        opensAtMs: ms(doc.registrationOpensAt) ?? 0,
        closesAtMs: doc.cancelled === true ? 0 : (ms(doc.registrationClosesAt ?? doc.startsAt) ?? 0),
        endsAtMs: ms(doc.endsAt) ?? 0,
      };
    case 'campaign':
      return {
        type: 'campaignMeta',
        title: l(doc.title),
        slugs: slugs(doc.slugs),
        year: doc.year,
        opensAt: doc.opensAt,
        closesAt: doc.closesAt,
        opensAtMs: ms(doc.opensAt) ?? 0,
        closesAtMs: ms(doc.closesAt) ?? 0,
        // Optional: after it the jury's reviews and conflicts of interest no longer change.
        reviewDeadline: doc.reviewDeadline ?? null,
        reviewDeadlineMs: ms(doc.reviewDeadline) ?? null,
        eligibleMunicipalities: list<string>(doc.eligibleMunicipalities),
        criteria: list<Record<string, unknown>>(doc.criteria).map((c) => ({
          key: c.key,
          label: l(c.label),
          description: l(c.description),
          weight: c.weight,
        })),
        questions: list<Record<string, unknown>>(doc.questions).map((q) => ({
          key: q.key,
          label: l(q.label),
          help: l(q.help),
          type: q.type,
          required: q.required === true,
          options: list<string>(q.options),
          // What people see for each option (pages, receipts); exports keep the values.
          optionLabels: list<Record<string, unknown>>(q.optionLabels).map((o) => ({
            value: o.value,
            label: l(o.label),
          })),
          maxLength: q.maxLength ?? null,
          criterion: q.criterion ?? null,
        })),
      };
    case 'nominationRound':
      return {
        type: 'roundMeta',
        title: l(doc.title),
        instructions: l(doc.instructions),
        deadline: doc.deadline,
        deadlineMs: ms(doc.deadline) ?? 0,
        seats: doc.seats,
        term: doc.term ?? null,
        askBothGenders: doc.askBothGenders === true,
        isExample: doc.isExample === true,
        organizations: list<string>(doc.organizations),
      };
    case 'organization':
      return {
        type: 'organizationSnapshot',
        name: l(doc.name),
        kind: doc.kind,
        majorityLanguage: doc.majorityLanguage,
        nominationContact: doc.nominationContact ?? null,
      };
    case 'settings':
      return {
        type: 'settingsSnapshot',
        networkName: l(doc.networkName),
        contactEmail: doc.contactEmail ?? null,
        retention: doc.retention ?? {},
        mailBudget: doc.mailBudget ?? {},
        surveys: doc.surveys ?? {},
        reminderHoursBefore: doc.reminderHoursBefore ?? null,
      };
    case 'survey':
      return {
        type: 'surveyMeta',
        title: l(doc.title),
        introduction: l(doc.introduction),
        opensAt: doc.opensAt,
        closesAt: doc.closesAt,
        opensAtMs: ms(doc.opensAt) ?? 0,
        closesAtMs: ms(doc.closesAt) ?? 0,
        autoSend: doc.autoSend !== false,
        events: list<string>(doc.events),
        questions: list<Record<string, unknown>>(doc.questions).map((q) => ({
          key: q._key,
          kind: q.kind,
          label: l(q.label),
          required: q.required === true,
          minLabel: l(q.minLabel),
          maxLabel: l(q.maxLabel),
          options: list<Record<string, unknown>>(q.options).map((o) => ({
            value: o.value,
            label: l(o.label),
          })),
        })),
      };
  }
}

const counters: Partial<Record<GovernedType, readonly string[]>> = {
  event: ['confirmed', 'waitlisted', 'waitSequence', 'pendingHolds'],
};

export type SyncResult = 'applied' | 'unchanged';

/**
 * What syncing an event needs besides the table: when it leaves seats free while people wait, they are
 * promoted and mailed (mail items hold a sealed link and the address's HMAC: the pepper), at `now`.
 */
export interface SyncDeps {
  pepper: string;
  now: Date;
}

/**
 * Copies a published document's governing fields, only if it is newer than what the table holds:
 * an older delivery arriving late changes nothing. The index entry lets reconciliation see deletions.
 * With `deps`, an event is then checked for free seats (whether or not this copy changed anything, so
 * a redelivery or reconciliation finishes what an interrupted run left) and its waitlist promoted into
 * them, in order; lowering capacity takes no seat from anyone.
 */
export async function applyDocument(
  table: Table,
  doc: GovernedDocument,
  deps?: SyncDeps,
): Promise<SyncResult> {
  const version = Date.parse(doc._updatedAt);
  const fields = {
    ...copiedFields(doc),
    documentId: doc._id,
    published: true,
    sourceRev: doc._rev,
    sourceVersion: version,
  };
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':version': version };
  const sets = Object.entries(fields).map(([name, value], i) => {
    names[`#f${i}`] = name;
    values[`:f${i}`] = value;
    return `#f${i} = :f${i}`;
  });
  for (const [i, counter] of (counters[doc._type] ?? []).entries()) {
    names[`#c${i}`] = counter;
    values[':zero'] = 0;
    sets.push(`#c${i} = if_not_exists(#c${i}, :zero)`);
  }
  const promotes = doc._type === 'event' && deps !== undefined;
  // A change registrants must hear of (time, place, cancellation) raises the calendar sequence in this
  // same transaction, with its notice item (shared/registrations/notices.ts): once per change.
  const before = promotes ? await currentEventCopy(table, doc._id) : undefined;
  const kind =
    promotes && deps
      ? noticeFor(before, fields as unknown as NoticedEvent & { published: boolean }, deps.now.getTime())
      : undefined;
  const notice =
    kind && before && deps ? noticeWrite(table.name, doc._id, before, kind, deps.now) : undefined;
  if (notice) {
    sets.push(notice.set);
    Object.assign(values, notice.values);
  }
  const items: TransactItem[] = [
    {
      Update: {
        TableName: table.name,
        Key: keyOf(doc._type, doc._id),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: `(attribute_not_exists(sourceVersion) OR sourceVersion < :version)${notice ? ` AND ${notice.condition}` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        // An unchanged event comes back as the table holds it: its seats are checked without a read.
        ...(promotes ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
      },
    },
    {
      Put: {
        TableName: table.name,
        Item: {
          ...keys.contentIndex(doc._id),
          type: 'contentIndex',
          documentType: doc._type,
          published: true,
          sourceVersion: version,
        },
      },
    },
  ];
  if (notice) items.push(notice.put);
  const outcome = await transactWrite(table, items);
  if (promotes) {
    const current = outcome.ok ? undefined : (outcome.cancelled[0]?.old as EventMeta | undefined);
    await fillFreeSeats({ table, ...deps }, doc._id, current);
    if (deps && ((outcome.ok && notice) || noticePending(before)))
      await deliverNotices({ table, ...deps }, doc._id);
  }
  return outcome.ok ? 'applied' : 'unchanged';
}

/**
 * A document that is no longer published (unpublished or deleted): its copy is marked unpublished,
 * which closes registration, applications and answers that depend on it. Counters and submissions stay.
 */
export async function applyRemoval(
  table: Table,
  documentId: string,
  at: number,
  deps?: SyncDeps,
): Promise<SyncResult> {
  const index = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: keys.contentIndex(documentId) }),
  );
  const type = index.Item?.documentType;
  if (!isGoverned(type)) return 'unchanged';
  // An unpublished event with registrations is a cancellation for them (shared/registrations/notices.ts).
  const before = type === 'event' && deps ? await currentEventCopy(table, documentId) : undefined;
  const kind = deps ? noticeFor(before, { published: false }, deps.now.getTime()) : undefined;
  const notice =
    kind && before && deps ? noticeWrite(table.name, documentId, before, kind, deps.now) : undefined;
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keyOf(type, documentId),
        // sourceVersion stays: a late, older update still loses, and a republication (newer) wins.
        UpdateExpression: `SET published = :false, unpublishedAt = :at${notice ? `, ${notice.set}` : ''}`,
        ConditionExpression: `attribute_exists(pk) AND published = :true${notice ? ` AND ${notice.condition}` : ''}`,
        ExpressionAttributeValues: {
          ':false': false,
          ':true': true,
          ':at': new Date(at).toISOString(),
          ...notice?.values,
        },
      },
    },
    ...(notice ? [notice.put] : []),
    {
      Update: {
        TableName: table.name,
        Key: keys.contentIndex(documentId),
        UpdateExpression: 'SET published = :false',
        ExpressionAttributeValues: { ':false': false },
      },
    },
  ]);
  if (deps && ((outcome.ok && notice) || noticePending(before)))
    await deliverNotices({ table, ...deps }, documentId);
  return outcome.ok ? 'applied' : 'unchanged';
}

/**
 * The backstop for missed webhook deliveries (scheduled), and the full sync when the local stack
 * starts: every governed document applied (a no-op where the table is current), and every synced
 * document Sanity no longer has marked unpublished. With `deps`, free seats of every event are filled
 * from its waitlist too (nothing to do, and nothing mailed, where that already happened).
 */
export async function reconcile(table: Table, source: ContentSource, deps?: SyncDeps) {
  const now = deps?.now ?? new Date();
  const documents = await source.fetch<GovernedDocument[]>(governedDocumentsQuery, {
    types: [...governedTypes],
  });
  let applied = 0;
  for (const doc of documents) if ((await applyDocument(table, doc, deps)) === 'applied') applied++;

  const present = new Set(documents.map((d) => d._id));
  let removed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.contentIndexPartition },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const entry of page.Items ?? []) {
      if (entry.published && !present.has(String(entry.sk))) {
        if ((await applyRemoval(table, String(entry.sk), now.getTime(), deps)) === 'applied') removed++;
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { documents: documents.length, applied, removed };
}
