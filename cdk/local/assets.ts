import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { HttpResult } from '../../shared/http/handler';

/**
 * The local dataset's images and files, served offline from the files committed beside it, so pages look the
 * same without Sanity. The site asks for them where Sanity's CDN keeps them, under /_local/assets
 * (shared/content/asset-base.ts): `/_local/assets/images/<project>/<dataset>/<sha1>-<w>x<h>.<ext>` and
 * `/_local/assets/files/<project>/<dataset>/<sha1>.<ext>`.
 *
 * Each asset document of the dataset (`sanity.imageAsset`, `sanity.fileAsset`, as `sanity dataset export`
 * writes them) names its file (`originalFilename`) and its bytes (`sha1hash`): the file is
 * `<dataset directory>/assets/images|files/<originalFilename>` (sanity/seed/assets/…), and it is served only
 * when its bytes still have that hash. Only names the dataset lists are served, so no other file can be
 * reached. The image pipeline's parameters (w=, fit=, auto=, rect=) are ignored: the original is served.
 */

const ROUTE = /^\/_local\/assets\/(images|files)\/[\w-]+\/[\w-]+\/([\w-]+\.[a-z0-9]+)$/;

interface AssetFile {
  path: string;
  sha1: string;
  mimeType: string;
}

type AssetDocument = {
  _type?: unknown;
  path?: unknown;
  originalFilename?: unknown;
  sha1hash?: unknown;
  mimeType?: unknown;
};

const KINDS: Record<string, 'images' | 'files'> = {
  'sanity.imageAsset': 'images',
  'sanity.fileAsset': 'files',
};

async function readIndex(datasetPath: string): Promise<Map<string, AssetFile>> {
  const index = new Map<string, AssetFile>();
  const text = await readFile(datasetPath, 'utf8');
  for (const line of text.split('\n')) {
    if (!line.includes('"sanity.')) continue;
    const doc = JSON.parse(line) as AssetDocument;
    const kind = KINDS[String(doc._type)];
    const { path, originalFilename: name, sha1hash, mimeType } = doc;
    if (!kind || typeof path !== 'string' || typeof name !== 'string' || typeof sha1hash !== 'string')
      continue;
    // A file name only: never a path out of the assets directory.
    if (name !== basename(name) || name.startsWith('.')) continue;
    index.set(`${kind}/${basename(path)}`, {
      path: join(dirname(datasetPath), 'assets', kind, name),
      sha1: sha1hash,
      mimeType: typeof mimeType === 'string' ? mimeType : 'application/octet-stream',
    });
  }
  return index;
}

/** Answers /_local/assets/… paths from the dataset at `datasetPath`; undefined for any other path. */
export function localAssets(datasetPath: string | undefined) {
  let cached: { mtimeMs: number; index: Promise<Map<string, AssetFile>> } | undefined;
  const index = async () => {
    if (!datasetPath) return new Map<string, AssetFile>();
    const { mtimeMs } = await stat(datasetPath);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, index: readIndex(datasetPath) };
    return cached.index;
  };
  const notFound: HttpResult = {
    statusCode: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: 'no such asset',
  };

  return async function serve(pathname: string): Promise<HttpResult | undefined> {
    const match = ROUTE.exec(pathname);
    if (!match) return pathname.startsWith('/_local/assets/') ? notFound : undefined;
    const asset = (await index()).get(`${match[1]}/${match[2]}`);
    if (!asset) return notFound;
    const bytes = await readFile(asset.path).catch(() => undefined);
    if (!bytes || createHash('sha1').update(bytes).digest('hex') !== asset.sha1) return notFound;
    return {
      statusCode: 200,
      headers: {
        'content-type': asset.mimeType,
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
      },
      body: bytes.toString('base64'),
      isBase64Encoded: true,
    };
  };
}
