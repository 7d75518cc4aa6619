import { PUBLIC_WRITES_PER_MINUTE } from './http/rate-limits';

/**
 * Runtime settings, read from the environment once. In AWS the CDK stack sets them; locally
 * cdk/local/start.ts (and the test setup) does. Secrets come through shared/secrets.ts instead.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  get tableName() {
    return required('TABLE_NAME');
  },
  /** Set only locally (DynamoDB Local); unset in AWS. */
  get dynamoEndpoint() {
    return process.env.DYNAMODB_ENDPOINT || undefined;
  },
  get publicBaseUrl() {
    return (process.env.PUBLIC_BASE_URL || 'http://localhost:3000').replace(/\/$/, '');
  },
  get mailFrom() {
    return process.env.MAIL_FROM || 'Equality network <noreply@example.org>';
  },
  get mailTransport(): 'ses' | 'outbox' {
    return process.env.MAIL_TRANSPORT === 'ses' ? 'ses' : 'outbox';
  },
  get outboxDir() {
    return process.env.OUTBOX_DIR || '.data/outbox';
  },
  /** In AWS: CloudFront's origin secret is configured, so requests without it are refused (never locally). */
  get originSecretConfigured() {
    return Boolean(process.env.ORIGIN_SECRET || process.env.ORIGIN_SECRET_SECRET_ARN);
  },
  /** Local server: public writes per client IP per minute (WRITE_LIMIT_PER_MINUTE); 0 turns the limit off. */
  get writeLimitPerMinute() {
    const raw = process.env.WRITE_LIMIT_PER_MINUTE?.trim();
    if (!raw) return PUBLIC_WRITES_PER_MINUTE;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`WRITE_LIMIT_PER_MINUTE must be a whole number, 0 for no limit (got "${raw}")`);
    return value;
  },
};
