import type { SecretName } from './http/manifest-types';
import { PUBLIC_WRITES_PER_MINUTE } from './http/rate-limits';

/**
 * Every setting that comes from the environment, and the only module that reads it (a unit test keeps
 * it so). In AWS the CDK stack sets the variables on each function; locally cdk/local/local-stack.ts
 * does, for the handlers it runs in its own process (setLocalEnvironment below). Getters read the
 * environment when asked, so a test that changes a variable sees the change.
 */
const read = (name: string): string | undefined => process.env[name] || undefined;

function required(name: string): string {
  const value = read(name);
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

const logLevels = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
export type LogLevel = (typeof logLevels)[number];

export const config = {
  get tableName() {
    return required('TABLE_NAME');
  },
  /** Set only locally (DynamoDB Local); unset in AWS. */
  get dynamoEndpoint() {
    return read('DYNAMODB_ENDPOINT');
  },
  /** Lambda sets AWS_REGION; the local clients (DynamoDB Local accepts any region) default to this one. */
  get region() {
    return read('AWS_REGION') ?? 'eu-north-1';
  },
  get publicBaseUrl() {
    return (read('PUBLIC_BASE_URL') ?? 'http://localhost:3000').replace(/\/$/, '');
  },
  get mailFrom() {
    return read('MAIL_FROM') ?? 'Equality network <noreply@example.org>';
  },
  get mailTransport(): 'ses' | 'outbox' {
    return read('MAIL_TRANSPORT') === 'ses' ? 'ses' : 'outbox';
  },
  get outboxDir() {
    return read('OUTBOX_DIR') ?? '.data/outbox';
  },
  /** In AWS: the SES configuration set mail is sent with (reputation metrics, TLS, suppression list). */
  get mailConfigurationSet() {
    return read('MAIL_CONFIGURATION_SET');
  },
  /** The Powertools service name: the manifest key of the function (the CDK stack sets it). */
  get serviceName() {
    return read('POWERTOOLS_SERVICE_NAME') ?? 'equality-network';
  },
  /** LOG_LEVEL, in either case; anything else is INFO. */
  get logLevel(): LogLevel {
    const level = read('LOG_LEVEL')?.toUpperCase();
    return logLevels.find((known) => known === level) ?? 'INFO';
  },
  /** Set in AWS (from the `sanityProjectId` context), optionally locally: content comes from Sanity. */
  get sanityProjectId() {
    return read('SANITY_PROJECT_ID');
  },
  get sanityDataset() {
    return read('SANITY_DATASET') ?? 'production';
  },
  /** Locally: the NDJSON export the content comes from when no Sanity project is set. */
  get contentDataset() {
    return read('CONTENT_DATASET');
  },
  /** In AWS: CloudFront's origin secret is configured, so requests without it are refused (never locally). */
  get originSecretConfigured() {
    return secretSetting('originSecret') !== undefined;
  },
  /** Local server: public writes per client IP per minute (WRITE_LIMIT_PER_MINUTE); 0 turns the limit off. */
  get writeLimitPerMinute() {
    const raw = read('WRITE_LIMIT_PER_MINUTE')?.trim();
    if (!raw) return PUBLIC_WRITES_PER_MINUTE;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`WRITE_LIMIT_PER_MINUTE must be a whole number, 0 for no limit (got "${raw}")`);
    return value;
  },
  /**
   * Staff sign-in (the console): the base URL of the user pool's managed login domain
   * (`https://<prefix>.auth.<region>.amazoncognito.com`), the pool and its app client. The CDK stack sets
   * all three on the functions that serve staff pages; unset locally, where the local issuer under
   * /_local/ stands in (shared/auth/identity-provider.ts).
   */
  get signInDomain() {
    return read('SIGN_IN_DOMAIN')?.replace(/\/$/, '');
  },
  get userPoolId() {
    return read('USER_POOL_ID');
  },
  get userPoolClientId() {
    return read('USER_POOL_CLIENT_ID');
  },
  /** True in a bundle built for Lambda (cdk/bundling.ts defines the expression), false run from source. */
  get deployedBundle() {
    return process.env.DEPLOYED_BUNDLE === 'true';
  },
};

