import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type AnswerLine, applicationDetail } from '../../../shared/applications/application-detail';
import type { CampaignMeta } from '../../../shared/applications/campaign';
import {
  type ReviewInput,
  type ReviewItem,
  reviewApplication,
  reviewDeadlinePassed,
  withdrawConflict,
} from '../../../shared/applications/review';
import { contentSources } from '../../../shared/content/default-source';
import { pick } from '../../../shared/content/localize';
import { retentionSettings } from '../../../shared/content/settings-cache';
import { type FieldError, HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import {
  csrfInput,
  errorSummary,
  errorsByField,
  type FormState,
  one,
  radios,
  textField,
} from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { keys } from '../../../shared/table/keys';
import { button, buttonGroup, summaryList } from '../../../shared/ui/components';
import { reviewBody } from '../../applications/routes';
import type { ConsolePage, ConsoleRequest } from '../context';
import { notice, staffCaller, writeDeps } from '../coordinator';
import { js, sizeClass } from '../jury-strings';
import { isSubmissionId, notFoundPage } from './campaign';
import { assignedCampaign, deadlineText, juryCampaignPath, myStatusOf, statusTag } from './jury-campaigns';

const applicationPath = (lang: Language, campaignId: string, applicationId: string) =>
  `${juryCampaignPath(lang, campaignId)}/applications/${applicationId}`;

const lines = (text: string) =>
  text.split(/\r?\n/).map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));

function answerValue(a: AnswerLine, lang: Language): Html {
  const { value } = a;
  if (value === undefined || value === null || (Array.isArray(value) && !value.length))
    return html`<span class="hint">${js('notAnswered', lang)}</span>`;
  if (typeof value === 'boolean') return html`${js(value ? 'yes' : 'no', lang)}`;
  if (Array.isArray(value)) return html`<ul>${value.map((v) => html`<li>${v}</li>`)}</ul>`;
  return html`${lines(String(value))}`;
}

/** The form's field names: `score.<criterion>`, `comment.<criterion>`, `comment`, `note`. */
const scoreField = (key: string) => `score.${key}`;
const commentField = (key: string) => `comment.${key}`;
/** A use case's error path (scores.x, comments.x) as the form field it belongs to. */
const fieldOf = (path: string) =>
  path.startsWith('scores.')
    ? scoreField(path.slice(7))
    : path.startsWith('comments.')
      ? commentField(path.slice(9))
      : path;

/** The review's values as the form shows them. */
function valuesOf(review: ReviewItem | undefined): FormState['values'] {
  const values: FormState['values'] = {};
  for (const [key, score] of Object.entries(review?.scores ?? {})) values[scoreField(key)] = String(score);
  for (const [key, text] of Object.entries(review?.comments ?? {})) values[commentField(key)] = text;
  if (review?.comment) values.comment = review.comment;
  if (review?.conflictNote) values.note = review.conflictNote;
  return values;
}

