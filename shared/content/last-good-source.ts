import { classifyDependencyError } from '../http/dependency-errors';
import type { ContentSource } from './content-source';

export interface LastGoodOptions {
  /** How long a last good answer may stand in for a failing source. */
  maxStaleMs?: number;
  /** Bound on remembered answers (ids in paths come from clients, so the key space is theirs). */
  maxEntries?: number;
  /** Parameters that change on every call (`now`) and so are left out of the cache key. */
  volatileParams?: readonly string[];
  clock?: () => number;
}

/**
 * Stale-if-error in front of the public content source: every answer is fetched fresh, and the last
 * good one per query is kept for a while so that, when Sanity is unreachable or answers 5xx/429, the
 * content routes still answer (up to `maxStaleMs` old) instead of failing. With nothing remembered the
 * dependency error goes through and the HTTP wrapper answers 503 with Retry-After. Errors that are
 * not a dependency failing (a bad query) are never masked.
 */
export class LastGoodContentSource implements ContentSource {
  private readonly answers = new Map<string, { value: unknown; at: number }>();
  private readonly maxStaleMs: number;
  private readonly maxEntries: number;
  private readonly volatile: ReadonlySet<string>;
  private readonly clock: () => number;

  constructor(
    readonly inner: ContentSource,
    options: LastGoodOptions = {},
  ) {
    this.maxStaleMs = options.maxStaleMs ?? 10 * 60_000;
    this.maxEntries = options.maxEntries ?? 500;
    this.volatile = new Set(options.volatileParams ?? ['now']);
    this.clock = options.clock ?? Date.now;
  }

  get description() {
    return this.inner.description;
  }

  async fetch<T = unknown>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    const key = this.keyOf(query, params);
    try {
      const value = await this.inner.fetch<T>(query, params);
      this.answers.delete(key);
      this.answers.set(key, { value, at: this.clock() });
      if (this.answers.size > this.maxEntries) {
        const oldest = this.answers.keys().next().value;
        if (oldest !== undefined) this.answers.delete(oldest);
      }
      return value;
    } catch (error) {
      const kept = this.answers.get(key);
      if (kept && classifyDependencyError(error) && this.clock() - kept.at <= this.maxStaleMs) {
        return kept.value as T;
      }
      throw error;
    }
  }

  private keyOf(query: string, params: Record<string, unknown>) {
    const stable = Object.entries(params)
      .filter(([name]) => !this.volatile.has(name))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `${query}\u0000${JSON.stringify(stable)}`;
  }
}
