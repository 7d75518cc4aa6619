import type { Reply } from '../http/reply';
import type { Language } from '../http/route';
import { languages } from '../i18n/language';
import { type Html, html } from './html';
import { t } from './strings';

/**
 * Headers every page carries: a CSP with no inline script or style, no framing, no sniffing, and no
 * referrer (page URLs carry secret tokens: manage, nomination and application links).
 */
export const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cache-control': 'no-store',
} as const;

export interface PageFrame {
  lang: Language;
  /** The path after /{lang}/, for the language switch. */
  path: string;
  networkName?: string;
  cookies?: string[];
  secure: boolean;
}

const languageNames: Record<Language, string> = { sv: 'Svenska', fi: 'Suomi', en: 'English' };

export function page(frame: PageFrame, title: string, main: Html, status = 200): Reply {
  const { lang } = frame;
  const home = `/${lang}/`;
  const body = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${frame.networkName ?? t('siteName', lang)}</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t('skip', lang)}</a>
<header class="site-header">
  <p class="site-name"><a href="${home}">${frame.networkName ?? t('siteName', lang)}</a></p>
  <nav aria-label="${t('nav', lang)}">
    <ul>
      <li><a href="${home}">${t('home', lang)}</a></li>
      <li><a href="/${lang}/activity-plan">${t('activityPlan', lang)}</a></li>
      <li><a href="/${lang}/network">${t('network', lang)}</a></li>
    </ul>
  </nav>
  <nav aria-label="${t('language', lang)}" class="languages">
    <ul>
      ${languages.map((l) =>
        l === lang
          ? html`<li><span aria-current="true" lang="${l}">${languageNames[l]}</span></li>`
          : html`<li><a href="/${l}/${frame.path}" lang="${l}" hreflang="${l}">${languageNames[l]}</a></li>`,
      )}
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${main}
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/${lang}/privacy">${t('privacy', lang)}</a></li>
    <li><a href="/${lang}/accessibility">${t('accessibility', lang)}</a></li>
  </ul>
</footer>
</body>
</html>`;
  return {
    status,
    text: body.value,
    contentType: 'text/html; charset=utf-8',
    headers: {
      ...securityHeaders,
      'content-language': lang,
      ...(frame.secure ? { 'strict-transport-security': 'max-age=31536000' } : {}),
    },
    ...(frame.cookies?.length ? { cookies: frame.cookies } : {}),
  };
}

export const redirect = (location: string, cookies?: string[]): Reply => ({
  status: 303,
  headers: { ...securityHeaders, location },
  ...(cookies?.length ? { cookies } : {}),
});
