import { applicationsCsv, listApplications } from '../../../shared/applications/admin-list';
import type { ApplicationStatus, Decision } from '../../../shared/applications/application';
import { type CampaignMeta, readCampaign } from '../../../shared/applications/campaign';
import {
  inviteProposal,
  listProposals,
  type ProposalRow,
  proposalById,
} from '../../../shared/applications/proposals';
import { pick } from '../../../shared/content/localize';
import { HttpProblem } from '../../../shared/http/problem';
import type { Reply } from '../../../shared/http/reply';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { languages } from '../../../shared/i18n/language';
import {
  csrfInput,
  errorSummary,
  errorsByField,
  type FormState,
  one,
  selectField,
  textField,
} from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { inviteBody } from '../../applications/routes';
import type { ConsolePage, ConsoleRequest } from '../context';
import { csvReply, notice, staffCaller, when, writeDeps } from '../coordinator';
import { cs } from '../strings';
import { judgingSection } from './campaign-judging';
import { jurySection } from './jury-assign';

export const campaignPath = (lang: Language, campaignId: string) =>
  `/${lang}/console/campaigns/${campaignId}`;

/** The contract's values, each shown by its label (the values themselves stay as they are). */
export const statusLabel = (status: ApplicationStatus, lang: Language) =>
  cs(status === 'draft' ? 'draft' : status === 'submitted' ? 'submitted' : 'withdrawn', lang);
export const decisionLabels: Record<Decision, 'winner' | 'shortlisted' | 'notSelected'> = {
  winner: 'winner',
  shortlisted: 'shortlisted',
  'not-selected': 'notSelected',
};
export const decisionLabel = (decision: Decision | undefined, lang: Language) =>
  decision ? cs(decisionLabels[decision], lang) : '';

export const languageNames: Record<Language, string> = { sv: 'Svenska', fi: 'Suomi', en: 'English' };

/** The console's 404 page for a campaign, proposal or application it does not know. */
export const notFoundPage = (req: ConsoleRequest, back: { href: string; label: string }): Reply =>
  page(
    req.frame,
    cs('campaigns', req.lang),
    html`<p>${new HttpProblem('not-found').toBody(req.lang).detail}</p>
<p><a href="${back.href}">${back.label}</a></p>`,
    404,
  );

/** The campaign's operational copy, or the console's 404 page. */
export async function campaignOr404(
  req: ConsoleRequest,
): Promise<{ ok: true; meta: CampaignMeta } | { ok: false; reply: Reply }> {
  const meta = await readCampaign(defaultTable(), req.params.campaignId ?? '');
  if (meta?.published) return { ok: true, meta };
  const { lang } = req;
  return {
    ok: false,
    reply: notFoundPage(req, { href: `/${lang}/console/campaigns`, label: cs('backToCampaigns', lang) }),
  };
}

/** ULIDs only: anything else cannot be an application or a proposal (and is no key to look up). */
export const isSubmissionId = (id: string) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id);

const nextLink = (req: ConsoleRequest, name: string, cursor: string | undefined) => {
  if (!cursor) return '';
  const query = new URLSearchParams({ ...(req.query as Record<string, string>), [name]: cursor });
  return html`<p><a href="${campaignPath(req.lang, req.params.campaignId ?? '')}?${query}">${cs('nextPage', req.lang)}</a></p>`;
};

async function applicationsSection(req: ConsoleRequest, campaignId: string): Promise<Html> {
  const { lang } = req;
  const { items, nextCursor } = await listApplications(
    defaultTable(),
    campaignId,
    'coordinator',
    req.query.cursor,
  );
  if (!items.length && !req.query.cursor) return html`<p>${cs('noApplications', lang)}</p>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${cs('applications', lang)}"><table>
<caption>${cs('applications', lang)}</caption>
<thead><tr>
<th scope="col">${cs('company', lang)}</th>
<th scope="col">${cs('businessId', lang)}</th>
<th scope="col">${cs('status', lang)}</th>
<th scope="col">${cs('submittedAt', lang)}</th>
<th scope="col">${cs('decision', lang)}</th>
</tr></thead>
<tbody>
${items.map(
  (a) => html`<tr>
<th scope="row"><a href="${campaignPath(lang, campaignId)}/applications/${a.applicationId}">${a.company.name}</a></th>
<td>${a.company.businessId}</td>
<td><span class="badge">${statusLabel(a.status, lang)}</span></td>
<td>${a.submittedAt ? when(a.submittedAt, lang) : ''}</td>
<td>${decisionLabel(a.decision, lang)}</td>
</tr>`,
)}
</tbody>
</table></div>
${nextLink(req, 'cursor', nextCursor)}`;
}

