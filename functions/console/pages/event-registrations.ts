import type { Language } from '../../../shared/http/route';
import { documentId } from '../../../shared/http/schemas';
import { validatePart } from '../../../shared/http/validate';
import { type AdminEvent, adminEvent } from '../../../shared/registrations/admin-events';
import {
  listRegistrations,
  type RegistrationRow,
  registrationsCsv,
} from '../../../shared/registrations/admin-list';
import { cancellationPreview, cancelOnBehalf } from '../../../shared/registrations/cancel-on-behalf';
import { searchRegistrations } from '../../../shared/registrations/registration-search';
import { type WaitingRow, waitlistInOrder } from '../../../shared/registrations/waitlist';
import { csrfInput, textField } from '../../../shared/site/forms';
import { html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { eventRegistrationParams } from '../../admin/routes';
import type { ConsolePage, ConsoleRequest } from '../context';
import { ft } from '../follow-up-strings';
import { ct, registrationStatusNames } from '../strings';
import {
  backLink,
  callerOf,
  manageDeps,
  messagePage,
  nextPageLink,
  shortDateTime,
  tag,
  withProblems,
} from './coordinator-kit';

/**
 * Coordinators: one event's registrations (search, paging, the waiting list in order), cancelling one
 * on the person's behalf after a confirmation step, and the CSV export. Each runs the use case of the
 * admin route that does the same (GET /admin/events/{eventId}/registrations and .csv, DELETE
 * /admin/events/{eventId}/registrations/{registrationId}).
 */

const eventPath = (lang: Language, eventId: string) =>
  `/${lang}/console/events/${encodeURIComponent(eventId)}`;

const statusName = (status: string, lang: Language) => registrationStatusNames[status]?.[lang] ?? status;

const isActive = (status: string) => status !== 'cancelled' && status !== 'expired';

/** The event of the path, checked as the admin route checks its id; undefined answers 404. */
async function eventOr404(req: ConsoleRequest) {
  const eventId = validatePart(documentId(), req.params.eventId, '', req.lang);
  return eventId.ok ? adminEvent(defaultTable(), eventId.value, req.lang, req.now) : undefined;
}

/** The registration's id of the path, checked as DELETE /admin/events/{eventId}/registrations/{registrationId} checks it. */
const registrationIdOf = (req: ConsoleRequest, eventId: string) => {
  const params = validatePart(
    eventRegistrationParams,
    { eventId, registrationId: req.params.registrationId },
    '',
    req.lang,
  );
  return params.ok ? params.value.registrationId : undefined;
};

const noEvent = (req: ConsoleRequest) =>
  messagePage(req, ct('registrations', req.lang), ct('eventNotFound', req.lang), 404);

function summary(event: AdminEvent, lang: Language) {
  return html`<dl>
<dt>${ct('starts', lang)}</dt><dd>${shortDateTime(event.startsAt, lang)}</dd>
<dt>${ct('capacity', lang)}</dt><dd>${event.capacity}</dd>
<dt>${ct('confirmed', lang)}</dt><dd>${event.confirmed}</dd>
<dt>${ct('pending', lang)}</dt><dd>${event.pending}</dd>
<dt>${ct('waitlisted', lang)}</dt><dd>${event.waitlisted}</dd>
<dt>${ct('seatsLeft', lang)}</dt><dd>${event.seatsLeft}</dd>
<dt>${ct('registration', lang)}</dt><dd>${tag(ct(event.registrationOpen ? 'open' : 'closed', lang))}${event.published ? '' : html` ${tag(ct('unpublished', lang))}`}</dd>
</dl>`;
}

function registrationsTable(
  lang: Language,
  eventId: string,
  rows: readonly RegistrationRow[],
  searched: boolean,
) {
  if (!rows.length) return html`<p>${ct(searched ? 'noMatches' : 'noRegistrations', lang)}</p>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${ct('registrations', lang)}"><table>
<caption>${ct('registrations', lang)}</caption>
<thead><tr>
<th scope="col">${ct('name', lang)}</th>
<th scope="col">${ct('email', lang)}</th>
<th scope="col">${ct('organization', lang)}</th>
<th scope="col">${ct('status', lang)}</th>
<th scope="col">${ct('registeredAt', lang)}</th>
<th scope="col">${ft('attendance', lang)}</th>
<th scope="col">${ct('actions', lang)}</th>
</tr></thead>
<tbody>
${rows.map(
  (r) => html`<tr>
<th scope="row">${r.name}</th>
<td>${r.email}</td>
<td>${r.organization ?? ''}</td>
<td>${tag(statusName(r.status, lang))}</td>
<td>${shortDateTime(r.createdAt, lang)}</td>
<td>${r.attendedAt ? tag(ft('attended', lang)) : r.status === 'confirmed' ? ft('notYet', lang) : ''}</td>
<td>${
    isActive(r.status)
      ? html`<a href="${eventPath(lang, eventId)}/registrations/${r.registrationId}/cancel" aria-label="${ct('cancel', lang)}: ${r.name}">${ct('cancel', lang)}</a>`
      : ''
  }</td>
</tr>`,
)}
</tbody>
</table></div>`;
}

function waitlistTable(lang: Language, rows: readonly WaitingRow[]) {
  if (!rows.length) return html`<p>${ct('waitlistEmpty', lang)}</p>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${ct('waitlistInOrder', lang)}"><table>
<caption>${ct('waitlistInOrder', lang)}</caption>
<thead><tr>
<th scope="col">${ct('place', lang)}</th>
<th scope="col">${ct('name', lang)}</th>
<th scope="col">${ct('email', lang)}</th>
<th scope="col">${ct('registeredAt', lang)}</th>
</tr></thead>
<tbody>
${rows.map(
  (r) => html`<tr>
<td>${r.place}</td>
<th scope="row">${r.name}</th>
<td>${r.email}</td>
<td>${shortDateTime(r.registeredAt, lang)}</td>
</tr>`,
)}
</tbody>
</table></div>`;
}

export const eventRegistrationsPage: ConsolePage = {
  path: 'events/:eventId',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    const table = defaultTable();
    const q = req.query.q?.trim() ?? '';
    const cursor = req.query.cursor || undefined;
    const [list, waiting] = await Promise.all([
      q ? searchRegistrations(table, event.id, q, cursor) : listRegistrations(table, event.id, cursor),
      waitlistInOrder(table, event.id),
    ]);
    const here = eventPath(lang, event.id);
    const notice = req.query.cancelled
      ? html`<div class="notice" role="status"><p>${ct('cancelledNotice', lang)}</p></div>`
      : '';
    return page(
      req.frame,
      `${ct('registrationsOf', lang)} ${event.title}`,
      html`${notice}
${summary(event, lang)}
<p><a href="${here}/registrations.csv" download>${ct('downloadRegistrations', lang)}</a></p>
<ul>
<li><a href="${here}/check-in">${ft('checkIn', lang)}</a></li>
<li><a href="${here}/message">${ft('messageRegistrants', lang)}</a></li>
</ul>
<form method="get" action="${here}" role="search">
${textField({ values: { q }, errors: new Map() }, 'q', ct('searchRegistrations', lang), { type: 'search' })}
<button type="submit">${ct('search', lang)}</button>
</form>
${q || cursor ? backLink(here, ct(q ? 'showAll' : 'firstPage', lang)) : ''}
<h2>${ct('registrations', lang)}</h2>
${registrationsTable(lang, event.id, list.items, Boolean(q))}
${list.nextCursor ? nextPageLink(here, { q, cursor: list.nextCursor }, lang) : ''}
<h2>${ct('waitlistInOrder', lang)}</h2>
${waitlistTable(lang, waiting)}
${backLink(`/${lang}/console/events`, ct('allEvents', lang))}`,
    );
  }),
};

