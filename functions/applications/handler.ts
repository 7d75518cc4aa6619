import { applicationsCsv, listApplications } from '../../shared/applications/admin-list';
import { decideApplication } from '../../shared/applications/decision';
import { editApplication, viewApplication, withdrawApplication } from '../../shared/applications/manage';
import { inviteProposal, listProposals, proposeCompany } from '../../shared/applications/proposals';
import { campaignRanking } from '../../shared/applications/ranking';
import { reviewApplication } from '../../shared/applications/review';
import { submitApplication } from '../../shared/applications/submit';
import { retentionSettings } from '../../shared/content/settings-cache';
import { httpHandler } from '../../shared/http/handler';
import { json } from '../../shared/http/reply';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { applicationRoutes } from './routes';

/** What the writes need: the table, the pepper (email HMAC, sealed links), the clock, retention days. */
async function deps() {
  const table = defaultTable();
  const [pepper, retention] = await Promise.all([getSecret('emailPepper'), retentionSettings(table)]);
  return { table, pepper, now: new Date(), applicationDays: retention.applicationDays };
}

export const handler = httpHandler(applicationRoutes, {
  apply: async ({ params, body, lang, idempotency }) =>
    submitApplication(await deps(), params.campaignId, body, lang, idempotency),
  propose: async ({ params, body, lang, idempotency }) =>
    proposeCompany(await deps(), params.campaignId, body, lang, idempotency),
  view: async ({ params }) => json(200, await viewApplication(defaultTable(), params.editToken)),
  edit: async ({ params, body, lang }) =>
    json(200, await editApplication(await deps(), params.editToken, body, lang)),
  withdraw: async ({ params }) => json(200, await withdrawApplication(await deps(), params.editToken)),
  adminProposals: async ({ params, query }) =>
    json(200, await listProposals(defaultTable(), params.campaignId, query.cursor)),
  invite: async ({ params, body, idempotency }) =>
    inviteProposal(await deps(), params.campaignId, params.proposalId, body, idempotency),
  adminList: async ({ params, query, caller }) =>
    json(
      200,
      await listApplications(
        defaultTable(),
        params.campaignId,
        caller.groups.includes('coordinator') ? 'coordinator' : 'jury',
        query.cursor,
      ),
    ),
  review: async ({ params, body, lang, caller }) => {
    const { table, now, applicationDays } = await deps();
    return json(
      200,
      await reviewApplication(
        { table, now, applicationDays },
        params.campaignId,
        params.applicationId,
        caller.subject,
        body,
        lang,
      ),
    );
  },
  ranking: async ({ params }) => json(200, await campaignRanking(defaultTable(), params.campaignId)),
  decide: async ({ params, body, caller, idempotency }) =>
    decideApplication(
      await deps(),
      params.campaignId,
      params.applicationId,
      body.status,
      caller.subject,
      idempotency,
    ),
  adminCsv: async ({ params }) => ({
    status: 200,
    text: await applicationsCsv(defaultTable(), params.campaignId),
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': `attachment; filename="applications-${params.campaignId}.csv"` },
  }),
});
