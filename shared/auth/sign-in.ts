import * as oauth from 'oauth4webapi';
import { config } from '../config';
import type { Language } from '../http/route';
import { readCookie } from '../site/csrf';
import { callbackUrl, SIGN_IN_SCOPES, signOutPath } from './endpoints';
import { type IdentityProvider, identityProvider } from './identity-provider';
import { safeReturnPath } from './return-path';
import {
  clearedSessionCookie,
  SignInUnavailable,
  type StaffSession,
  serverCookie,
  sessionCookie,
  signInCookieName,
  verifiedSession,
} from './session';

/**
 * Staff sign-in as an OAuth 2.0 authorization code flow with PKCE (S256), `state` and `nonce`
 * (OpenID Connect), done with oauth4webapi; the ID token it yields is verified with aws-jwt-verify
 * before it becomes the session (shared/auth/session.ts). The code verifier, state, nonce and the page
 * to return to wait in a short-lived HttpOnly cookie between the two legs; the code is exchanged
 * server-side by a public client (no secret: PKCE binds the code to the verifier in that cookie).
 */
const SIGN_IN_TTL_SECONDS = 10 * 60;
const TOKEN_TIMEOUT_MS = 5000;

interface SignInFlow {
  verifier: string;
  state: string;
  nonce: string;
  returnPath: string | undefined;
}

function encodeFlow(flow: SignInFlow) {
  return Buffer.from(JSON.stringify(flow)).toString('base64url');
}

function decodeFlow(value: string | undefined): SignInFlow | undefined {
  if (!value || value.length > 4096) return undefined;
  try {
    const flow = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<SignInFlow>;
    const text = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 256;
    if (!text(flow.verifier) || !text(flow.state) || !text(flow.nonce)) return undefined;
    return {
      verifier: flow.verifier as string,
      state: flow.state as string,
      nonce: flow.nonce as string,
      returnPath: safeReturnPath(typeof flow.returnPath === 'string' ? flow.returnPath : undefined),
    };
  } catch {
    return undefined;
  }
}

/** The first leg: where to send the browser (the provider's authorize endpoint) and the flow cookie. */
export async function startSignIn(
  input: { returnPath: string | undefined; lang: Language; secure: boolean },
  provider: IdentityProvider = identityProvider(),
): Promise<{ location: string; cookie: string }> {
  const flow: SignInFlow = {
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    returnPath: safeReturnPath(input.returnPath),
  };
  const url = new URL(provider.server.authorization_endpoint ?? '');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', provider.client.client_id);
  url.searchParams.set('redirect_uri', callbackUrl(config.publicBaseUrl));
  url.searchParams.set('scope', SIGN_IN_SCOPES.join(' '));
  url.searchParams.set('state', flow.state);
  url.searchParams.set('nonce', flow.nonce);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(flow.verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('lang', input.lang);
  return {
    location: url.href,
    cookie: serverCookie(signInCookieName(input.secure), encodeFlow(flow), SIGN_IN_TTL_SECONDS, input.secure),
  };
}

export type SignInResult =
  | { ok: true; session: StaffSession; returnPath: string | undefined; cookies: string[] }
  /** No flow cookie (expired, another browser), a refused or tampered answer, an invalid token. */
  | { ok: false; returnPath: string | undefined; cookies: string[] };

/**
 * The second leg, on the provider's redirect back: checks `state` against the flow cookie, exchanges the
 * code with the verifier, checks the ID token's nonce (oauth4webapi) and verifies it (aws-jwt-verify).
 * Success sets the session cookie; either way the flow cookie is spent. A provider that does not answer
 * throws SignInUnavailable.
 */
export async function finishSignIn(
  input: { query: URLSearchParams; cookies: readonly string[]; secure: boolean; now: Date },
  provider: IdentityProvider = identityProvider(),
): Promise<SignInResult> {
  const spent = serverCookie(signInCookieName(input.secure), '', 0, input.secure);
  const flow = decodeFlow(readCookie(input.cookies, signInCookieName(input.secure)));
  const refused: SignInResult = { ok: false, returnPath: flow?.returnPath, cookies: [spent] };
  if (!flow) return refused;

  let parameters: URLSearchParams;
  try {
    // The provider's error answer (access_denied, …) and a state that is not ours both end here.
    parameters = oauth.validateAuthResponse(provider.server, provider.client, input.query, flow.state);
  } catch {
    return refused;
  }

  let response: Response;
  try {
    response = await oauth.authorizationCodeGrantRequest(
      provider.server,
      provider.client,
      oauth.None(),
      parameters,
      callbackUrl(config.publicBaseUrl),
      flow.verifier,
      { [oauth.allowInsecureRequests]: provider.insecure, signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS) },
    );
  } catch (error) {
    throw new SignInUnavailable((error as Error).name);
  }
  if (response.status >= 500 || response.status === 429)
    throw new SignInUnavailable(`token ${response.status}`);

  let idToken: string | undefined;
  try {
    const tokens = await oauth.processAuthorizationCodeResponse(provider.server, provider.client, response, {
      expectedNonce: flow.nonce,
      requireIdToken: true,
    });
    idToken = tokens.id_token;
  } catch {
    // invalid_grant (a used, expired or foreign code, a wrong verifier), a wrong nonce or audience.
    return refused;
  }
  const session = idToken ? await verifiedSession(idToken, provider) : undefined;
  if (!idToken || !session) return refused;
  return {
    ok: true,
    session,
    returnPath: flow.returnPath,
    cookies: [spent, sessionCookie(idToken, session, input.now, input.secure)],
  };
}

/** Sign-out: the session cookie cleared, and the provider's logout, which comes back to the home page. */
export function signOut(
  input: { lang: Language; secure: boolean },
  provider: IdentityProvider = identityProvider(),
): { location: string; cookies: string[] } {
  return {
    location: provider.logoutUrl(`${config.publicBaseUrl}${signOutPath(input.lang)}`),
    cookies: [clearedSessionCookie(input.secure)],
  };
}
