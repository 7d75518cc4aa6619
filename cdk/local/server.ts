import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import {
  type HttpEvent,
  type HttpResult,
  problemResult,
  type StreamedResult,
} from '../../shared/http/handler';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { problem } from '../../shared/http/problem';
import { CONSOLE_REQUESTS_PER_MINUTE, rateClassOf } from '../../shared/http/rate-limits';
import { negotiateLanguage } from '../../shared/i18n/language';
import { toApiGatewayEvent } from './api-gateway-event';
import { localAssets } from './assets';
import { authorizerClaims, type LocalIssuer } from './issuer';
import { localOAuthServer } from './oauth';
import { compileRoutes, findDefaultRoute, matchRoute } from './router';
import { projectRoot } from './settings';
import { slidingWindowLimiter } from './write-limiter';

/** API Gateway HTTP APIs take payloads up to 10 MB; the functions themselves stop at 64 KiB. */
const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

type HttpHandler = ((event: HttpEvent, context: Context) => Promise<HttpResult>) & {
  /** Set by httpHandler (shared/http/handler.ts): lets this server stream bodies Lambda must join. */
  streaming?: (event: HttpEvent) => Promise<StreamedResult>;
};

export interface LocalServerOptions {
  functions: Record<string, FunctionSpec>;
  issuer: LocalIssuer;
  outboxDir: string;
  /**
   * Public writes (POST, PUT, DELETE outside /admin/, /webhooks/ and the staff console) per client
   * address per minute, as the WAF rule allows in AWS; over it a 429 with Retry-After. 0 or absent: no
   * limit. When set, the console and its sign-in get their own budget, as the WAF's console rule.
   */
  writeLimitPerMinute?: number;
  /** The local content dataset (NDJSON): its images and files are served under /_local/assets (assets.ts). */
  contentDataset?: string;
}