export const registrationsCsvPage: ConsolePage = {
  path: 'events/:eventId/registrations.csv',
  groups: ['coordinator'],
  async get(req) {
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    return {
      status: 200,
      stream: registrationsCsv(defaultTable(), event.id),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': `attachment; filename="registrations-${event.id}.csv"` },
    };
  },
};

export const cancelRegistrationPage: ConsolePage = {
  path: 'events/:eventId/registrations/:registrationId/cancel',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    const registrationId = registrationIdOf(req, event.id);
    const preview = registrationId && (await cancellationPreview(defaultTable(), event.id, registrationId));
    if (!preview)
      return messagePage(req, ct('cancelRegistration', lang), ct('registrationNotFound', lang), 404);
    const back = eventPath(lang, event.id);
    const person = html`<dl>
<dt>${ct('event', lang)}</dt><dd>${event.title}, ${shortDateTime(event.startsAt, lang)}</dd>
<dt>${ct('name', lang)}</dt><dd>${preview.name}</dd>
<dt>${ct('email', lang)}</dt><dd>${preview.email}</dd>
<dt>${ct('status', lang)}</dt><dd>${tag(statusName(preview.status, lang))}</dd>
</dl>`;
    if (!isActive(preview.status))
      return page(
        req.frame,
        ct('cancelRegistration', lang),
        html`${person}<p>${ct('alreadyCancelled', lang)}</p>${backLink(back, ct('back', lang))}`,
      );
    const consequence =
      preview.status === 'waitlisted'
        ? html`<p>${ct('leavesWaitlist', lang)}</p>`
        : preview.nextInLine
          ? html`<p>${ct('seatGoesTo', lang)} <strong>${preview.nextInLine.name}</strong> (${preview.nextInLine.email})</p>`
          : html`<p>${ct('seatFreed', lang)}</p>`;
    return page(
      req.frame,
      ct('cancelRegistration', lang),
      html`${person}
<p>${ct('cancelConfirmText', lang)}</p>
${consequence}
<form method="post" action="${back}/registrations/${preview.registrationId}/cancel">
${csrfInput(req.csrf)}
<button type="submit">${ct('confirmCancel', lang)}</button>
</form>
${backLink(back, ct('backWithoutCancelling', lang))}`,
    );
  }),
  post: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    const registrationId = registrationIdOf(req, event.id);
    if (!registrationId)
      return messagePage(req, ct('cancelRegistration', lang), ct('registrationNotFound', lang), 404);
    await cancelOnBehalf(await manageDeps(req), event.id, registrationId, callerOf(req));
    return redirect(`${eventPath(lang, event.id)}?cancelled=${registrationId}`, req.frame.cookies);
  }),
};
