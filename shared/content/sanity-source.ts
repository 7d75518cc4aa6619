import { createClient, type SanityClient } from '@sanity/client';
import type { ContentSource } from './content-source';

/** Pinned so a Sanity API change never reaches the functions unannounced. */
export const SANITY_API_VERSION = '2025-02-19';

/**
 * The Sanity Content Lake through @sanity/client: published perspective, CDN for public reads, the
 * API itself (useCdn false) where freshness matters (content-sync re-fetching a changed document).
 */
export class SanityContentSource implements ContentSource {
  private readonly client: SanityClient;

  constructor(options: { projectId: string; dataset: string; token?: string; useCdn: boolean }) {
    this.client = createClient({
      projectId: options.projectId,
      dataset: options.dataset,
      apiVersion: SANITY_API_VERSION,
      perspective: 'published',
      useCdn: options.useCdn,
      ...(options.token ? { token: options.token } : {}),
    });
  }

  get description() {
    const { projectId, dataset, useCdn } = this.client.config();
    return `Sanity project ${projectId}, dataset ${dataset}${useCdn ? ' (CDN)' : ''}`;
  }

  fetch<T = unknown>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    return this.client.fetch<T>(query, params);
  }
}
