import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localAssets } from '../../cdk/local/assets';
import { ASSET_FILES } from '../../sanity/seed/assetFiles';
import { SEED_ASSETS } from '../../sanity/seed/assets';

/**
 * The local stack's asset route (cdk/local/assets.ts): the dataset's images and files by the names Sanity's CDN
 * gives them, from the files beside the dataset, and nothing else.
 */
const DATASET = join(import.meta.dirname, '../../sanity/seed/dataset.ndjson');
const image = { path: String(SEED_ASSETS.equalsSign.document.path) };
const file = { path: String(SEED_ASSETS.checklist.document.path) };
const route = (stored: string, query = '') =>
  `/_local/assets/${stored.split('/')[0]}/local/production/${stored.split('/').pop()}${query}`;

describe('local asset route', () => {
  it('serves the seed image and PDF by their CDN names, whatever the image parameters', async () => {
    // Prepare
    const serve = localAssets(DATASET);

    // Act
    const png = await serve(route(image.path));
    const pdf = await serve(route(file.path));

    // Assess
    expect(png?.statusCode).toBe(200);
    expect(png?.headers?.['content-type']).toBe('image/png');
    expect(Buffer.from(png?.body ?? '', 'base64').equals(readFileSync(ASSET_FILES.equalsSign))).toBe(true);
    expect(pdf?.headers?.['content-type']).toBe('application/pdf');
    expect(Buffer.from(pdf?.body ?? '', 'base64').equals(readFileSync(ASSET_FILES.checklist))).toBe(true);
  });

  it('answers 404 for names the dataset does not list, paths out of the folder and files whose bytes changed', async () => {
    // Prepare: a copy of the dataset whose image file no longer has the listed hash
    const dir = mkdtempSync(join(tmpdir(), 'local-assets-'));
    mkdirSync(join(dir, 'assets', 'images'), { recursive: true });
    copyFileSync(DATASET, join(dir, 'dataset.ndjson'));
    writeFileSync(join(dir, 'assets', 'images', 'likhetstecken.png'), 'not the image');
    const changed = localAssets(join(dir, 'dataset.ndjson'));
    const serve = localAssets(DATASET);

    // Act
    const answers = await Promise.all([
      serve('/_local/assets/images/local/production/0000000000000000000000000000000000000000-1x1.png'),
      serve('/_local/assets/files/local/production/..%2F..%2Fdataset.ndjson'),
      serve('/_local/assets/files/../../dataset.ndjson'),
      changed(route(image.path)),
    ]);

    // Assess
    expect(answers.map((answer) => answer?.statusCode)).toEqual([404, 404, 404, 404]);
    expect(await serve('/_local/outbox')).toBeUndefined();
  });
});
