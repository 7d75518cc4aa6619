import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../shared/auth/endpoints';
import type { Group } from '../../shared/http/route';

/**
 * The local stand-in for Cognito: an RS256 issuer whose key lives in .data/ so `npm run token` and the
 * running local server agree. The server checks tokens as the HTTP API JWT authorizer does
 * (signature, issuer, audience, expiry) and hands handlers the claims in the authorizer's shape. The
 * staff sign-in stand-in (cdk/local/oauth.ts) issues its ID tokens with the same key and publishes the
 * public half as a JWKS, which the console verifies exactly as it verifies Cognito's.
 */
export { LOCAL_ISSUER };
/** The local app client; as in Cognito, the audience of its ID tokens and of admin API tokens alike. */
export const LOCAL_AUDIENCE = LOCAL_CLIENT_ID;

export interface LocalIssuer {
  sign(subject: string, groups: readonly string[], ttlSeconds?: number): string;
  /** Any claims, signed with the issuer's key (the OAuth stand-in's ID tokens; tests' odd tokens). */
  signClaims(claims: Record<string, unknown>): string;
  /** The claims of a valid token, or undefined for anything else. */
  verify(token: string): Record<string, unknown> | undefined;
  /** The public key as a JSON Web Key Set, as Cognito publishes its pool's keys. */
  jwks(): { keys: Record<string, unknown>[] };
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
  // The key's own fingerprint as its id: a new key (a deleted .data/) is a new kid, so a verifier that
  // cached the old JWKS fetches the new one instead of failing on a signature.
  const kid = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url')
    .slice(0, 16);
  const signClaims = (claims: Record<string, unknown>) => {
    const header = b64({ alg: 'RS256', typ: 'JWT', kid });
    const payload = b64(claims);
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
    return `${header}.${payload}.${signature}`;
  };
  return {
    sign(subject, groups, ttlSeconds = 12 * 60 * 60) {
      const now = Math.floor(Date.now() / 1000);
      return signClaims({
        iss: LOCAL_ISSUER,
        aud: LOCAL_AUDIENCE,
        sub: subject,
        'cognito:groups': groups,
        token_use: 'id',
        iat: now,
        exp: now + ttlSeconds,
      });
    },
    signClaims,
    jwks() {
      return { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] };
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
