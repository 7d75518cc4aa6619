import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../functions/console/handler';
import { csrfToken } from '../../shared/site/csrf';
import { httpEvent } from '../support/events';

/** The settings the CDK stack gives the console function in AWS (tests/cdk/console.test.ts). */
const deployed = {
  SIGN_IN_DOMAIN: 'https://network-prod.auth.eu-north-1.amazoncognito.com',
  USER_POOL_ID: 'eu-north-1_Example1',
  USER_POOL_CLIENT_ID: 'exampleclientid',
  PUBLIC_BASE_URL: 'https://network.example',
};
const saved: Record<string, string | undefined> = {};
beforeAll(() => {
  for (const [name, value] of Object.entries(deployed)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const https = { 'x-forwarded-proto': 'https' };

describe('the console against Cognito (no network: the redirects it answers with)', () => {
  it("sends sign-in to managed login's authorize endpoint with PKCE, state, nonce and the exact callback", async () => {
    // Act
    const result = await handler(
      httpEvent('GET /auth/sign-in', { query: { return: '/fi/console/people' }, headers: https }),
    );

    // Assess
    expect(result.statusCode).toBe(302);
    const location = new URL(String(result.headers?.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${deployed.SIGN_IN_DOMAIN}/oauth2/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: deployed.USER_POOL_CLIENT_ID,
      redirect_uri: 'https://network.example/auth/callback',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      lang: 'fi',
    });
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(result.cookies?.[0]).toMatch(
      /^__Host-signin=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600; Secure$/,
    );
  });

  it("lets the console's forms go on to Cognito's logout (CSP form-action), and signs out there", async () => {
    // Prepare
    const cookieValue = 'a-csrf-cookie-value';
    const token = csrfToken(cookieValue, String(process.env.EMAIL_PEPPER));

    // Act
    const page = await handler(httpEvent('GET /sv/console', { headers: https }));
    const signOut = await handler({
      ...httpEvent('POST /auth/sign-out', {
        headers: { ...https, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, lang: 'en' }).toString(),
      }),
      cookies: [`__Host-csrf=${cookieValue}`],
    });

    // Assess
    expect(page.statusCode).toBe(303);
    expect(page.headers?.['content-security-policy']).toContain(
      `form-action 'self' ${deployed.SIGN_IN_DOMAIN};`,
    );
    expect(signOut.statusCode).toBe(303);
    const location = new URL(String(signOut.headers?.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${deployed.SIGN_IN_DOMAIN}/logout`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: deployed.USER_POOL_CLIENT_ID,
      logout_uri: 'https://network.example/en/',
    });
    expect(signOut.cookies).toEqual(['__Host-session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure']);
  });
});
