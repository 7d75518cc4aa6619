import { listActivity } from '../../shared/activity/activity-log';
import { httpHandler } from '../../shared/http/handler';
import { json } from '../../shared/http/reply';
import { erasePerson } from '../../shared/people/erase';
import { findPersonData } from '../../shared/people/person-data';
import { listAdminEvents } from '../../shared/registrations/admin-events';
import { cancelOnBehalf } from '../../shared/registrations/cancel-on-behalf';
import { eventMetaCached } from '../../shared/registrations/event-meta-cache';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { adminRoutes } from './routes';

export const handler = httpHandler(adminRoutes, {
  session: async ({ caller }) => json(200, { subject: caller.subject, groups: caller.groups }),
  personAccess: async ({ query }) => {
    const items = await findPersonData(defaultTable(), await getSecret('emailPepper'), query.email);
    return json(200, { email: query.email, items });
  },
  personErasure: async ({ query, lang, caller }) =>
    json(
      200,
      await erasePerson(
        { table: defaultTable(), pepper: await getSecret('emailPepper'), now: new Date() },
        query.email,
        lang,
        caller,
      ),
    ),
  events: async ({ lang }) => json(200, await listAdminEvents(defaultTable(), lang, new Date())),
  cancelRegistration: async ({ params, caller }) => {
    const table = defaultTable();
    const deps = {
      table,
      pepper: await getSecret('emailPepper'),
      now: new Date(),
      meta: (id: string) => eventMetaCached(table, id),
    };
    await cancelOnBehalf(deps, params.eventId, params.registrationId, caller);
    return json(200, { status: 'cancelled' });
  },
  activity: async ({ query }) => json(200, await listActivity(defaultTable(), query.cursor)),
});
