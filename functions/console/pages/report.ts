import { contentSources } from '../../../shared/content/default-source';
import type { Reply } from '../../../shared/http/reply';
import type { Language } from '../../../shared/http/route';
import { isDay, type Period } from '../../../shared/report/figures';
import {
  type ActivityReport,
  activityReport,
  type FigureTable,
  type ReportSection,
  reportCsv,
  reportSections,
} from '../../../shared/report/report';
import { reportStrings, rt } from '../../../shared/report/report-strings';
import { type Html, html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage, ConsoleRequest } from '../context';
import { withProblems } from './coordinator-kit';

/**
 * Coordinators: the activity report ("verksamhetsberättelse") for a period, the activity plan's unless
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` asks for another, built from the data (shared/report/report.ts); the
 * same figures as CSV with `&format=csv`. Printing (browser print → PDF) uses the print stylesheet in
 * shared/ui/styles.ts, which leaves the menus and the period form off the paper.
 */

/** The asked period: undefined for the plan's, `invalid` when either date is malformed or out of order. */
function askedPeriod(query: ConsoleRequest['query']): Period | undefined | 'invalid' {
  const from = query.from?.trim() ?? '';
  const to = query.to?.trim() ?? '';
  if (!from && !to) return undefined;
  if (!isDay(from) || !isDay(to) || from > to) return 'invalid';
  return { from, to };
}

const figureKey = (section: string, item: string, measure: string) => `${section}|${item}|${measure}`;

function figureTable(section: ReportSection, table: FigureTable, lang: Language): Html {
  if (!table.rows.length) return table.empty ? html`<p>${table.empty}</p>` : html``;
  if (table.layout === 'list') {
    const row = table.rows[0] as FigureTable['rows'][number];
    return html`<table class="report-table">
<caption>${table.caption}</caption>
<tbody>
${table.measures.map(
  (measure, i) =>
    html`<tr><th scope="row">${measure}</th><td data-figure="${figureKey(section.heading, row.item, measure)}">${row.values[i] ?? ''}</td></tr>`,
)}
</tbody>
</table>`;
  }
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${table.caption}"><table class="report-table">
<caption>${table.caption}</caption>
<thead><tr><th scope="col">${rt('itemName', lang)}</th>${table.measures.map((m) => html`<th scope="col">${m}</th>`)}</tr></thead>
<tbody>
${table.rows.map(
  (row) =>
    html`<tr><th scope="row">${row.item}</th>${table.measures.map(
      (measure, i) =>
        html`<td data-figure="${figureKey(section.heading, row.item, measure)}">${row.values[i] ?? ''}</td>`,
    )}</tr>`,
)}
</tbody>
</table></div>`;
}

function periodForm(lang: Language, period: { from: string; to: string }, invalid: boolean): Html {
  // A date input submits YYYY-MM-DD whatever format the browser shows; a malformed value gets the
  // error that names the format.
  const field = (name: 'from' | 'to', value: string) =>
    html`<div class="field"><label class="label" for="report-${name}">${rt(name, lang)}</label>
<input class="input input--narrow${invalid ? ' input--error' : ''}" type="date" id="report-${name}" name="${name}" value="${value}"${invalid ? html` aria-invalid="true" aria-describedby="report-period-error"` : ''}></div>`;
  return html`<form class="filters no-print" method="get" action="/${lang}/console/report">
${field('from', period.from)}
${field('to', period.to)}
<button class="button" type="submit">${rt('show', lang)}</button>
</form>`;
}

const day = (value: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${value}T00:00:00Z`));

/** The report's page content: the period and its form, the print hint, the CSV link, the sections. */
export function reportMain(
  lang: Language,
  report: Pick<ActivityReport, 'period' | 'periodFromPlan'>,
  sections: readonly ReportSection[],
  invalid: boolean,
  /** What was typed into the period form, shown back when it was malformed. */
  typed?: { from: string; to: string },
): Html {
  const { from, to } = report.period;
  const csvHref = `/${lang}/console/report?from=${from}&to=${to}&format=csv`;
  const section = (s: ReportSection) => html`<section class="report-section">
<h2>${s.heading}</h2>
${s.note ? html`<p>${s.note}</p>` : ''}
${s.tables.map((t) => figureTable(s, t, lang))}
</section>`;
  return html`<div class="wide">
${
  invalid
    ? html`<div class="notice notice--error" role="alert"><p class="notice__title">${rt('period', lang)}</p><div class="notice__body"><p id="report-period-error">${rt('badDate', lang)}</p></div></div>`
    : ''
}
<p class="lead">${rt('period', lang)}: ${day(from, lang)} – ${day(to, lang)}${report.periodFromPlan ? html`. ${rt('planPeriodNote', lang)}` : ''}</p>
${periodForm(lang, invalid && typed ? typed : report.period, invalid)}
<p class="no-print">${rt('printHint', lang)}</p>
<p class="no-print"><a href="${csvHref}" download>${rt('downloadCsv', lang)}</a></p>
${sections.map(section)}
</div>`;
}

export const reportPage: ConsolePage = {
  path: 'report',
  groups: ['coordinator'],
  title: reportStrings.report,
  get: withProblems(async (req): Promise<Reply> => {
    const { lang } = req;
    const asked = askedPeriod(req.query);
    const invalid = asked === 'invalid';
    const deps = { table: defaultTable(), source: (await contentSources()).cached, lang };
    const report = await activityReport(deps, invalid ? undefined : asked, req.now);
    const sections = reportSections(report, lang);
    const { from, to } = report.period;
    if (req.query.format === 'csv' && !invalid) {
      return {
        status: 200,
        text: reportCsv(sections, lang),
        contentType: 'text/csv; charset=utf-8',
        headers: { 'content-disposition': `attachment; filename="activity-report-${from}-${to}.csv"` },
      };
    }
    return page(
      req.frame,
      `${rt('report', lang)} ${from} – ${to}`,
      reportMain(lang, report, sections, invalid, {
        from: req.query.from?.trim() ?? '',
        to: req.query.to?.trim() ?? '',
      }),
      { heading: rt('report', lang), ...(invalid ? { status: 400 } : {}) },
    );
  }),
};
