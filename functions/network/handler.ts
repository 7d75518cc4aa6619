import { httpHandler } from '../../shared/http/handler';
import { json } from '../../shared/http/reply';
import { confirm, join, leave, listMembers, membersCsv } from '../../shared/membership/membership';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { networkRoutes } from './routes';

const deps = async () => ({ table: defaultTable(), pepper: await getSecret('emailPepper'), now: new Date() });

export const handler = httpHandler(networkRoutes, {
  join: async ({ body, idempotency }) => join(await deps(), body, idempotency),
  confirm: async ({ body }) => json(200, await confirm(await deps(), body.token)),
  leave: async ({ params }) => json(200, await leave(await deps(), params.token)),
  adminList: async ({ query }) => json(200, await listMembers(defaultTable(), query.cursor)),
  adminCsv: async () => ({
    status: 200,
    text: await membersCsv(defaultTable()),
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': 'attachment; filename="network-members.csv"' },
  }),
});
