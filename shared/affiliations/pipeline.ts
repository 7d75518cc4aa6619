import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { activityPut } from '../activity/activity-log';
import { collatorFor } from '../content/localize';
import { affiliationRetentionDays } from '../content/settings-cache';
import { csvText } from '../csv';
import type { Caller } from '../http/caller';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import { type TransactItem, transactWrite } from '../table/transact';
import {
  type AffiliationItem,
  type AffiliationStatus,
  affiliationProblems,
  NEXT_STATUSES,
} from './affiliation';
import type { AffiliationDeps } from './join';
import { releaseClaim } from './manage';

/** Every affiliation of a strategy past the contact's confirmation (one partition; strategies are few). */
export async function listAffiliations(table: Table, strategyId: string): Promise<AffiliationItem[]> {
  const items: AffiliationItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const found = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        FilterExpression: '#status <> :unconfirmed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pk': keys.affiliation(strategyId, '').pk,
          ':prefix': keys.affiliationPrefix,
          ':unconfirmed': 'unconfirmed',
        },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((found.Items ?? []) as AffiliationItem[]));
    startKey = found.LastEvaluatedKey;
  } while (startKey);
  const collator = collatorFor('sv');
  return items.sort((a, b) => collator.compare(a.organisationName, b.organisationName));
}

/** The organisations that joined and agreed to be named, with what they contribute per goal. */
export async function publicAffiliations(table: Table, strategyId: string) {
  const all = await listAffiliations(table, strategyId);
  return all
    .filter((a) => a.status === 'joined' && a.consentToPublish === true)
    .map((a) => ({
      organisationName: a.organisationName,
      organisationType: a.organisationType,
      municipality: a.municipality,
      joinedOn: a.joinedOn,
      contributions: a.contributions,
    }));
}

export async function affiliationById(table: Table, strategyId: string, affiliationId: string) {
  const found = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.affiliation(strategyId, affiliationId),
      ConsistentRead: true,
    }),
  );
  const item = found.Item as AffiliationItem | undefined;
  if (!item || item.status === 'unconfirmed') throw affiliationProblems.unknownAffiliation();
  return item;
}

/** The CSV of a strategy's affiliations for coordinators: one row per organisation, its goals' texts. */
export async function affiliationsCsv(
  table: Table,
  strategyId: string,
  goalKeys: readonly string[],
  municipalityName: (id: string) => string = (id) => id,
) {
  const rows = await listAffiliations(table, strategyId);
  async function* cells() {
    for (const a of rows)
      yield [
        a.organisationName,
        a.organisationType,
        municipalityName(a.municipality),
        a.businessId,
        a.status,
        a.decisionBody,
        a.decisionDate,
        a.minutesUrl,
        a.contact.name,
        a.contact.title,
        a.contact.email,
        a.contact.phone,
        a.contact.language,
        a.consentToPublish ? 'yes' : '',
        a.confirmedAt,
        a.dialogueBookedFor,
        a.dialogueHeldOn,
        a.joinedOn,
        a.declinedOn,
        a.withdrawnAt,
        ...goalKeys.flatMap((key) => [a.contributions[key]?.already, a.contributions[key]?.contribute]),
      ];
  }
  return csvText(
    [
      'organisation',
      'type',
      'municipality',
      'businessId',
      'status',
      'decisionBody',
      'decisionDate',
      'minutesUrl',
      'contactName',
      'contactTitle',
      'contactEmail',
      'contactPhone',
      'contactLanguage',
      'consentToPublish',
      'confirmedAt',
      'dialogueBookedFor',
      'dialogueHeldOn',
      'joinedOn',
      'declinedOn',
      'withdrawnAt',
      ...goalKeys.flatMap((key) => [`${key}:already`, `${key}:contribute`]),
    ],
    cells(),
  );
}

/** The date field each step records, and whether the step needs one. */
const STEP_DATE: Partial<Record<AffiliationStatus, { field: string; required: boolean }>> = {
  dialogueBooked: { field: 'dialogueBookedFor', required: true },
  dialogueHeld: { field: 'dialogueHeldOn', required: true },
  joined: { field: 'joinedOn', required: false },
  declined: { field: 'declinedOn', required: false },
};

