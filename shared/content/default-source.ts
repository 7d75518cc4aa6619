import { config, localDatasetModule } from '../config';
import { getSecret, hasSecret, invalidateSecret, NO_SANITY_TOKEN } from '../secrets';
import type { ContentSource } from './content-source';
import { LastGoodContentSource } from './last-good-source';
import type { SanityToken } from './sanity-source';

export interface ContentSources {
  /** For public reads: may be served from a CDN. */
  cached: ContentSource;
  /** For content-sync: always the current published state. */
  fresh: ContentSource;
}

let sources: Promise<ContentSources> | undefined;

/**
 * Public reads (`cached`) go through a last-good cache (last-good-source.ts): when the source fails,
 * the content routes answer from the last good answer for up to ten minutes, else 503.
 * With SANITY_PROJECT_ID set (always in AWS, optionally locally) the Sanity API; otherwise the local
 * NDJSON dataset (CONTENT_DATASET) through groq-js, which is also what the tests use.
 */
export function contentSources(): Promise<ContentSources> {
  sources ??= create();
  sources.catch(() => {
    sources = undefined;
  });
  return sources;
}

/**
 * The Sanity read token from shared/secrets.ts. No token when none is configured (locally, a public
 * dataset) or while the secret still holds NO_SANITY_TOKEN (in AWS until an operator puts one in):
 * public reads still work for a public dataset. A secret that cannot be read is an error, not "no token".
 */
export const sanityToken: SanityToken = {
  async read() {
    if (!hasSecret('sanityToken')) return undefined;
    const token = await getSecret('sanityToken');
    return token === NO_SANITY_TOKEN ? undefined : token;
  },
  invalidate: () => invalidateSecret('sanityToken'),
};

async function create(): Promise<ContentSources> {
  const projectId = config.sanityProjectId;
  if (projectId) {
    const { SanityContentSource } = await import('./sanity-source');
    const dataset = config.sanityDataset;
    return {
      cached: new LastGoodContentSource(
        new SanityContentSource({ projectId, dataset, token: sanityToken, useCdn: true }),
      ),
      fresh: new SanityContentSource({ projectId, dataset, token: sanityToken, useCdn: false }),
    };
  }
  // Undefined in a deployed bundle, where groq-js and the file reader are left out (shared/config.ts).
  const local = localDatasetModule();
  if (local) {
    const path = config.contentDataset;
    if (!path)
      throw new Error('No content source: set SANITY_PROJECT_ID, or CONTENT_DATASET for a local dataset');
    const { DatasetContentSource } = await local;
    const dataset = await DatasetContentSource.fromFile(path);
    return { cached: new LastGoodContentSource(dataset), fresh: dataset };
  }
  throw new Error('No content source: SANITY_PROJECT_ID is not set');
}

/**
 * Tests and the local stack replace the source (e.g. after editing the dataset). Public reads get the
 * same last-good cache as in production (it changes nothing while the source answers).
 */
export function setContentSources(next: ContentSources | undefined) {
  sources = next
    ? Promise.resolve({
        ...next,
        cached:
          next.cached instanceof LastGoodContentSource ? next.cached : new LastGoodContentSource(next.cached),
      })
    : undefined;
}
