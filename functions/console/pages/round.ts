import { HttpProblem } from '../../../shared/http/problem';
import type { Reply } from '../../../shared/http/reply';
import type { Language } from '../../../shared/http/route';
import type { BalanceFigures } from '../../../shared/nominations/balance';
import { openRound, remindPending } from '../../../shared/nominations/requests';
import { nomineesCsv, requestDetail, roundOverview } from '../../../shared/nominations/round-view';
import type { Nominee } from '../../../shared/nominations/seat-rules';
import { checkbox, csrfInput, emptyForm } from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage, ConsoleRequest } from '../context';
import { csvReply, day, notice, refusal, staffCaller, when, writeDeps } from '../coordinator';
import { cs } from '../strings';
import { balanceTag } from './nomination-rounds';

type Overview = Awaited<ReturnType<typeof roundOverview>>;
type RequestRow = Overview['requests'][number];

const roundPath = (lang: Language, roundId: string) => `/${lang}/console/nomination-rounds/${roundId}`;

/** The console's 404 page for a round (or organisation) it does not know, with a way back. */
const notFound = (req: ConsoleRequest, detail?: string): Reply => {
  const { lang } = req;
  return page(
    req.frame,
    cs('nominationRounds', lang),
    html`<p>${detail ?? new HttpProblem('not-found').toBody(lang).detail}</p>
<p><a href="/${lang}/console/nomination-rounds">${cs('backToRounds', lang)}</a></p>`,
    404,
  );
};

/** What a page loads, or the 404 page when the round is unknown or unpublished. */
async function loaded<T>(
  req: ConsoleRequest,
  load: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reply: Reply }> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404)
      return { ok: false, reply: notFound(req, error.toBody(req.lang).detail) };
    throw error;
  }
}

/** Counts of one body (members or deputies): women, men and, where any, other and not given. */
function balanceText(figures: BalanceFigures, lang: Language): string {
  const parts = [
    `${cs('women', lang)} ${figures.women}`,
    `${cs('men', lang)} ${figures.men}`,
    ...(figures.other ? [`${cs('other', lang)} ${figures.other}`] : []),
    ...(figures.undisclosed ? [`${cs('undisclosed', lang)} ${figures.undisclosed}`] : []),
  ];
  return parts.join(', ');
}

function statusCell(r: RequestRow, lang: Language): Html {
  if (r.status === 'answered')
    return html`${cs('answered', lang)}<br>${cs('version', lang)} ${r.version}, ${r.answeredAt ? when(r.answeredAt, lang) : ''}`;
  const sent = html`${cs('sent', lang)} ${when(r.sentAt, lang)}`;
  const reminded = r.remindedOn ? html`${cs('reminded', lang)} ${day(r.remindedOn, lang)}<br>` : '';
  return r.status === 'overdue'
    ? html`${cs('overdue', lang)}<br>${reminded}${sent}`
    : html`${reminded}${sent}`;
}

function balanceTable(overview: Overview, lang: Language): Html {
  const row = (label: string, f: BalanceFigures) => html`<tr>
<th scope="row">${label}</th><td>${f.women}</td><td>${f.men}</td><td>${f.other}</td><td>${f.undisclosed}</td><td>${f.total}</td><td>${f.minimum}</td><td>${balanceTag(f, lang)}</td>
</tr>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${cs('roundBalance', lang)}"><table>
<caption>${cs('roundBalance', lang)}</caption>
<thead><tr>
<th scope="col">${cs('role', lang)}</th>
<th scope="col">${cs('women', lang)}</th>
<th scope="col">${cs('men', lang)}</th>
<th scope="col">${cs('other', lang)}</th>
<th scope="col">${cs('undisclosed', lang)}</th>
<th scope="col">${cs('total', lang)}</th>
<th scope="col">${cs('minimum', lang)}</th>
<th scope="col">${cs('genderBalance', lang)}</th>
</tr></thead>
<tbody>
${row(cs('members', lang), overview.balance.members)}
${row(cs('deputies', lang), overview.balance.deputies)}
</tbody>
</table></div>
<p>${cs('roundBalanceNote', lang)}</p>`;
}

