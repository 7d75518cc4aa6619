import type { SanityDocument } from '../../shared/content/dataset-source';
import { contentSources } from '../../shared/content/default-source';

/**
 * The seed dataset as the local stack serves it. Its example documents are moved to the current week
 * when the stack loads them (shared/content/example-rebase.ts), so a test that needs an open window
 * takes the window from here, never from the calendar or from the dates written in the file.
 */

/**
 * A seed document exactly as the local stack started in this process serves it (and synced it into
 * the operational copy): the same content source, so the same week even if the clock crossed into a
 * new one since the stack started.
 */
export async function servedDocument(id: string): Promise<SanityDocument> {
  const doc = await (await contentSources()).fresh.fetch<SanityDocument | null>('*[_id == $id][0]', { id });
  if (!doc) throw new Error(`The local stack serves no document ${id}`);
  return doc;
}

/** Whether `now` lies in [opensAt, closesAt): the windows of registrations and campaigns. */
export const isOpenAt = (now: number, opensAt: unknown, closesAt: unknown) =>
  Date.parse(String(opensAt)) <= now && now < Date.parse(String(closesAt));
