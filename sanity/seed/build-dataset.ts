/**
 * Writes sanity/seed/dataset.ndjson, the seed dataset in the format of `sanity dataset export`:
 *
 *   npx tsx sanity/seed/build-dataset.ts
 *
 * The output is deterministic (fixed timestamps, `_rev` and `_key` derived from content), so the committed
 * file only changes when the content below does. Import into a real project with
 * `sanity dataset import sanity/seed/dataset.ndjson <dataset> --replace`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { actions, focusAreas } from './content/activityPlan';
import { campaigns } from './content/campaigns';
import { events } from './content/events';
import { informationPackages } from './content/informationPackages';
import { nominationRounds } from './content/nominationRounds';
import { organizations } from './content/organizations';
import { settings } from './content/settings';
import { type ExportedDocument, exported } from './lib';

export const DATASET_PATH = fileURLToPath(new URL('./dataset.ndjson', import.meta.url));

export function buildDocuments(): ExportedDocument[] {
  const documents = [
    ...settings,
    ...organizations,
    ...focusAreas,
    ...actions,
    ...events,
    ...campaigns,
    ...nominationRounds,
    ...informationPackages,
  ].map(exported);
  const ids = new Set<string>();
  for (const document of documents) {
    if (ids.has(document._id)) throw new Error(`Duplicate document id ${document._id}`);
    ids.add(document._id);
  }
  return documents.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

export function buildDataset(): string {
  return buildDocuments()
    .map((document) => `${JSON.stringify(document)}\n`)
    .join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dataset = buildDataset();
  writeFileSync(DATASET_PATH, dataset);
  console.log(`Wrote ${dataset.split('\n').length - 1} documents to ${DATASET_PATH}`);
}
