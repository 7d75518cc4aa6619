import { contentSources } from '../../shared/content/default-source';
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
 * The Sanity webhook. It promotes an event's waitlist into seats it gained, so it needs the email
 * pepper. The hourly reconciliation is a function of its own (reconcile.ts): long work, no route.
 */
export const handler = (event: HttpEvent) => http(event);
