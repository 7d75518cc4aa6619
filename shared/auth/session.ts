import { FetchError } from 'aws-jwt-verify/error';
import { groupsFromClaim } from '../http/caller';
import type { Group } from '../http/route';
import { readCookie } from '../site/csrf';
import { type IdentityProvider, identityProvider } from './identity-provider';

/**
 * The staff session is the verified ID token itself, in an HttpOnly cookie, verified again on every
 * request (aws-jwt-verify: signature against the provider's JWKS, issuer, audience, expiry, token use).
 * Stateless: no session store, nothing to sign or encrypt with a key of ours, and the session ends when
 * the token does (Cognito: one hour), after which the person passes through sign-in again (silently
 * while the provider's own session lasts). Sign-out clears the cookie and ends the provider's session.
 *
 * Over HTTPS (AWS) the cookies carry the `__Host-` prefix (Secure, Path=/, no Domain: no sibling
 * subdomain can plant or overwrite them); over plain http (the local stack) browsers refuse the prefix,
 * so the plain names are used there, and only there.
 */
export interface StaffSession {
  subject: string;
  email: string | undefined;
  groups: Group[];
  /** When the ID token, and so the session, expires. */
  expiresAt: Date;
}

export const sessionCookieName = (secure: boolean) => (secure ? '__Host-session' : 'session');
export const signInCookieName = (secure: boolean) => (secure ? '__Host-signin' : 'signin');

/** A cookie only the server reads: HttpOnly, SameSite=Lax (sent on the provider's redirect back). */
export function serverCookie(name: string, value: string, maxAgeSeconds: number, secure: boolean) {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure ? '; Secure' : ''}`;
}

export const sessionCookie = (idToken: string, session: StaffSession, now: Date, secure: boolean) =>
  serverCookie(
    sessionCookieName(secure),
    idToken,
    (session.expiresAt.getTime() - now.getTime()) / 1000,
    secure,
  );

export const clearedSessionCookie = (secure: boolean) =>
  serverCookie(sessionCookieName(secure), '', 0, secure);

/** The provider could not be asked (its JWKS or token endpoint did not answer): 503, not a sign-out. */
export class SignInUnavailable extends Error {
  constructor(readonly reason: string) {
    super(`Sign-in provider unavailable: ${reason}`);
    this.name = 'SignInUnavailable';
  }
}

export function sessionFromClaims(claims: Record<string, unknown>): StaffSession | undefined {
  if (typeof claims.sub !== 'string' || !claims.sub || typeof claims.exp !== 'number') return undefined;
  return {
    subject: claims.sub,
    email: typeof claims.email === 'string' ? claims.email : undefined,
    groups: groupsFromClaim(claims['cognito:groups']),
    expiresAt: new Date(claims.exp * 1000),
  };
}

/**
 * Verifies an ID token. A token that fails verification (forged, expired, another audience or issuer,
 * an access token) is no session: undefined. A provider that cannot be reached throws SignInUnavailable.
 */
export async function verifiedSession(
  idToken: string,
  provider: IdentityProvider = identityProvider(),
): Promise<StaffSession | undefined> {
  try {
    return sessionFromClaims(await provider.verifyIdToken(idToken));
  } catch (error) {
    if (error instanceof FetchError) throw new SignInUnavailable('jwks');
    return undefined;
  }
}

/** The session of a request's cookie, verified now; `present` says whether a cookie was sent at all. */
export async function readSession(
  cookies: readonly string[] | undefined,
  secure: boolean,
  provider?: IdentityProvider,
): Promise<{ session: StaffSession | undefined; present: boolean }> {
  const token = readCookie(cookies, sessionCookieName(secure));
  if (!token) return { session: undefined, present: false };
  return { session: await verifiedSession(token, provider), present: true };
}
