/**
 * Where editorial content comes from. Two implementations run the same GROQ: the Sanity API
 * (deployed, or locally with SANITY_PROJECT_ID set) and groq-js over an NDJSON export (the local
 * default and the tests). Use cases depend on this interface only.
 */
export interface ContentSource {
  fetch<T = unknown>(query: string, params?: Record<string, unknown>): Promise<T>;
  /** What the source is, for logs and the ready line (never a token). */
  readonly description: string;
}
