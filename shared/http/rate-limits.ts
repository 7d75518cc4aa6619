import type { HttpMethod } from './route';

/**
 * The request budgets of the platform, in one place for both sides: the AWS WAF rate rules in front of
 * the deployed API (cdk/constructs/edge-web-acl.ts), the per-route throttles of its HTTP API stage
 * (cdk/constructs/network-http-api.ts) and the local server's write limit (cdk/local/server.ts).
 *
 * Per client IP, counted over a sliding 60-second window (WAF's EvaluationWindowSec 60). WAF accepts
 * 10 as the smallest limit of a rate-based rule.
 */

/** POST, PUT and DELETE outside /admin/ and /webhooks/: registrations, forms, applications, answers. */
export const PUBLIC_WRITES_PER_MINUTE = 30;
/** Every request to /webhooks/ (Sanity delivers from a few addresses; a bulk publish is a burst). */
export const WEBHOOK_REQUESTS_PER_MINUTE = 120;
/** Every request to /admin/ (coordinators behind one office address share this). */
export const ADMIN_REQUESTS_PER_MINUTE = 300;
/**
 * Every request to the staff console (`/{lang}/console…`) and its sign-in (`/auth/`): staff behind one
 * office address share it, as they share the admin budget. Its form posts are no public writes: the
 * console refuses any post without a valid session and its CSRF token before it touches data.
 */
export const CONSOLE_REQUESTS_PER_MINUTE = 300;
/** The window every per-IP budget above is counted over. */
export const RATE_WINDOW_SECONDS = 60;

export const ADMIN_PATH_PREFIX = '/admin/';
export const WEBHOOK_PATH_PREFIX = '/webhooks/';
export const WRITE_METHODS: readonly HttpMethod[] = ['POST', 'PUT', 'DELETE'];
/** The console's pages, each exactly or as a prefix with its slash (so `/sv/consoles` is no console page). */
export const CONSOLE_PATHS: readonly string[] = ['/sv/console', '/fi/console', '/en/console'];
export const AUTH_PATH_PREFIX = '/auth/';

/** Which per-IP budget a request counts against; undefined for reads of the public API and site. */
export type RateClass = 'publicWrite' | 'webhook' | 'admin' | 'console';

export const isConsolePath = (path: string) =>
  path.startsWith(AUTH_PATH_PREFIX) || CONSOLE_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

export function rateClassOf(method: string, path: string): RateClass | undefined {
  if (path.startsWith(ADMIN_PATH_PREFIX)) return 'admin';
  if (path.startsWith(WEBHOOK_PATH_PREFIX)) return 'webhook';
  if (isConsolePath(path)) return 'console';
  return (WRITE_METHODS as readonly string[]).includes(method.toUpperCase()) ? 'publicWrite' : undefined;
}

/**
 * Throttles of single routes on the HTTP API stage, for all clients together (requests per second,
 * token bucket): tighter than the stage default, so a flood of one kind cannot use the account's API
 * Gateway capacity that registrations, the webhook and the coordinators need. A route whose method
 * is ANY (the catch-all 404) keeps the stage default.
 */
export const ROUTE_THROTTLES: Readonly<Record<RateClass, { rateLimit: number; burstLimit: number }>> = {
  publicWrite: { rateLimit: 20, burstLimit: 40 },
  webhook: { rateLimit: 5, burstLimit: 10 },
  admin: { rateLimit: 10, burstLimit: 20 },
  console: { rateLimit: 20, burstLimit: 40 },
};
