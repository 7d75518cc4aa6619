import type { Table } from '../table/client';
import { listRegistrations, type RegistrationRow } from './admin-list';

/** Case and accents folded away, so `asa` finds Åsa and `NIEMI` finds niemi@example.org. */
export const folded = (value: string) =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv').trim();

const matches = (row: RegistrationRow, needle: string) =>
  [row.name, row.email, row.organization ?? ''].some((field) => folded(field).includes(needle));

/**
 * The registrations of an event whose name, email or organisation contains `query`, a page at a time.
 * It reads the event's list page by page (listRegistrations, the coordinator list's own use case and
 * cursor) until `pageSize` matches are found or the list ends, and returns the cursor to read on from.
 * An event's partition is bounded by its capacity and waitlist, so a search reads at most that.
 */
export async function searchRegistrations(
  table: Table,
  eventId: string,
  query: string,
  cursor: string | undefined,
  pageSize = 50,
): Promise<{ items: RegistrationRow[]; nextCursor?: string }> {
  const needle = folded(query);
  if (!needle) return listRegistrations(table, eventId, cursor);
  const items: RegistrationRow[] = [];
  let next = cursor;
  do {
    const page = await listRegistrations(table, eventId, next);
    items.push(...page.items.filter((row) => matches(row, needle)));
    next = page.nextCursor;
  } while (next && items.length < pageSize);
  return { items, ...(next ? { nextCursor: next } : {}) };
}
