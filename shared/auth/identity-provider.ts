import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { FetchError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type * as oauth from 'oauth4webapi';
import { config } from '../config';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER, LOCAL_JWKS_PATH, LOCAL_OAUTH_PATH } from './endpoints';

/**
 * The OpenID provider the console signs staff in with: its endpoints as oauth4webapi's metadata, the
 * client, and the ID token verifier. Cognito in AWS; the local issuer when no user pool is configured,
 * which only code run from source may use. Both verify with aws-jwt-verify against the provider's JWKS
 * (signature, issuer, audience, expiry, token use), so apart from the endpoints it is one code path.
 */
export interface IdentityProvider {
  kind: 'cognito' | 'local';
  server: oauth.AuthorizationServer;
  client: oauth.Client;
  /** The claims of a valid ID token of this provider and client; throws for anything else. */
  verifyIdToken(token: string): Promise<Record<string, unknown>>;
  /** The provider's logout endpoint, which ends its own session and sends the browser to `returnTo`. */
  logoutUrl(returnTo: string): string;
  /** Plain http is allowed for the local stand-in only (oauth4webapi refuses it otherwise). */
  insecure: boolean;
}

let cached: { key: string; provider: IdentityProvider } | undefined;

/** The provider of the current settings, made once per container (its verifier caches the JWKS). */
export function identityProvider(): IdentityProvider {
  const domain = config.signInDomain;
  const userPoolId = config.userPoolId;
  const clientId = config.userPoolClientId;
  const key = [domain, userPoolId, clientId, config.publicBaseUrl].join('|');
  if (cached?.key === key) return cached.provider;

  let provider: IdentityProvider;
  if (domain && userPoolId && clientId) provider = cognitoProvider(domain, userPoolId, clientId);
  else if (domain || userPoolId || clientId || config.deployedBundle)
    throw new Error('Staff sign-in needs SIGN_IN_DOMAIN, USER_POOL_ID and USER_POOL_CLIENT_ID');
  else provider = localProvider(config.publicBaseUrl);
  cached = { key, provider };
  return provider;
}

function cognitoProvider(domain: string, userPoolId: string, clientId: string): IdentityProvider {
  const region = userPoolId.split('_')[0];
  const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' });
  return {
    kind: 'cognito',
    server: {
      issuer: `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`,
      authorization_endpoint: `${domain}/oauth2/authorize`,
      token_endpoint: `${domain}/oauth2/token`,
    },
    client: { client_id: clientId },
    verifyIdToken: async (token) => (await verifier.verify(token)) as Record<string, unknown>,
    logoutUrl: (returnTo) => logoutUrl(`${domain}/logout`, clientId, returnTo),
    insecure: false,
  };
}

function localProvider(baseUrl: string): IdentityProvider {
  const verifier = JwtVerifier.create(
    {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_CLIENT_ID,
      jwksUri: `${baseUrl}${LOCAL_JWKS_PATH}`,
      // As CognitoJwtVerifier's tokenUse 'id' does: an access token is no session.
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'id') throw new Error('Not an ID token');
      },
    },
    // aws-jwt-verify's own fetcher speaks https only; the local server is plain http.
    { jwksCache: new SimpleJwksCache({ fetcher: { fetch: fetchOverHttp } }) },
  );
  return {
    kind: 'local',
    server: {
      issuer: LOCAL_ISSUER,
      authorization_endpoint: `${baseUrl}${LOCAL_OAUTH_PATH}/authorize`,
      token_endpoint: `${baseUrl}${LOCAL_OAUTH_PATH}/token`,
      jwks_uri: `${baseUrl}${LOCAL_JWKS_PATH}`,
    },
    client: { client_id: LOCAL_CLIENT_ID },
    verifyIdToken: async (token) => (await verifier.verify(token)) as Record<string, unknown>,
    logoutUrl: (returnTo) => logoutUrl(`${baseUrl}${LOCAL_OAUTH_PATH}/logout`, LOCAL_CLIENT_ID, returnTo),
    insecure: true,
  };
}

function logoutUrl(endpoint: string, clientId: string, returnTo: string) {
  const url = new URL(endpoint);
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('logout_uri', returnTo);
  return url.href;
}

/** Failures are aws-jwt-verify's FetchError, as its own fetcher reports them: the provider is unreachable. */
async function fetchOverHttp(uri: string): Promise<ArrayBuffer> {
  const response = await fetch(uri, { signal: AbortSignal.timeout(3000) }).catch((error: Error) => {
    throw new FetchError(uri, error.name);
  });
  if (!response.ok) throw new FetchError(uri, `Status code is ${response.status}, expected 200`);
  return response.arrayBuffer();
}
