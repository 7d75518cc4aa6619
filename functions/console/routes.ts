import * as z from 'zod/mini';
import { defineRoute, type RouteSpec } from '../../shared/http/route';

const html = { description: 'HTML page', contentType: 'text/html; charset=utf-8' };
const toSignIn = { description: 'No valid session: on to /auth/sign-in with the page to return to' };
const form = {
  description: 'An HTML form post (application/x-www-form-urlencoded) with its CSRF token',
  schema: z.looseObject({ _csrf: z.string() }),
};

/**
 * The staff console's routes. They are public to API Gateway (its JWT authorizer reads a bearer header,
 * and a browser sends a cookie): the console function checks the session cookie itself on every request
 * (shared/auth/session.ts) and the group each page requires (functions/console/pages/).
 */
function languageRoutes(lang: 'sv' | 'fi' | 'en') {
  return {
    [`${lang}Console`]: defineRoute({
      method: 'GET',
      path: `/${lang}/console`,
      auth: 'public',
      summary: `Staff console overview (${lang}); sign-in required`,
      tags: ['console'],
      responses: { 200: html, 303: toSignIn },
    }),
    [`${lang}ConsolePage`]: defineRoute({
      method: 'GET',
      path: `/${lang}/console/{proxy+}`,
      auth: 'public',
      summary: `Staff console pages (${lang}); sign-in required, each page for its group`,
      tags: ['console'],
      responses: { 200: html, 303: toSignIn, 403: html, 404: html },
    }),
    [`${lang}ConsoleForm`]: defineRoute({
      method: 'POST',
      path: `/${lang}/console/{proxy+}`,
      auth: 'public',
      summary: `Form posts of the staff console (${lang}): session, group and CSRF checked; post/redirect/get`,
      tags: ['console'],
      idempotent: false,
      rawBody: form,
      responses: { 303: { description: 'Done: on to the result page' }, 400: html, 403: html, 404: html },
    }),
  } as Record<string, RouteSpec>;
}

export const consoleRoutes = {
  signIn: defineRoute({
    method: 'GET',
    path: '/auth/sign-in',
    auth: 'public',
    summary:
      'Starts staff sign-in: to the identity provider (authorization code, PKCE S256, state, nonce); `return` is the page to come back to',
    tags: ['console'],
    responses: { 302: { description: "To the provider's authorize endpoint" } },
  }),
  callback: defineRoute({
    method: 'GET',
    path: '/auth/callback',
    auth: 'public',
    summary: 'The provider redirects back here: the code is exchanged and the ID token verified server-side',
    tags: ['console'],
    responses: {
      303: { description: 'Signed in: the session cookie is set; on to the page signed in from' },
      400: html,
    },
  }),
  signOut: defineRoute({
    method: 'POST',
    path: '/auth/sign-out',
    auth: 'public',
    summary: "Signs out (CSRF-checked): clears the session and ends the provider's session",
    tags: ['console'],
    idempotent: false,
    rawBody: form,
    responses: { 303: { description: "To the provider's logout, then the home page" }, 403: html },
  }),
  ...languageRoutes('sv'),
  ...languageRoutes('fi'),
  ...languageRoutes('en'),
} as Record<string, RouteSpec>;