function organisationsTable(overview: Overview, lang: Language): Html {
  const requests = new Map(overview.requests.map((r) => [r.organizationId, r]));
  const roundId = overview.round.id;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${cs('organisations', lang)}"><table>
<caption>${cs('organisations', lang)}</caption>
<thead><tr>
<th scope="col">${cs('organisation', lang)}</th>
<th scope="col">${cs('status', lang)}</th>
<th scope="col">${cs('members', lang)}</th>
<th scope="col">${cs('deputies', lang)}</th>
</tr></thead>
<tbody>
${overview.organizations.map((o) => {
  const r = requests.get(o.id);
  if (!r)
    return html`<tr><th scope="row">${o.name}</th><td>${cs('notSent', lang)}</td><td></td><td></td></tr>`;
  const answered = r.status === 'answered';
  return html`<tr>
<th scope="row"><a href="${roundPath(lang, roundId)}/organizations/${o.id}">${o.name}</a></th>
<td>${statusCell(r, lang)}</td>
<td>${answered ? html`${balanceText(r.balance.members, lang)}<br>${balanceTag(r.balance.members, lang)}` : ''}</td>
<td>${answered ? html`${balanceText(r.balance.deputies, lang)}<br>${balanceTag(r.balance.deputies, lang)}` : ''}</td>
</tr>`;
})}
</tbody>
</table></div>`;
}

function justifications(overview: Overview, lang: Language): Html {
  const given = overview.requests.filter((r) => r.justification);
  return html`<h2>${cs('justifications', lang)}</h2>
${
  given.length
    ? html`<dl>${given.map((r) => html`<dt>${r.organizationName}</dt><dd>${r.justification}</dd>`)}</dl>`
    : html`<p>${cs('noJustifications', lang)}</p>`
}`;
}

function sendForms(req: ConsoleRequest, overview: Overview): Html {
  const { lang } = req;
  const action = `${roundPath(lang, overview.round.id)}/requests`;
  const unsent = overview.organizations.filter((o) => !o.requested && o.hasContact);
  if (!unsent.length) return html`<h2>${cs('sendRequests', lang)}</h2><p>${cs('allRequested', lang)}</p>`;
  const state = emptyForm();
  return html`<h2>${cs('sendRequests', lang)}</h2>
<form method="post" action="${action}">
${csrfInput(req.csrf)}
<input type="hidden" name="scope" value="all">
<button type="submit">${cs('sendToAll', lang)} (${unsent.length})</button>
</form>
<form method="post" action="${action}">
${csrfInput(req.csrf)}
<fieldset>
<legend>${cs('chooseOrganisations', lang)}</legend>
<ul class="choices">
${overview.organizations.map((o) =>
  o.requested
    ? html`<li>${o.name}: ${cs('alreadySent', lang)}</li>`
    : o.hasContact
      ? html`<li>${checkbox(state, 'organizations', o.name, { value: o.id })}</li>`
      : html`<li>${o.name}: ${cs('noContact', lang)}</li>`,
)}
</ul>
</fieldset>
<button type="submit" class="secondary">${cs('sendToChosen', lang)}</button>
</form>`;
}

function reminderForm(req: ConsoleRequest, overview: Overview): Html {
  const { lang } = req;
  const pending = overview.requests.filter((r) => r.status === 'pending').length;
  return html`<h2>${cs('reminders', lang)}</h2>
<p>${cs('remindersNote', lang)}</p>
${
  pending
    ? html`<form method="post" action="${roundPath(lang, overview.round.id)}/reminders">
${csrfInput(req.csrf)}
<button type="submit" class="secondary">${cs('sendReminders', lang)} (${pending})</button>
</form>`
    : ''
}`;
}

/** The result of the last action, from the query string of the redirect that followed it. */
function results(req: ConsoleRequest): Html | '' {
  const { lang, query } = req;
  if (query.sent !== undefined) {
    const parts = [`${cs('requestsSent', lang)}: ${Number(query.sent) || 0}`];
    if (Number(query.existing)) parts.push(`${Number(query.existing)} ${cs('alreadyHad', lang)}`);
    if (Number(query.withoutContact))
      parts.push(`${Number(query.withoutContact)} ${cs('withoutContact', lang)}`);
    return notice(`${parts.join('; ')}.`);
  }
  if (query.reminded !== undefined)
    return notice(`${cs('remindersSent', lang)}: ${Number(query.reminded) || 0}.`);
  return '';
}

async function renderRound(req: ConsoleRequest, failure?: { status: number; summary: Html }) {
  const { lang } = req;
  const found = await loaded(req, () =>
    roundOverview(defaultTable(), req.params.roundId ?? '', lang, req.now),
  );
  if (!found.ok) return found.reply;
  const overview = found.value;
  const { round } = overview;
  const main = html`${failure?.summary ?? ''}${failure ? '' : results(req)}
<p>${cs('deadline', lang)}: <strong>${when(round.deadline, lang)}</strong> <span class="badge">${cs(round.open ? 'open' : 'closed', lang)}</span></p>
<p>${cs('seats', lang)}: ${round.seats.members} × ${cs('member', lang)}, ${round.seats.deputies} × ${cs('deputy', lang)}</p>
${round.askBothGenders ? html`<p>${cs('bothGenders', lang)}</p>` : ''}
<p><a href="${roundPath(lang, round.id)}/nominees.csv" download>${cs('nomineesCsv', lang)}</a></p>
<h2>${cs('genderBalance', lang)}</h2>
${balanceTable(overview, lang)}
<h2>${cs('organisations', lang)}</h2>
${organisationsTable(overview, lang)}
${justifications(overview, lang)}
${round.open ? html`${sendForms(req, overview)}${reminderForm(req, overview)}` : html`<p class="notice">${cs('deadlinePassed', lang)}</p>`}
<p><a href="/${lang}/console/nomination-rounds">${cs('backToRounds', lang)}</a></p>`;
  return page(req.frame, round.title ?? round.id, main, failure?.status ?? 200);
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

/** The round: balance, every organisation's status, justifications, sending and reminding. */
const roundPage: ConsolePage = {
  path: 'nomination-rounds/:roundId',
  groups: ['coordinator'],
  get: (req) => renderRound(req),
};

/** POST: the round's requests to every addressed organisation, or to the chosen ones (openRound). */
const sendRequests: ConsolePage = {
  path: 'nomination-rounds/:roundId/requests',
  groups: ['coordinator'],
  get: async (req) => redirect(roundPath(req.lang, req.params.roundId ?? '')),
  async post(req) {
    const { lang } = req;
    const roundId = req.params.roundId ?? '';
    try {
      const result = await openRound(await writeDeps(req.now), roundId, {
        actor: staffCaller(req.staff),
        lang,
        ...(req.form.scope === 'all' ? {} : { organizations: list(req.form.organizations) }),
      });
      const query = new URLSearchParams({
        sent: String(result.created),
        existing: String(result.existing),
        withoutContact: String(result.withoutContact?.length ?? 0),
      });
      return redirect(`${roundPath(lang, roundId)}?${query}`, req.frame.cookies);
    } catch (error) {
      return renderRound(req, refusal(error, lang));
    }
  },
};

/** POST: remind every organisation that has not answered (remindPending), now. */
const sendReminders: ConsolePage = {
  path: 'nomination-rounds/:roundId/reminders',
  groups: ['coordinator'],
  get: async (req) => redirect(roundPath(req.lang, req.params.roundId ?? '')),
  async post(req) {
    const { lang } = req;
    const roundId = req.params.roundId ?? '';
    try {
      const { sent } = await remindPending(await writeDeps(req.now), roundId, staffCaller(req.staff));
      return redirect(`${roundPath(lang, roundId)}?reminded=${sent}`, req.frame.cookies);
    } catch (error) {
      return renderRound(req, refusal(error, lang));
    }
  },
};

/** The nominees as CSV, the same file as GET /admin/nomination-rounds/{roundId}/nominees.csv. */
const nomineesCsvPage: ConsolePage = {
  path: 'nomination-rounds/:roundId/nominees.csv',
  groups: ['coordinator'],
  async get(req) {
    const roundId = req.params.roundId ?? '';
    const csv = await loaded(req, () => nomineesCsv(defaultTable(), roundId));
    return csv.ok ? csvReply(csv.value, `nominees-${roundId}.csv`) : csv.reply;
  },
};

function nomineeTable(nominees: readonly Omit<Nominee, 'gender'>[], caption: string, lang: Language): Html {
  const roles = { member: cs('member', lang), deputy: cs('deputy', lang) };
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${caption}"><table>
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${cs('role', lang)}</th>
<th scope="col">${cs('seat', lang)}</th>
<th scope="col">${cs('name', lang)}</th>
<th scope="col">${cs('email', lang)}</th>
<th scope="col">${cs('title', lang)}</th>
<th scope="col">${cs('mailLanguage', lang)}</th>
</tr></thead>
<tbody>
${nominees.map(
  (n) =>
    html`<tr><td>${roles[n.role]}</td><td>${n.seat}</td><td>${n.name}</td><td>${n.email}</td><td>${n.title ?? ''}</td><td>${n.language}</td></tr>`,
)}
</tbody>
</table></div>`;
}

