import { audienceOf, listCampaigns } from '../../../shared/applications/campaign-list';
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage } from '../context';
import { staffCaller, when } from '../coordinator';
import { coordinatorStrings, cs, ct } from '../strings';

/**
 * Every published campaign with its counts (GET /admin/campaigns). Coordinators see every count and
 * open a campaign; jury members see the counts of submitted applications only, as their list of
 * applications is, each linking to the campaign's jury page (functions/console/pages/jury-campaigns.ts).
 */
export const campaignsPage: ConsolePage = {
  path: 'campaigns',
  groups: ['coordinator', 'jury'],
  title: coordinatorStrings.campaigns,
  async get(req) {
    const { lang } = req;
    const audience = audienceOf(staffCaller(req.staff));
    const coordinator = audience.role === 'coordinator';
    const { items } = await listCampaigns(defaultTable(), audience, lang, req.now);
    const table = html`<div class="table-wrap" role="region" tabindex="0" aria-label="${cs('campaigns', lang)}"><table>
<caption>${cs('campaigns', lang)}</caption>
<thead><tr>
<th scope="col">${cs('campaign', lang)}</th>
<th scope="col">${cs('applicationPeriod', lang)}</th>
${coordinator ? html`<th scope="col">${cs('drafts', lang)}</th>` : ''}
<th scope="col">${cs('submittedCount', lang)}</th>
<th scope="col">${cs('reviewed', lang)}</th>
${coordinator ? html`<th scope="col">${cs('decided', lang)}</th><th scope="col">${cs('withdrawnCount', lang)}</th>` : ''}
</tr></thead>
<tbody>
${items.map((c) => {
  const counts = c.counts as typeof c.counts & { drafts?: number; decided?: number; withdrawn?: number };
  return html`<tr>
<th scope="row"><a href="/${lang}/console/${coordinator ? 'campaigns' : 'jury/campaigns'}/${c.id}">${c.title ?? c.id}</a></th>
<td>${when(c.opensAt, lang)} – ${when(c.closesAt, lang)} <span class="badge">${cs(c.open ? 'open' : 'closed', lang)}</span></td>
${coordinator ? html`<td>${counts.drafts ?? 0}</td>` : ''}
<td>${counts.submitted}</td>
<td>${counts.reviewed}</td>
${coordinator ? html`<td>${counts.decided ?? 0}</td><td>${counts.withdrawn ?? 0}</td>` : ''}
</tr>`;
})}
</tbody>
</table></div>`;
    return page(
      req.frame,
      cs('campaigns', lang),
      html`${coordinator ? '' : html`<p>${cs('juryCountsNote', lang)}</p>`}
${items.length ? table : html`<p>${cs('noCampaigns', lang)}</p>`}
<p><a href="/${lang}/console">${ct('backToOverview', lang)}</a></p>`,
    );
  },
};
