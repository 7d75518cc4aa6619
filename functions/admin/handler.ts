import { httpHandler } from '../../shared/http/handler';
import { json } from '../../shared/http/reply';
import { erasePerson } from '../../shared/people/erase';
import { findPersonData } from '../../shared/people/person-data';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { adminRoutes } from './routes';

export const handler = httpHandler(adminRoutes, {
  session: async ({ caller }) => json(200, { subject: caller.subject, groups: caller.groups }),
  personAccess: async ({ query }) => {
    const items = await findPersonData(defaultTable(), await getSecret('emailPepper'), query.email);
    return json(200, { email: query.email, items });
  },
  personErasure: async ({ query, lang }) =>
    json(
      200,
      await erasePerson(
        { table: defaultTable(), pepper: await getSecret('emailPepper'), now: new Date() },
        query.email,
        lang,
      ),
    ),
});