const invitedText = (p: ProposalRow, lang: Language) =>
  p.invitedAt
    ? `${cs('invited', lang)} ${when(p.invitedAt, lang)}${(p.invitations ?? 1) > 1 ? ` (${p.invitations} ${cs('times', lang)})` : ''}`
    : cs('notInvited', lang);

async function proposalsSection(req: ConsoleRequest, campaignId: string): Promise<Html> {
  const { lang } = req;
  const { items, nextCursor } = await listProposals(defaultTable(), campaignId, req.query.proposals);
  if (!items.length && !req.query.proposals) return html`<p>${cs('noProposals', lang)}</p>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${cs('proposals', lang)}"><table>
<caption>${cs('proposals', lang)}</caption>
<thead><tr>
<th scope="col">${cs('company', lang)}</th>
<th scope="col">${cs('proposedBy', lang)}</th>
<th scope="col">${cs('received', lang)}</th>
<th scope="col">${cs('status', lang)}</th>
</tr></thead>
<tbody>
${items.map(
  (p) => html`<tr>
<th scope="row"><a href="${campaignPath(lang, campaignId)}/proposals/${p.proposalId}">${p.company.name}</a></th>
<td>${p.proposer.name}</td>
<td>${when(p.createdAt, lang)}</td>
<td>${invitedText(p, lang)}</td>
</tr>`,
)}
</tbody>
</table></div>
${nextLink(req, 'proposals', nextCursor)}`;
}

/** A campaign: its applications, the judging (progress, ranking, reminders), its proposals, and the CSV. */
const campaignPage: ConsolePage = {
  path: 'campaigns/:campaignId',
  groups: ['coordinator'],
  async get(req) {
    const { lang } = req;
    const found = await campaignOr404(req);
    if (!found.ok) return found.reply;
    const { meta } = found;
    const id = meta.documentId;
    const [applications, ranking, proposals, jury] = await Promise.all([
      applicationsSection(req, id),
      judgingSection(req, meta),
      proposalsSection(req, id),
      jurySection(req, id),
    ]);
    const main = html`<p>${cs('applicationPeriod', lang)}: ${when(meta.opensAt, lang)} – ${when(meta.closesAt, lang)}</p>
<p><a href="${campaignPath(lang, id)}/applications.csv" download>${cs('applicationsCsv', lang)}</a></p>
<h2>${cs('applications', lang)}</h2>
${applications}
${ranking}
${jury}
<h2>${cs('proposals', lang)}</h2>
${proposals}
<p><a href="/${lang}/console/campaigns">${cs('backToCampaigns', lang)}</a></p>`;
    return page(req.frame, pick(meta.title, lang) ?? id, main);
  },
};

/** Every application as CSV, the same file as GET /admin/campaigns/{campaignId}/applications.csv. */
const applicationsCsvPage: ConsolePage = {
  path: 'campaigns/:campaignId/applications.csv',
  groups: ['coordinator'],
  async get(req) {
    const found = await campaignOr404(req);
    if (!found.ok) return found.reply;
    const id = found.meta.documentId;
    return csvReply(await applicationsCsv(defaultTable(), id), `applications-${id}.csv`);
  },
};

