/**
 * The fixed points of staff sign-in, shared by the console (shared/auth/), the app client the CDK stack
 * registers (cdk/constructs/admin-user-pool.ts) and the local stand-in (cdk/local/oauth.ts), so the
 * URLs one sends are the URLs the other allows. No dependencies: the CDK app imports it too.
 */
/**
 * The local stand-in for Cognito (cdk/local/issuer.ts, served under /_local/ by the local server): the
 * issuer its tokens name and the one client id it knows, which is also the audience of its tokens, as a
 * Cognito ID token's audience is the app client.
 */
export const LOCAL_ISSUER = 'urn:equality-network:local-issuer';
export const LOCAL_CLIENT_ID = 'equality-network-local';
export const LOCAL_OAUTH_PATH = '/_local/oauth2';
export const LOCAL_JWKS_PATH = '/_local/.well-known/jwks.json';

/** The scopes the console asks for; the app client allows exactly these (cdk/constructs/admin-user-pool.ts). */
export const SIGN_IN_SCOPES = ['openid', 'email', 'profile'] as const;

/** Where staff are sent after signing out, one per language; the app client lists exactly these. */
export const signOutPath = (lang: string) => `/${lang}/`;

/** The callback the app client allows: exactly this URL (an authorization server compares it whole). */
export const callbackUrl = (publicBaseUrl: string) => `${publicBaseUrl}/auth/callback`;