/**
 * Where a secret comes from: `<NAME>` holds the value itself (local stack, tests), `<NAME>_SECRET_ARN`
 * the Secrets Manager secret to read it from (AWS: the CDK stack sets it on each function that lists the
 * secret). Only shared/secrets.ts asks, and it caches what it reads.
 */
export type SecretSetting = { value: string } | { arn: string };

const secretVariables: Record<SecretName, string> = {
  emailPepper: 'EMAIL_PEPPER',
  sanityToken: 'SANITY_TOKEN',
  webhookSecret: 'WEBHOOK_SECRET',
  originSecret: 'ORIGIN_SECRET',
};

/** The variable that carries a secret's ARN (`emailPepper` → `EMAIL_PEPPER_SECRET_ARN`). */
export const secretArnVariable = (name: SecretName) => `${secretVariables[name]}_SECRET_ARN`;

export function secretSetting(name: SecretName): SecretSetting | undefined {
  const value = read(secretVariables[name]);
  if (value) return { value };
  const arn = read(secretArnVariable(name));
  return arn ? { arn } : undefined;
}

/** The expression cdk/bundling.ts defines as "true" in every deployed bundle. */
export const deployedBundleExpression = 'process.env.DEPLOYED_BUNDLE';

/**
 * The local dataset reader (groq-js over an NDJSON file), or undefined in a deployed bundle. esbuild
 * replaces `process.env.DEPLOYED_BUNDLE` while it parses this file, so there the import below is dead
 * code and groq-js and the file reader never ship to Lambda. It must stay a literal expression in the
 * same function as the import: a value computed here and tested in another module would not do that.
 */
export function localDatasetModule() {
  if (process.env.DEPLOYED_BUNDLE !== 'true') return import('./content/dataset-source');
  return undefined;
}

/** Settings of the local stack (`npm start`); cdk/local/settings.ts holds their defaults. */
export const localConfig = {
  get dataDir() {
    return read('DATA_DIR');
  },
  get port(): number | undefined {
    const port = read('PORT');
    if (port === undefined) return undefined;
    const number = Number(port);
    if (!Number.isInteger(number) || number < 0 || number > 65_535)
      throw new Error(`PORT must be a port number (0–65535), not "${port}"`);
    return number;
  },
  get host() {
    return read('HOST');
  },
  get tableName() {
    return read('TABLE_NAME');
  },
  get contentDataset() {
    return read('CONTENT_DATASET');
  },
};

const localVariables = {
  tableName: 'TABLE_NAME',
  dynamoEndpoint: 'DYNAMODB_ENDPOINT',
  region: 'AWS_REGION',
  emailPepper: 'EMAIL_PEPPER',
  webhookSecret: 'WEBHOOK_SECRET',
  outboxDir: 'OUTBOX_DIR',
  mailTransport: 'MAIL_TRANSPORT',
  contentDataset: 'CONTENT_DATASET',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  quietAwsSdk: 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
} as const;

export type LocalEnvironment = { [K in keyof typeof localVariables]?: string } & {
  mailTransport?: 'ses' | 'outbox';
  quietAwsSdk?: 'true';
};

/**
 * The local stack runs every handler in its own process and hands them their settings as the CDK stack
 * does for a Lambda function: through the environment. With `keepExisting`, a variable that is already
 * set (e.g. a pepper or dataset the caller chose) is left as it is.
 */
export function setLocalEnvironment(values: LocalEnvironment, options: { keepExisting?: boolean } = {}) {
  for (const [setting, value] of Object.entries(values)) {
    const name = localVariables[setting as keyof typeof localVariables];
    if (value === undefined || (options.keepExisting && read(name))) continue;
    process.env[name] = value;
  }
}

/** Node 20 is supported here until the AWS SDK drops it: no warning on every local start. */
export function quietAwsSdkWarning() {
  setLocalEnvironment({ quietAwsSdk: 'true' }, { keepExisting: true });
}
