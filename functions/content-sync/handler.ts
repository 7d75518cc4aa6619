import type { ScheduledEvent } from 'aws-lambda';
import { contentSources } from '../../shared/content/default-source';
import { reconcile } from '../../shared/content/operational-copy';
import { handleSanityWebhook } from '../../shared/content/webhook';
import { type HttpEvent, httpHandler } from '../../shared/http/handler';
import { json } from '../../shared/http/reply';
import { logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { contentSyncRoutes } from './routes';

const http = httpHandler(contentSyncRoutes, {
  sanityWebhook: async ({ rawBody, headers }) => {
    const [secret, pepper] = await Promise.all([getSecret('webhookSecret'), getSecret('emailPepper')]);
    const result = await handleSanityWebhook({
      table: defaultTable(),
      source: (await contentSources()).fresh,
      secret,
      pepper,
      rawBody: rawBody ?? '',
      signature: headers['sanity-webhook-signature'],
      deliveryKey: headers['idempotency-key'],
      now: Date.now(),
    });
    logger.info('sanity webhook', { ...result });
    return json(200, result);
  },
});

/**
 * The webhook (HTTP API) and the scheduled reconciliation (EventBridge) share this function. Both
 * promote an event's waitlist into seats it gained, so both need the email pepper.
 */
export async function handler(event: HttpEvent | ScheduledEvent) {
  if ('routeKey' in event) return http(event);
  const deps = { pepper: await getSecret('emailPepper'), now: new Date() };
  const result = await reconcile(defaultTable(), (await contentSources()).fresh, deps);
  logger.info('content reconciliation', result);
  return result;
}
