import { createClient, type SanityClient } from '@sanity/client';
import type { ContentSource } from './content-source';

/** Pinned so a Sanity API change never reaches the functions unannounced. */
export const SANITY_API_VERSION = '2025-02-19';

/** Where the read token comes from, read again after Sanity refused it. */
export interface SanityToken {
  /** The token, or undefined to read without one (a public dataset). */
  read(): Promise<string | undefined>;
  /** Sanity refused the token (401/403): forget it, so the next read is fresh. */
  invalidate(): void;
}

/**
 * The Sanity Content Lake through @sanity/client: published perspective, CDN for public reads, the
 * API itself (useCdn false) where freshness matters (content-sync re-fetching a changed document).
 * The token is asked for on every fetch (its holder caches it), so a token an operator puts in or
 * rotates is used without a cold start; with a token, reads go to the API rather than the CDN. When
 * Sanity answers 401 or 403 the token is invalidated and the fetch tried once more with a fresh read.
 */
export class SanityContentSource implements ContentSource {
  private readonly client: SanityClient;
  private readonly token: SanityToken | undefined;
  private withToken: { token: string; client: SanityClient } | undefined;

  constructor(options: {
    projectId: string;
    dataset: string;
    token?: SanityToken;
    useCdn: boolean;
    /** Another API host than Sanity's (tests point it at a stand-in). */
    apiHost?: string;
  }) {
    this.token = options.token;
    this.client = createClient({
      projectId: options.projectId,
      dataset: options.dataset,
      apiVersion: SANITY_API_VERSION,
      perspective: 'published',
      useCdn: options.useCdn,
      ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
    });
  }

  get description() {
    const { projectId, dataset, useCdn } = this.client.config();
    return `Sanity project ${projectId}, dataset ${dataset}${useCdn ? ' (CDN)' : ''}`;
  }

  async fetch<T = unknown>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    try {
      return await this.fetchOnce<T>(query, params);
    } catch (error) {
      if (!this.token || !isAuthFailure(error)) throw error;
      this.token.invalidate();
      return this.fetchOnce<T>(query, params);
    }
  }

  private async fetchOnce<T>(query: string, params: Record<string, unknown>): Promise<T> {
    return (await this.clientFor(await this.token?.read())).fetch<T>(query, params);
  }

  private clientFor(token: string | undefined): SanityClient {
    if (!token) return this.client;
    if (this.withToken?.token !== token)
      this.withToken = { token, client: this.client.withConfig({ token, useCdn: false }) };
    return this.withToken.client;
  }
}

/** @sanity/client's ClientError carries the HTTP status of the answer. */
function isAuthFailure(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return status === 401 || status === 403;
}
