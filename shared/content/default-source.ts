import { getSecret } from '../secrets';
import type { ContentSource } from './content-source';
import { LastGoodContentSource } from './last-good-source';

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

async function create(): Promise<ContentSources> {
  const projectId = process.env.SANITY_PROJECT_ID;
  if (projectId) {
    const { SanityContentSource } = await import('./sanity-source');
    const dataset = process.env.SANITY_DATASET || 'production';
    const token =
      process.env.SANITY_TOKEN || process.env.SANITY_TOKEN_SECRET_ARN
        ? await getSecret('sanityToken').catch(() => undefined)
        : undefined;
    return {
      cached: new LastGoodContentSource(
        new SanityContentSource({ projectId, dataset, token, useCdn: !token }),
      ),
      fresh: new SanityContentSource({ projectId, dataset, token, useCdn: false }),
    };
  }
  // Replaced at bundle time (cdk/bundling.ts): in a deployed bundle this branch is dead code, so
  // groq-js and the file reader never ship to Lambda.
  if (process.env.DEPLOYED_BUNDLE !== 'true') {
    const path = process.env.CONTENT_DATASET;
    if (!path)
      throw new Error('No content source: set SANITY_PROJECT_ID, or CONTENT_DATASET for a local dataset');
    const { DatasetContentSource } = await import('./dataset-source');
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
