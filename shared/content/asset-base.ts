import { config } from '../config';
import type { AssetBase } from '../ui/rich-text';

/** The local stack's route for the assets of the local dataset (cdk/local/assets.ts serves it). */
export const LOCAL_ASSET_PATH = '/_local/assets';

/**
 * Where images and files of the content are served. With a Sanity project (always in AWS): Sanity's CDN,
 * `https://cdn.sanity.io/images/<project>/<dataset>/…`, which the CSP's img-src allows. Without one (the local
 * stack and the tests, reading the NDJSON dataset): the same paths under /_local/assets on this site, answered
 * from the files committed beside the dataset, so pages look the same offline. That route serves the original
 * file and ignores the image pipeline's parameters (w=, fit=, auto=, rect=).
 */
export function assetBase(): AssetBase {
  const projectId = config.sanityProjectId;
  if (projectId) return { projectId, dataset: config.sanityDataset, baseUrl: 'https://cdn.sanity.io' };
  return { projectId: 'local', dataset: config.sanityDataset, baseUrl: LOCAL_ASSET_PATH };
}
