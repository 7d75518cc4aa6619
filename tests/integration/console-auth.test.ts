import { generateKeyPairSync, sign } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localIssuer } from '../../cdk/local/issuer';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../shared/auth/endpoints';
import { securityHeaders } from '../../shared/site/layout';
import { startTestStack, type TestStack } from '../support/local-stack';
import { StaffBrowser } from '../support/staff-session';
import { bodyOf } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const now = () => Math.floor(Date.now() / 1000);
const sessionOf = (browser: StaffBrowser) => browser.cookies.get('session');

/** ID token claims as the local provider issues them for the coordinator, to vary one at a time. */
const coordinatorClaims = (): Record<string, unknown> => ({
  iss: LOCAL_ISSUER,
  aud: LOCAL_CLIENT_ID,
  sub: 'local-coordinator',
  email: 'coordinator@example.org',
  'cognito:groups': ['coordinator'],
  token_use: 'id',
  iat: now(),
  exp: now() + 3600,
});

/** The authorize endpoint's answer to a request with our own PKCE pair: the code it hands back. */
async function authorizationCode(verifier: string, email = 'coordinator@example.org') {
  const url = new URL(`${stack.url}/_local/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: LOCAL_CLIENT_ID,
    redirect_uri: `${stack.url}/auth/callback`,
    scope: 'openid email profile',
    state: 'some-state',
    nonce: 'some-nonce',
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    login_hint: email,
  }).toString();
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get('location') ?? '');
  expect(`${back.origin}${back.pathname}`).toBe(`${stack.url}/auth/callback`);
  expect(back.searchParams.get('state')).toBe('some-state');
  return back.searchParams.get('code') ?? '';
}

const exchange = (code: string, verifier: string, redirectUri = `${stack.url}/auth/callback`) =>
  fetch(`${stack.url}/_local/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: LOCAL_CLIENT_ID,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }).toString(),
  });

