import type { Language } from '../../../shared/http/route';
import type { BalanceFigures } from '../../../shared/nominations/balance';
import { listRounds } from '../../../shared/nominations/round-list';
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage } from '../context';
import { when } from '../coordinator';
import { coordinatorStrings, cs, ct } from '../strings';

/** "40 % met" / "not met", as a status tag. */
export const balanceTag = (figures: Pick<BalanceFigures, 'meets40'>, lang: Language) =>
  html`<span class="badge">${cs(figures.meets40 ? 'balanceMet' : 'balanceNotMet', lang)}</span>`;

/** Coordinators: every published nomination round with its figures (GET /admin/nomination-rounds). */
export const nominationRoundsPage: ConsolePage = {
  path: 'nomination-rounds',
  groups: ['coordinator'],
  title: coordinatorStrings.nominationRounds,
  async get(req) {
    const { lang } = req;
    const { items } = await listRounds(defaultTable(), lang, req.now);
    const table = html`<div class="table-wrap" role="region" tabindex="0" aria-label="${cs('nominationRounds', lang)}"><table>
<caption>${cs('nominationRounds', lang)}</caption>
<thead><tr>
<th scope="col">${cs('round', lang)}</th>
<th scope="col">${cs('deadline', lang)}</th>
<th scope="col">${cs('addressed', lang)}</th>
<th scope="col">${cs('requested', lang)}</th>
<th scope="col">${cs('answered', lang)}</th>
<th scope="col">${cs('pending', lang)}</th>
<th scope="col">${cs('genderBalance', lang)}</th>
</tr></thead>
<tbody>
${items.map(
  (r) => html`<tr>
<th scope="row"><a href="/${lang}/console/nomination-rounds/${r.id}">${r.title ?? r.id}</a></th>
<td>${when(r.deadline, lang)}${r.open ? '' : html` <span class="badge">${cs('closed', lang)}</span>`}</td>
<td>${r.counts.addressed}</td>
<td>${r.counts.requested}</td>
<td>${r.counts.answered}</td>
<td>${r.counts.pending}</td>
<td>${cs('members', lang)}: ${balanceTag(r.balance.members, lang)}<br>${cs('deputies', lang)}: ${balanceTag(r.balance.deputies, lang)}</td>
</tr>`,
)}
</tbody>
</table></div>`;
    return page(
      req.frame,
      cs('nominationRounds', lang),
      html`${items.length ? table : html`<p>${cs('noRounds', lang)}</p>`}
<p><a href="/${lang}/console">${ct('backToOverview', lang)}</a></p>`,
    );
  },
};
