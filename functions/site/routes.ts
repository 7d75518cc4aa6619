import * as z from 'zod/mini';
import { defineRoute, type RouteSpec } from '../../shared/http/route';

const html = { description: 'HTML page', contentType: 'text/html; charset=utf-8' };
const form = {
  description: 'An HTML form post (application/x-www-form-urlencoded) with its CSRF token',
  schema: z.looseObject({ _csrf: z.string() }),
};

function languageRoutes(lang: 'sv' | 'fi' | 'en') {
  return {
    [`${lang}Home`]: defineRoute({
      method: 'GET',
      path: `/${lang}`,
      auth: 'public',
      summary: `Home page (${lang})`,
      tags: ['site'],
      responses: { 200: html },
    }),
    [`${lang}Page`]: defineRoute({
      method: 'GET',
      path: `/${lang}/{proxy+}`,
      auth: 'public',
      summary: `Public pages in ${lang}: events (list and each event), registrations, network, nominations, campaigns, applications, information packages, the methods toolbox, activity plan, privacy, accessibility; a page of content is at its slug, its id redirects (308)`,
      tags: ['site'],
      responses: { 200: html, 404: html },
    }),
    [`${lang}Form`]: defineRoute({
      method: 'POST',
      path: `/${lang}/{proxy+}`,
      auth: 'public',
      summary: `Form posts of the public pages in ${lang} (CSRF-checked; work without JavaScript)`,
      tags: ['site'],
      idempotent: false,
      rawBody: form,
      responses: { 200: html, 303: { description: 'Done: on to the result page' }, 400: html, 403: html },
    }),
  } as Record<string, RouteSpec>;
}

export const siteRoutes = {
  root: defineRoute({
    method: 'GET',
    path: '/',
    auth: 'public',
    summary: 'Redirects to /sv/, /fi/ or /en/ by Accept-Language',
    tags: ['site'],
    responses: { 302: { description: 'To the home page in the best language' } },
  }),
  asset: defineRoute({
    method: 'GET',
    path: '/assets/{file}',
    auth: 'public',
    summary: 'The design system’s stylesheet and script, the network’s colours (theme.css) and logo',
    tags: ['site'],
    params: z.strictObject({ file: z.enum(['site.css', 'site.js', 'theme.css', 'logo.svg']) }),
    responses: {
      200: { description: 'CSS, JavaScript or SVG', contentType: 'text/css' },
      404: { description: 'No logo is set' },
    },
  }),
  ...languageRoutes('sv'),
  ...languageRoutes('fi'),
  ...languageRoutes('en'),
} as Record<string, RouteSpec>;
