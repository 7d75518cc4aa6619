import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
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
  const out = new Map<string, OrganizationSnapshot>();
  for (let i = 0; i < ids.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [table.name]: { Keys: ids.slice(i, i + 100).map((id) => ({ ...keys.contentSnapshot(id) })) },
    };
    while (request && Object.keys(request).length) {
      const page = await table.doc.send(new BatchGetCommand({ RequestItems: request as never }));
      for (const item of page.Responses?.[table.name] ?? [])
        out.set(String(item.documentId), item as OrganizationSnapshot);
      request = page.UnprocessedKeys as typeof request;
    }
  }
  return out;
}

/** Mail to an organisation goes in its majority language unless its contact chose another (DOMAIN.md). */
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
