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
};
