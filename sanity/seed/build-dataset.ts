/**
 * Writes the seed dataset in two forms:
 *
 *   npx tsx sanity/seed/build-dataset.ts      (or npm run seed:build -w sanity)
 *
 * - seed/dataset.ndjson: the format of `sanity dataset export --raw`. Documents, and the asset documents
 *   (`sanity.imageAsset`, `sanity.fileAsset`) their image and file fields reference. The site's local content
 *   source and the tests read this file with groq-js, so `asset->` resolves as it does in Sanity.
 * - seed/import.ndjson: the form `sanity dataset import` uploads assets from. No asset documents; each image or
 *   file field holds `_sanityAsset: "image@file://./assets/images/…"` (relative to seed/, the file's directory)
 *   instead of its `asset` reference. Import it with
 *   `npx sanity dataset import seed/import.ndjson <dataset> --replace`; Sanity gives the uploaded files the
 *   same asset ids as dataset.ndjson uses (they derive from the files' bytes).
 *
 * The output is deterministic (fixed timestamps, `_rev` and `_key` derived from content), so the committed
 * files only change when the content below does.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assetDocuments, SEED_ASSETS } from './assets';
import { actions, focusAreas } from './content/activityPlan';
import { campaigns } from './content/campaigns';
import { events } from './content/events';
import { informationPackages } from './content/informationPackages';
import { methods } from './content/methods';
import { nominationRounds } from './content/nominationRounds';
import { organizations } from './content/organizations';
import { settings } from './content/settings';
import { strategies } from './content/strategy';
import { surveys } from './content/surveys';
import { type ExportedDocument, exported } from './lib';

export const DATASET_PATH = fileURLToPath(new URL('./dataset.ndjson', import.meta.url));
export const IMPORT_PATH = fileURLToPath(new URL('./import.ndjson', import.meta.url));

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
    ...methods,
    ...surveys,
    ...strategies,
    ...assetDocuments,
  ].map(exported);
  const ids = new Set<string>();
  for (const document of documents) {
    if (ids.has(document._id)) throw new Error(`Duplicate document id ${document._id}`);
    ids.add(document._id);
  }
  return documents.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

function ndjson(documents: readonly object[]): string {
  return documents.map((document) => `${JSON.stringify(document)}\n`).join('');
}

export function buildDataset(): string {
  return ndjson(buildDocuments());
}

const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset']);
const assetsById = new Map(Object.values(SEED_ASSETS).map((asset) => [asset.id, asset]));

/** An image or file field with an `asset` reference becomes one with a `_sanityAsset` to upload from. */
function withUploads(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUploads);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const assetRef = (record.asset as { _ref?: unknown } | undefined)?._ref;
  const entries = Object.entries(record).map(
    ([field, fieldValue]) => [field, withUploads(fieldValue)] as const,
  );
  if (typeof assetRef !== 'string') return Object.fromEntries(entries);
  const asset = assetsById.get(assetRef);
  if (!asset) throw new Error(`No seed asset ${assetRef}`);
  return Object.fromEntries([
    ['_sanityAsset', `${asset.kind}@file://./${asset.relativePath}`],
    ...entries.filter(([field]) => field !== 'asset'),
  ]);
}

export function buildImportDataset(): string {
  return ndjson(
    buildDocuments()
      .filter((document) => !ASSET_TYPES.has(document._type))
      .map((document) => withUploads(document) as object),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dataset = buildDataset();
  writeFileSync(DATASET_PATH, dataset);
  writeFileSync(IMPORT_PATH, buildImportDataset());
  console.log(
    `Wrote ${dataset.split('\n').length - 1} documents to ${DATASET_PATH} and the import form to ${IMPORT_PATH}`,
  );
}
