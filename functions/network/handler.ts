import { httpHandler } from '../../shared/http/handler';
import { replyTo } from '../../shared/http/idempotency';
import { json, type Reply } from '../../shared/http/reply';
import {
  confirm,
  type JoinPending,
  join,
  leave,
  listMembers,
  membersCsv,
} from '../../shared/membership/membership';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { networkRoutes } from './routes';

const deps = async () => ({ table: defaultTable(), pepper: await getSecret('emailPepper'), now: new Date() });

/** The answer to a sign-up, the same whether or not the address is a member (also what a retry replays). */
const joinReply = (r: JoinPending): Reply => json(202, { status: r.status });

export const handler = httpHandler(networkRoutes, {
  join: async ({ body, idempotency }) => {
    const d = await deps();
    return replyTo(idempotency, joinReply, (guard) => join(d, body, guard));
  },
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
