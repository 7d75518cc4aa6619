import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { fieldMessages } from '../i18n/field-messages';
import { negotiateLanguage } from '../i18n/language';
import { loggableError, logger } from '../observability/logger';
import { type Caller, callerFromClaims } from './caller';
import { classifyDependencyError } from './dependency-errors';
import {
  type IdempotencyContext,
  IdempotentReplay,
  idempotencyContext,
  isValidIdempotencyKey,
} from './idempotency';
import { assertViaEdge, configuredOriginSecret, type OriginSecret } from './origin-check';
import { HttpProblem, problem } from './problem';
import type { Reply } from './reply';
import { type Language, type RouteSpec, type RouteTable, routeKeyOf } from './route';
import { validatePart } from './validate';

export const MAX_BODY_BYTES = 64 * 1024;

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2;

type Out<S> = [NonNullable<S>] extends [z.ZodMiniType] ? z.output<NonNullable<S>> : undefined;

export interface RequestContext<R extends RouteSpec = RouteSpec> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: Out<R['body']>;
  lang: Language;
  /** Present on admin routes: who called, with their groups. */
  caller: R['auth'] extends 'public' ? Caller | undefined : Caller;
  /** Present on POSTs that carry an Idempotency-Key. */
  idempotency: IdempotencyContext | undefined;
  headers: Readonly<Record<string, string | undefined>>;
  /** The body as sent, for routes declared with `rawBody`. */
  rawBody: string | undefined;
  /** Cookies as API Gateway v2 passes them (`name=value` strings). */
  cookies: readonly string[];
  /** The query string as sent (routes without a query schema may still read flags from it). */
  rawQuery: string;
  rawPath: string;
  requestId: string;
  sourceIp: string;
}

export type Implementation<R extends RouteSpec> = (ctx: RequestContext<R>) => Promise<Reply>;
export type Implementations<T extends RouteTable> = { [K in keyof T]: Implementation<T[K]> };

const baseHeaders = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/**
 * The Lambda handler of an HTTP function: finds the route by API Gateway's routeKey, then in this
 * order checks the caller's group (the JWT itself is verified by the authorizer), the body size (413),
 * the media type (415), the JSON (400), the params, query and body schemas (400 listing every field),
 * and reads the Idempotency-Key. Failures become problem+json in the request's language; a failing
 * dependency becomes 503 with Retry-After, anything unexpected a 500 without internals.
 */
export function httpHandler<T extends RouteTable>(
  routes: T,
  implementations: Implementations<T>,
  // Before the route: a request that bypassed CloudFront (and its WAF) gets a 403 and nothing else.
  options: { originSecret?: OriginSecret } = { originSecret: configuredOriginSecret() },
) {
  const byRouteKey = new Map<string, { spec: RouteSpec; impl: Implementation<RouteSpec> }>();
  for (const [id, spec] of Object.entries(routes)) {
    const impl = implementations[id] as Implementation<RouteSpec> | undefined;
    if (typeof impl !== 'function')
      throw new Error(`Route ${id} (${routeKeyOf(spec)}) has no implementation`);
    byRouteKey.set(routeKeyOf(spec), { spec, impl });
  }

  async function respond(event: HttpEvent): Promise<StreamedResult> {
    const headers = lowerCaseHeaders(event.headers);
    const lang = negotiateLanguage(event.queryStringParameters?.lang, headers['accept-language']);
    try {
      if (options.originSecret) await assertViaEdge(headers, options.originSecret);
      const route = byRouteKey.get(event.routeKey);
      if (!route) throw problem('not-found');
      const ctx = await buildContext(route.spec, event, headers, lang);
      const reply = await route.impl(ctx);
      if (!reply.stream) return { result: toResult(reply, lang) };
      // The first chunk is read before the status is committed, so a failure before any data (an
      // unknown id, DynamoDB unavailable) is still a problem response rather than a cut-off 200.
      const chunks = reply.stream[Symbol.asyncIterator]();
      const first = await chunks.next();
      return {
        result: { ...toResult(reply, lang), body: undefined },
        chunks: resume(first, chunks),
        lang,
      };
    } catch (error) {
      if (error instanceof IdempotentReplay) {
        return {
          result: toResult(
            { ...error.reply, headers: { ...error.reply.headers, 'idempotent-replayed': 'true' } },
            lang,
          ),
        };
      }
      return { result: errorResult(error, lang, event) };
    }
  }

  /** Lambda behind an HTTP API: the whole response at once, streamed bodies joined. */
  async function handler(event: HttpEvent): Promise<HttpResult> {
    const { result, chunks, lang } = await respond(event);
    if (!chunks) return result;
    const parts: string[] = [];
    try {
      for await (const chunk of chunks) parts.push(chunk);
    } catch (error) {
      return errorResult(error, lang ?? 'sv', event);
    }
    return { ...result, body: parts.join('') };
  }
  /** For a server that can stream (the local one): the status and headers, then the body's chunks. */
  handler.streaming = respond;
  return handler;
}

export interface StreamedResult {
  /** Status and headers; the body too unless `chunks` is given. */
  result: HttpResult;
  /** The body, chunk by chunk, for replies that stream. */
  chunks?: AsyncIterable<string>;
  lang?: Language;
}

async function* resume(first: IteratorResult<string>, rest: AsyncIterator<string>): AsyncGenerator<string> {
  let next = first;
  while (!next.done) {
    yield next.value;
    next = await rest.next();
  }
}

