import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { localIssuer } from '../../cdk/local/issuer';
import { type LocalStack, startLocalStack } from '../../cdk/local/local-stack';
import { ulid } from '../../shared/crypto';

export interface TestStack extends LocalStack {
  /** A bearer token of the local issuer for these groups. */
  token(...groups: string[]): string;
  request(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * The local stack as `npm start` runs it, on the shared DynamoDB Local, a fresh table, a temporary
 * data folder and a free port: tests go through HTTP exactly as a client does. Without the per-IP
 * write limit unless a test sets one: tests fire hundreds of writes from 127.0.0.1.
 */
export async function startTestStack(options: { writeLimitPerMinute?: number } = {}): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'network-test-'));
  const stack = await startLocalStack({
    dataDir,
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `stack-${ulid().toLowerCase()}`,
    writeLimitPerMinute: options.writeLimitPerMinute ?? 0,
  });
  const issuer = localIssuer(dataDir);
  return {
    ...stack,
    token: (...groups) => issuer.sign(`test-${groups.join('-') || 'none'}`, groups),
    request: (path, init) => fetch(`${stack.url}${path}`, init),
  };
}
