import { identityProvider } from '../../shared/auth/identity-provider';
import { safeReturnPath } from '../../shared/auth/return-path';
import { clearedSessionCookie, readSession, SignInUnavailable } from '../../shared/auth/session';
import { finishSignIn, signOut, startSignIn } from '../../shared/auth/sign-in';
import { config } from '../../shared/config';
import { classifyDependencyError } from '../../shared/http/dependency-errors';
import { httpHandler, type Implementation, type RequestContext } from '../../shared/http/handler';
import type { Reply } from '../../shared/http/reply';
import type { Language } from '../../shared/http/route';
import { isLanguage } from '../../shared/i18n/language';
import { loggableError, logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { csrfCookie, csrfToken, csrfValid, newCsrfCookieValue, readCsrfCookie } from '../../shared/site/csrf';
import { one, parseForm } from '../../shared/site/forms';
import { html } from '../../shared/site/html';
import { type PageFrame, page, securityHeaders } from '../../shared/site/layout';
import { t } from '../../shared/site/strings';
import { identityFor } from '../../shared/ui/identity-source';
import { ConsoleForbidden, type ConsoleRequest, holdsGroup, matchPage } from './context';
import { consolePages } from './pages';
import { consoleRoutes } from './routes';
import { ct } from './strings';

/**
 * The staff console: sign-in (/auth/*) and the pages under /{lang}/console/. Every page needs a valid
 * session (else 303 to sign-in, back to the same page after), the page's group (else the 403 page) and,
 * for a post, the CSRF token matching its cookie (else 403, nothing done). Pages carry the site's
 * security headers, with the provider's logout added to `form-action`: sign-out is a form post that
 * the browser follows on to the provider, and CSP checks form redirects too.
 */
const isHttps = (ctx: RequestContext) => ctx.headers['x-forwarded-proto'] === 'https';

function consoleHeaders(): Record<string, string> {
  const provider = identityProvider();
  const logoutOrigin = new URL(provider.logoutUrl(config.publicBaseUrl)).origin;
  const formAction = logoutOrigin === new URL(config.publicBaseUrl).origin ? '' : ` ${logoutOrigin}`;
  return {
    'content-security-policy': securityHeaders['content-security-policy'].replace(
      "form-action 'self'",
      `form-action 'self'${formAction}`,
    ),
  };
}

const withConsoleHeaders = (reply: Reply): Reply => ({
  ...reply,
  headers: { ...reply.headers, ...consoleHeaders() },
});

const messagePage = (frame: PageFrame, title: string, text: string, status: number, link?: string) =>
  page(
    frame,
    title,
    html`<p>${text}</p>${link ? html`<p><a href="${link}">${ct(status === 403 ? 'backToOverview' : 'signInAgain', frame.lang)}</a></p>` : ''}`,
    status,
  );

const signInLink = (returnPath: string | undefined) =>
  `/auth/sign-in${returnPath ? `?return=${encodeURIComponent(returnPath)}` : ''}`;

/** The language a path starts with (`/fi/console/…` → fi), for pages about sign-in. */
const languageOf = (path: string | undefined, fallback: Language): Language => {
  const first = path?.split('/')[1];
  return isLanguage(first) ? first : fallback;
};

/** The CSRF cookie of a request, or a new one to set, with the token for its forms. */
async function csrfState(ctx: RequestContext) {
  const secret = await getSecret('emailPepper');
  const secure = isHttps(ctx);
  const existing = readCsrfCookie(ctx.cookies, secure);
  const value = existing ?? newCsrfCookieValue();
  return {
    existing,
    token: csrfToken(value, secret),
    cookies: existing ? [] : [csrfCookie(value, secure)],
    valid: (formToken: string | undefined) => csrfValid(existing, formToken, secret),
  };
}

function unavailable(frame: PageFrame, error: unknown): Reply | undefined {
  const dependency =
    error instanceof SignInUnavailable ? { name: error.name, retryAfter: 5 } : classifyDependencyError(error);
  if (!dependency) return undefined;
  logger.warn('console dependency unavailable', { error: dependency.name });
  const reply = messagePage(frame, t('unavailable', frame.lang), t('unavailable', frame.lang), 503);
  return { ...reply, headers: { ...reply.headers, 'retry-after': String(dependency.retryAfter) } };
}

async function servePage(ctx: RequestContext, method: 'GET' | 'POST'): Promise<Reply> {
  const [, langSegment = 'sv', , ...rest] = ctx.rawPath.split('/');
  const lang: Language = isLanguage(langSegment) ? langSegment : 'sv';
  const secure = isHttps(ctx);
  const segments = rest.filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const csrf = await csrfState(ctx);
  const frame = await consoleFrame(
    lang,
    ['console', ...rest.filter(Boolean)].join('/'),
    csrf.cookies,
    secure,
  );
  try {
    const { session, present } = await readSession(ctx.cookies, secure);
    if (!session) {
      // A post's page is the same path; its GET shows the form again after sign-in.
      const here = `${ctx.rawPath}${method === 'GET' && ctx.rawQuery ? `?${ctx.rawQuery}` : ''}`;
      return {
        status: 303,
        headers: { ...securityHeaders, location: signInLink(safeReturnPath(here)) },
        cookies: [...csrf.cookies, ...(present ? [clearedSessionCookie(secure)] : [])],
      };
    }
    const form = method === 'POST' ? parseForm(ctx.rawBody) : {};
    if (method === 'POST' && !csrf.valid(one(form._csrf)))
      return messagePage(frame, t('forbidden', lang), t('forbiddenText', lang), 403);

    const found = matchPage(consolePages, segments);
    const act = found && (method === 'GET' ? found.page.get : found.page.post);
    if (!found || !act) return messagePage(frame, t('notFound', lang), t('notFoundText', lang), 404);
    if (!holdsGroup(session, found.page.groups))
      return messagePage(frame, ct('noAccess', lang), ct('noAccessText', lang), 403, `/${lang}/console`);

    const req: ConsoleRequest = {
      lang,
      segments,
      params: found.params,
      method,
      form,
      query: Object.fromEntries(new URLSearchParams(ctx.rawQuery ?? '')),
      frame,
      csrf: csrf.token,
      staff: session,
      now: new Date(),
    };
    return await act(req);
  } catch (error) {
    if (error instanceof ConsoleForbidden)
      return messagePage(frame, ct('noAccess', lang), ct('noAccessText', lang), 403, `/${lang}/console`);
    const reply = unavailable(frame, error);
    if (reply) return reply;
    logger.error('console page failed', { requestId: ctx.requestId, error: loggableError(error) });
    return messagePage(frame, 'Error', t('unavailable', lang), 500);
  }
}

/** The console's frame: the network's identity from the settings, the console's own start page. */
async function consoleFrame(
  lang: Language,
  path: string,
  cookies: string[],
  secure: boolean,
): Promise<PageFrame> {
  // identityFor falls back to a plain name and the default colours when the settings cannot be read.
  const { identity, languages } = await identityFor(lang);
  return {
    lang,
    path,
    identity,
    ...(languages.length ? { languages } : {}),
    homeHref: `/${lang}/console`,
    cookies,
    secure,
  };
}

const authFrame = (lang: Language, ctx: RequestContext, cookies: string[] = []) =>
  consoleFrame(lang, 'console', cookies, isHttps(ctx));

const implementations: Record<string, Implementation<never>> = {
  signIn: (async (ctx: RequestContext) => {
    const returnPath = new URLSearchParams(ctx.rawQuery).get('return') ?? undefined;
    const lang = languageOf(safeReturnPath(returnPath), ctx.lang);
    const { location, cookie } = await startSignIn({ returnPath, lang, secure: isHttps(ctx) });
    return { status: 302, headers: { ...securityHeaders, location }, cookies: [cookie] };
  }) as never,

  callback: (async (ctx: RequestContext) => {
    try {
      const result = await finishSignIn({
        query: new URLSearchParams(ctx.rawQuery),
        cookies: ctx.cookies,
        secure: isHttps(ctx),
        now: new Date(),
      });
      const lang = languageOf(result.returnPath, ctx.lang);
      if (result.ok) {
        return {
          status: 303,
          headers: { ...securityHeaders, location: result.returnPath ?? `/${lang}/console` },
          cookies: result.cookies,
        };
      }
      const frame = await authFrame(lang, ctx, result.cookies);
      return messagePage(
        frame,
        ct('signInFailed', lang),
        ct('signInFailedText', lang),
        400,
        signInLink(result.returnPath ?? `/${lang}/console`),
      );
    } catch (error) {
      const reply = unavailable(await authFrame(ctx.lang, ctx), error);
      if (reply) return reply;
      throw error;
    }
  }) as never,

  signOut: (async (ctx: RequestContext) => {
    const form = parseForm(ctx.rawBody);
    const chosen = one(form.lang);
    const lang: Language = isLanguage(chosen) ? chosen : ctx.lang;
    const csrf = await csrfState(ctx);
    if (!csrf.valid(one(form._csrf))) {
      const frame = await authFrame(lang, ctx, csrf.cookies);
      return withConsoleHeaders(messagePage(frame, t('forbidden', lang), t('forbiddenText', lang), 403));
    }
    const { location, cookies } = signOut({ lang, secure: isHttps(ctx) });
    return { status: 303, headers: { ...securityHeaders, location }, cookies };
  }) as never,
};
// The method comes from the route, never from whether a body was sent: an empty POST is still a POST.
for (const [id, spec] of Object.entries(consoleRoutes)) {
  implementations[id] ??= (async (ctx: RequestContext) =>
    withConsoleHeaders(await servePage(ctx, spec.method === 'POST' ? 'POST' : 'GET'))) as never;
}

export const handler = httpHandler(consoleRoutes, implementations as never);
