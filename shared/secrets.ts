import type { SecretName } from './http/manifest-types';

/**
 * Secrets are read once per container. In AWS the CDK stack passes `<NAME>_SECRET_ARN` and the value
 * is fetched from Secrets Manager on first use; locally the plain value comes in `<NAME>` (the local
 * stack generates and keeps them under .data/). Values never appear in logs or responses.
 */
const envName: Record<SecretName, string> = {
  emailPepper: 'EMAIL_PEPPER',
  sanityToken: 'SANITY_TOKEN',
  webhookSecret: 'WEBHOOK_SECRET',
  originSecret: 'ORIGIN_SECRET',
};

const cache = new Map<SecretName, Promise<string>>();

export function getSecret(name: SecretName): Promise<string> {
  let pending = cache.get(name);
  if (!pending) {
    pending = load(name);
    pending.catch(() => cache.delete(name));
    cache.set(name, pending);
  }
  return pending;
}

async function load(name: SecretName): Promise<string> {
  const plain = process.env[envName[name]];
  if (plain) return plain;
  const arn = process.env[`${envName[name]}_SECRET_ARN`];
  if (!arn) throw new Error(`Secret ${name} is not configured`);
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
  if (!out.SecretString) throw new Error(`Secret ${name} is empty`);
  return out.SecretString;
}
