import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseNdjson, type SanityDocument } from '../../shared/content/dataset-source';
import { contentSources } from '../../shared/content/default-source';
import { rebaseExamples } from '../../shared/content/example-rebase';

/**
 * The seed dataset as the local stack serves it. Its example documents are moved to the current week
 * when the stack loads them (shared/content/example-rebase.ts), so a test that needs an open window
 * takes the window from here, never from the calendar or from the dates written in the file.
 */

export const SEED_DATASET = fileURLToPath(new URL('../../sanity/seed/dataset.ndjson', import.meta.url));

/** A seed document as it is in the file, or moved to `now` as the local dataset source moves it. */
export function seedDocument(id: string, now?: Date): SanityDocument {
  const file = parseNdjson(readFileSync(SEED_DATASET, 'utf8'));
  const doc = (now ? rebaseExamples(file, now) : file).find((d) => d._id === id);
  if (!doc) throw new Error(`The seed dataset has no document ${id}`);
  return doc;
}

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
