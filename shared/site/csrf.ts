import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF protection without server state: a random value in an HttpOnly, SameSite=Lax cookie, and in
 * every form its HMAC under a key derived from the pepper. A post whose form token does not match its
 * cookie is refused with 403; another site can neither read the cookie nor forge the HMAC.
 *
 * Over HTTPS (AWS) the cookie is `__Host-csrf`: browsers accept that name only with Secure, Path=/
 * and no Domain, so a sibling subdomain cannot plant one. Over plain http (the local stack) browsers
 * refuse `__Host-` cookies, so the plain name is used there, and only there.
 */
export const CSRF_COOKIE = 'csrf';
export const SECURE_CSRF_COOKIE = '__Host-csrf';

export const csrfCookieName = (secure: boolean) => (secure ? SECURE_CSRF_COOKIE : CSRF_COOKIE);

const key = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'equality-network', 'csrf', 32));

export const newCsrfCookieValue = () => randomBytes(24).toString('base64url');

export const csrfToken = (cookieValue: string, secret: string) =>
  createHmac('sha256', key(secret)).update(cookieValue).digest('base64url');

export function csrfValid(
  cookieValue: string | undefined,
  formToken: string | undefined,
  secret: string,
): boolean {
  if (!cookieValue || !formToken) return false;
  const expected = Buffer.from(csrfToken(cookieValue, secret));
  const given = Buffer.from(formToken);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function csrfCookie(value: string, secure: boolean) {
  return `${csrfCookieName(secure)}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=86400${secure ? '; Secure' : ''}`;
}

/** The CSRF cookie of a request, read only under the name its scheme allows. */
export const readCsrfCookie = (cookies: readonly string[] | undefined, secure: boolean) =>
  readCookie(cookies, csrfCookieName(secure));

export function readCookie(cookies: readonly string[] | undefined, name: string): string | undefined {
  for (const cookie of cookies ?? []) {
    for (const part of cookie.split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === name) return v.join('=');
    }
  }
  return undefined;
}
