import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventMeta } from '../../../shared/content/event-status';
import { pick } from '../../../shared/content/localize';
import { HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { documentId } from '../../../shared/http/schemas';
import { pluralText } from '../../../shared/i18n/plural';
import { getSecret } from '../../../shared/secrets';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { answersCsv, type QuestionResult, surveyResults } from '../../../shared/surveys/results';
import { previewSending, SURVEY_AUDIENCES, sendSurvey } from '../../../shared/surveys/send';
import { surveySettings } from '../../../shared/surveys/settings';
import {
  listSurveys,
  type SurveyMeta,
  type SurveyQuestion,
  surveyCounts,
  surveyState,
} from '../../../shared/surveys/survey';
import { defaultTable } from '../../../shared/table/client';
import { keys } from '../../../shared/table/keys';
import { button, notice, summaryList } from '../../../shared/ui/components';
import { csrfInput, emptyForm, radios } from '../../../shared/ui/forms';
import type { ConsolePage, ConsoleRequest } from '../context';
import { ct } from '../strings';
import { sc, surveyConsolePlurals } from '../survey-strings';
import { backLink, callerOf, messagePage, shortDateTime, tag, withProblems } from './coordinator-kit';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

const surveyPath = (lang: Language, id: string) => `/${lang}/console/surveys/${encodeURIComponent(id)}`;

const stateTag = (meta: SurveyMeta, now: Date, lang: Language) => tag(sc(surveyState(meta, now), lang));

async function eventTitles(meta: SurveyMeta, lang: Language) {
  const table = defaultTable();
  return Promise.all(
    meta.events.map(async (id) => {
      const out = await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.eventMeta(id) }));
      const event = out.Item as EventMeta | undefined;
      return { id, title: pick(event?.title, lang) ?? id };
    }),
  );
}

const surveyIdOf = (req: ConsoleRequest) => {
  const id = req.params.surveyId;
  return id && documentId().safeParse(id).success ? id : undefined;
};

