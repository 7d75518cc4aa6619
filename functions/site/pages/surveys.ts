import { pick } from '../../../shared/content/localize';
import { formatDateTime } from '../../../shared/email/format';
import type { Language } from '../../../shared/http/route';
import {
  answerSurvey,
  checkAnswers,
  FREE_TEXT_MAX,
  openSurveyLink,
  questionField,
} from '../../../shared/surveys/answer';
import { st } from '../../../shared/surveys/strings';
import type { SurveyMeta, SurveyQuestion } from '../../../shared/surveys/survey';
import { defaultTable } from '../../../shared/table/client';
import { button, insetText, paragraphs, summaryList } from '../../../shared/ui/components';
import {
  checkboxes,
  csrfInput,
  errorSummary,
  errorsByField,
  type FormState,
  radios,
  textField,
} from '../../../shared/ui/forms';
import { html } from '../../../shared/ui/html';
import { page, redirect } from '../../../shared/ui/layout';
import { fill } from '../common';
import type { SiteRequest } from '../context';

function questionInput(state: FormState, q: SurveyQuestion, lang: Language) {
  const name = questionField(q);
  const label = pick(q.label, lang) ?? q.key;
  const common = { required: q.required, lang };
  const options = q.options.map((o) => ({ value: o.value, label: pick(o.label, lang) ?? o.value }));
  switch (q.kind) {
    case 'scale': {
      const min = pick(q.minLabel, lang);
      const max = pick(q.maxLabel, lang);
      const hint = min && max ? fill(st('scaleHint', lang), { min, max }) : st('scaleHintPlain', lang);
      const choices = [1, 2, 3, 4, 5].map((n) => ({
        value: String(n),
        label: n === 1 && min ? `1 – ${min}` : n === 5 && max ? `5 – ${max}` : String(n),
      }));
      return radios(state, name, label, choices, { ...common, hint });
    }
    case 'singleChoice':
      return radios(state, name, label, options, common);
    case 'multipleChoice':
      return checkboxes(state, name, label, options, { ...common, hint: st('chooseAny', lang) });
    default:
      return textField(state, name, label, { ...common, multiline: true, maxLength: FREE_TEXT_MAX });
  }
}

function surveyPage(req: SiteRequest, token: string, meta: SurveyMeta, state: FormState, status = 200) {
  const { lang } = req;
  const title = pick(meta.title, lang) ?? '';
  const form = html`<form method="post" action="/${lang}/surveys/${token}" novalidate>
${csrfInput(req.csrf)}
${meta.questions.map((q) => questionInput(state, q, lang))}
${button(st('send', lang))}
</form>`;
  return page(
    req.frame,
    title,
    html`${paragraphs(pick(meta.introduction, lang))}
${insetText(html`<p>${st('anonymous', lang)}</p>`)}
${summaryList([{ key: st('closes', lang), value: formatDateTime(meta.closesAt, lang) }])}
${form}`,
    { status, errorSummary: errorSummary(state, lang) },
  );
}

const messagePage = (req: SiteRequest, title: string, text: string, status: number) =>
  page(req.frame, title, html`${paragraphs(text)}`, status);

/** /{lang}/surveys/thanks: where an answer lands (post/redirect/get); it names no survey and no one. */
export async function surveyThanksRoute(req: SiteRequest) {
  return messagePage(req, st('thanksTitle', req.lang), st('thanksText', req.lang), 200);
}

/**
 * /{lang}/surveys/{token}: the survey behind a mailed link, answered once without JavaScript. A used,
 * expired or closed link answers 410 Gone; an answer lands on the thank-you page.
 */
export async function surveyRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  const table = defaultTable();
  const link = await openSurveyLink(table, token, req.now);
  if (!link.ok)
    return link.reason === 'notYetOpen'
      ? messagePage(req, st('notYetOpenTitle', lang), st('notYetOpenText', lang), 200)
      : messagePage(req, st('goneTitle', lang), st('goneText', lang), 410);
  const { meta } = link;
  if (req.method === 'GET') return surveyPage(req, token, meta, { values: {}, errors: new Map() });

  const values: FormState['values'] = Object.fromEntries(
    meta.questions.map((q) => [questionField(q), req.form[questionField(q)]]),
  );
  const checked = checkAnswers(meta.questions, values, lang);
  if (!checked.ok)
    return surveyPage(req, token, meta, { values, errors: errorsByField(checked.errors) }, 400);
  const outcome = await answerSurvey({ table, now: req.now }, token, meta, checked.answers);
  if (!outcome.ok) return messagePage(req, st('goneTitle', lang), st('goneText', lang), 410);
  return redirect(`/${lang}/surveys/thanks`, req.frame.cookies);
}
