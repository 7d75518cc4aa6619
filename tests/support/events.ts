import type { HttpEvent } from '../../shared/http/handler';

/** An API Gateway v2 event as the HTTP API sends it, for driving a handler directly in unit tests. */
export function httpEvent(
  routeKey: string,
  options: {
    path?: string;
    body?: string;
    headers?: Record<string, string>;
    query?: Record<string, string>;
    pathParameters?: Record<string, string>;
    claims?: Record<string, string>;
  } = {},
): HttpEvent {
  const [method = 'GET', routePath = '/'] = routeKey.split(' ');
  const rawPath = options.path ?? routePath;
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(options.query).toString(),
    headers: { host: 'localhost', ...options.headers },
    queryStringParameters: options.query,
    pathParameters: options.pathParameters,
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'test-request',
      routeKey,
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
      authorizer: options.claims
        ? { principalId: '', integrationLatency: 0, jwt: { claims: options.claims, scopes: [] } }
        : undefined,
    },
    body: options.body,
    isBase64Encoded: false,
  } as HttpEvent;
}
