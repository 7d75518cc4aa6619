import type { ScheduledEvent } from 'aws-lambda';
import { followUpMonth, yearlyFollowUp } from '../../shared/affiliations/follow-up';
import { currentStrategy, strategyRef } from '../../shared/affiliations/strategy-content';
import { contentSources } from '../../shared/content/default-source';
import { classifyDependencyError } from '../../shared/http/dependency-errors';
import {
  type HttpEvent,
  httpHandler,
  type Implementation,
  type RequestContext,
} from '../../shared/http/handler';
import type { Reply } from '../../shared/http/reply';
import type { Language } from '../../shared/http/route';
import { documentId, secretToken } from '../../shared/http/schemas';
import { isLanguage, negotiateLanguage } from '../../shared/i18n/language';
import { loggableError, logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { csrfCookie, csrfToken, csrfValid, newCsrfCookieValue, readCsrfCookie } from '../../shared/site/csrf';
import { one, parseForm } from '../../shared/site/forms';
import { t } from '../../shared/site/strings';
import { defaultTable } from '../../shared/table/client';
import { paragraphs } from '../../shared/ui/components';
import { html } from '../../shared/ui/html';
import { themeCss } from '../../shared/ui/identity';
import { identityFor, logoSvg } from '../../shared/ui/identity-source';
import { type PageFrame, page, securityHeaders } from '../../shared/ui/layout';
import { script } from '../../shared/ui/script';
import { styles } from '../../shared/ui/styles';
import type { SiteRequest } from './context';
import { applicationRoute, campaignRoute } from './pages/campaigns';
import { activityPlanRoute, homeRoute, informationPackageRoute, statementRoute } from './pages/content';
import { eventRoute, eventsRoute, registrationRoute } from './pages/events';
import { methodRoute, methodsRoute } from './pages/methods';
import { membershipLinkRoute, networkRoute } from './pages/network';
import { nominationRoute } from './pages/nominations';
import { affiliationConfirmRoute, affiliationManageRoute, strategyRoute } from './pages/strategy';
import { surveyRoute, surveyThanksRoute } from './pages/surveys';
import { siteRoutes } from './routes';

// The API's own parameter schemas: a page path takes exactly the ids and tokens its JSON route takes.
const isDocumentId = (value: string | undefined): value is string =>
  value !== undefined && documentId().safeParse(value).success;
const isSecretToken = (value: string | undefined): value is string =>
  value !== undefined && secretToken().safeParse(value).success;

/** Which page a path is; undefined answers 404 (so does an id or token the API would refuse). */
function route(req: SiteRequest): Promise<Reply | undefined> | undefined {
  const [first, second, third, ...rest] = req.segments;
  if (rest.length) return undefined;
  if (!first) return req.method === 'GET' ? homeRoute(req) : undefined;
  if (first === 'events' && !second) return req.method === 'GET' ? eventsRoute(req) : undefined;
  if (first === 'events' && isDocumentId(second) && !third) return eventRoute(req, second);
  if (first === 'registrations' && isSecretToken(second) && !third) return registrationRoute(req, second);
  if (first === 'network' && !second) return networkRoute(req);
  if (first === 'network' && (second === 'confirm' || second === 'leave') && isSecretToken(third))
    return membershipLinkRoute(req, second, third);
  if (first === 'nominations' && isSecretToken(second) && !third) return nominationRoute(req, second);
  if (first === 'surveys' && second === 'thanks' && !third)
    return req.method === 'GET' ? surveyThanksRoute(req) : undefined;
  if (first === 'surveys' && isSecretToken(second) && !third) return surveyRoute(req, second);
  if (first === 'campaigns' && isDocumentId(second) && !third) return campaignRoute(req, second);
  if (first === 'applications' && isSecretToken(second) && !third) return applicationRoute(req, second);
  if (first === 'strategy' && !second) return strategyRoute(req);
  if (first === 'affiliations' && second === 'confirm' && isSecretToken(third))
    return affiliationConfirmRoute(req, third);
  if (first === 'affiliations' && isSecretToken(second) && !third) return affiliationManageRoute(req, second);
  if (req.method !== 'GET') return undefined;
  if (first === 'information-packages' && isDocumentId(second) && !third)
    return informationPackageRoute(req, second);
  if (first === 'activity-plan' && !second) return activityPlanRoute(req);
  if ((first === 'privacy' || first === 'accessibility') && !second) return statementRoute(req, first);
  if (first === 'methods' && !second) return methodsRoute(req);
  if (first === 'methods' && isDocumentId(second) && !third) return methodRoute(req, second);
  return undefined;
}

const messagePage = (frame: PageFrame, title: string, text: string, status: number) =>
  page(frame, title, html`${paragraphs(text)}`, status);

/** The site's own menu and footer links, in the page's language. */
const siteNav = (lang: Language) => [
  { href: `/${lang}/events`, label: t('eventsNav', lang) },
  { href: `/${lang}/activity-plan`, label: t('activityPlan', lang) },
  { href: `/${lang}/methods`, label: t('methodsNav', lang) },
  { href: `/${lang}/strategy`, label: t('strategyNav', lang) },
  { href: `/${lang}/network`, label: t('network', lang) },
];
const siteFooter = (lang: Language) => [
  { href: `/${lang}/privacy`, label: t('privacy', lang) },
  { href: `/${lang}/accessibility`, label: t('accessibility', lang) },
];

/**
 * Every page of the site: one function, the same use cases as the API. Forms post back to their page;
 * each post must carry the CSRF token matching its cookie (403 otherwise), and a filled honeypot is
 * answered as if done while nothing is stored.
 */
async function servePage(ctx: RequestContext, method: 'GET' | 'POST'): Promise<Reply> {
  const [, langSegment = 'sv', ...segments] = ctx.rawPath.split('/');
  const lang: Language = isLanguage(langSegment) ? langSegment : 'sv';
  const secret = await getSecret('emailPepper');
  const secure = ctx.headers['x-forwarded-proto'] === 'https';
  const existing = readCsrfCookie(ctx.cookies, secure);
  const cookieValue = existing ?? newCsrfCookieValue();
  const { identity, languages } = await identityFor(lang);
  const frame: PageFrame = {
    lang,
    path: segments.filter(Boolean).join('/'),
    identity,
    languages,
    nav: siteNav(lang),
    footerLinks: siteFooter(lang),
    cookies: existing ? [] : [csrfCookie(cookieValue, secure)],
    secure,
  };
  const form = method === 'POST' ? parseForm(ctx.rawBody) : {};
  if (method === 'POST' && !csrfValid(existing, one(form._csrf), secret)) {
    return messagePage(frame, t('forbidden', lang), t('forbiddenText', lang), 403);
  }
  const req: SiteRequest = {
    lang,
    segments: segments.filter(Boolean).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    }),
    method,
    form,
    query: Object.fromEntries(new URLSearchParams(ctx.rawQuery ?? '')),
    search: new URLSearchParams(ctx.rawQuery ?? ''),
    frame,
    csrf: csrfToken(cookieValue, secret),
    bot: method === 'POST' && !!one(form.website),
    now: new Date(),
  };
  try {
    return (await route(req)) ?? messagePage(frame, t('notFound', lang), t('notFoundText', lang), 404);
  } catch (error) {
    const dependency = classifyDependencyError(error);
    if (dependency) {
      logger.warn('site dependency unavailable', { error: dependency.name });
      const reply = messagePage(frame, t('unavailable', lang), t('unavailableText', lang), 503);
      return { ...reply, headers: { ...reply.headers, 'retry-after': String(dependency.retryAfter) } };
    }
    logger.error('site page failed', {
      path: frame.path.split('/')[0],
      requestId: ctx.requestId,
      error: loggableError(error),
    });
    return messagePage(frame, t('unavailable', lang), t('unavailableText', lang), 500);
  }
}

