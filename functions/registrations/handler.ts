import type { ScheduledEvent } from 'aws-lambda';
import { retentionSettings } from '../../shared/content/settings-cache';
import { type HttpEvent, type HttpResult, httpHandler } from '../../shared/http/handler';
import { replyTo } from '../../shared/http/idempotency';
import { json, type Reply } from '../../shared/http/reply';
import { logger } from '../../shared/observability/logger';
import { listRegistrations, registrationsCsv } from '../../shared/registrations/admin-list';
import { confirmSeat } from '../../shared/registrations/confirm';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { type ExpiryResult, expireLapsedHolds } from '../../shared/registrations/hold-expiry';
import { cancelRegistration, viewRegistration } from '../../shared/registrations/manage';
import { type Registered, register } from '../../shared/registrations/register';
import { sendReminders } from '../../shared/registrations/reminders';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { registrationRoutes } from './routes';

/**
 * The public answer to a registration, the one place its shape is decided (also what a retry
 * replays): the same for a seat, a waitlist place and an address already registered, and without the
 * manage link. The outcome and the link go by mail only, so the reply tells nobody who is registered.
 */
const registeredReply = (_r: Registered): Reply => json(202, { status: 'received' });

/** What the manage-link writes need: the table, the pepper (mail), the clock, the cached event fields. */
async function manageDeps() {
  const table = defaultTable();
  return {
    table,
    pepper: await getSecret('emailPepper'),
    now: new Date(),
    meta: (id: string) => eventMetaCached(table, id),
  };
}

const http = httpHandler(registrationRoutes, {
  register: async ({ params, body, idempotency }) => {
    const table = defaultTable();
    const [pepper, retention, meta] = await Promise.all([
      getSecret('emailPepper'),
      retentionSettings(table),
      eventMetaCached(table, params.eventId),
    ]);
    return replyTo(idempotency, registeredReply, (guard) =>
      register(
        { table, pepper, now: new Date(), registrationDays: retention.registrationDays, meta },
        params.eventId,
        body,
        guard,
      ),
    );
  },
  view: async ({ params }) => json(200, await viewRegistration(defaultTable(), params.manageToken)),
  confirm: async ({ params }) => json(200, await confirmSeat(await manageDeps(), params.manageToken)),
  cancel: async ({ params }) => {
    const table = defaultTable();
    const deps = {
      table,
      pepper: await getSecret('emailPepper'),
      now: new Date(),
      meta: (id: string) => eventMetaCached(table, id),
    };
    return json(200, await cancelRegistration(deps, params.manageToken));
  },
  adminList: async ({ params, query }) =>
    json(200, await listRegistrations(defaultTable(), params.eventId, query.cursor)),
  adminCsv: async ({ params }) => ({
    status: 200,
    stream: registrationsCsv(defaultTable(), params.eventId),
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': `attachment; filename="registrations-${params.eventId}.csv"` },
  }),
});

/**
 * HTTP routes, and the jobs (EventBridge): every few minutes the one that passes on lapsed seat holds,
 * every quarter hour the reminders before events (the schedule's name in `detail` says which).
 */
export function handler(event: HttpEvent): Promise<HttpResult>;
export function handler(
  event: ScheduledEvent,
): Promise<ExpiryResult | Awaited<ReturnType<typeof sendReminders>>>;
export async function handler(event: HttpEvent | ScheduledEvent) {
  if ('routeKey' in event) return http(event);
  if ((event.detail as { schedule?: string } | undefined)?.schedule === 'eventReminders') {
    const deps = await manageDeps();
    const reminders = await sendReminders({ table: deps.table, pepper: deps.pepper, now: deps.now });
    logger.info('event reminders', reminders);
    return reminders;
  }
  const result = await expireLapsedHolds(await manageDeps());
  logger.info('seat holds expired', { ...result });
  return result;
}
// The local server streams the CSV export through this (Lambda joins it).
handler.streaming = http.streaming;
