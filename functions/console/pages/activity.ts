import { listActivity, type StoredActivity } from '../../../shared/activity/activity-log';
import type { Decision } from '../../../shared/applications/application';
import type { Language } from '../../../shared/http/route';
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { languageNames } from '../../../shared/ui/layout';
import type { ConsolePage } from '../context';
import { activityActionNames, activityDetailNames, consoleStrings, ct } from '../strings';
import { decisionLabel, decisionLabels } from './campaign';
import { backLink, nextPageLink, shortDateTime, withProblems } from './coordinator-kit';

/** What an entry was done to: a registration links to its event's page; a person shows only as a hash. */
function concerning(entry: StoredActivity, lang: Language) {
  const { kind, id, parent } = entry.target;
  if (kind === 'registration' && parent)
    return html`<a href="/${lang}/console/events/${encodeURIComponent(parent)}">${parent}</a> / <code>${id}</code>`;
  if (kind === 'person') return html`${kind} <code>${id.slice(0, 12)}…</code>`;
  return html`${kind} <code>${id}</code>${parent ? html` (<code>${parent}</code>)` : ''}`;
}

/** A detail's value as the reader says it: a decision or a language by its name, else as recorded. */
function detailValue(key: string, value: string | number | boolean, lang: Language) {
  if (key === 'decision' && Object.hasOwn(decisionLabels, String(value)))
    return decisionLabel(String(value) as Decision, lang);
  if (key === 'language' && (value === 'sv' || value === 'fi' || value === 'en')) return languageNames[value];
  return String(value);
}

const details = (entry: StoredActivity, lang: Language) =>
  entry.details
    ? html`<br><small>${Object.entries(entry.details)
        .map(([k, v]) => `${activityDetailNames[k]?.[lang] ?? k}: ${detailValue(k, v, lang)}`)
        .join(', ')}</small>`
    : '';

/** Coordinators: the staff activity log, newest first, a page at a time (GET /admin/activity). */
export const activityPage: ConsolePage = {
  path: 'activity',
  groups: ['coordinator'],
  title: consoleStrings.activity,
  get: withProblems(async (req) => {
    const { lang } = req;
    const cursor = req.query.cursor || undefined;
    const { items, nextCursor } = await listActivity(defaultTable(), cursor);
    const here = `/${lang}/console/activity`;
    return page(
      req.frame,
      ct('activity', lang),
      html`${cursor ? backLink(here, ct('firstPage', lang)) : ''}
${
  items.length
    ? html`<div class="table-wrap" role="region" tabindex="0" aria-label="${ct('activity', lang)}"><table>
<caption>${ct('activity', lang)}</caption>
<thead><tr>
<th scope="col">${ct('when', lang)}</th>
<th scope="col">${ct('who', lang)}</th>
<th scope="col">${ct('what', lang)}</th>
<th scope="col">${ct('concerning', lang)}</th>
</tr></thead>
<tbody>
${items.map(
  (entry) => html`<tr>
<td><time datetime="${entry.at}">${shortDateTime(entry.at, lang)}</time></td>
<td>${entry.actor}</td>
<th scope="row">${activityActionNames[entry.action]?.[lang] ?? entry.action}${details(entry, lang)}</th>
<td>${concerning(entry, lang)}</td>
</tr>`,
)}
</tbody>
</table></div>`
    : html`<p>${ct('noActivity', lang)}</p>`
}
${nextCursor ? nextPageLink(here, { cursor: nextCursor }, lang) : ''}`,
    );
  }),
};
