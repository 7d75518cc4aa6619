import {
  type AffiliationItem,
  type AffiliationStatus,
  NEXT_STATUSES,
  statusLabels,
} from '../../../shared/affiliations/affiliation';
import { previousContributions } from '../../../shared/affiliations/manage';
import {
  addAffiliationNote,
  affiliationById,
  affiliationsCsv,
  listAffiliations,
  moveAffiliation,
} from '../../../shared/affiliations/pipeline';
import { currentStrategy, type StrategyView } from '../../../shared/affiliations/strategy-content';
import { contentSources } from '../../../shared/content/default-source';
import { problem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { csrfInput, one } from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { organisationTypeLabel } from '../../../shared/site/strategy-strings';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage, ConsoleRequest } from '../context';
import { csvReply, day, notice, refusal, staffCaller, when, writeDeps } from '../coordinator';
import { af, affiliationStrings, ct } from '../strings';
import { messagePage, withProblems } from './coordinator-kit';

const listPath = (lang: Language) => `/${lang}/console/affiliations`;
const detailPath = (lang: Language, id: string) => `${listPath(lang)}/${id}`;
const isUlid = (value: string) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(value);
/** A status with its name, never colour alone. */
const statusTag = (status: AffiliationStatus, lang: Language) =>
  html`<span class="badge">${statusLabels[status][lang]}</span>`;

const strategyOf = async (lang: Language) => currentStrategy((await contentSources()).cached, lang);

const noStrategy = (req: ConsoleRequest) =>
  messagePage(req, af('affiliations', req.lang), af('noStrategy', req.lang), 404);

/** Text with its line breaks, as it was written. */
const lines = (text: string) =>
  text.split(/\r?\n/).map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));

/**
 * Coordinators: every organisation that confirmed its affiliation to the current strategy, with its
 * step in the pipeline, and the CSV.
 */
