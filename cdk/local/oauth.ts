import { randomBytes } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import {
  callbackUrl,
  LOCAL_CLIENT_ID,
  LOCAL_ISSUER,
  LOCAL_JWKS_PATH,
  LOCAL_OAUTH_PATH,
  SIGN_IN_SCOPES,
  signOutPath,
} from '../../shared/auth/endpoints';
import { config } from '../../shared/config';
import type { HttpResult } from '../../shared/http/handler';
import type { Group, Language } from '../../shared/http/route';
import { isLanguage, languages } from '../../shared/i18n/language';
import { html } from '../../shared/site/html';
import { securityHeaders } from '../../shared/site/layout';
import type { LocalIssuer } from './issuer';

/**
 * The staff who can sign in on the local stack. There are no passwords: the local authorize page lists
 * them and signs in the one picked (`login_hint=<email>` picks directly, for tests).
 */
export const localStaff: readonly { email: string; groups: readonly Group[] }[] = [
  { email: 'coordinator@example.org', groups: ['coordinator'] },
  { email: 'jury1@example.org', groups: ['jury'] },
  { email: 'jury2@example.org', groups: ['jury'] },
  { email: 'jury3@example.org', groups: ['jury'] },
  { email: 'chair@example.org', groups: ['coordinator', 'jury'] },
];

/** As Cognito's: authorization codes live five minutes, ID tokens an hour. */
const CODE_LIFETIME_MS = 5 * 60_000;
const ID_TOKEN_SECONDS = 60 * 60;
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

interface PendingCode {
  redirectUri: string;
  challenge: string;
  nonce: string | undefined;
  email: string;
  groups: readonly Group[];
  expiresAt: number;
}

export interface LocalOAuthServer {
  /** The answer for a /_local/ path of the OAuth stand-in, or undefined for any other path. */
  handle(method: string, url: URL, body: Buffer): Promise<HttpResult | undefined>;
}

/**
 * Cognito's managed login endpoints, locally, under /_local/: `oauth2/authorize` (a page listing the
 * local staff), `oauth2/token` (the code exchange, checking client, redirect URI and the PKCE verifier
 * against the challenge; each code works once), `oauth2/logout`, and the JWKS the console verifies ID
 * tokens against. The registered callback and sign-out URLs are the ones the CDK app client lists, on
 * the local server's own base URL.
 */
