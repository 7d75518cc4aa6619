import type { Reply } from '../http/reply';
import type { Language } from '../http/route';
import { languages as allLanguages } from '../i18n/language';
import { backLink, breadcrumbs, type Crumb } from './components';
import { type Html, html } from './html';
import type { Identity } from './identity';
import { ui } from './strings';

/**
 * Headers every page carries: a CSP with no inline script or style, no framing, no sniffing, and no
 * referrer (page URLs carry secret tokens: manage, nomination and application links). Images come from
 * the site itself or Sanity's image CDN (content images, shared/content/asset-base.ts).
 */
export const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https://cdn.sanity.io; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cache-control': 'no-store',
} as const;

export interface NavItem {
  href: string;
  label: string;
}

/**
 * What every page of a service shares: the language, the network's identity, and the service's own
 * navigation (the public site and the staff console each pass theirs; the frame assumes neither).
 */
export interface PageFrame {
  lang: Language;
  /** The path after /{lang}/, for the language switch and for marking the current menu item. */
  path: string;
  identity: Identity;
  /** The service's start page, where the name and logo link to. */
  homeHref?: string;
  nav?: readonly NavItem[];
  footerLinks?: readonly NavItem[];
  /** The languages the service is offered in (settings); all three when not given. */
  languages?: readonly Language[];
  cookies?: string[];
  secure: boolean;
}

export interface PageOptions {
  status?: number;
  /** The error summary of a form on the page: shown first in main, and "Error:" prefixes the title. */
  errorSummary?: Html | '';
  breadcrumbs?: readonly Crumb[];
  backLink?: Crumb;
  /** The h1 when it differs from the title. */
  heading?: string;
  /** Shown under the h1, before the page's content (a notice, a lead paragraph). */
  lead?: Html | '';
}

export const languageNames: Record<Language, string> = { sv: 'Svenska', fi: 'Suomi', en: 'English' };

const isCurrent = (frame: PageFrame, href: string) => {
  const path = `/${frame.lang}/${frame.path}`.replace(/\/$/, '');
  const target = href.replace(/\/$/, '');
  return path === target || (target.split('/').length > 2 && path.startsWith(`${target}/`));
};

export function page(
  frame: PageFrame,
  title: string,
  main: Html,
  statusOrOptions: number | PageOptions = {},
): Reply {
  const options: PageOptions =
    typeof statusOrOptions === 'number' ? { status: statusOrOptions } : statusOrOptions;
  const { lang, identity } = frame;
  const home = frame.homeHref ?? `/${lang}/`;
  const hasErrors = !!options.errorSummary;
  const fullTitle = `${hasErrors ? `${ui('errorPrefix', lang)}: ` : ''}${title === identity.name ? title : `${title} – ${identity.name}`}`;
  const offered = frame.languages?.length ? frame.languages : allLanguages;
  const body = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${identity.hasLogo ? html`<link rel="icon" href="/assets/logo.svg" type="image/svg+xml">` : ''}
<link rel="stylesheet" href="/assets/site.css">
<link rel="stylesheet" href="/assets/theme.css">
<script src="/assets/site.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${ui('skip', lang)}</a>
<header class="header">
<div class="container">
<div class="header__top">
<a class="header__brand" href="${home}">${identity.hasLogo ? html`<img class="header__logo" src="/assets/logo.svg" alt="" width="48" height="48">` : ''}<span class="header__name">${identity.name}</span></a>
${
  offered.length > 1
    ? html`<nav class="lang" aria-label="${ui('language', lang)}"><ul>
${offered.map((l) =>
  l === lang
    ? html`<li><span aria-current="true" lang="${l}">${languageNames[l]}</span></li>`
    : html`<li><a href="/${l}/${frame.path}" lang="${l}" hreflang="${l}">${languageNames[l]}</a></li>`,
)}
</ul></nav>`
    : ''
}
</div>
${
  frame.nav?.length
    ? html`<nav class="nav" aria-label="${ui('mainMenu', lang)}"><ul>
${frame.nav.map((item) => html`<li><a href="${item.href}"${isCurrent(frame, item.href) ? html` aria-current="page"` : ''}>${item.label}</a></li>`)}
</ul></nav>`
    : ''
}
</div>
</header>
<div class="container">
${options.breadcrumbs ? breadcrumbs(lang, options.breadcrumbs) : ''}${options.backLink ? backLink(options.backLink.href, options.backLink.label) : ''}
</div>
<main id="main" class="main" tabindex="-1">
<div class="container">
${options.errorSummary ?? ''}
<h1>${options.heading ?? title}</h1>
${options.lead ?? ''}
${main}
</div>
</main>
<footer class="footer">
<div class="container">
<p class="footer__name">${identity.name}</p>
${identity.contactEmail ? html`<p>${ui('contact', lang)}: <a href="mailto:${identity.contactEmail}">${identity.contactEmail}</a></p>` : ''}
${
  frame.footerLinks?.length
    ? html`<nav aria-label="${ui('footerLinks', lang)}"><ul>${frame.footerLinks.map((item) => html`<li><a href="${item.href}">${item.label}</a></li>`)}</ul></nav>`
    : ''
}
</div>
</footer>
</body>
</html>`;
  return {
    status: options.status ?? 200,
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

/** Post/redirect/get: after a form is done, the browser is sent to the page that shows the result. */
export const redirect = (location: string, cookies?: string[]): Reply => ({
  status: 303,
  headers: { ...securityHeaders, location },
  ...(cookies?.length ? { cookies } : {}),
});