export const affiliationsPage: ConsolePage = {
  path: 'affiliations',
  groups: ['coordinator'],
  title: affiliationStrings.affiliations,
  get: withProblems(async (req) => {
    const { lang } = req;
    const strategy = await strategyOf(lang);
    if (!strategy) return noStrategy(req);
    const items = await listAffiliations(defaultTable(), strategy.id);
    const municipality = new Map(strategy.municipalities.map((m) => [m.id, m.name]));
    const rows = items.map(
      (a) => html`<tr>
<th scope="row"><a href="${detailPath(lang, a.affiliationId)}">${a.organisationName}</a></th>
<td>${organisationTypeLabel(a.organisationType, lang)}</td>
<td>${municipality.get(a.municipality) ?? a.municipality}</td>
<td>${statusTag(a.status, lang)}</td>
<td>${a.confirmedAt ? when(a.confirmedAt, lang) : ''}</td>
<td>${af(a.consentToPublish ? 'yes' : 'no', lang)}</td>
</tr>`,
    );
    return page(
      req.frame,
      af('affiliations', lang),
      html`<p>${strategy.title}</p>
<p><a href="${listPath(lang)}.csv" download>${af('downloadCsv', lang)}</a></p>
${
  rows.length
    ? html`<table>
<caption>${af('affiliations', lang)}</caption>
<thead><tr>
<th scope="col">${af('organisation', lang)}</th>
<th scope="col">${af('type', lang)}</th>
<th scope="col">${af('municipality', lang)}</th>
<th scope="col">${af('status', lang)}</th>
<th scope="col">${af('received', lang)}</th>
<th scope="col">${af('published', lang)}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : html`<p>${af('noAffiliations', lang)}</p>`
}
<p><a href="/${lang}/console">${ct('backToOverview', lang)}</a></p>`,
    );
  }),
};

export const affiliationsCsvPage: ConsolePage = {
  path: 'affiliations.csv',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const strategy = await strategyOf('sv');
    if (!strategy) return noStrategy(req);
    const names = new Map(strategy.municipalities.map((m) => [m.id, m.name]));
    return csvReply(
      await affiliationsCsv(
        defaultTable(),
        strategy.id,
        strategy.goals.map((g) => g.key),
        (id) => names.get(id) ?? id,
      ),
      'affiliations.csv',
    );
  }),
};

function contributionsList(
  strategy: StrategyView,
  contributions: AffiliationItem['contributions'],
  lang: Language,
) {
  const known = new Set(strategy.goals.map((g) => g.key));
  const goals = [
    ...strategy.goals,
    ...Object.keys(contributions)
      .filter((key) => !known.has(key))
      .map((key) => ({ key, title: key })),
  ].filter((g) => contributions[g.key]);
  return html`<dl>${goals.map((g) => {
    const c = contributions[g.key] ?? {};
    return html`<dt>${g.title}</dt><dd>${c.already ? html`<p><strong>${af('alreadyDoes', lang)}:</strong> ${lines(c.already)}</p>` : ''}${c.contribute ? html`<p><strong>${af('willContribute', lang)}:</strong> ${lines(c.contribute)}</p>` : ''}</dd>`;
  })}</dl>`;
}

function pipelineSection(req: ConsoleRequest, item: AffiliationItem): Html {
  const { lang } = req;
  const next = NEXT_STATUSES[item.status];
  const here = detailPath(lang, item.affiliationId);
  const dates: [keyof typeof affiliationStrings, string | undefined, boolean][] = [
    ['dialogueBookedFor', item.dialogueBookedFor, true],
    ['dialogueHeldOn', item.dialogueHeldOn, true],
    ['joinedOn', item.joinedOn, true],
    ['declinedOn', item.declinedOn, true],
    ['withdrawnAt', item.withdrawnAt, false],
    ['followUpSentAt', item.followUpSentAt, false],
    ['contributionUpdatedAt', item.contributionUpdatedAt, false],
    ['contributionConfirmedAt', item.contributionConfirmedAt, false],
  ];
  return html`<h2 id="pipeline">${af('pipeline', lang)}</h2>
<dl>
<dt>${af('status', lang)}</dt><dd>${statusTag(item.status, lang)}</dd>
${item.confirmedAt ? html`<dt>${af('received', lang)}</dt><dd>${when(item.confirmedAt, lang)}</dd>` : ''}
${dates
  .filter(([, value]) => value)
  .map(
    ([key, value, isDay]) =>
      html`<dt>${af(key, lang)}</dt><dd>${isDay ? day(String(value).slice(0, 10), lang) : when(String(value), lang)}</dd>`,
  )}
</dl>
${
  next.length
    ? html`<form method="post" action="${here}/move" novalidate>
${csrfInput(req.csrf)}
<div class="field">
<fieldset class="fieldset">
<legend class="legend">${af('nextStep', lang)}</legend>
<div class="radios">
${next.map(
  (status, i) =>
    html`<div class="radio"><input type="radio" id="f-status-${status}" name="status" value="${status}"${i === 0 ? html` checked` : ''}><label for="f-status-${status}">${statusLabels[status][lang]}</label></div>`,
)}
</div>
</fieldset>
</div>
<div class="field">
<label class="label" for="f-date">${af('stepDate', lang)}</label>
<span class="hint" id="f-date-hint">${af('stepDateHint', lang)}</span>
<input class="input input--narrow" type="text" id="f-date" name="date" aria-describedby="f-date-hint">
</div>
<div class="field">
<label class="label" for="f-move-note">${af('note', lang)}</label>
<span class="hint" id="f-move-note-hint">${af('noteHint', lang)}</span>
<textarea class="textarea" id="f-move-note" name="note" rows="3" aria-describedby="f-move-note-hint"></textarea>
</div>
<button type="submit" class="button">${af('move', lang)}</button>
</form>`
    : html`<p>${af('noNextStep', lang)}</p>`
}`;
}

function notesSection(req: ConsoleRequest, item: AffiliationItem): Html {
  const { lang } = req;
  const notes = item.notes ?? [];
  return html`<h2 id="notes">${af('notes', lang)}</h2>
${
  notes.length
    ? html`<ul>${notes.map((n) => html`<li><p>${lines(n.text)}</p><p class="hint">${n.by}, ${when(n.at, lang)}</p></li>`)}</ul>`
    : html`<p>${af('noNotes', lang)}</p>`
}
<form method="post" action="${detailPath(lang, item.affiliationId)}/note" novalidate>
${csrfInput(req.csrf)}
<div class="field">
<label class="label" for="f-note">${af('note', lang)}</label>
<span class="hint" id="f-note-hint">${af('noteHint', lang)}</span>
<textarea class="textarea" id="f-note" name="note" rows="4" aria-describedby="f-note-hint"></textarea>
</div>
<button type="submit" class="button button--secondary">${af('addNote', lang)}</button>
</form>`;
}

async function renderAffiliation(req: ConsoleRequest, failure?: { status: number; summary: Html }) {
  const { lang } = req;
  const strategy = await strategyOf(lang);
  if (!strategy) return noStrategy(req);
  const id = req.params.affiliationId ?? '';
  if (!isUlid(id)) throw problem('not-found');
  const table = defaultTable();
  const [item, versions] = await Promise.all([
    affiliationById(table, strategy.id, id),
    previousContributions(table, strategy.id, id),
  ]);
  const municipality =
    strategy.municipalities.find((m) => m.id === item.municipality)?.name ?? item.municipality;
  const done = req.query.moved ? af('moved', lang) : req.query.noted ? af('noteAdded', lang) : undefined;
  const main = html`${failure?.summary ?? ''}${!failure && done ? notice(done) : ''}
<dl>
<dt>${af('type', lang)}</dt><dd>${organisationTypeLabel(item.organisationType, lang)}</dd>
<dt>${af('municipality', lang)}</dt><dd>${municipality}</dd>
${item.businessId ? html`<dt>${af('businessId', lang)}</dt><dd>${item.businessId}</dd>` : ''}
<dt>${af('decision', lang)}</dt><dd>${item.decisionBody}, ${day(item.decisionDate, lang)}</dd>
${item.minutesUrl ? html`<dt>${af('minutes', lang)}</dt><dd><a href="${item.minutesUrl}" rel="noopener noreferrer">${item.minutesUrl}</a></dd>` : ''}
<dt>${af('published', lang)}</dt><dd>${af(item.consentToPublish ? 'yes' : 'no', lang)}</dd>
</dl>
<h2>${af('contact', lang)}</h2>
<dl>
<dt>${af('name', lang)}</dt><dd>${item.contact.name}</dd>
<dt>${af('title', lang)}</dt><dd>${item.contact.title}</dd>
<dt>${af('email', lang)}</dt><dd>${item.contact.email}</dd>
<dt>${af('phone', lang)}</dt><dd>${item.contact.phone}</dd>
</dl>
${pipelineSection(req, item)}
${notesSection(req, item)}
<h2>${af('contributions', lang)}</h2>
${contributionsList(strategy, item.contributions, lang)}
${
  versions.length
    ? html`<h2>${af('previousVersions', lang)}</h2>
${versions.map((v) => html`<h3>${af('replacedAt', lang)} ${when(v.replacedAt, lang)}</h3>${contributionsList(strategy, v.contributions, lang)}`)}`
    : ''
}
<p><a href="${listPath(lang)}">${af('backToAffiliations', lang)}</a></p>`;
  return page(req.frame, item.organisationName, main, failure?.status ?? 200);
}

/** One affiliation: the organisation, its decision and contact, the pipeline, the notes, the contribution. */
const affiliationPage: ConsolePage = {
  path: 'affiliations/:affiliationId',
  groups: ['coordinator'],
  get: withProblems((req) => renderAffiliation(req)),
};

const STATUS_VALUES = Object.keys(NEXT_STATUSES) as AffiliationStatus[];

/** POST: the next step (its date and an optional note), enforced by moveAffiliation and logged with it. */
const moveAction: ConsolePage = {
  path: 'affiliations/:affiliationId/move',
  groups: ['coordinator'],
  get: async (req) => redirect(detailPath(req.lang, req.params.affiliationId ?? '')),
  post: withProblems(async (req) => {
    const { lang } = req;
    const id = req.params.affiliationId ?? '';
    const strategy = await strategyOf(lang);
    if (!strategy) return noStrategy(req);
    const status = one(req.form.status) as AffiliationStatus | undefined;
    try {
      if (!status || !STATUS_VALUES.includes(status))
        throw problem('invalid-input', { errors: [{ path: 'status', message: af('nextStep', lang) }] });
      await moveAffiliation(await writeDeps(req.now), staffCaller(req.staff), strategy.id, id, status, {
        date: one(req.form.date),
        note: one(req.form.note),
      });
      return redirect(`${detailPath(lang, id)}?moved=1`, req.frame.cookies);
    } catch (error) {
      return renderAffiliation({ ...req, query: {} }, refusal(error, lang));
    }
  }),
};

/** POST: an internal note from the dialogue, logged with it. */
const noteAction: ConsolePage = {
  path: 'affiliations/:affiliationId/note',
  groups: ['coordinator'],
  get: async (req) => redirect(detailPath(req.lang, req.params.affiliationId ?? '')),
  post: withProblems(async (req) => {
    const { lang } = req;
    const id = req.params.affiliationId ?? '';
    const strategy = await strategyOf(lang);
    if (!strategy) return noStrategy(req);
    const text = one(req.form.note);
    try {
      if (!text)
        throw problem('invalid-input', { errors: [{ path: 'note', message: af('noteEmpty', lang) }] });
      await addAffiliationNote(await writeDeps(req.now), staffCaller(req.staff), strategy.id, id, text);
      return redirect(`${detailPath(lang, id)}?noted=1`, req.frame.cookies);
    } catch (error) {
      return renderAffiliation({ ...req, query: {} }, refusal(error, lang));
    }
  }),
};

export const affiliationPages: readonly ConsolePage[] = [affiliationPage, moveAction, noteAction];