async function buildContext(
  spec: RouteSpec,
  event: HttpEvent,
  headers: Record<string, string | undefined>,
  lang: Language,
): Promise<RequestContext> {
  let caller: Caller | undefined;
  if (spec.auth !== 'public') {
    caller = callerFromClaims(event.requestContext.authorizer?.jwt?.claims);
    if (!caller) throw problem('unauthorized');
    if (!spec.auth.some((group) => caller?.groups.includes(group))) throw problem('forbidden');
  }

  const rawBody = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : undefined;
  if (rawBody && rawBody.byteLength > MAX_BODY_BYTES) throw problem('too-large');

  let bodyInput: unknown;
  if (spec.body) {
    if (!rawBody || rawBody.byteLength === 0) {
      throw problem('invalid-input', { errors: [{ path: '', message: fieldMessages.bodyRequired[lang] }] });
    }
    const mediaType = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (mediaType !== 'application/json' && !mediaType.endsWith('+json'))
      throw problem('unsupported-media-type');
    try {
      bodyInput = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw problem('malformed-json');
    }
  }

  // zod drops an own `__proto__` key without a word (it guards against prototype pollution), so a body
  // would pass with part of it silently ignored: refuse it by name, like any other unknown field.
  const pollution = spec.body ? protoKeyPaths(bodyInput) : [];
  const parts = [
    spec.params ? validatePart(spec.params, event.pathParameters ?? {}, '', lang) : undefined,
    spec.query ? validatePart(spec.query, withoutLang(event.queryStringParameters), '', lang) : undefined,
    spec.body ? validatePart(spec.body, bodyInput, '', lang) : undefined,
  ] as const;
  const errors = parts.flatMap((part) => (part && !part.ok ? part.errors : []));
  for (const path of pollution) {
    // A strict object reports it already; a record (answers) does not.
    if (!errors.some((e) => e.path === path))
      errors.push({ path, message: fieldMessages.unknownField[lang] });
  }
  const [params, query, body] = parts.map((part) => (part?.ok ? part.value : undefined));

  const idempotencyKey = headers['idempotency-key'];
  let idempotency: IdempotencyContext | undefined;
  if (idempotencyKey !== undefined && spec.method === 'POST' && spec.idempotent !== false) {
    if (!isValidIdempotencyKey(idempotencyKey)) {
      errors.push({ path: 'Idempotency-Key', message: fieldMessages.idempotencyKey[lang] });
    } else {
      idempotency = idempotencyContext(routeKeyOf(spec), event.rawPath, idempotencyKey, body);
    }
  }
  if (errors.length) throw problem('invalid-input', { errors });

  return {
    params,
    query,
    body,
    lang,
    caller,
    idempotency,
    headers,
    rawBody: spec.rawBody ? rawBody?.toString('utf8') : undefined,
    cookies: event.cookies ?? [],
    rawQuery: event.rawQueryString ?? '',
    rawPath: event.rawPath,
    requestId: event.requestContext.requestId,
    sourceIp: event.requestContext.http.sourceIp,
  } as RequestContext;
}

/**
 * Paths of every own `__proto__` key in a parsed JSON value (JSON.parse makes them own keys), in
 * document order. A loop with its own stack, not recursion: a body of 20,000 nested arrays fits in
 * 64 KiB and would overflow the call stack (a 500).
 */
function protoKeyPaths(value: unknown): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[value, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, path] = next;
    if (!current || typeof current !== 'object') continue;
    if (Object.hasOwn(current, '__proto__')) found.push([path, '__proto__'].filter(Boolean).join('.'));
    const entries = Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i] as [string, unknown];
      pending.push([inner, [path, key].filter(Boolean).join('.')]);
    }
  }
  return found;
}

/** `lang` is a query parameter of every route (docs/ARCHITECTURE.md, Languages of a request), so no route's strict query rejects it. */
function withoutLang(query: Record<string, string | undefined> | undefined) {
  if (!query) return {};
  const { lang: _lang, ...rest } = query;
  return rest;
}

function lowerCaseHeaders(headers: Record<string, string | undefined> | undefined) {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

function toResult(reply: Reply, lang: Language): HttpResult {
  const isText = reply.text !== undefined || reply.stream !== undefined;
  const contentType =
    reply.contentType ??
    (isText
      ? 'text/plain; charset=utf-8'
      : reply.status >= 400
        ? 'application/problem+json'
        : 'application/json');
  const hasBody = isText || reply.body !== undefined;
  return {
    statusCode: reply.status,
    headers: {
      ...baseHeaders,
      'content-language': lang,
      ...(hasBody ? { 'content-type': contentType } : {}),
      ...reply.headers,
    },
    body: isText ? (reply.text ?? '') : hasBody ? JSON.stringify(reply.body) : '',
    ...(reply.cookies?.length ? { cookies: reply.cookies } : {}),
  };
}

export function problemResult(p: HttpProblem, lang: Language): HttpResult {
  return toResult(
    {
      status: p.status,
      body: p.toBody(lang),
      contentType: 'application/problem+json',
      headers: p.options.headers,
    },
    lang,
  );
}

function errorResult(error: unknown, lang: Language, event: HttpEvent): HttpResult {
  if (error instanceof HttpProblem) return problemResult(error, lang);
  const dependency = classifyDependencyError(error);
  const context = { routeKey: event.routeKey, requestId: event.requestContext.requestId };
  if (dependency) {
    logger.warn('dependency unavailable', { ...context, error: dependency.name });
    return problemResult(
      problem(dependency.code, { headers: { 'retry-after': String(dependency.retryAfter) } }),
      lang,
    );
  }
  logger.error('unhandled error', { ...context, error: loggableError(error) });
  return problemResult(problem('internal'), lang);
}
