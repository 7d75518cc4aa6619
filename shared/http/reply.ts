/** What a route implementation returns; the HTTP wrapper turns it into the Lambda response. */
export interface Reply {
  status: number;
  /** Serialised as JSON unless `text` is given. */
  body?: unknown;
  /** A non-JSON body (CSV, HTML), sent with `contentType`. */
  text?: string;
  /**
   * A body made chunk by chunk (a large CSV), sent with `contentType`. The local server writes the
   * chunks as they come (chunked transfer). An API Gateway HTTP API cannot stream a Lambda response,
   * so there the wrapper joins the chunks into the body, within Lambda's 6 MB response limit
   * (docs/SECURITY.md, known limits: beyond it the export belongs in S3 behind a presigned URL).
   */
  stream?: AsyncIterable<string>;
  contentType?: string;
  headers?: Record<string, string>;
  /** Set-Cookie values (API Gateway v2 sends them in `cookies`). */
  cookies?: string[];
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});
