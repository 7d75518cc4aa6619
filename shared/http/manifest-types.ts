import type { RouteTable } from './route';

export type SecretName = 'emailPepper' | 'sanityToken' | 'webhookSecret' | 'originSecret';

/** What a function may touch; the CDK stack grants exactly this and nothing more. */
export interface FunctionPermissions {
  table: 'none' | 'read' | 'readwrite';
  secrets: readonly SecretName[];
  sendsMail?: boolean;
}

/**
 * The value the Sanity token secret holds until an operator puts a real token there. The stack creates
 * the secret with it (a random string would be sent to Sanity as a token and refused); the code reads it
 * as "no token", so public content is read without one.
 */
export const NO_SANITY_TOKEN = 'no-sanity-token-set';

interface ScheduleBase {
  /** Stable name, used in construct ids and passed to the function as `detail.schedule`. */
  name: string;
  description: string;
}

/** Fires at an interval, whatever the local time (an EventBridge rule), e.g. `rate(1 hour)`. */
export interface IntervalScheduleSpec extends ScheduleBase {
  /** EventBridge schedule expression, e.g. `rate(1 hour)` or `cron(0 6 * * ? *)` (UTC). */
  expression: string;
  cron?: never;
  timeZone?: never;
}

/** Fires at a local wall-clock time, daylight saving included (EventBridge Scheduler). */
export interface LocalTimeScheduleSpec extends ScheduleBase {
  /** The six fields of an EventBridge cron expression (minutes hours day month weekday year), e.g. `0 9 * * ? *`. */
  cron: string;
  /** IANA time zone the cron fields are read in, e.g. `Europe/Helsinki`. */
  timeZone: string;
  expression?: never;
}

export type ScheduleSpec = IntervalScheduleSpec | LocalTimeScheduleSpec;

export interface FunctionSpec {
  description: string;
  /** Handler module, relative to the project root; it exports `handler`. */
  entry: string;
  memoryMB: number;
  timeoutSeconds: number;
  routes: RouteTable;
  permissions: FunctionPermissions;
  /** Invoked by the table stream (filtered on the item attribute `type`). */
  streamFilter?: { itemTypes: readonly string[] };
  schedules?: readonly ScheduleSpec[];
  /**
   * Serves staff pages behind sign-in: the CDK stack gives it the user pool's managed login domain, the
   * pool and its app client (shared/config.ts signInDomain, userPoolId, userPoolClientId).
   */
  staffSignIn?: boolean;
}