export function lambdaContext(functionName: string, requestId: string): Context {
  const started = Date.now();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, 30_000 - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * The HTTP API on a developer's machine: matches each request against the route manifest as API
 * Gateway does, checks JWTs as the JWT authorizer does, and invokes the function's real handler
 * in-process with the same event shape. Local-only extras live under /_local/: the mail outbox, the
 * staff sign-in endpoints that stand in for Cognito's managed login (cdk/local/oauth.ts), and the content
 * dataset's images and files (cdk/local/assets.ts).
 *
 * The client of the write limit is the socket's address. X-Forwarded-For is not trusted: nothing in
 * front of this server sets it, so any client could write any address there and never be limited.
 * (In AWS, WAF counts the address CloudFront sees, which a client cannot choose either.)
 */
export function createLocalServer(options: LocalServerOptions): Server {
  const routes = compileRoutes(options.functions);
  const fallback = findDefaultRoute(options.functions);
  const signIn = localOAuthServer(options.issuer);
  const assets = localAssets(options.contentDataset);
  const handlers = new Map<string, Promise<HttpHandler>>();
  const writeLimiter = options.writeLimitPerMinute
    ? slidingWindowLimiter(options.writeLimitPerMinute)
    : undefined;
  const consoleLimiter = options.writeLimitPerMinute
    ? slidingWindowLimiter(CONSOLE_REQUESTS_PER_MINUTE)
    : undefined;
  const load = (fn: string) => {
    let pending = handlers.get(fn);
    if (!pending) {
      const entry = options.functions[fn]?.entry ?? '';
      pending = import(pathToFileURL(resolve(projectRoot, entry)).href).then((m) => m.handler as HttpHandler);
      handlers.set(fn, pending);
    }
    return pending;
  };

  return createServer((req, res) => {
    serve(req, res).catch((error) => {
      console.error('local server error', error);
      if (!res.headersSent)
        writeResult(res, { statusCode: 500, body: '{"message":"Internal Server Error"}' });
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const lang = negotiateLanguage(url.searchParams.get('lang') ?? undefined, req.headers['accept-language']);
    const body = await readBody(req);
    if (body === undefined) return writeResult(res, problemResult(problem('too-large'), lang));
    if (url.pathname.startsWith('/_local/')) {
      const answered =
        (await signIn.handle(req.method ?? 'GET', url, body)) ??
        (req.method === 'GET' || req.method === 'HEAD' ? await assets(url.pathname) : undefined);
      return answered ? writeResult(res, answered) : serveLocalOnly(url, res, options.outboxDir);
    }

    const method = req.method ?? 'GET';
    const rateClass = rateClassOf(method, url.pathname);
    const limiter =
      rateClass === 'publicWrite' ? writeLimiter : rateClass === 'console' ? consoleLimiter : undefined;
    if (limiter) {
      const verdict = limiter.take(req.socket.remoteAddress ?? 'unknown');
      if (!verdict.allowed) {
        const headers = { 'retry-after': String(verdict.retryAfterSeconds) };
        return writeResult(res, problemResult(problem('throttled', { headers }), lang));
      }
    }
    const found = matchRoute(routes, method, url.pathname);
    const target = found
      ? {
          fn: found.route.fn,
          routeKey: found.route.routeKey,
          auth: found.route.spec.auth,
          pathParameters: found.pathParameters,
        }
      : fallback
        ? { fn: fallback.fn, routeKey: '$default', auth: fallback.spec.auth }
        : undefined;
    if (!target) return writeResult(res, problemResult(problem('not-found'), lang));

    let claims: Record<string, string> | undefined;
    if (target.auth !== 'public') {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const verified = bearer ? options.issuer.verify(bearer) : undefined;
      if (!verified) return writeResult(res, problemResult(problem('unauthorized'), lang));
      claims = authorizerClaims(verified);
    }

    const event = toApiGatewayEvent(req, url, body, target, claims);
    const handler = await load(target.fn);
    if (handler.streaming) {
      const { result, chunks } = await handler.streaming(event);
      return chunks ? writeStreamed(res, result, chunks) : writeResult(res, result);
    }
    const result = await handler(event, lambdaContext(target.fn, event.requestContext.requestId));
    writeResult(res, result);
  }
}

/**
 * A streamed body as it is made (chunked transfer, honouring backpressure), so a large export never
 * sits whole in memory. A failure after the first chunk can no longer change the status: the
 * connection is cut, so the client sees an incomplete transfer instead of a silently short file.
 */
async function writeStreamed(res: ServerResponse, result: HttpResult, chunks: AsyncIterable<string>) {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k] = String(v);
  res.writeHead(result.statusCode ?? 200, headers);
  try {
    for await (const chunk of chunks) {
      if (!res.write(chunk)) await drainedOrClosed(res);
      if (res.destroyed) return;
    }
    res.end();
  } catch (error) {
    console.error('local server: stream failed', (error as Error).name);
    res.destroy();
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > GATEWAY_MAX_BODY) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function writeResult(res: ServerResponse, result: HttpResult) {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k] = String(v);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body
    ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8')
    : Buffer.alloc(0);
  headers['content-length'] = String(body.length);
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(body);
}

function drainedOrClosed(res: ServerResponse) {
  return new Promise<void>((ok) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      ok();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/** /_local/outbox lists the mail the notifier wrote; /_local/outbox/<id>.eml shows one. */
async function serveLocalOnly(url: URL, res: ServerResponse, outboxDir: string) {
  const file = /^\/_local\/outbox\/([\w-]+\.eml)$/.exec(url.pathname)?.[1];
  if (file) {
    const content = await readFile(join(outboxDir, file), 'utf8').catch(() => undefined);
    if (content === undefined) return writeResult(res, { statusCode: 404, body: 'no such mail' });
    return writeResult(res, {
      statusCode: 200,
      headers: { 'content-type': 'message/rfc822; charset=utf-8' },
      body: content,
    });
  }
  if (url.pathname === '/_local/outbox') {
    const names = (await readdir(outboxDir).catch(() => [] as string[]))
      .filter((n) => n.endsWith('.eml'))
      .sort()
      .reverse();
    const mails = await Promise.all(
      names.map(async (name) => {
        const head = (await readFile(join(outboxDir, name), 'utf8')).split('\r\n\r\n')[0] ?? '';
        const header = (key: string) => new RegExp(`^${key}: (.*)$`, 'mi').exec(head)?.[1];
        return {
          id: name.replace(/\.eml$/, ''),
          url: `/_local/outbox/${name}`,
          to: header('To'),
          subject: decodeHeader(header('Subject')),
          template: header('X-Mail-Template'),
          date: header('Date'),
        };
      }),
    );
    return writeResult(res, {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mails }),
    });
  }
  return writeResult(res, { statusCode: 404, body: 'not found' });
}

export function decodeHeader(value: string | undefined) {
  if (!value) return value;
  return value.replace(/=\?UTF-8\?B\?([^?]+)\?=/gi, (_, b64: string) =>
    Buffer.from(b64, 'base64').toString('utf8'),
  );
}