const implementations: Record<string, Implementation<never>> = {
  root: (async (ctx: RequestContext) => ({
    status: 302,
    headers: {
      ...securityHeaders,
      location: `/${negotiateLanguage(undefined, ctx.headers['accept-language'])}/`,
    },
  })) as never,
  asset: (async (ctx: RequestContext) => {
    const file = (ctx.params as unknown as { file: string }).file;
    const reply = (text: string, contentType: string, maxAge = 3600) => ({
      status: 200,
      text,
      contentType,
      headers: { 'cache-control': `public, max-age=${maxAge}`, 'x-content-type-options': 'nosniff' },
    });
    if (file === 'site.css') return reply(styles, 'text/css; charset=utf-8');
    if (file === 'site.js') return reply(script, 'text/javascript; charset=utf-8');
    // The identity's files follow the settings within minutes.
    if (file === 'theme.css')
      return reply(themeCss((await identityFor('sv')).identity.colours), 'text/css; charset=utf-8', 300);
    const logo = await logoSvg();
    if (!logo)
      return { status: 404, text: 'Not found', contentType: 'text/plain; charset=utf-8', headers: {} };
    const svg = reply(logo, 'image/svg+xml', 300);
    // Opened on its own, the drawing may style itself and nothing else.
    return {
      ...svg,
      headers: { ...svg.headers, 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
    };
  }) as never,
};
// The method comes from the route, never from whether a body was sent: an empty POST is still a POST.
for (const [id, spec] of Object.entries(siteRoutes)) {
  implementations[id] ??= ((ctx: RequestContext) =>
    servePage(ctx, spec.method === 'POST' ? 'POST' : 'GET')) as never;
}

const http = httpHandler(siteRoutes, implementations as never);

/**
 * The public pages, and the daily job that mails the strategy's yearly follow-up in the settings' month
 * (shared/affiliations/follow-up.ts; only the first run in that month's days mails anyone).
 */
export async function handler(event: HttpEvent | ScheduledEvent) {
  if ('routeKey' in event) return http(event);
  const sources = await contentSources();
  const strategy = await currentStrategy(sources.fresh, 'sv');
  if (!strategy) return { due: false, sent: 0 };
  const result = await yearlyFollowUp(
    { table: defaultTable(), pepper: await getSecret('emailPepper'), now: new Date() },
    strategyRef(strategy),
    await followUpMonth(sources.fresh),
  );
  logger.info('strategy follow-up', result);
  return result;
}
