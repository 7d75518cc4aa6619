import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../../shared/http/route';
import { documentId } from '../../../shared/http/schemas';
import { validatePart } from '../../../shared/http/validate';
import { adminEvent } from '../../../shared/registrations/admin-events';
import {
  type AttendanceCounts,
  type CheckInRow,
  checkInList,
  markAllConfirmedAttended,
  setAttendance,
} from '../../../shared/registrations/attendance';
import { getSecret } from '../../../shared/secrets';
import { csrfInput, one, textField } from '../../../shared/site/forms';
import { html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { keys } from '../../../shared/table/keys';
import { button, buttonGroup, notice, summaryList, tag } from '../../../shared/ui/components';
import type { ConsolePage, ConsoleRequest } from '../context';
import { ft } from '../follow-up-strings';
import { ct } from '../strings';
import { backLink, callerOf, messagePage, shortDateTime, withProblems } from './coordinator-kit';

/**
 * Check-in at the door, made for a phone: search by name (a GET form), one button per person to mark
 * them attended or take it back (a POST that redirects to the same search, scrolled to that person),
 * and the counts on top. For an online event, everyone confirmed can be marked at once after a
 * confirmation step.
 */

const eventPath = (lang: Language, eventId: string) =>
  `/${lang}/console/events/${encodeURIComponent(eventId)}`;
const checkInPath = (lang: Language, eventId: string) => `${eventPath(lang, eventId)}/check-in`;
const anchorOf = (registrationId: string) => `r-${registrationId}`;

/** The event of the path with where it is held (only an online event is marked attended in bulk). */
async function eventOr404(req: ConsoleRequest) {
  const eventId = validatePart(documentId(), req.params.eventId, '', req.lang);
  if (!eventId.ok) return undefined;
  const table = defaultTable();
  const [event, mode] = await Promise.all([
    adminEvent(table, eventId.value, req.lang, req.now),
    table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.eventMeta(eventId.value),
        ProjectionExpression: '#mode',
        ExpressionAttributeNames: { '#mode': 'mode' },
      }),
    ),
  ]);
  return event ? { ...event, mode: mode.Item?.mode as string | undefined } : undefined;
}

const noEvent = (req: ConsoleRequest) =>
  messagePage(req, ft('checkIn', req.lang), ct('eventNotFound', req.lang), 404);

function counts(c: AttendanceCounts, lang: Language) {
  return summaryList([
    { key: ft('attended', lang), value: String(c.attended) },
    { key: ft('noShow', lang), value: String(c.noShow) },
    { key: ft('confirmedTotal', lang), value: String(c.confirmed) },
  ]);
}

function personCard(req: ConsoleRequest, eventId: string, row: CheckInRow, q: string) {
  const { lang } = req;
  const attended = Boolean(row.attendedAt);
  return html`<li class="card" id="${anchorOf(row.registrationId)}">
<h3>${row.name}</h3>
${row.organization ? html`<p>${row.organization}</p>` : ''}
<p>${attended ? tag(ft('attended', lang), 'green') : tag(ft('notYet', lang), 'grey')}${attended ? html` ${shortDateTime(row.attendedAt ?? '', lang)}` : ''}</p>
<form method="post" action="${checkInPath(lang, eventId)}">
${csrfInput(req.csrf)}
<input type="hidden" name="registrationId" value="${row.registrationId}">
<input type="hidden" name="attended" value="${attended ? 'no' : 'yes'}">
<input type="hidden" name="q" value="${q}">
${button(attended ? ft('undoAttended', lang) : ft('markAttended', lang), {
  variant: attended ? 'secondary' : 'primary',
})}
</form>
</li>`;
}

export const checkInPage: ConsolePage = {
  path: 'events/:eventId/check-in',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    const q = req.query.q?.trim().slice(0, 100) ?? '';
    const { rows, counts: c } = await checkInList(defaultTable(), event.id, q);
    const here = checkInPath(lang, event.id);
    const done = req.query.marked === 'all' ? notice('success', lang, ft('markedAllNotice', lang)) : '';
    const list = rows.length
      ? html`<ul class="cards">${rows.map((row) => personCard(req, event.id, row, q))}</ul>`
      : html`<p>${ft(q ? 'nobodyFound' : 'noConfirmed', lang)}</p>`;
    return page(
      req.frame,
      `${ft('checkInOf', lang)} ${event.title}`,
      html`${done}
<p>${shortDateTime(event.startsAt, lang)}</p>
${counts(c, lang)}
<form method="get" action="${here}" role="search">
${textField({ values: { q }, errors: new Map() }, 'q', ft('searchByName', lang), { type: 'search', autocomplete: 'off' })}
${buttonGroup(button(ft('search', lang)), q ? html`<a href="${here}">${ft('showEveryone', lang)}</a>` : '')}
</form>
<p>${ft('onlyConfirmedNote', lang)}</p>
${list}
${event.mode === 'online' && c.noShow > 0 ? html`<p><a href="${here}/all">${ft('markAll', lang)}</a></p>` : ''}
${backLink(eventPath(lang, event.id), ft('backToEvent', lang))}`,
    );
  }),
  post: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    const registrationId = one(req.form.registrationId) ?? '';
    const q = (one(req.form.q) ?? '').slice(0, 100);
    if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(registrationId))
      return messagePage(req, ft('checkIn', lang), ct('registrationNotFound', lang), 404);
    await setAttendance(
      { table: defaultTable(), pepper: await getSecret('emailPepper'), now: req.now },
      event.id,
      registrationId,
      one(req.form.attended) === 'yes',
      callerOf(req),
    );
    const query = q ? `?${new URLSearchParams({ q })}` : '';
    return redirect(`${checkInPath(lang, event.id)}${query}#${anchorOf(registrationId)}`, req.frame.cookies);
  }),
};

export const checkInAllPage: ConsolePage = {
  path: 'events/:eventId/check-in/all',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    const back = checkInPath(lang, event.id);
    if (event.mode !== 'online')
      return page(
        req.frame,
        ft('markAll', lang),
        html`<p>${ft('markAllOnlineOnly', lang)}</p>${backLink(back, ft('back', lang))}`,
        409,
      );
    const { counts: c } = await checkInList(defaultTable(), event.id, '');
    return page(
      req.frame,
      ft('markAll', lang),
      html`<p>${event.title}, ${shortDateTime(event.startsAt, lang)}</p>
<p>${ft('markAllText', lang)} <strong>${c.noShow}</strong></p>
<form method="post" action="${back}/all">
${csrfInput(req.csrf)}
${buttonGroup(button(ft('markAllConfirm', lang)), html`<a href="${back}">${ft('back', lang)}</a>`)}
</form>`,
    );
  }),
  post: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return noEvent(req);
    const back = checkInPath(lang, event.id);
    if (event.mode !== 'online')
      return page(
        req.frame,
        ft('markAll', lang),
        html`<p>${ft('markAllOnlineOnly', lang)}</p>${backLink(back, ft('back', lang))}`,
        409,
      );
    await markAllConfirmedAttended(
      { table: defaultTable(), pepper: await getSecret('emailPepper'), now: req.now },
      event.id,
      callerOf(req),
    );
    return redirect(`${back}?marked=all`, req.frame.cookies);
  }),
};
