import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Group } from '../../shared/http/route';

/**
 * The local stand-in for Cognito: an RS256 issuer whose key lives in .data/ so `npm run token` and the
 * running local server agree. The server checks tokens as the HTTP API JWT authorizer does
 * (signature, issuer, audience, expiry) and hands handlers the claims in the authorizer's shape.
 */
export const LOCAL_ISSUER = 'urn:equality-network:local-issuer';
export const LOCAL_AUDIENCE = 'equality-network-local';

export interface LocalIssuer {
  sign(subject: string, groups: readonly string[], ttlSeconds?: number): string;
  /** The claims of a valid token, or undefined for anything else. */
  verify(token: string): Record<string, unknown> | undefined;
}

function loadKey(dataDir: string): KeyObject {
  const file = join(dataDir, 'local-issuer', 'private-key.pem');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return createPrivateKey(readFileSync(file));
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function localIssuer(dataDir: string): LocalIssuer {
  const privateKey = loadKey(dataDir);
  const publicKey = createPublicKey(privateKey);
  return {
    sign(subject, groups, ttlSeconds = 12 * 60 * 60) {
      const now = Math.floor(Date.now() / 1000);
      const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'local' });
      const payload = b64({
        iss: LOCAL_ISSUER,
        aud: LOCAL_AUDIENCE,
        sub: subject,
        'cognito:groups': groups,
        token_use: 'id',
        iat: now,
        exp: now + ttlSeconds,
      });
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
      return `${header}.${payload}.${signature}`;
    },
    verify(token) {
      const [header, payload, signature] = token.split('.');
      if (!header || !payload || !signature) return undefined;
      try {
        const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
        if (head.alg !== 'RS256') return undefined;
        const ok = verify(
          'sha256',
          Buffer.from(`${header}.${payload}`),
          publicKey,
          Buffer.from(signature, 'base64url'),
        );
        if (!ok) return undefined;
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
          string,
          unknown
        >;
        const now = Math.floor(Date.now() / 1000);
        if (claims.iss !== LOCAL_ISSUER || claims.aud !== LOCAL_AUDIENCE) return undefined;
        if (typeof claims.exp !== 'number' || claims.exp <= now) return undefined;
        if (typeof claims.nbf === 'number' && claims.nbf > now) return undefined;
        return claims;
      } catch {
        return undefined;
      }
    },
  };
}

/** Claims as API Gateway HTTP APIs pass them: every value a string, arrays flattened to `[a b]`. */
export function authorizerClaims(claims: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(claims).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(' ')}]` : String(v)]),
  );
}

export const isGroup = (value: string): value is Group => value === 'coordinator' || value === 'jury';
