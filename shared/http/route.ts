import type * as z from 'zod/mini';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'ANY';
export type Group = 'coordinator' | 'jury';
/** 'public', or the Cognito groups of which the caller must hold at least one. */
export type RouteAuth = 'public' | readonly Group[];
export type Language = 'sv' | 'fi' | 'en';

export interface ResponseSpec {
  description: string;
  /** JSON body schema; omitted for empty bodies and non-JSON content. */
  schema?: z.ZodMiniType;
  /** Defaults to application/json (or application/problem+json for status >= 400). */
  contentType?: string;
}

/**
 * One HTTP route as the contract sees it: method, path, who may call it and the zod schemas that
 * validate the request. The CDK stack, the local server and the OpenAPI document all read these.
 */
export interface RouteSpec<
  P extends z.ZodMiniType = z.ZodMiniType,
  Q extends z.ZodMiniType = z.ZodMiniType,
  B extends z.ZodMiniType = z.ZodMiniType,
> {
  method: HttpMethod;
  /** API Gateway route path (`/events/{eventId}`), or `$default` for the catch-all route. */
  path: string;
  auth: RouteAuth;
  summary: string;
  tags?: readonly string[];
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The handler gets the body as sent (`ctx.rawBody`) and checks it itself, e.g. a webhook whose
   * signature covers the exact bytes. The schema here only documents it.
   */
  rawBody?: { schema?: z.ZodMiniType; description: string };
  responses: Readonly<Record<number, ResponseSpec>>;
  /** POST routes honour Idempotency-Key (docs/ARCHITECTURE.md, Idempotency); set false only for routes that are not writes. */
  idempotent?: boolean;
}

export type RouteTable = Readonly<Record<string, RouteSpec>>;

export function defineRoute<P extends z.ZodMiniType, Q extends z.ZodMiniType, B extends z.ZodMiniType>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec<P, Q, B> {
  return spec;
}

export const routeKeyOf = (route: Pick<RouteSpec, 'method' | 'path'>): string =>
  route.path === '$default' ? '$default' : `${route.method} ${route.path}`;
