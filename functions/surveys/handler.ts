import { logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { scheduledSurveySending } from '../../shared/surveys/auto-send';
import { defaultTable } from '../../shared/table/client';

/**
 * The scheduled survey sending (hourly): each open survey marked for automatic sending goes to the
 * people of each linked event the settings' hours after that event ends, once (shared/surveys/auto-send.ts).
 * A function of its own, with no route: a large audience may take longer than an HTTP request may wait.
 */
export async function handler() {
  const results = await scheduledSurveySending({
    table: defaultTable(),
    pepper: await getSecret('emailPepper'),
    now: new Date(),
  });
  // Ids and counts only: never an address.
  logger.info('survey sending', { sent: results });
  return results;
}
