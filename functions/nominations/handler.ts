import type { ScheduledEvent } from 'aws-lambda';
import { type HttpEvent, httpHandler } from '../../shared/http/handler';
import { json } from '../../shared/http/reply';
import { answerNomination, viewNomination } from '../../shared/nominations/answer';
import { openRound, remindPending, scheduledReminders } from '../../shared/nominations/requests';
import { listRounds } from '../../shared/nominations/round-list';
import { nomineesCsv, roundOverview } from '../../shared/nominations/round-view';
import { logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { nominationRoutes } from './routes';

const deps = async () => ({ table: defaultTable(), pepper: await getSecret('emailPepper'), now: new Date() });

const http = httpHandler(nominationRoutes, {
  list: async ({ lang }) => json(200, await listRounds(defaultTable(), lang, new Date())),
  openRound: async ({ params, query, caller, lang }) =>
    json(
      201,
      await openRound(await deps(), params.roundId, {
        actor: caller,
        lang,
        ...(query.organizations ? { organizations: query.organizations.split(',') } : {}),
      }),
    ),
  overview: async ({ params, lang }) =>
    json(200, await roundOverview(defaultTable(), params.roundId, lang, new Date())),
  remind: async ({ params, caller }) => json(200, await remindPending(await deps(), params.roundId, caller)),
  nomineesCsv: async ({ params }) => ({
    status: 200,
    text: await nomineesCsv(defaultTable(), params.roundId),
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': `attachment; filename="nominees-${params.roundId}.csv"` },
  }),
  view: async ({ params, lang }) =>
    json(200, await viewNomination(defaultTable(), params.token, lang, new Date())),
  answer: async ({ params, body, lang }) =>
    json(200, await answerNomination(await deps(), params.token, body, lang)),
});

/** HTTP routes, and the daily reminder job (EventBridge) before deadlines. */
export async function handler(event: HttpEvent | ScheduledEvent) {
  if ('routeKey' in event) return http(event);
  const results = await scheduledReminders(await deps());
  logger.info('nomination reminders', {
    rounds: results.length,
    sent: results.reduce((a, r) => a + r.sent, 0),
  });
  return results;
}
