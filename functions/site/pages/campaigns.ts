import type { AnswerValue } from '../../../shared/applications/application';
import type { CampaignQuestion } from '../../../shared/applications/campaign';
import {
  type applicantView,
  editApplication,
  viewApplication,
  withdrawApplication,
} from '../../../shared/applications/manage';
import { proposeCompany } from '../../../shared/applications/proposals';
import { submitApplication } from '../../../shared/applications/submit';
import { contentSources } from '../../../shared/content/default-source';
import { pick } from '../../../shared/content/localize';
import { campaignDetail } from '../../../shared/content/public-content';
import { retentionSettings } from '../../../shared/content/settings-cache';
import { formatDateTime } from '../../../shared/email/format';
import { HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { getSecret } from '../../../shared/secrets';
import {
  checkbox,
  csrfInput,
  emptyForm,
  errorSummary,
  errorsByField,
  type FormState,
  honeypot,
  one,
  selectField,
  textField,
} from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { applicationBody, proposalBody } from '../../applications/routes';
import type { SiteRequest } from '../context';

type Campaign = NonNullable<Awaited<ReturnType<typeof campaignDetail>>>;
interface FormQuestion {
  key: string;
  label: string;
  type: CampaignQuestion['type'];
  required: boolean;
  options: { value: string; label: string }[];
}

async function deps(req: SiteRequest) {
  const table = defaultTable();
  const [pepper, retention] = await Promise.all([getSecret('emailPepper'), retentionSettings(table)]);
  return { table, pepper, now: req.now, applicationDays: retention.applicationDays };
}

/** API field paths to form field names: company.businessId → company-businessId, answers.q → answer-q. */
const fieldOf = (path: string) =>
  path.startsWith('answers.') ? `answer-${path.slice(8)}` : path.replace(/\./g, '-');

function questionField(state: FormState, q: FormQuestion, lang: Language): Html {
  const name = `answer-${q.key}`;
  const label = q.required ? q.label : `${q.label}`;
  switch (q.type) {
    case 'longText':
      return textField(state, name, label, { multiline: true, ...(q.required ? {} : { lang }) });
    case 'number':
      return textField(state, name, label, { type: 'number', ...(q.required ? {} : { lang }) });
    case 'url':
      return textField(state, name, label, { type: 'url', ...(q.required ? {} : { lang }) });
    case 'boolean':
      return checkbox(state, name, label);
    case 'singleChoice':
      return selectField(state, name, label, [{ value: '', label: t('notGiven', lang) }, ...q.options]);
    case 'multiChoice':
      return html`<fieldset><legend>${label}</legend>${q.options.map((o) => checkbox(state, name, o.label, { value: o.value }))}</fieldset>`;
    default:
      return textField(state, name, label, q.required ? {} : { lang });
  }
}

function applicationForm(
  req: SiteRequest,
  action: string,
  questions: FormQuestion[],
  state: FormState,
  municipalities: { value: string; label: string }[],
  mode: 'new' | 'draft' | 'submitted',
  message?: string,
) {
  const { lang } = req;
  return html`<form method="post" action="${action}" novalidate>
${errorSummary(state, lang, message)}
${csrfInput(req.csrf)}
${honeypot(lang)}
<input type="hidden" name="form" value="application">
<fieldset><legend>${t('company', lang)}</legend>
${textField(state, 'company-name', t('companyName', lang), { required: true, autocomplete: 'organization' })}
${textField(state, 'company-businessId', t('businessId', lang), { required: true })}
${municipalities.length ? selectField(state, 'company-municipality', t('municipality', lang), [{ value: '', label: t('notGiven', lang) }, ...municipalities], true) : textField(state, 'company-municipality', t('municipality', lang), { required: true })}
${textField(state, 'company-employees', t('employees', lang), { type: 'number', lang })}
${textField(state, 'company-sector', t('sector', lang), { lang })}
${textField(state, 'company-website', t('website', lang), { type: 'url', lang })}
</fieldset>
<fieldset><legend>${t('contact', lang)}</legend>
${textField(state, 'contact-name', t('name', lang), { required: true, autocomplete: 'name' })}
${textField(state, 'contact-email', t('email', lang), { type: 'email', required: true, autocomplete: 'email' })}
${textField(state, 'contact-phone', t('phone', lang), { type: 'tel', autocomplete: 'tel', lang })}
</fieldset>
${questions.length ? html`<fieldset><legend>${t('answers', lang)}</legend>${questions.map((q) => questionField(state, q, lang))}</fieldset>` : ''}
${checkbox(state, 'consent', t('consent', lang), { required: true })}
${
  mode === 'submitted'
    ? html`<button type="submit" name="intent" value="submit">${t('saveChanges', lang)}</button>`
    : html`<button type="submit" name="intent" value="draft" class="secondary">${t('saveDraft', lang)}</button> <button type="submit" name="intent" value="submit">${t('submitApplication', lang)}</button>`
}
</form>`;
}

/** The form's fields as the API body (the same zod schema validates both). */
function toInput(req: SiteRequest, questions: FormQuestion[]) {
  const f = req.form;
  const answers: Record<string, AnswerValue | null> = {};
  for (const q of questions) {
    const raw = f[`answer-${q.key}`];
    if (q.type === 'multiChoice') answers[q.key] = ([] as string[]).concat(raw ?? []);
    else if (q.type === 'boolean') answers[q.key] = one(raw) === 'on';
    else if (q.type === 'number') {
      const value = one(raw);
      answers[q.key] = value === undefined ? null : Number.isFinite(Number(value)) ? Number(value) : value;
    } else answers[q.key] = one(raw) ?? null;
  }
  const employees = one(f['company-employees']);
  const compact = <T extends Record<string, unknown>>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return {
    company: compact({
      name: one(f['company-name']),
      businessId: one(f['company-businessId']),
      municipality: one(f['company-municipality']),
      employees:
        employees === undefined
          ? undefined
          : Number.isInteger(Number(employees))
            ? Number(employees)
            : employees,
      sector: one(f['company-sector']),
      website: one(f['company-website']),
    }),
    contact: compact({
      name: one(f['contact-name']),
      email: one(f['contact-email']),
      phone: one(f['contact-phone']),
      language: req.lang,
    }),
    answers,
    submit: one(f.intent) === 'submit',
    ...(one(f.consent) === 'on' ? { consent: true } : {}),
  };
}

const formValues = (req: SiteRequest): FormState['values'] => ({ ...req.form });

function valuesOfApplication(item: ReturnType<typeof applicantView>): FormState['values'] {
  const values: FormState['values'] = {
    'company-name': item.company.name,
    'company-businessId': item.company.businessId,
    'company-municipality': item.company.municipality,
    'company-employees': item.company.employees?.toString(),
    'company-sector': item.company.sector,
    'company-website': item.company.website,
    'contact-name': item.contact.name,
    'contact-email': item.contact.email,
    'contact-phone': item.contact.phone,
    consent: 'on',
  };
  for (const [key, value] of Object.entries(item.answers)) {
    values[`answer-${key}`] = Array.isArray(value)
      ? value
      : typeof value === 'boolean'
        ? value
          ? 'on'
          : undefined
        : String(value);
  }
  return values;
}

function campaignPage(
  req: SiteRequest,
  campaign: Campaign,
  state: FormState,
  proposal: FormState,
  message?: string,
  status = 200,
) {
  const { lang } = req;
  const questions: FormQuestion[] = campaign.questions.map((q) => ({
    ...q,
    label: q.label ?? q.key,
    options: q.options.map((o) => ({ value: o.value, label: o.label ?? o.value })),
  }));
  const municipalities = campaign.eligibleMunicipalities.map((m) => ({ value: m.id, label: m.name ?? m.id }));
  return page(
    req.frame,
    campaign.title ?? '',
    html`${campaign.description ? html`<p>${campaign.description}</p>` : ''}
${campaign.eligibility ? html`<h2>${t('eligibility', lang)}</h2><p>${campaign.eligibility}</p>` : ''}
<h2>${t('criteria', lang)}</h2>
<ul>${campaign.criteria.map((c) => html`<li>${c.label} (${t('weight', lang)} ${c.weight})${c.description ? html` – ${c.description}` : ''}</li>`)}</ul>
<h2>${t('apply', lang)}</h2>
${
  campaign.open
    ? html`<p>${t('applicationOpen', lang)} ${formatDateTime(campaign.closesAt, lang)}</p>${applicationForm(req, `/${lang}/campaigns/${campaign.id}`, questions, state, municipalities, 'new', message)}`
    : html`<p>${t('applicationClosed', lang)}</p>`
}
${
  campaign.open
    ? html`<h2>${t('propose', lang)}</h2><p>${t('proposeIntro', lang)}</p>
<form method="post" action="/${lang}/campaigns/${campaign.id}" novalidate>
${errorSummary(proposal, lang)}
${csrfInput(req.csrf)}
${honeypot(lang)}
<input type="hidden" name="form" value="proposal">
${textField(proposal, 'p-company-name', t('companyName', lang), { required: true })}
${textField(proposal, 'p-company-businessId', t('businessId', lang), { lang })}
${textField(proposal, 'p-company-municipality', t('municipality', lang), { required: true })}
${textField(proposal, 'p-reason', t('reason', lang), { required: true, multiline: true })}
${textField(proposal, 'p-proposer-name', t('yourName', lang), { required: true, autocomplete: 'name' })}
${textField(proposal, 'p-proposer-email', t('yourEmail', lang), { type: 'email', required: true, autocomplete: 'email' })}
${checkbox(proposal, 'p-consent', t('consent', lang), { required: true })}
<button type="submit">${t('propose', lang)}</button>
</form>`
    : ''
}`,
    status,
  );
}

/** /{lang}/campaigns/{id}: the campaign, its application form (draft or submit) and the proposal form. */
export async function campaignRoute(req: SiteRequest, id: string) {
  const { lang } = req;
  const campaign = await campaignDetail((await contentSources()).cached, id, lang, req.now);
  if (!campaign) return undefined;
  if (req.method === 'GET') return campaignPage(req, campaign, emptyForm(), emptyForm());
  const questions: FormQuestion[] = campaign.questions.map((q) => ({
    ...q,
    label: q.label ?? q.key,
    options: q.options.map((o) => ({ value: o.value, label: o.label ?? o.value })),
  }));

  if (one(req.form.form) === 'proposal') {
    const values = formValues(req);
    if (req.bot) return page(req.frame, t('proposalThanks', lang), html`<p>${t('proposalThanks', lang)}</p>`);
    const compact = <T extends Record<string, unknown>>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    const body = {
      company: compact({
        name: one(req.form['p-company-name']),
        businessId: one(req.form['p-company-businessId']),
        municipality: one(req.form['p-company-municipality']),
      }),
      reason: one(req.form['p-reason']),
      proposer: compact({
        name: one(req.form['p-proposer-name']),
        email: one(req.form['p-proposer-email']),
        language: lang,
      }),
      ...(one(req.form['p-consent']) === 'on' ? { consent: true } : {}),
    };
    const parsed = validatePart(proposalBody, body, '', lang);
    const rename = (p: string) => `p-${p.replace(/\./g, '-')}`;
    if (!parsed.ok)
      return campaignPage(
        req,
        campaign,
        emptyForm(),
        { values, errors: errorsByField(parsed.errors, rename) },
        undefined,
        400,
      );
    try {
      await proposeCompany(await deps(req), id, parsed.value, lang, undefined);
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      return campaignPage(
        req,
        campaign,
        emptyForm(),
        { values, errors: errorsByField(error.toBody(lang).errors, rename) },
        undefined,
        error.status,
      );
    }
    return page(req.frame, t('proposalThanks', lang), html`<p>${t('proposalThanks', lang)}</p>`);
  }

  const state: FormState = { values: formValues(req), errors: new Map() };
  // The edit link goes by mail only: the page says what happens next, for a bot too.
  const received = (submitted: boolean) =>
    page(
      req.frame,
      t('checkMail', lang),
      html`<p>${t(submitted ? 'applicationReceived' : 'draftReceived', lang)}</p>`,
    );
  if (req.bot) return received(one(req.form.intent) !== 'draft');
  const parsed = validatePart(applicationBody, toInput(req, questions), '', lang);
  if (!parsed.ok)
    return campaignPage(
      req,
      campaign,
      { ...state, errors: errorsByField(parsed.errors, fieldOf) },
      emptyForm(),
      undefined,
      400,
    );
  try {
    const { status } = await submitApplication(await deps(req), id, parsed.value, lang, undefined);
    return received(status === 'submitted');
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    const problem = error.toBody(lang);
    return campaignPage(
      req,
      campaign,
      { ...state, errors: errorsByField(problem.errors, fieldOf) },
      emptyForm(),
      problem.detail,
      error.status,
    );
  }
}

/** /{lang}/applications/{token}: edit, submit or withdraw through the mailed link. */
export async function applicationRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  let view: ReturnType<typeof applicantView>;
  try {
    view = await viewApplication(defaultTable(), token);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
  const questions: FormQuestion[] = view.questions.map((q) => ({
    key: q.key,
    label: pick(q.label, lang) ?? q.key,
    type: q.type,
    required: q.required,
    options: q.options.map((o) => ({ value: o, label: o })),
  }));
  const render = (state: FormState, message?: string, status = 200) => {
    const statusText = {
      draft: t('draft', lang),
      submitted: t('submitted', lang),
      withdrawn: t('withdrawn', lang),
    }[view.status];
    return page(
      req.frame,
      `${t('yourApplication', lang)}: ${view.company.name}`,
      html`${req.query.saved ? html`<div class="notice" role="status"><p>${t('applicationSaved', lang)}</p></div>` : ''}
<p>${t('status', lang)}: <strong>${statusText}</strong></p>
${
  view.status === 'withdrawn' || view.decision
    ? ''
    : html`${applicationForm(req, `/${lang}/applications/${token}`, questions, state, [], view.status === 'submitted' ? 'submitted' : 'draft', message)}
<form method="post" action="/${lang}/applications/${token}">${csrfInput(req.csrf)}<input type="hidden" name="form" value="withdraw"><button type="submit" class="secondary">${t('withdraw', lang)}</button></form>`
}`,
      status,
    );
  };
  if (req.method === 'GET') return render({ values: valuesOfApplication(view), errors: new Map() });
  try {
    if (one(req.form.form) === 'withdraw') {
      await withdrawApplication(await deps(req), token);
      return redirect(`/${lang}/applications/${token}`, req.frame.cookies);
    }
    const parsed = validatePart(applicationBody, toInput(req, questions), '', lang);
    if (!parsed.ok)
      return render(
        { values: formValues(req), errors: errorsByField(parsed.errors, fieldOf) },
        undefined,
        400,
      );
    await editApplication(await deps(req), token, parsed.value, lang);
    return redirect(`/${lang}/applications/${token}?saved=1`, req.frame.cookies);
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    const problem = error.toBody(lang);
    return render(
      { values: formValues(req), errors: errorsByField(problem.errors, fieldOf) },
      problem.detail,
      error.status,
    );
  }
}