export function localOAuthServer(issuer: LocalIssuer): LocalOAuthServer {
  const codes = new Map<string, PendingCode>();

  function authorize(url: URL): HttpResult {
    const query = url.searchParams;
    const lang: Language = isLanguage(query.get('lang')) ? (query.get('lang') as Language) : 'sv';
    const redirectUri = query.get('redirect_uri') ?? '';
    // Never redirect to a URI the client did not register: say so on a page instead.
    if (query.get('client_id') !== LOCAL_CLIENT_ID)
      return errorPage(lang, 'client_id is not the local client');
    if (redirectUri !== callbackUrl(config.publicBaseUrl))
      return errorPage(lang, 'redirect_uri is not a registered callback URL');

    const back = (parameters: Record<string, string>) => {
      const target = new URL(redirectUri);
      for (const [name, value] of Object.entries(parameters)) target.searchParams.set(name, value);
      const state = query.get('state');
      if (state) target.searchParams.set('state', state);
      return { statusCode: 302, headers: { location: target.href, 'cache-control': 'no-store' }, body: '' };
    };
    if (query.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
    const scopes = (query.get('scope') ?? '').split(' ');
    if (!scopes.includes('openid') || scopes.some((s) => !(SIGN_IN_SCOPES as readonly string[]).includes(s)))
      return back({ error: 'invalid_scope' });
    const challenge = query.get('code_challenge');
    if (!challenge || query.get('code_challenge_method') !== 'S256')
      return back({ error: 'invalid_request', error_description: 'PKCE with S256 is required' });

    const hint = query.get('login_hint')?.trim().toLowerCase();
    const person = localStaff.find((p) => p.email === hint);
    if (!person) return staffPage(lang, query, hint !== undefined && hint !== '');
    const code = randomBytes(32).toString('base64url');
    codes.set(code, {
      redirectUri,
      challenge,
      nonce: query.get('nonce') ?? undefined,
      email: person.email,
      groups: person.groups,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    return back({ code });
  }

  async function token(body: Buffer): Promise<HttpResult> {
    const form = new URLSearchParams(body.toString('utf8'));
    if (form.get('grant_type') !== 'authorization_code') return tokenError('unsupported_grant_type');
    if (form.get('client_id') !== LOCAL_CLIENT_ID) return tokenError('invalid_client');
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    // Spent on the first attempt, right or wrong: a stolen code gets one guess at the verifier.
    codes.delete(code);
    if (!pending || pending.expiresAt <= Date.now()) return tokenError('invalid_grant');
    if (form.get('redirect_uri') !== pending.redirectUri) return tokenError('invalid_grant');
    const verifier = form.get('code_verifier') ?? '';
    if (!VERIFIER.test(verifier) || (await oauth.calculatePKCECodeChallenge(verifier)) !== pending.challenge)
      return tokenError('invalid_grant');

    const now = Math.floor(Date.now() / 1000);
    const subject = `local-${pending.email.split('@')[0]}`;
    const idToken = issuer.signClaims({
      iss: LOCAL_ISSUER,
      aud: LOCAL_CLIENT_ID,
      sub: subject,
      email: pending.email,
      email_verified: true,
      'cognito:username': pending.email,
      'cognito:groups': pending.groups,
      token_use: 'id',
      auth_time: now,
      iat: now,
      exp: now + ID_TOKEN_SECONDS,
      ...(pending.nonce ? { nonce: pending.nonce } : {}),
    });
    const accessToken = issuer.signClaims({
      iss: LOCAL_ISSUER,
      sub: subject,
      client_id: LOCAL_CLIENT_ID,
      scope: SIGN_IN_SCOPES.join(' '),
      'cognito:groups': pending.groups,
      token_use: 'access',
      auth_time: now,
      iat: now,
      exp: now + ID_TOKEN_SECONDS,
    });
    return json(200, {
      id_token: idToken,
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ID_TOKEN_SECONDS,
    });
  }

  function logout(url: URL): HttpResult {
    const returnTo = url.searchParams.get('logout_uri') ?? '';
    const registered = languages.map((lang) => `${config.publicBaseUrl}${signOutPath(lang)}`);
    if (url.searchParams.get('client_id') !== LOCAL_CLIENT_ID || !registered.includes(returnTo))
      return errorPage('sv', 'logout_uri is not a registered sign-out URL');
    return { statusCode: 302, headers: { location: returnTo, 'cache-control': 'no-store' }, body: '' };
  }

  return {
    async handle(method, url, body) {
      const route = url.pathname.replace(/\/$/, '');
      if (route === `${LOCAL_OAUTH_PATH}/authorize` && method === 'GET') return authorize(url);
      if (route === `${LOCAL_OAUTH_PATH}/token` && method === 'POST') return token(body);
      if (route === `${LOCAL_OAUTH_PATH}/logout` && method === 'GET') return logout(url);
      if (route === LOCAL_JWKS_PATH && method === 'GET') return json(200, issuer.jwks());
      if (route.startsWith(LOCAL_OAUTH_PATH) || route === LOCAL_JWKS_PATH)
        return { statusCode: 405, headers: { 'content-type': 'text/plain' }, body: 'method not allowed' };
      return undefined;
    },
  };
}

const json = (status: number, body: unknown): HttpResult => ({
  statusCode: status,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    pragma: 'no-cache',
  },
  body: JSON.stringify(body),
});

const tokenError = (error: string) => json(error === 'invalid_client' ? 401 : 400, { error });

const texts = {
  title: { sv: 'Logga in', fi: 'Kirjaudu sisään', en: 'Sign in' },
  intro: {
    sv: 'Lokal inloggning: här finns inga lösenord. Välj vem du loggar in som. I AWS loggar personalen in med Cognito (lösenord och engångskod).',
    fi: 'Paikallinen kirjautuminen: salasanoja ei ole. Valitse, kenenä kirjaudut. AWS:ssä henkilöstö kirjautuu Cognitolla (salasana ja kertakäyttökoodi).',
    en: 'Local sign-in: there are no passwords. Choose who to sign in as. In AWS, staff sign in with Cognito (password and one-time code).',
  },
  unknown: {
    sv: 'Det finns ingen lokal användare med den e-postadressen.',
    fi: 'Sillä sähköpostiosoitteella ei ole paikallista käyttäjää.',
    en: 'There is no local user with that email address.',
  },
  signInAs: { sv: 'Logga in som', fi: 'Kirjaudu käyttäjänä', en: 'Sign in as' },
  users: { sv: 'Lokala användare', fi: 'Paikalliset käyttäjät', en: 'Local users' },
  refused: {
    sv: 'Inloggningen kan inte börja',
    fi: 'Kirjautumista ei voi aloittaa',
    en: 'Sign-in cannot start',
  },
  coordinator: { sv: 'koordinator', fi: 'koordinaattori', en: 'coordinator' },
  jury: { sv: 'jury', fi: 'tuomaristo', en: 'jury' },
} as const;

function htmlPage(lang: Language, title: string, main: ReturnType<typeof html>, status: number): HttpResult {
  const body = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${texts.users[lang]}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<main id="main">
<h1>${title}</h1>
${main}
</main>
</body>
</html>`;
  return {
    statusCode: status,
    headers: { ...securityHeaders, 'content-type': 'text/html; charset=utf-8', 'content-language': lang },
    body: body.value,
  };
}

/** The list of local staff: a GET form that repeats the request, with the one picked as login_hint. */
function staffPage(lang: Language, query: URLSearchParams, unknownHint: boolean): HttpResult {
  const kept = [...query].filter(([name]) => name !== 'login_hint');
  const main = html`<p class="notice">${texts.intro[lang]}</p>
${unknownHint ? html`<p class="error" role="alert">${texts.unknown[lang]}</p>` : ''}
<form method="get" action="${LOCAL_OAUTH_PATH}/authorize">
${kept.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<h2>${texts.users[lang]}</h2>
<ul class="staff-users">
${localStaff.map(
  (
    person,
  ) => html`<li class="field"><button type="submit" name="login_hint" value="${person.email}">${texts.signInAs[lang]} ${person.email}</button>
<span class="hint">(${person.groups.map((group) => texts[group][lang]).join(', ')})</span></li>`,
)}
</ul>
</form>`;
  return htmlPage(lang, texts.title[lang], main, 200);
}

function errorPage(lang: Language, detail: string): HttpResult {
  return htmlPage(lang, texts.refused[lang], html`<p lang="en">${detail}</p>`, 400);
}
