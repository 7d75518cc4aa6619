import type { Caller } from '../../../shared/http/caller';
import { HttpProblem } from '../../../shared/http/problem';
import type { Reply } from '../../../shared/http/reply';
import type { Language } from '../../../shared/http/route';
import type { AdminEvent } from '../../../shared/registrations/admin-events';
import { eventMetaCached } from '../../../shared/registrations/event-meta-cache';
import type { ManageDeps } from '../../../shared/registrations/manage';
import { getSecret } from '../../../shared/secrets';
import { type Html, html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsoleRequest } from '../context';
import { ct } from '../strings';

/**
 * What the coordinator pages share: the use cases' dependencies, the staff member as the admin API's
 * caller, dates, the events table, and problems from a use case turned into a page.
 */

const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };

/** A date and time as people in Finland read it, short enough for a table cell. */
export const shortDateTime = (iso: string, lang: Language) =>
  Number.isNaN(Date.parse(iso))
    ? iso
    : new Intl.DateTimeFormat(locales[lang], {
        timeZone: 'Europe/Helsinki',
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date(iso));

/** The signed-in staff member as the admin routes know a caller (its email goes to the activity log). */
export const callerOf = (req: ConsoleRequest): Caller => ({
  subject: req.staff.subject,
  groups: req.staff.groups,
  ...(req.staff.email ? { email: req.staff.email } : {}),
});

/** The dependencies the registration use cases take, as the admin and registrations handlers build them. */
export async function manageDeps(req: ConsoleRequest): Promise<ManageDeps> {
  const table = defaultTable();
  return {
    table,
    pepper: await getSecret('emailPepper'),
    now: req.now,
    meta: (id: string) => eventMetaCached(table, id),
  };
}

export const backLink = (href: string, text: string) => html`<p><a href="${href}">${text}</a></p>`;

export const messagePage = (req: ConsoleRequest, title: string, text: string, status: number) =>
  page(
    req.frame,
    title,
    html`<p>${text}</p>${backLink(`/${req.lang}/console`, ct('backToOverview', req.lang))}`,
    status,
  );

/**
 * A use case's problem (an unknown registration, a tampered cursor) as a page with its status and
 * text in the page's language, as the admin route would answer it in JSON.
 */
export function withProblems(act: (req: ConsoleRequest) => Promise<Reply>) {
  return async (req: ConsoleRequest): Promise<Reply> => {
    try {
      return await act(req);
    } catch (error) {
      if (!(error instanceof HttpProblem) || error.status >= 500) throw error;
      const body = error.toBody(req.lang);
      return messagePage(req, body.title, body.detail, body.status);
    }
  };
}

/** A status as a tag next to its text (not colour alone). */
export const tag = (text: string) => html`<span class="badge">${text}</span>`;

/** A table of events with their seat counts, each linking to its registrations. */
export function eventsTable(
  lang: Language,
  caption: string,
  events: readonly AdminEvent[],
  empty: string,
): Html {
  if (!events.length) return html`<p>${empty}</p>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${caption}"><table>
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${ct('event', lang)}</th>
<th scope="col">${ct('starts', lang)}</th>
<th scope="col">${ct('capacity', lang)}</th>
<th scope="col">${ct('confirmed', lang)}</th>
<th scope="col">${ct('waitlisted', lang)}</th>
<th scope="col">${ct('pending', lang)}</th>
<th scope="col">${ct('registration', lang)}</th>
</tr></thead>
<tbody>
${events.map(
  (e) => html`<tr>
<th scope="row"><a href="/${lang}/console/events/${encodeURIComponent(e.id)}">${e.title}</a>${e.published ? '' : html` ${tag(ct('unpublished', lang))}`}</th>
<td>${shortDateTime(e.startsAt, lang)}</td>
<td>${e.capacity}</td>
<td>${e.confirmed}</td>
<td>${e.waitlisted}</td>
<td>${e.pending}</td>
<td>${tag(ct(e.registrationOpen ? 'open' : 'closed', lang))}</td>
</tr>`,
)}
</tbody>
</table></div>`;
}

/** A link to the next page of a list, keeping its other query parameters. */
export function nextPageLink(base: string, params: Record<string, string | undefined>, lang: Language) {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return html`<p><a href="${base}${query ? `?${query}` : ''}" rel="next">${ct('nextPage', lang)}</a></p>`;
}
