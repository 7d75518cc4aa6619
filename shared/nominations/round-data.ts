import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { batchGetAll } from '../table/batch';
import type { Table } from '../table/client';
import { keys } from '../table/keys';

/** The operational copy of a nomination round (content-sync keeps it). */
export interface RoundMeta {
  documentId: string;
  published: boolean;
  title: LocalizedMap;
  instructions: LocalizedMap;
  deadline: string;
  deadlineMs: number;
  seats: { members: number; deputies: number };
  term: { start?: string; end?: string } | null;
  askBothGenders: boolean;
  /** Example content: mailed only to addresses of the reserved example domains (isExampleAddress). */
  isExample?: boolean;
  organizations: string[];
}

export interface OrganizationSnapshot {
  documentId: string;
  name: LocalizedMap;
  kind: string;
  majorityLanguage?: Language;
  nominationContact?: { name?: string; email?: string; language?: Language } | null;
}

export async function roundMeta(table: Table, roundId: string): Promise<RoundMeta | undefined> {
  const out = await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.roundMeta(roundId) }));
  return out.Item?.published ? (out.Item as RoundMeta) : undefined;
}

/** Organisation snapshots by id, in one BatchGet per hundred. */
export async function organizations(
  table: Table,
  ids: readonly string[],
): Promise<Map<string, OrganizationSnapshot>> {
  const items = await batchGetAll(
    table,
    ids.map((id) => keys.contentSnapshot(id)),
  );
  return new Map(items.map((item) => [String(item.documentId), item as OrganizationSnapshot]));
}

/** Mail to an organisation goes in its majority language unless its contact chose another (docs/DOMAIN.md, Languages). */
export const contactLanguage = (org: OrganizationSnapshot): Language =>
  org.nominationContact?.language ?? org.majorityLanguage ?? 'sv';

/** The calendar day in Helsinki, for "once a day" rules. */
export const helsinkiDay = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
