import type { ScheduledEvent } from 'aws-lambda';
import { applicationsCsv, listApplications } from '../../shared/applications/admin-list';
import { audienceOf, listCampaigns, requireAssigned } from '../../shared/applications/campaign-list';
import { releaseBusinessId } from '../../shared/applications/claims';
import { type ApplicationDecided, decideApplication } from '../../shared/applications/decision';
import { campaignProgress } from '../../shared/applications/judging-progress';
import { setJury } from '../../shared/applications/jury-assignments';
import { scheduledJuryReminders } from '../../shared/applications/jury-reminders';
import { editApplication, viewApplication, withdrawApplication } from '../../shared/applications/manage';
import {
  inviteProposal,
  listProposals,
  type ProposalInvited,
  type ProposalMade,
  proposeCompany,
} from '../../shared/applications/proposals';
import { campaignRanking } from '../../shared/applications/ranking';
import { reviewApplication } from '../../shared/applications/review';
import { type ApplicationSaved, submitApplication } from '../../shared/applications/submit';
import { retentionSettings } from '../../shared/content/settings-cache';
import { type HttpEvent, httpHandler } from '../../shared/http/handler';
import { replyTo } from '../../shared/http/idempotency';
import { json, type Reply } from '../../shared/http/reply';
import { logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { defaultTable } from '../../shared/table/client';
import { applicationRoutes } from './routes';

/** What the writes need: the table, the pepper (email HMAC, sealed links), the clock, retention days. */
async function deps() {
  const table = defaultTable();
  const [pepper, retention] = await Promise.all([getSecret('emailPepper'), retentionSettings(table)]);
  return { table, pepper, now: new Date(), applicationDays: retention.applicationDays };
}

/**
 * The answers to the guarded writes, one place each; a retry with the same Idempotency-Key replays
 * exactly what these return.
 */
const replies = {
  /** Without the edit link: it goes to the contact address by mail only, never to whoever posted. */
  saved: (r: ApplicationSaved): Reply => json(201, { applicationId: r.applicationId, status: r.status }),
  proposed: (r: ProposalMade): Reply => json(201, { proposalId: r.proposalId }),
  invited: (r: ProposalInvited): Reply => json(200, { proposalId: r.proposalId, invitedAt: r.invitedAt }),
  decided: (r: ApplicationDecided): Reply =>
    json(200, { applicationId: r.applicationId, decision: r.decision }),
};

const http = httpHandler(applicationRoutes, {
  adminCampaigns: async ({ caller, lang }) =>
    json(200, await listCampaigns(defaultTable(), audienceOf(caller), lang, new Date())),
  apply: async ({ params, body, lang, idempotency }) => {
    const d = await deps();
    return replyTo(idempotency, replies.saved, (guard) =>
      submitApplication(d, params.campaignId, body, lang, guard),
    );
  },
  propose: async ({ params, body, lang, idempotency }) => {
    const d = await deps();
    return replyTo(idempotency, replies.proposed, (guard) =>
      proposeCompany(d, params.campaignId, body, lang, guard),
    );
  },
  view: async ({ params }) => json(200, await viewApplication(defaultTable(), params.editToken)),
  edit: async ({ params, body, lang }) =>
    json(200, await editApplication(await deps(), params.editToken, body, lang)),
  withdraw: async ({ params }) => json(200, await withdrawApplication(await deps(), params.editToken)),
  adminProposals: async ({ params, query }) =>
    json(200, await listProposals(defaultTable(), params.campaignId, query.cursor)),
  invite: async ({ params, body, caller, idempotency }) => {
    const d = await deps();
    return replyTo(idempotency, replies.invited, (guard) =>
      inviteProposal(d, params.campaignId, params.proposalId, body, caller, guard),
    );
  },
  adminList: async ({ params, query, caller }) => {
    const table = defaultTable();
    await requireAssigned(table, params.campaignId, caller);
    return json(
      200,
      await listApplications(
        table,
        params.campaignId,
        caller.groups.includes('coordinator') ? 'coordinator' : 'jury',
        query.cursor,
      ),
    );
  },
  review: async ({ params, body, lang, caller }) =>
    json(
      200,
      await reviewApplication(await deps(), params.campaignId, params.applicationId, caller, body, lang),
    ),
  jury: async ({ params, body, caller }) =>
    json(200, await setJury(await deps(), params.campaignId, body.jurors, caller)),
  ranking: async ({ params }) => json(200, await campaignRanking(defaultTable(), params.campaignId)),
  progress: async ({ params }) => json(200, await campaignProgress(defaultTable(), params.campaignId)),
  decide: async ({ params, body, caller, idempotency }) => {
    const d = await deps();
    return replyTo(idempotency, replies.decided, (guard) =>
      decideApplication(d, params.campaignId, params.applicationId, body.status, caller, guard),
    );
  },
  releaseBusinessId: async ({ params, query, caller }) => {
    const { table, pepper, now } = await deps();
    return json(
      200,
      await releaseBusinessId(
        { table, pepper, now },
        params.campaignId,
        params.businessId,
        caller,
        query.reason,
      ),
    );
  },
  adminCsv: async ({ params }) => ({
    status: 200,
    text: await applicationsCsv(defaultTable(), params.campaignId),
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': `attachment; filename="applications-${params.campaignId}.csv"` },
  }),
});

/** HTTP routes, and the daily reminder to jurors with reviews left before a review deadline. */
export async function handler(event: HttpEvent | ScheduledEvent) {
  if ('routeKey' in event) return http(event);
  const { table, pepper } = await deps();
  const results = await scheduledJuryReminders({ table, pepper, now: new Date() });
  logger.info('jury reminders', {
    campaigns: results.length,
    sent: results.reduce((a, r) => a + r.sent, 0),
  });
  return results;
}
