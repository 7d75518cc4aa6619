import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The directory of the NDJSON files; `_sanityAsset` paths in import.ndjson are relative to it. */
export const SEED_DIR = here('./');

/** The seed's own files, made by make-assets.ts and committed. */
export const ASSET_FILES = {
  equalsSign: here('./assets/images/likhetstecken.png'),
  checklist: here('./assets/files/checklista-jamstalldhet-i-beslut.pdf'),
} as const;
