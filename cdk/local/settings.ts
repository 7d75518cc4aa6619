import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localConfig } from '../../shared/config';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The embedded defaults of the local stack; each can be changed with the variable named
 * (DATA_DIR, PORT, HOST, TABLE_NAME, CONTENT_DATASET: read in shared/config.ts).
 */
export function localSettings() {
  const dataDir = resolve(projectRoot, localConfig.dataDir ?? '.data');
  return {
    dataDir,
    port: localConfig.port ?? 3000,
    host: localConfig.host ?? '127.0.0.1',
    tableName: localConfig.tableName ?? 'equality-network',
    dynamoDbPath: join(dataDir, 'dynamodb'),
    outboxDir: join(dataDir, 'outbox'),
    datasetPath: resolve(projectRoot, localConfig.contentDataset ?? 'sanity/seed/dataset.ndjson'),
  };
}

/**
 * Local secrets (email pepper, webhook secret), made once and kept in .data/secrets.json so hashes in
 * the local table stay valid across restarts. In AWS they live in Secrets Manager.
 */
export function localSecrets(dataDir: string): { emailPepper: string; webhookSecret: string } {
  const file = join(dataDir, 'secrets.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const secrets = {
      emailPepper: randomBytes(32).toString('base64url'),
      webhookSecret: randomBytes(32).toString('base64url'),
    };
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
