import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF protection without server state: a random value in an HttpOnly, SameSite=Lax cookie, and in
 * every form its HMAC under a key derived from the pepper. A post whose form token does not match its
 * cookie is refused with 403; another site can neither read the cookie nor forge the HMAC.
 */
export const CSRF_COOKIE = 'csrf';

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
  return `${CSRF_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=86400${secure ? '; Secure' : ''}`;
}

export function readCookie(cookies: readonly string[] | undefined, name: string): string | undefined {
  for (const cookie of cookies ?? []) {
    for (const part of cookie.split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === name) return v.join('=');
    }
  }
  return undefined;
}
