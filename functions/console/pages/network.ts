import { contentSources } from '../../../shared/content/default-source';
import { activityPlan } from '../../../shared/content/public-content';
import type { Language } from '../../../shared/http/route';
import { memberCounts } from '../../../shared/membership/member-count';
import { listMembers, membersCsv } from '../../../shared/membership/membership';
import { loggableError, logger } from '../../../shared/observability/logger';
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage } from '../context';
import { consoleStrings, ct } from '../strings';
import { backLink, nextPageLink, shortDateTime, withProblems } from './coordinator-kit';

/**
 * The focus areas' names in the page's language, to show members' interests by name. Without content
 * (the source failing) the page still answers, with the areas' ids.
 */
async function focusAreaNames(lang: Language): Promise<Map<string, string>> {
  try {
    const areas = await activityPlan((await contentSources()).cached, lang);
    return new Map(areas.map((a) => [a.id, a.title ?? a.id]));
  } catch (error) {
    logger.warn('console: focus area names unavailable', { error: loggableError(error) });
    return new Map();
  }
}

/**
 * Coordinators: the network's active members with their interests and whether they want to coordinate
 * a theme, a page at a time (GET /admin/network/members), and the CSV (…/members.csv).
 */
export const networkPage: ConsolePage = {
  path: 'network',
  groups: ['coordinator'],
  title: consoleStrings.network,
  get: withProblems(async (req) => {
    const { lang } = req;
    const table = defaultTable();
    const cursor = req.query.cursor || undefined;
    const [list, counts, names] = await Promise.all([
      listMembers(table, cursor),
      memberCounts(table),
      focusAreaNames(lang),
    ]);
    const here = `/${lang}/console/network`;
    const rows = list.items.map(
      (m) => html`<tr>
<th scope="row">${m.name}</th>
<td>${m.email}</td>
<td>${m.organization ?? ''}</td>
<td>${m.municipality ?? ''}</td>
<td>${m.interests.length ? html`<ul>${m.interests.map((id) => html`<li>${names.get(id) ?? id}</li>`)}</ul>` : ''}</td>
<td>${ct(m.wantsToCoordinate ? 'yes' : 'no', lang)}</td>
<td>${shortDateTime(m.joinedAt, lang)}</td>
</tr>`,
    );
    return page(
      req.frame,
      ct('network', lang),
      html`<dl>
<dt>${ct('networkMembers', lang)}</dt><dd class="member-count">${counts.members}</dd>
<dt>${ct('coordinationWishes', lang)}</dt><dd>${counts.wantToCoordinate}</dd>
</dl>
<p><a href="${here}/members.csv" download>${ct('downloadMembers', lang)}</a></p>
${cursor ? backLink(here, ct('firstPage', lang)) : ''}
${
  rows.length
    ? html`<div class="table-wrap" role="region" tabindex="0" aria-label="${ct('members', lang)}"><table>
<caption>${ct('members', lang)}</caption>
<thead><tr>
<th scope="col">${ct('name', lang)}</th>
<th scope="col">${ct('email', lang)}</th>
<th scope="col">${ct('organization', lang)}</th>
<th scope="col">${ct('municipality', lang)}</th>
<th scope="col">${ct('interests', lang)}</th>
<th scope="col">${ct('wantsToCoordinate', lang)}</th>
<th scope="col">${ct('joined', lang)}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`
    : html`<p>${ct('noMembers', lang)}</p>`
}
${list.nextCursor ? nextPageLink(here, { cursor: list.nextCursor }, lang) : ''}`,
    );
  }),
};

export const membersCsvPage: ConsolePage = {
  path: 'network/members.csv',
  groups: ['coordinator'],
  async get() {
    return {
      status: 200,
      text: await membersCsv(defaultTable()),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': 'attachment; filename="network-members.csv"' },
    };
  },
};