describe('staff sign-in (authorization code + PKCE through the local provider)', () => {
  it('signs a coordinator in with login_hint and shows the overview with their email and role', async () => {
    // Prepare
    const browser = new StaffBrowser(stack);

    // Act
    const page = await browser.request('/sv/console');
    const signIn = await browser.request(page.headers.get('location') ?? '');
    const authorize = new URL(signIn.headers.get('location') ?? '');
    const picked = new URL(authorize);
    picked.searchParams.set('login_hint', 'coordinator@example.org');
    const { response, hops } = await browser.follow(picked.href);
    const body = await response.text();

    // Assess: the redirect to the provider carries the PKCE challenge, state and nonce.
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/auth/sign-in?return=%2Fsv%2Fconsole');
    expect(signIn.status).toBe(302);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${stack.url}/_local/oauth2/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: LOCAL_CLIENT_ID,
      redirect_uri: `${stack.url}/auth/callback`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const flowCookie = signIn.headers.getSetCookie().find((c) => c.startsWith('signin='));
    expect(flowCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600$/);
    // … and the provider comes back to the callback, which signs in and returns to the page.
    expect(hops[0]).toMatch(new RegExp(`^${stack.url}/auth/callback\\?code=`));
    expect(hops.at(-1)).toBe('/sv/console');
    expect(response.status).toBe(200);
    expect(body).toContain('coordinator@example.org');
    expect(body).toContain('Koordinator');
    expect(body).toContain('action="/auth/sign-out"');
    const session = browser.setCookies.find((c) => c.startsWith('session=') && !/Max-Age=0\b/.test(c));
    expect(session).toMatch(/^session=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    // The token lives only in the HttpOnly cookie: never in a page.
    expect(body).not.toContain(sessionOf(browser));
    expect(browser.cookies.has('signin')).toBe(false);
    for (const [header, value] of Object.entries(securityHeaders)) {
      if (header !== 'content-security-policy') expect(response.headers.get(header), header).toBe(value);
    }
    expect(response.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });

  it('brings a person without a session back, after signing in, to the page they asked for', async () => {
    // Prepare
    const browser = new StaffBrowser(stack);

    // Act
    const first = await browser.request('/en/console/people?tab=requests');
    const { response } = await browser.signIn('chair@example.org', '/en/console/people?tab=requests');

    // Assess
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(
      `/auth/sign-in?return=${encodeURIComponent('/en/console/people?tab=requests')}`,
    );
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${stack.url}/en/console/people?tab=requests`);
    expect(await response.text()).toContain('<html lang="en">');
  });

  it('names the cookies __Host- and marks them Secure over HTTPS', async () => {
    // Prepare
    const browser = new StaffBrowser(stack, { 'x-forwarded-proto': 'https' });

    // Act
    const { response } = await browser.signIn('coordinator@example.org');

    // Assess
    expect(response.status).toBe(200);
    const flow = browser.setCookies.find((c) => c.startsWith('__Host-signin='));
    const session = browser.setCookies.find((c) => c.startsWith('__Host-session=') && !/Max-Age=0\b/.test(c));
    expect(flow).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600; Secure$/);
    expect(session).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
    expect(browser.setCookies.some((c) => /^(session|signin)=/.test(c))).toBe(false);
  });

  it('shows a jury member the overview but the 403 page on a coordinator page', async () => {
    // Prepare
    const browser = new StaffBrowser(stack);
    await browser.signIn('jury1@example.org');

    // Act
    const overview = await browser.request('/fi/console');
    const people = await browser.request('/fi/console/people');
    const body = await people.text();

    // Assess
    expect(overview.status).toBe(200);
    const overviewBody = await overview.text();
    expect(overviewBody).toContain('jury1@example.org');
    expect(overviewBody).toContain('Raadin jäsen');
    expect(overviewBody).not.toContain('href="/fi/console/people"');
    expect(people.status).toBe(403);
    expect(body).toContain('<html lang="fi">');
    expect(body).toContain('Ei käyttöoikeutta');
    expect(body).not.toContain('jury1@example.org');
  });

  it('lets a coordinator open the coordinator page, and answers 404 for a console page that does not exist', async () => {
    // Prepare
    const browser = new StaffBrowser(stack);
    await browser.signIn('coordinator@example.org');

    // Act
    const people = await browser.request('/sv/console/people');
    const missing = await browser.request('/sv/console/no-such-page');

    // Assess
    expect(people.status).toBe(200);
    expect(await people.text()).toContain('Personer');
    expect(missing.status).toBe(404);
  });

  it('refuses a forged, expired, wrong-audience, wrong-issuer or access token in the cookie: back through sign-in', async () => {
    // Prepare
    const issuer = localIssuer(stack.dataDir);
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const genuine = issuer.signClaims(coordinatorClaims());
    const [header, payload] = genuine.split('.');
    const forged = `${header}.${payload}.${sign('sha256', Buffer.from(`${header}.${payload}`), otherKey).toString('base64url')}`;
    const elevated = `${header}.${Buffer.from(JSON.stringify({ ...coordinatorClaims(), email: 'x@example.org' })).toString('base64url')}.${genuine.split('.')[2]}`;
    const refused = {
      forged,
      elevated,
      expired: issuer.signClaims({ ...coordinatorClaims(), iat: now() - 7200, exp: now() - 60 }),
      wrongAudience: issuer.signClaims({ ...coordinatorClaims(), aud: 'another-client' }),
      wrongIssuer: issuer.signClaims({ ...coordinatorClaims(), iss: 'https://issuer.example' }),
      accessToken: issuer.signClaims({ ...coordinatorClaims(), token_use: 'access' }),
      garbage: 'not-a-token',
    };

    // Act
    const control = new StaffBrowser(stack);
    control.cookies.set('session', genuine);
    const accepted = await control.request('/sv/console/people');
    const answers: Record<string, { status: number; location: string | null; cleared: boolean }> = {};
    for (const [name, token] of Object.entries(refused)) {
      const browser = new StaffBrowser(stack);
      browser.cookies.set('session', token);
      const response = await browser.request('/sv/console/people');
      answers[name] = {
        status: response.status,
        location: response.headers.get('location'),
        cleared: !browser.cookies.has('session'),
      };
    }

    // Assess: the genuine token passes, so each refusal is the token's doing.
    expect(accepted.status).toBe(200);
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toEqual({
        status: 303,
        location: '/auth/sign-in?return=%2Fsv%2Fconsole%2Fpeople',
        cleared: true,
      });
    }
  });

  it('signs out: clears the session cookie and ends the provider session, back on the home page', async () => {
    // Prepare
    const browser = new StaffBrowser(stack);
    const { response: overview } = await browser.signIn('coordinator@example.org', '/en/console');
    const csrf = StaffBrowser.csrfOf(await overview.text());

    // Act
    const signOut = await browser.post('/auth/sign-out', { _csrf: csrf, lang: 'en' });
    const logout = new URL(signOut.headers.get('location') ?? '');
    const { hops } = await browser.follow(logout.href);
    const after = await browser.request('/en/console');

    // Assess
    expect(signOut.status).toBe(303);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${stack.url}/_local/oauth2/logout`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({
      client_id: LOCAL_CLIENT_ID,
      logout_uri: `${stack.url}/en/`,
    });
    expect(signOut.headers.getSetCookie()).toContain('session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
    expect(browser.cookies.has('session')).toBe(false);
    expect(hops).toEqual([`${stack.url}/en/`]);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/auth/sign-in?return=%2Fen%2Fconsole');
  });

  it('refuses a post without its CSRF token with 403 and changes nothing', async () => {
    // Prepare
    const browser = new StaffBrowser(stack);
    const { response: overview } = await browser.signIn('coordinator@example.org');
    const csrf = StaffBrowser.csrfOf(await overview.text());

    // Act
    const withoutToken = await browser.post('/auth/sign-out', { lang: 'sv' });
    const wrongToken = await browser.post('/auth/sign-out', { _csrf: `${csrf.slice(0, -2)}xx`, lang: 'sv' });
    const consoleForm = await browser.post('/sv/console/people', { name: 'x' });
    const stillSignedIn = await browser.request('/sv/console');

    // Assess
    expect(withoutToken.status).toBe(403);
    expect(wrongToken.status).toBe(403);
    expect(consoleForm.status).toBe(403);
    expect(withoutToken.headers.get('location')).toBeNull();
    expect(withoutToken.headers.getSetCookie().some((c) => c.startsWith('session='))).toBe(false);
    expect(stillSignedIn.status).toBe(200);
    expect(await stillSignedIn.text()).toContain('coordinator@example.org');
  });

  it('refuses open redirects in return: the person lands on the console overview instead', async () => {
    // Prepare
    const attempts = [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      '/\t/evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/auth/sign-in?return=//evil.example',
      '',
    ];
    const landed: Record<string, string | undefined> = {};

    for (const attempt of attempts) {
      // Act
      const browser = new StaffBrowser(stack);
      const toProvider = await browser.request(`/auth/sign-in?return=${encodeURIComponent(attempt)}`);
      const authorize = new URL(toProvider.headers.get('location') ?? '');
      authorize.searchParams.set('login_hint', 'coordinator@example.org');
      const { hops, response } = await browser.follow(authorize.href);
      landed[JSON.stringify(attempt)] = `${response.status} ${hops.at(-1)}`;
    }

    // Assess
    for (const [attempt, where] of Object.entries(landed)) expect(where, attempt).toBe('200 /sv/console');
  });

  it('refuses a return path planted in the flow cookie', async () => {
    // Prepare: a sign-in under way, its flow cookie rewritten to return elsewhere.
    const browser = new StaffBrowser(stack);
    const toProvider = await browser.request('/auth/sign-in?return=%2Ffi%2Fconsole');
    const flow = JSON.parse(Buffer.from(browser.cookies.get('signin') ?? '', 'base64url').toString('utf8'));
    browser.cookies.set(
      'signin',
      Buffer.from(JSON.stringify({ ...flow, returnPath: '//evil.example' })).toString('base64url'),
    );
    const authorize = new URL(toProvider.headers.get('location') ?? '');
    authorize.searchParams.set('login_hint', 'coordinator@example.org');

    // Act
    const { hops, response } = await browser.follow(authorize.href);

    // Assess
    expect(response.status).toBe(200);
    expect(hops.at(-1)).toBe('/sv/console');
  });

  it('refuses a callback whose state is not the one sent, or without its flow cookie', async () => {
    // Prepare
    const browser = new StaffBrowser(stack);
    const toProvider = await browser.request('/auth/sign-in?return=%2Fsv%2Fconsole');
    const authorize = new URL(toProvider.headers.get('location') ?? '');
    authorize.searchParams.set('login_hint', 'coordinator@example.org');
    const answer = await browser.request(authorize.href);
    const callback = new URL(answer.headers.get('location') ?? '');
    const otherState = new URL(callback);
    otherState.searchParams.set('state', 'not-the-state');

    // Act
    const wrongState = await browser.request(otherState.href);
    const stranger = new StaffBrowser(stack);
    const noFlow = await stranger.request(callback.href);

    // Assess
    expect(wrongState.status).toBe(400);
    expect(await wrongState.text()).toContain('href="/auth/sign-in?return=%2Fsv%2Fconsole"');
    expect(noFlow.status).toBe(400);
    expect(browser.cookies.has('session')).toBe(false);
    expect(stranger.cookies.has('session')).toBe(false);
  });
});

describe('the local provider’s endpoints', () => {
  it('refuses a wrong PKCE verifier and spends the code on that attempt', async () => {
    // Prepare
    const verifier = oauth.generateRandomCodeVerifier();
    const code = await authorizationCode(verifier);

    // Act
    const wrong = await exchange(code, oauth.generateRandomCodeVerifier());
    const rightAfterWrong = await exchange(code, verifier);

    // Assess
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ error: 'invalid_grant' });
    expect(rightAfterWrong.status).toBe(400);
    expect(await rightAfterWrong.json()).toEqual({ error: 'invalid_grant' });
  });

  it('exchanges a code once: the reused code is refused', async () => {
    // Prepare
    const verifier = oauth.generateRandomCodeVerifier();
    const code = await authorizationCode(verifier, 'chair@example.org');

    // Act
    const first = await exchange(code, verifier);
    const tokens = await bodyOf(first);
    const again = await exchange(code, verifier);

    // Assess
    expect(first.status).toBe(200);
    expect(tokens.token_type).toBe('Bearer');
    const claims = JSON.parse(Buffer.from(tokens.id_token.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({
      iss: LOCAL_ISSUER,
      aud: LOCAL_CLIENT_ID,
      email: 'chair@example.org',
      'cognito:groups': ['coordinator', 'jury'],
      nonce: 'some-nonce',
      token_use: 'id',
    });
    expect(claims.exp).toBeGreaterThan(now());
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: 'invalid_grant' });
  });

  it('refuses a code for another redirect_uri or client', async () => {
    // Prepare
    const verifier = oauth.generateRandomCodeVerifier();
    const codeA = await authorizationCode(verifier);
    const codeB = await authorizationCode(verifier);

    // Act
    const otherRedirect = await exchange(codeA, verifier, `${stack.url}/elsewhere`);
    const otherClient = await fetch(`${stack.url}/_local/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: 'another-client',
        code: codeB,
        redirect_uri: `${stack.url}/auth/callback`,
        code_verifier: verifier,
      }).toString(),
    });

    // Assess
    expect(otherRedirect.status).toBe(400);
    expect(otherClient.status).toBe(401);
    expect(await otherClient.json()).toEqual({ error: 'invalid_client' });
  });

  it('never redirects to an unregistered callback or sign-out URL, and requires PKCE', async () => {
    // Prepare
    const base = {
      response_type: 'code',
      client_id: LOCAL_CLIENT_ID,
      scope: 'openid email profile',
      state: 's',
      login_hint: 'coordinator@example.org',
    };
    const authorize = (parameters: Record<string, string>) =>
      fetch(`${stack.url}/_local/oauth2/authorize?${new URLSearchParams(parameters)}`, {
        redirect: 'manual',
      });

    // Act
    const evilCallback = await authorize({ ...base, redirect_uri: 'https://evil.example/auth/callback' });
    const noPkce = await authorize({ ...base, redirect_uri: `${stack.url}/auth/callback` });
    const evilLogout = await fetch(
      `${stack.url}/_local/oauth2/logout?${new URLSearchParams({ client_id: LOCAL_CLIENT_ID, logout_uri: 'https://evil.example/' })}`,
      { redirect: 'manual' },
    );

    // Assess
    expect(evilCallback.status).toBe(400);
    expect(evilCallback.headers.get('location')).toBeNull();
    expect(noPkce.status).toBe(302);
    expect(new URL(noPkce.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_request');
    expect(evilLogout.status).toBe(400);
    expect(evilLogout.headers.get('location')).toBeNull();
  });

  it('lists the local staff on the authorize page when no user is picked', async () => {
    // Prepare
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: LOCAL_CLIENT_ID,
      redirect_uri: `${stack.url}/auth/callback`,
      scope: 'openid email profile',
      state: 's',
      code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
      code_challenge_method: 'S256',
      lang: 'en',
    });

    // Act
    const response = await fetch(`${stack.url}/_local/oauth2/authorize?${query}`);
    const body = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="en">');
    for (const email of [
      'coordinator@example.org',
      'jury1@example.org',
      'jury2@example.org',
      'jury3@example.org',
      'chair@example.org',
    ])
      expect(body).toContain(`name="login_hint" value="${email}"`);
  });

  it('publishes its key as a JWKS, and npm run token still gives admin API tokens', async () => {
    // Act
    const jwks = await bodyOf(await fetch(`${stack.url}/_local/.well-known/jwks.json`));
    const admin = await stack.request('/admin/people?email=someone@example.org', {
      headers: { authorization: `Bearer ${stack.token('coordinator')}` },
    });

    // Assess
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
    expect(admin.status).toBe(200);
  });
});