async function renderProposal(req: ConsoleRequest, state: FormState, message?: string, status = 200) {
  const { lang } = req;
  const found = await campaignOr404(req);
  if (!found.ok) return found.reply;
  const campaignId = found.meta.documentId;
  const proposalId = req.params.proposalId ?? '';
  const p = isSubmissionId(proposalId)
    ? await proposalById(defaultTable(), campaignId, proposalId)
    : undefined;
  if (!p)
    return notFoundPage(req, { href: campaignPath(lang, campaignId), label: cs('backToCampaign', lang) });
  const languageChoices = languages.map((l) => ({ value: l, label: languageNames[l] }));
  const main = html`${message || state.errors.size ? errorSummary(state, lang, message) : ''}${req.query.invited ? notice(cs('invitationSent', lang)) : ''}
<p>${cs('campaign', lang)}: <a href="${campaignPath(lang, campaignId)}">${pick(found.meta.title, lang) ?? campaignId}</a></p>
<dl>
<dt>${cs('company', lang)}</dt><dd>${p.company.name}</dd>
${p.company.businessId ? html`<dt>${cs('businessId', lang)}</dt><dd>${p.company.businessId}</dd>` : ''}
<dt>${cs('reason', lang)}</dt><dd>${p.reason}</dd>
<dt>${cs('proposedBy', lang)}</dt><dd>${p.proposer.name} (${p.proposer.email})</dd>
<dt>${cs('received', lang)}</dt><dd>${when(p.createdAt, lang)}</dd>
<dt>${cs('status', lang)}</dt><dd>${invitedText(p, lang)}</dd>
</dl>
<h2>${cs('invite', lang)}</h2>
<p>${cs('inviteIntro', lang)}</p>
<form method="post" action="${campaignPath(lang, campaignId)}/proposals/${proposalId}/invite" novalidate>
${csrfInput(req.csrf)}
${textField(state, 'email', cs('companyEmail', lang), { type: 'email', required: true, autocomplete: 'off' })}
${selectField(state, 'language', cs('mailLanguage', lang), languageChoices, true)}
<button type="submit">${cs('sendInvitation', lang)}</button>
</form>
<p><a href="${campaignPath(lang, campaignId)}">${cs('backToCampaign', lang)}</a></p>`;
  return page(req.frame, `${cs('proposal', lang)}: ${p.company.name}`, main, status);
}

/** A proposal in full, with the form that invites the company. */
const proposalPage: ConsolePage = {
  path: 'campaigns/:campaignId/proposals/:proposalId',
  groups: ['coordinator'],
  get: (req) => renderProposal(req, { values: { language: req.lang }, errors: new Map() }),
};

/**
 * POST: invite the proposed company (inviteProposal, as POST …/proposals/{proposalId}/invite), its
 * address and language checked by that route's own body schema.
 */
const inviteAction: ConsolePage = {
  path: 'campaigns/:campaignId/proposals/:proposalId/invite',
  groups: ['coordinator'],
  get: async (req) =>
    redirect(
      `${campaignPath(req.lang, req.params.campaignId ?? '')}/proposals/${req.params.proposalId ?? ''}`,
    ),
  async post(req) {
    const { lang } = req;
    const campaignId = req.params.campaignId ?? '';
    const proposalId = req.params.proposalId ?? '';
    const values = { email: one(req.form.email), language: one(req.form.language) };
    const parsed = validatePart(inviteBody, values, '', lang);
    if (!parsed.ok)
      return renderProposal(req, { values, errors: errorsByField(parsed.errors) }, undefined, 400);
    if (!isSubmissionId(proposalId))
      return notFoundPage(req, { href: campaignPath(lang, campaignId), label: cs('backToCampaign', lang) });
    try {
      await inviteProposal(
        await writeDeps(req.now),
        campaignId,
        proposalId,
        parsed.value,
        staffCaller(req.staff),
        undefined,
      );
      return redirect(
        `${campaignPath(lang, campaignId)}/proposals/${proposalId}?invited=1`,
        req.frame.cookies,
      );
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      const problem = error.toBody(lang);
      return renderProposal(
        req,
        { values, errors: errorsByField(problem.errors) },
        problem.detail,
        error.status,
      );
    }
  },
};

export const campaignPages: readonly ConsolePage[] = [
  campaignPage,
  applicationsCsvPage,
  proposalPage,
  inviteAction,
];
