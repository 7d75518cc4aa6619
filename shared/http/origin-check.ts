import { createHash, timingSafeEqual } from 'node:crypto';
import { config } from '../config';
import { getSecret } from '../secrets';
import { problem } from './problem';

/**
 * The header CloudFront adds to every request it forwards to the HTTP API, carrying the value of the
 * `originSecret` secret (cdk/constructs/edge-distribution.ts). A request without it did not come through
 * CloudFront, and so not through the WAF rules either.
 */
export const ORIGIN_HEADER = 'x-origin-verify';

/** Reads the expected header value; undefined turns the check off. */
export type OriginSecret = () => Promise<string>;

/** In AWS the functions that serve HTTP get the secret's ARN; locally nothing is configured: no check. */
export const configuredOriginSecret = (): OriginSecret | undefined =>
  config.originSecretConfigured ? () => getSecret('originSecret') : undefined;

/** Throws the 403 `direct-access` problem unless the header carries the secret. */
export async function assertViaEdge(
  headers: Readonly<Record<string, string | undefined>>,
  secret: OriginSecret,
): Promise<void> {
  const sent = headers[ORIGIN_HEADER];
  if (sent === undefined || !sameSecret(sent, await secret())) throw problem('direct-access');
}

/** Compared as digests, so neither the length nor the content leaks through timing. */
function sameSecret(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(sent), digest(expected));
}
