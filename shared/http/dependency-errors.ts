import type { ProblemCode } from '../i18n/problem-texts';

const throttled = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);
const unavailable = new Set([
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ContentionError',
]);
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Errors that say a dependency (DynamoDB, Secrets Manager, Sanity) is briefly unable to answer, which
 * the client should retry later: 503 with Retry-After (docs/ARCHITECTURE.md, Errors). Everything else is ours.
 */
export function classifyDependencyError(
  error: unknown,
): { code: Extract<ProblemCode, 'unavailable'>; name: string; retryAfter: number } | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: string }).code;
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  if (throttled.has(error.name)) return { code: 'unavailable', name: error.name, retryAfter: 2 };
  if (unavailable.has(error.name)) return { code: 'unavailable', name: error.name, retryAfter: 1 };
  if ((code && networkCodes.has(code)) || (cause && networkCodes.has(cause))) {
    return { code: 'unavailable', name: code ?? cause ?? error.name, retryAfter: 5 };
  }
  const upstream = upstreamHttpStatus(error);
  if (upstream !== undefined && (upstream >= 500 || upstream === 429)) {
    return { code: 'unavailable', name: `upstream ${upstream}`, retryAfter: upstream === 429 ? 5 : 2 };
  }
  return undefined;
}

/**
 * The HTTP status of a failed call to another service, as @sanity/client reports it (ServerError and
 * ClientError carry `statusCode` and the `response`); undefined for anything else.
 */
function upstreamHttpStatus(error: Error): number | undefined {
  const { statusCode, response } = error as { statusCode?: unknown; response?: unknown };
  return typeof statusCode === 'number' && typeof response === 'object' && response !== null
    ? statusCode
    : undefined;
}
