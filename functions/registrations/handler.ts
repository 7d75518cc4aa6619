import { retentionSettings } from '../../shared/content/settings-cache';
import { httpHandler } from '../../shared/http/handler';
import { replyTo } from '../../shared/http/idempotency';
import { json, type Reply } from '../../shared/http/reply';
import { listRegistrations, registrationsCsv } from '../../shared/registrations/admin-list';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { cancelRegistration, viewRegistration } from '../../shared/registrations/manage';
import { type Registered, register } from '../../shared/registrations/register';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { registrationRoutes } from './routes';

/**
 * The public answer to a registration, the one place its shape is decided (also what a retry
 * replays): the same for a seat, a waitlist place and an address already registered, and without the
 * manage link. The outcome and the link go by mail only, so the reply tells nobody who is registered.
 */
const registeredReply = (_r: Registered): Reply => json(202, { status: 'received' });

export const handler = httpHandler(registrationRoutes, {
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
