import { contentSources } from '../../shared/content/default-source';
import { reconcile } from '../../shared/content/operational-copy';
import { logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';

/**
 * The scheduled reconciliation (hourly): every governed document applied again (a no-op where the
 * table is current), every synced document Sanity no longer has marked unpublished, and seats an event
 * gained given to its waitlist. A function of its own, with no route, so a large dataset is not held to
 * the HTTP API's 30 s: the webhook stays in handler.ts.
 */
export async function handler() {
  const deps = { pepper: await getSecret('emailPepper'), now: new Date() };
  const result = await reconcile(defaultTable(), (await contentSources()).fresh, deps);
  logger.info('content reconciliation', result);
  return result;
}