/** One organisation in a round: its status, balance, justification and every version of its answer. */
const organisationPage: ConsolePage = {
  path: 'nomination-rounds/:roundId/organizations/:organizationId',
  groups: ['coordinator'],
  async get(req) {
    const { lang } = req;
    const roundId = req.params.roundId ?? '';
    const found = await loaded(req, () =>
      requestDetail(defaultTable(), roundId, req.params.organizationId ?? '', lang, req.now),
    );
    if (!found.ok) return found.reply;
    const detail = found.value;
    if (!detail) return notFound(req);
    const { request, versions } = detail;
    const latestFirst = [...versions].reverse();
    const status = !request
      ? cs('notSent', lang)
      : request.status === 'answered'
        ? cs('answered', lang)
        : request.status === 'overdue'
          ? cs('overdue', lang)
          : request.remindedOn
            ? cs('reminded', lang)
            : cs('sent', lang);
    const main = html`<p>${cs('round', lang)}: <a href="${roundPath(lang, roundId)}">${detail.round.title ?? roundId}</a></p>
<dl>
<dt>${cs('status', lang)}</dt><dd>${status}</dd>
${request ? html`<dt>${cs('sent', lang)}</dt><dd>${when(request.sentAt, lang)}</dd>` : ''}
${request?.remindedOn ? html`<dt>${cs('reminded', lang)}</dt><dd>${day(request.remindedOn, lang)}</dd>` : ''}
${request?.answeredAt ? html`<dt>${cs('answered', lang)}</dt><dd>${cs('version', lang)} ${request.version}, ${when(request.answeredAt, lang)}</dd>` : ''}
${
  request?.version
    ? html`<dt>${cs('members', lang)}</dt><dd>${balanceText(request.balance.members, lang)} ${balanceTag(request.balance.members, lang)}</dd>
<dt>${cs('deputies', lang)}</dt><dd>${balanceText(request.balance.deputies, lang)} ${balanceTag(request.balance.deputies, lang)}</dd>`
    : ''
}
${request?.justification ? html`<dt>${cs('justification', lang)}</dt><dd>${request.justification}</dd>` : ''}
</dl>
${
  latestFirst.length
    ? html`<h2>${cs('versions', lang)}</h2>
${latestFirst.map(
  (v) => html`<h3>${cs('version', lang)} ${v.version}: ${when(v.answeredAt, lang)}</h3>
${nomineeTable(v.nominees, `${cs('version', lang)} ${v.version}`, lang)}
${v.justification ? html`<p>${cs('justification', lang)}: ${v.justification}</p>` : ''}`,
)}`
    : html`<p>${cs('noAnswer', lang)}</p>`
}
<p><a href="${roundPath(lang, roundId)}">${cs('backToRound', lang)}</a></p>`;
    return page(req.frame, detail.organization.name, main);
  },
};

export const roundPages: readonly ConsolePage[] = [
  roundPage,
  sendRequests,
  sendReminders,
  nomineesCsvPage,
  organisationPage,
];
