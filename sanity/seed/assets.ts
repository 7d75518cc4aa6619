/**
 * The seed's own image and file (made by seed/make-assets.ts, committed under seed/assets/) as Sanity asset
 * documents, shaped as `sanity dataset export --raw` writes them. Ids, hashes, sizes and dimensions come
 * from the files' bytes: `image-<sha1>-<width>x<height>-<ext>` and `file-<sha1>-<ext>` are also the ids
 * Sanity gives these files when `sanity dataset import` uploads them (seed/import.ndjson), so references
 * hold in both forms.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { dataset, projectId } from '../env';
import { ASSET_FILES, SEED_DIR } from './assetFiles';
import type { SeedDocument } from './lib';

const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  pdf: 'application/pdf',
};

export interface SeedAsset {
  /** The asset document's id, which image and file fields reference. */
  id: string;
  kind: 'image' | 'file';
  /** Path from seed/ (the directory of the NDJSON files), e.g. "assets/images/likhetstecken.png". */
  relativePath: string;
  document: SeedDocument;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngDimensions(bytes: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('Not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function describe(path: string, kind: 'image' | 'file'): SeedAsset {
  const bytes = readFileSync(path);
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const filename = basename(path);
  const extension = filename.slice(filename.lastIndexOf('.') + 1);
  const mimeType = MIME_TYPES[extension];
  if (!mimeType) throw new Error(`No MIME type for ${filename}`);
  const common = {
    assetId: sha1,
    extension,
    mimeType,
    originalFilename: filename,
    sha1hash: sha1,
    size: bytes.length,
    uploadId: sha1.slice(0, 32),
  };
  const relativePath = relative(SEED_DIR, path).split('\\').join('/');
  if (kind === 'file') {
    const id = `file-${sha1}-${extension}`;
    const stored = `files/${projectId}/${dataset}/${sha1}.${extension}`;
    return {
      id,
      kind,
      relativePath,
      document: {
        _id: id,
        _type: 'sanity.fileAsset',
        ...common,
        path: stored,
        url: `https://cdn.sanity.io/${stored}`,
      },
    };
  }
  const { width, height } = pngDimensions(bytes);
  const id = `image-${sha1}-${width}x${height}-${extension}`;
  const stored = `images/${projectId}/${dataset}/${sha1}-${width}x${height}.${extension}`;
  return {
    id,
    kind,
    relativePath,
    document: {
      _id: id,
      _type: 'sanity.imageAsset',
      ...common,
      path: stored,
      url: `https://cdn.sanity.io/${stored}`,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: {
          _type: 'sanity.imageDimensions',
          width,
          height,
          aspectRatio: width / height,
        },
        hasAlpha: false,
        isOpaque: true,
      },
    },
  };
}

export const SEED_ASSETS = {
  equalsSign: describe(ASSET_FILES.equalsSign, 'image'),
  checklist: describe(ASSET_FILES.checklist, 'file'),
} as const;

export const assetDocuments: SeedDocument[] = Object.values(SEED_ASSETS).map((asset) => asset.document);