const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A coordinator moves an affiliation along its pipeline: received → dialogue booked (its date) → dialogue
 * held (its date) → joined, or declined / withdrawn. Only the steps NEXT_STATUSES allows; "joined" needs
 * a held dialogue's date. The step, its date, an optional internal note and the activity-log entry are
 * one transaction, conditional on the status read; declining or withdrawing releases the claim.
 */
export async function moveAffiliation(
  deps: AffiliationDeps & { retentionDays?: number },
  caller: Caller,
  strategyId: string,
  affiliationId: string,
  to: AffiliationStatus,
  options: { date?: string; note?: string } = {},
) {
  const { table, now } = deps;
  const item = await affiliationById(table, strategyId, affiliationId);
  if (!NEXT_STATUSES[item.status].includes(to)) throw affiliationProblems.transition(item.status, to);
  if (to === 'joined' && !item.dialogueHeldOn) throw affiliationProblems.transition(item.status, to);
  const step = STEP_DATE[to];
  const date = options.date?.trim() || undefined;
  if (date !== undefined && (!DAY_FORMAT.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))))
    throw affiliationProblems.dateNeeded();
  if (step?.required && !date) throw affiliationProblems.dateNeeded();
  const at = now.toISOString();
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':to': to, ':seen': item.status, ':now': at };
  const sets = ['#status = :to', 'updatedAt = :now'];
  if (step) {
    sets.push(`${step.field} = :date`);
    values[':date'] = date ?? at.slice(0, 10);
  }
  if (to === 'withdrawn') sets.push('withdrawnAt = :now');
  if (to === 'withdrawn' || to === 'declined') {
    // Ended: the affiliation and its contact go after the settings' retention (affiliationDays).
    sets.push('expiresAt = :expires');
    values[':expires'] = Math.floor(now.getTime() / 1000) + (await affiliationRetentionDays(table)) * 86_400;
  }
  const note = options.note?.trim();
  if (note) {
    sets.push('notes = list_append(if_not_exists(notes, :empty), :note)');
    values[':empty'] = [];
    values[':note'] = [{ at, by: caller.email ?? caller.subject, text: note.slice(0, 4000), status: to }];
  }
  const writes: TransactItem[] = [
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliation(strategyId, affiliationId),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: '#status = :seen',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    activityPut(
      table.name,
      caller,
      {
        action: 'affiliation.move',
        target: { kind: 'affiliation', id: affiliationId, parent: strategyId },
        details: { from: item.status, to, ...(note ? { note: true } : {}) },
      },
      deps,
    ),
  ];
  if (to === 'declined' || to === 'withdrawn') writes.push(releaseClaim(table, item));
  const outcome = await transactWrite(table, writes);
  if (!outcome.ok) throw affiliationProblems.changed();
  return { status: to };
}

/** An internal note from the dialogue (coordinators only), recorded with who wrote it and when. */
export async function addAffiliationNote(
  deps: AffiliationDeps & { retentionDays?: number },
  caller: Caller,
  strategyId: string,
  affiliationId: string,
  text: string,
) {
  const { table, now } = deps;
  await affiliationById(table, strategyId, affiliationId);
  const at = now.toISOString();
  const outcome = await transactWrite(table, [
    {
      Update: {
        TableName: table.name,
        Key: keys.affiliation(strategyId, affiliationId),
        UpdateExpression: 'SET notes = list_append(if_not_exists(notes, :empty), :note), updatedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: {
          ':empty': [],
          ':note': [{ at, by: caller.email ?? caller.subject, text: text.trim().slice(0, 4000) }],
          ':now': at,
        },
      },
    },
    activityPut(
      table.name,
      caller,
      { action: 'affiliation.note', target: { kind: 'affiliation', id: affiliationId, parent: strategyId } },
      deps,
    ),
  ]);
  if (!outcome.ok) throw affiliationProblems.unknownAffiliation();
}
