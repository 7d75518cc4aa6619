import type { Table } from '../table/client';
import { listMembers } from './membership';

/**
 * How many active members the network has, and how many of them want to coordinate a theme: the
 * coordinators' member list (listMembers, its own filter on active members) read to its end. The
 * NETWORK partition holds one item per member, so this reads as much as the CSV export does.
 */
export async function memberCounts(table: Table): Promise<{ members: number; wantToCoordinate: number }> {
  let members = 0;
  let wantToCoordinate = 0;
  let cursor: string | undefined;
  do {
    const page = await listMembers(table, cursor);
    members += page.items.length;
    wantToCoordinate += page.items.filter((m) => m.wantsToCoordinate).length;
    cursor = page.nextCursor;
  } while (cursor);
  return { members, wantToCoordinate };
}
