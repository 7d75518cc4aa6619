import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { secretSetting } from './config';
import type { SecretName } from './http/manifest-types';

/**
 * Secrets, kept for a bounded lifetime per container: a value changed in Secrets Manager (a rotated
 * webhook secret, the Sanity token an operator puts in) is picked up within SECRET_LIFETIME_MS, or at
 * once by a caller that calls invalidateSecret after the value was refused (a 401 from Sanity). In AWS
 * the value is read from Secrets Manager through the `<NAME>_SECRET_ARN` the CDK stack sets; locally
 * the plain value comes in `<NAME>` (shared/config.ts). Values never appear in logs or responses.
 */
export const SECRET_LIFETIME_MS = 5 * 60_000;

/**
 * The value the Sanity token secret starts with in AWS until an operator puts a real token in: read as
 * "no token", so content is read without one (through the CDN), which works for a public dataset. One
 * definition, shared with the stack that creates the secret (shared/http/manifest-types.ts).
 */
export { NO_SANITY_TOKEN } from './http/manifest-types';

export type SecretLoader = (name: SecretName) => Promise<string>;

export interface SecretCache {
  get(name: SecretName): Promise<string>;
  /** Forget a value, so the next get reads it again. */
  invalidate(name: SecretName): void;
}

/**
 * A cache of secret values: concurrent readers share one load, a value is kept `lifetimeMs` from the
 * moment its load started, and a failed load is not kept (the next reader tries again).
 */
export function secretCache(options: {
  load: SecretLoader;
  clock?: () => number;
  lifetimeMs?: number;
}): SecretCache {
  const { load, clock = Date.now, lifetimeMs = SECRET_LIFETIME_MS } = options;
  const entries = new Map<SecretName, { value: Promise<string>; expiresAt: number }>();
  return {
    get(name) {
      const now = clock();
      const kept = entries.get(name);
      if (kept && now < kept.expiresAt) return kept.value;
      const entry = { value: load(name), expiresAt: now + lifetimeMs };
      entries.set(name, entry);
      entry.value.catch(() => {
        if (entries.get(name) === entry) entries.delete(name);
      });
      return entry.value;
    },
    invalidate(name) {
      entries.delete(name);
    },
  };
}

let client: SecretsManagerClient | undefined;

/** Reads a secret where shared/config.ts says it is: the plain value, or Secrets Manager by ARN. */
export async function loadSecret(name: SecretName): Promise<string> {
  const setting = secretSetting(name);
  if (!setting) throw new Error(`Secret ${name} is not configured`);
  if ('value' in setting) return setting.value;
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  client ??= new SecretsManagerClient({});
  const out = await client.send(new GetSecretValueCommand({ SecretId: setting.arn }));
  if (!out.SecretString) throw new Error(`Secret ${name} is empty`);
  return out.SecretString;
}

const secrets = secretCache({ load: loadSecret });

/** The secret's value, read at most once per SECRET_LIFETIME_MS (or after invalidateSecret). */
export function getSecret(name: SecretName): Promise<string> {
  return secrets.get(name);
}

/** For a caller whose use of the value was refused (Sanity answered 401/403): the next read is fresh. */
export function invalidateSecret(name: SecretName): void {
  secrets.invalidate(name);
}

/** Whether the secret is configured at all (the Sanity token is optional locally). */
export function hasSecret(name: SecretName): boolean {
  return secretSetting(name) !== undefined;
}
