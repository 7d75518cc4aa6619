import type { RouteTable } from './route';

export type SecretName = 'emailPepper' | 'sanityToken' | 'webhookSecret' | 'originSecret';

/** What a function may touch; the CDK stack grants exactly this and nothing more. */
export interface FunctionPermissions {
  table: 'none' | 'read' | 'readwrite';
  secrets: readonly SecretName[];
  sendsMail?: boolean;
}

export interface ScheduleSpec {
  /** Stable name, used in construct ids. */
  name: string;
  /** EventBridge schedule expression, e.g. `rate(1 hour)` or `cron(0 6 * * ? *)`. */
  expression: string;
  description: string;
}

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