const scale = [0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

function scoringForm(
  req: ConsoleRequest,
  meta: CampaignMeta,
  action: string,
  state: FormState,
  submitted: boolean,
): Html {
  const { lang } = req;
  return html`<form method="post" action="${action}/review" novalidate>
${csrfInput(req.csrf)}
${(meta.criteria ?? []).map((c) => {
  const label = pick(c.label, lang) ?? c.key;
  const description = c.description ? pick(c.description, lang) : undefined;
  return html`<div class="fieldset--box">
<h3>${label}</h3>
${description ? html`<p>${description}</p>` : ''}
<p class="hint">${js('weight', lang)}: ${c.weight} · ${js('scale', lang)}</p>
${radios(state, scoreField(c.key), `${js('score', lang)}: ${label}`, scale, { required: true, lang })}
${textField(state, commentField(c.key), `${js('criterionComment', lang)}: ${label}`, { multiline: true, lang, maxLength: 4000 })}
</div>`;
})}
${textField(state, 'comment', js('overallComment', lang), { multiline: true, lang, maxLength: 4000 })}
${buttonGroup(
  ...(submitted
    ? []
    : [button(js('saveDraft', lang), { variant: 'secondary', name: 'action', value: 'draft' })]),
  button(js(submitted ? 'saveChanges' : 'submitReview', lang), { name: 'action', value: 'submit' }),
)}
</form>`;
}

/** The application as the jury sees it, with my review (or my conflict) and its forms. */
async function renderApplication(
  req: ConsoleRequest,
  options: { state?: FormState; conflictState?: FormState; message?: string; status?: number } = {},
) {
  const { lang } = req;
  const found = await assignedCampaign(req);
  if (!found.ok) return found.reply;
  const { meta } = found;
  const campaignId = meta.documentId;
  const applicationId = req.params.applicationId ?? '';
  const table = defaultTable();
  const [detail, own] = isSubmissionId(applicationId)
    ? await Promise.all([
        applicationDetail(
          { table, source: (await contentSources()).cached, now: req.now },
          campaignId,
          applicationId,
          lang,
        ),
        table.doc.send(
          new GetCommand({
            TableName: table.name,
            Key: keys.review(campaignId, applicationId, req.staff.subject),
            ConsistentRead: true,
          }),
        ),
      ])
    : [undefined, undefined];
  if (detail?.item.status !== 'submitted')
    return notFoundPage(req, {
      href: juryCampaignPath(lang, campaignId),
      label: js('backToApplications', lang),
    });
  const review = own?.Item as ReviewItem | undefined;
  const status = myStatusOf(review);
  const closed = reviewDeadlinePassed(meta, req.now);
  const here = applicationPath(lang, campaignId, applicationId);
  const state: FormState = options.state ?? { values: valuesOf(review), errors: new Map() };
  const conflictState: FormState = options.conflictState ?? { values: valuesOf(review), errors: new Map() };
  const { company } = detail.item;
  const done =
    req.query.saved === 'draft'
      ? 'draftSaved'
      : req.query.saved === 'submitted'
        ? 'reviewSubmitted'
        : req.query.saved === 'conflict'
          ? 'conflictDeclared'
          : req.query.saved === 'withdrawn'
            ? 'conflictWithdrawn'
            : '';
  // The forms render first, so the error summary (shown first) can name their fields.
  const scoring =
    closed || status === 'conflict' ? '' : scoringForm(req, meta, here, state, status === 'submitted');
  const conflict =
    status === 'conflict'
      ? html`<p>${js('conflictDeclared', lang)}</p>
${review?.conflictNote ? html`<p>${js('conflictNote', lang)}: ${review.conflictNote}</p>` : ''}
${closed ? '' : html`<form method="post" action="${here}/conflict/withdraw">${csrfInput(req.csrf)}${button(js('withdrawConflict', lang), { variant: 'secondary' })}</form>`}`
      : closed
        ? ''
        : html`<p>${js('conflictIntro', lang)}</p>
<form method="post" action="${here}/conflict" novalidate>
${csrfInput(req.csrf)}
${textField(conflictState, 'note', js('conflictNote', lang), { multiline: true, lang, maxLength: 2000 })}
${button(js('declareConflict', lang), { variant: 'warning' })}
</form>`;
  const summary =
    options.message || state.errors.size || conflictState.errors.size
      ? errorSummary(
          {
            ...state,
            errors: new Map([...state.errors, ...conflictState.errors]),
            labels: new Map([...(state.labels ?? []), ...(conflictState.labels ?? [])]),
            anchors: new Map([...(state.anchors ?? []), ...(conflictState.anchors ?? [])]),
          },
          lang,
          options.message,
        )
      : '';
  const main = html`${summary}${!summary && done ? notice(js(done, lang)) : ''}
<p>${js('campaign', lang)}: <a href="${juryCampaignPath(lang, campaignId)}">${pick(meta.title, lang) ?? campaignId}</a></p>
${summaryList([
  { key: js('company', lang), value: company.name },
  { key: js('municipality', lang), value: detail.municipality },
  { key: js('sizeClass', lang), value: sizeClass(company.employees, lang) },
  { key: js('myReview', lang), value: statusTag(status, lang) },
  { key: js('reviewDeadline', lang), value: deadlineText(meta, lang) },
])}
${closed ? html`<p><strong>${js('deadlinePassed', lang)}</strong></p>` : ''}
<h2>${js('answers', lang)}</h2>
<dl class="answers">
${detail.answers.map((a) => html`<dt>${a.label}</dt><dd>${answerValue(a, lang)}</dd>`)}
</dl>
${scoring ? html`<h2>${js('scoring', lang)}</h2><p>${js('scoringIntro', lang)}</p>${scoring}` : ''}
${conflict ? html`<h2>${js('conflictHeading', lang)}</h2>${conflict}` : ''}
<p><a href="${juryCampaignPath(lang, campaignId)}">${js('backToApplications', lang)}</a></p>`;
  return page(req.frame, company.name, main, options.status ?? 200);
}

const juryApplicationPage: ConsolePage = {
  path: 'jury/campaigns/:campaignId/applications/:applicationId',
  groups: ['jury'],
  get: (req) => renderApplication(req),
};

/** Reads the scoring form into the review route's body (scores as given, for zod to check). */
function reviewInputOf(req: ConsoleRequest, meta: CampaignMeta) {
  const scores: Record<string, unknown> = {};
  const comments: Record<string, string> = {};
  for (const c of meta.criteria ?? []) {
    const score = one(req.form[scoreField(c.key)]);
    if (score !== undefined && score !== '') scores[c.key] = /^\d+$/.test(score) ? Number(score) : score;
    const comment = one(req.form[commentField(c.key)])?.trim();
    if (comment) comments[c.key] = comment;
  }
  const comment = one(req.form.comment)?.trim();
  return {
    scores,
    comments,
    ...(comment ? { comment } : {}),
    conflictOfInterest: false,
    status: one(req.form.action) === 'draft' ? 'draft' : 'submitted',
  };
}

async function reviewDeps(now: Date) {
  const table = defaultTable();
  const [{ applicationDays }, write] = await Promise.all([retentionSettings(table), writeDeps(now)]);
  return { ...write, applicationDays };
}

/** A refusal shown on the page: field errors beside their fields, the rest in the summary. */
function failed(
  error: unknown,
  lang: Language,
): { errors: Map<string, string>; message?: string; status: number } {
  if (!(error instanceof HttpProblem)) throw error;
  const body = error.toBody(lang);
  return {
    errors: errorsByField(body.errors as FieldError[] | undefined, fieldOf),
    ...(body.errors?.length ? {} : { message: body.detail }),
    status: error.status,
  };
}

/** POST: save the draft or submit the review (reviewApplication, as PUT …/review). */
const reviewAction: ConsolePage = {
  path: 'jury/campaigns/:campaignId/applications/:applicationId/review',
  groups: ['jury'],
  get: async (req) =>
    redirect(applicationPath(req.lang, req.params.campaignId ?? '', req.params.applicationId ?? '')),
  async post(req) {
    const { lang } = req;
    const found = await assignedCampaign(req);
    if (!found.ok) return found.reply;
    const campaignId = found.meta.documentId;
    const applicationId = req.params.applicationId ?? '';
    const values = Object.fromEntries(
      Object.entries(req.form).filter(([name]) => name.startsWith('score.') || name.startsWith('comment')),
    );
    const input = reviewInputOf(req, found.meta);
    try {
      await writeReview(req, campaignId, applicationId, input);
    } catch (error) {
      const f = failed(error, lang);
      return renderApplication(req, {
        state: { values, errors: f.errors },
        message: f.message,
        status: f.status,
      });
    }
    return redirect(
      `${applicationPath(lang, campaignId, applicationId)}?saved=${input.status === 'draft' ? 'draft' : 'submitted'}`,
      req.frame.cookies,
    );
  },
};

/**
 * Both jury forms write through here: the admin API's review schema, then the same use case as
 * `PUT …/review`. `fieldOf` names a schema path as the form's field.
 */
async function writeReview(
  req: ConsoleRequest,
  campaignId: string,
  applicationId: string,
  input: unknown,
  fieldOf = (path: string) => path,
) {
  const parsed = validatePart(reviewBody, input, '', req.lang);
  if (!parsed.ok)
    throw new HttpProblem('invalid-input', {
      errors: parsed.errors.map((e) => ({ ...e, path: fieldOf(e.path) })),
    });
  if (!isSubmissionId(applicationId)) throw new HttpProblem('not-found');
  await reviewApplication(
    await reviewDeps(req.now),
    campaignId,
    applicationId,
    staffCaller(req.staff),
    parsed.value as ReviewInput,
    req.lang,
  );
}

/** POST: declare a conflict of interest, with an optional note to the coordinators. */
const conflictAction: ConsolePage = {
  path: 'jury/campaigns/:campaignId/applications/:applicationId/conflict',
  groups: ['jury'],
  get: async (req) =>
    redirect(applicationPath(req.lang, req.params.campaignId ?? '', req.params.applicationId ?? '')),
  async post(req) {
    const { lang } = req;
    const found = await assignedCampaign(req);
    if (!found.ok) return found.reply;
    const campaignId = found.meta.documentId;
    const applicationId = req.params.applicationId ?? '';
    const note = one(req.form.note)?.trim() ?? '';
    try {
      await writeReview(
        req,
        campaignId,
        applicationId,
        { conflictOfInterest: true, ...(note ? { conflictNote: note } : {}) },
        (path) => (path === 'conflictNote' ? 'note' : path),
      );
    } catch (error) {
      const f = failed(error, lang);
      return renderApplication(req, {
        conflictState: { values: { note }, errors: f.errors },
        message: f.message,
        status: f.status,
      });
    }
    return redirect(`${applicationPath(lang, campaignId, applicationId)}?saved=conflict`, req.frame.cookies);
  },
};

/** POST: withdraw my conflict of interest (until the review deadline). */
const withdrawConflictAction: ConsolePage = {
  path: 'jury/campaigns/:campaignId/applications/:applicationId/conflict/withdraw',
  groups: ['jury'],
  get: async (req) =>
    redirect(applicationPath(req.lang, req.params.campaignId ?? '', req.params.applicationId ?? '')),
  async post(req) {
    const { lang } = req;
    const found = await assignedCampaign(req);
    if (!found.ok) return found.reply;
    const campaignId = found.meta.documentId;
    const applicationId = req.params.applicationId ?? '';
    try {
      if (!isSubmissionId(applicationId)) throw new HttpProblem('not-found');
      await withdrawConflict(await writeDeps(req.now), campaignId, applicationId, staffCaller(req.staff));
    } catch (error) {
      const f = failed(error, lang);
      return renderApplication(req, { message: f.message, status: f.status });
    }
    return redirect(`${applicationPath(lang, campaignId, applicationId)}?saved=withdrawn`, req.frame.cookies);
  },
};

export const juryApplicationPages: readonly ConsolePage[] = [
  juryApplicationPage,
  reviewAction,
  conflictAction,
  withdrawConflictAction,
];