/** Coordinators: every published survey, with its answering period, state and counts. */
export const surveysPage: ConsolePage = {
  path: 'surveys',
  groups: ['coordinator'],
  title: { sv: 'Enkäter', fi: 'Kyselyt', en: 'Surveys' },
  get: withProblems(async (req) => {
    const { lang } = req;
    const table = defaultTable();
    const surveys = await listSurveys(table);
    const counts = await Promise.all(surveys.map((s) => surveyCounts(table, s.documentId)));
    const rows = surveys.map(
      (s, i) => html`<tr>
<th scope="row"><a href="${surveyPath(lang, s.documentId)}">${pick(s.title, lang) ?? s.documentId}</a></th>
<td>${s.events.length ? s.events.length : sc('wholeNetwork', lang)}</td>
<td>${shortDateTime(s.opensAt, lang)} – ${shortDateTime(s.closesAt, lang)}</td>
<td>${stateTag(s, req.now, lang)}</td>
<td>${counts[i]?.sent ?? 0}</td>
<td>${counts[i]?.answers ?? 0}</td>
</tr>`,
    );
    return page(
      req.frame,
      sc('surveys', lang),
      html`${
        rows.length
          ? html`<table>
<caption>${sc('surveys', lang)}</caption>
<thead><tr>
<th scope="col">${sc('survey', lang)}</th>
<th scope="col">${ct('events', lang)}</th>
<th scope="col">${sc('period', lang)}</th>
<th scope="col">${sc('state', lang)}</th>
<th scope="col">${sc('linksSent', lang)}</th>
<th scope="col">${sc('answers', lang)}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
          : html`<p>${sc('noSurveys', lang)}</p>`
      }
${backLink(`/${lang}/console`, ct('backToOverview', lang))}`,
    );
  }),
};

const number = (n: number | undefined, lang: Language) =>
  n === undefined
    ? '–'
    : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { maximumFractionDigits: 2 }).format(n);

function resultOf(q: SurveyQuestion, r: QuestionResult, lang: Language, index: number): Html {
  const heading = html`<h3 id="q${index}">${pick(q.label, lang) ?? q.key}</h3>
<p>${sc('answered', lang)}: ${r.answered}</p>`;
  if (r.kind === 'scale') {
    const label = (n: number) =>
      n === 1 && pick(q.minLabel, lang)
        ? `1 – ${pick(q.minLabel, lang)}`
        : n === 5 && pick(q.maxLabel, lang)
          ? `5 – ${pick(q.maxLabel, lang)}`
          : String(n);
    return html`${heading}
<table>
<caption class="visually-hidden">${pick(q.label, lang) ?? q.key}</caption>
<thead><tr><th scope="col">${sc('value', lang)}</th><th scope="col">${sc('count', lang)}</th></tr></thead>
<tbody>${r.stats.distribution.map((count, i) => html`<tr><th scope="row">${label(i + 1)}</th><td>${count}</td></tr>`)}</tbody>
</table>
${summaryList([
  { key: sc('mean', lang), value: number(r.stats.mean, lang) },
  { key: sc('median', lang), value: number(r.stats.median, lang) },
])}`;
  }
  if (r.kind === 'freeText')
    return html`${heading}${r.texts.length ? html`<ul>${r.texts.map((t) => html`<li>${t}</li>`)}</ul>` : html`<p>${sc('noTexts', lang)}</p>`}`;
  const optionLabel = (value: string) => pick(q.options.find((o) => o.value === value)?.label, lang) ?? value;
  return html`${heading}
<table>
<caption class="visually-hidden">${pick(q.label, lang) ?? q.key}</caption>
<thead><tr><th scope="col">${sc('option', lang)}</th><th scope="col">${sc('count', lang)}</th></tr></thead>
<tbody>${r.counts.map((c) => html`<tr><th scope="row">${optionLabel(c.value)}</th><td>${c.count}</td></tr>`)}</tbody>
</table>`;
}

/** A refusal of the sending use case (closed survey, no events, no audience) as a page that says why. */
async function refusalsAsPage(
  req: ConsoleRequest,
  act: () => Promise<import('../../../shared/http/reply').Reply>,
) {
  try {
    return await act();
  } catch (error) {
    if (!(error instanceof HttpProblem) || error.status !== 400) throw error;
    const body = error.toBody(req.lang);
    const id = surveyIdOf(req) ?? '';
    return page(
      req.frame,
      sc('confirmTitle', req.lang),
      html`${notice('error', req.lang, body.errors?.[0]?.message ?? body.detail)}${backLink(surveyPath(req.lang, id), sc('back', req.lang))}`,
      400,
    );
  }
}

const notFound = (req: ConsoleRequest) =>
  messagePage(req, sc('survey', req.lang), sc('surveyNotFound', req.lang), 404);

/**
 * One survey: what it is about, sending it to an audience (a GET form on to the confirmation step),
 * and its results per question once enough answers exist, with the answers' CSV.
 */
export const surveyPage: ConsolePage = {
  path: 'surveys/:surveyId',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const id = surveyIdOf(req);
    const table = defaultTable();
    const results = id ? await surveyResults(table, id) : undefined;
    if (!id || !results) return notFound(req);
    const { meta } = results;
    const [events, settings] = await Promise.all([eventTitles(meta, lang), surveySettings(table)]);
    const here = surveyPath(lang, id);
    const open = surveyState(meta, req.now) === 'open';
    const audiences = SURVEY_AUDIENCES.filter((a) => a === 'members' || meta.events.length > 0);
    const form = emptyForm();
    form.values.audience = meta.events.length ? 'attended' : 'members';
    const sent = Number(req.query.sent);
    return page(
      req.frame,
      pick(meta.title, lang) ?? id,
      html`${req.query.sent !== undefined && Number.isInteger(sent) ? notice('success', lang, pluralText(surveyConsolePlurals.sentNotice, lang, sent)) : ''}
${summaryList([
  {
    key: sc('about', lang),
    value: events.length
      ? html`<ul>${events.map((e) => html`<li><a href="/${lang}/console/events/${encodeURIComponent(e.id)}">${e.title}</a></li>`)}</ul>`
      : sc('wholeNetwork', lang),
  },
  {
    key: sc('period', lang),
    value: `${shortDateTime(meta.opensAt, lang)} – ${shortDateTime(meta.closesAt, lang)}`,
  },
  { key: sc('state', lang), value: stateTag(meta, req.now, lang) },
  {
    key: sc('autoSend', lang),
    value:
      meta.autoSend && meta.events.length
        ? fill(sc('autoSendYes', lang), { hours: settings.sendAfterHours })
        : sc('no', lang),
  },
  { key: sc('linksSent', lang), value: String(results.sentCount) },
  { key: sc('answers', lang), value: String(results.answerCount) },
])}
<h2>${sc('send', lang)}</h2>
${
  open
    ? html`<form method="get" action="${here}/send">
${radios(
  form,
  'audience',
  sc('audience', lang),
  audiences.map((a) => ({ value: a, label: sc(a, lang) })),
  { required: true, hint: sc('audienceHint', lang) },
)}
${button(sc('continue', lang))}
</form>`
    : html`<p>${sc('notSendable', lang)}</p>`
}
<h2>${sc('results', lang)}</h2>
${
  results.shown && results.questions
    ? html`${meta.questions.map((q, i) => {
        const r = results.questions?.find((x) => x.key === q.key);
        return r ? resultOf(q, r, lang, i) : '';
      })}
<p><a href="${here}/answers.csv" download>${sc('downloadAnswers', lang)}</a></p>`
    : html`<p>${fill(sc('resultsHidden', lang), { min: results.minAnswers, count: results.answerCount })}</p>`
}
${backLink(`/${lang}/console/surveys`, sc('allSurveys', lang))}`,
    );
  }),
};

/** The confirmation step (GET, how many people the sending reaches) and the sending itself (POST). */
export const sendSurveyPage: ConsolePage = {
  path: 'surveys/:surveyId/send',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const id = surveyIdOf(req);
    if (!id) return notFound(req);
    const audience = req.query.audience ?? '';
    const deps = { table: defaultTable(), pepper: await getSecret('emailPepper'), now: req.now };
    const back = surveyPath(lang, id);
    return refusalsAsPage(req, async () => {
      const preview = await previewSending(deps, id, audience, lang);
      return page(
        req.frame,
        sc('confirmTitle', lang),
        html`${summaryList([{ key: sc('audience', lang), value: sc(preview.audience, lang) }])}
${
  preview.toSend
    ? html`<p>${pluralText(surveyConsolePlurals.confirmCount, lang, preview.toSend)}</p>
${preview.alreadySent ? html`<p>${pluralText(surveyConsolePlurals.confirmAlready, lang, preview.alreadySent)}</p>` : ''}
<form method="post" action="${back}/send">
${csrfInput(req.csrf)}
<input type="hidden" name="audience" value="${preview.audience}">
${button(sc('confirmSend', lang))}
</form>`
    : html`<p>${sc('nobodyToSend', lang)}</p>`
}
${backLink(back, sc('backWithoutSending', lang))}`,
      );
    });
  }),
  post: withProblems(async (req) => {
    const { lang } = req;
    const id = surveyIdOf(req);
    if (!id) return notFound(req);
    const audience = String(
      Array.isArray(req.form.audience) ? req.form.audience[0] : (req.form.audience ?? ''),
    );
    const deps = { table: defaultTable(), pepper: await getSecret('emailPepper'), now: req.now };
    return refusalsAsPage(req, async () => {
      const outcome = await sendSurvey(deps, id, audience, { actor: callerOf(req), lang });
      return redirect(`${surveyPath(lang, id)}?sent=${outcome.sent}`, req.frame.cookies);
    });
  }),
};

/** The answers as CSV, with no identity column; only once the results are shown. */
export const surveyAnswersCsvPage: ConsolePage = {
  path: 'surveys/:surveyId/answers.csv',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const id = surveyIdOf(req);
    const results = id ? await surveyResults(defaultTable(), id) : undefined;
    if (!id || !results) return notFound(req);
    if (!results.shown || !results.answers)
      return messagePage(
        req,
        sc('results', req.lang),
        fill(sc('resultsHidden', req.lang), { min: results.minAnswers, count: results.answerCount }),
        409,
      );
    return {
      status: 200,
      text: await answersCsv(results.meta.questions, results.answers, req.lang),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': `attachment; filename="survey-${id}-answers.csv"` },
    };
  }),
};

export const surveyPages: readonly ConsolePage[] = [
  surveysPage,
  surveyPage,
  sendSurveyPage,
  surveyAnswersCsvPage,
];
