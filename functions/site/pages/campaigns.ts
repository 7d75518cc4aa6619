import { validateAnswers } from '../../../shared/applications/answers';
import type { AnswerValue } from '../../../shared/applications/application';
import { municipalityError } from '../../../shared/applications/application-check';
import type { CampaignMeta, CampaignQuestion } from '../../../shared/applications/campaign';
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
import { formatDateTimeInline } from '../../../shared/email/format';
import { type FieldError, HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { getSecret } from '../../../shared/secrets';
import { publicPagePath } from '../../../shared/site/page-path';
import { richText, siteRichText } from '../../../shared/site/rich-text';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import {
  button,
  buttonGroup,
  buttonLink,
  notice,
  paragraphs,
  summaryList,
  type TagColour,
  tag,
  warningText,
} from '../../../shared/ui/components';
import {
  type Choice,
  checkbox,
  checkboxes,
  csrfInput,
  emptyForm,
  errorSummary,
  errorsByField,
  type FormState,
  fieldset,
  honeypot,
  one,
  radios,
  selectField,
  textField,
  withScheme,
} from '../../../shared/ui/forms';
import { type Html, html } from '../../../shared/ui/html';
import { page, redirect } from '../../../shared/ui/layout';
import { applicationBody, proposalBody } from '../../applications/routes';
import { canonicalRedirect } from '../canonical';
import { consentLabel, fill } from '../common';
import type { SiteRequest } from '../context';

type Campaign = NonNullable<Awaited<ReturnType<typeof campaignDetail>>>;

/** A question as the form shows it: its label, help and options in the page's language. */
interface FormQuestion {
  key: string;
  label: string;
  help?: string;
  type: CampaignQuestion['type'];
  required: boolean;
  maxLength: number | null;
  options: Choice[];
}

async function deps(req: SiteRequest) {
  const table = defaultTable();
  const [pepper, retention] = await Promise.all([getSecret('emailPepper'), retentionSettings(table)]);
  return { table, pepper, now: req.now, applicationDays: retention.applicationDays };
}

const formQuestions = (campaign: Campaign): FormQuestion[] =>
  campaign.questions.map((q) => ({
    key: q.key,
    label: q.label ?? q.key,
    help: q.help ?? undefined,
    type: q.type,
    required: q.required,
    maxLength: q.maxLength,
    options: q.options.map((o) => ({ value: o.value, label: o.label ?? o.value })),
  }));

/** The questions of an application's own snapshot, for when the campaign is no longer published. */
const snapshotQuestions = (questions: readonly CampaignQuestion[], lang: Language): FormQuestion[] =>
  questions.map((q) => ({
    key: q.key,
    label: pick(q.label, lang) ?? q.key,
    help: pick(q.help, lang),
    type: q.type,
    required: q.required,
    maxLength: q.maxLength,
    options: q.options.map((value) => ({
      value,
      label: pick(q.optionLabels?.find((o) => o.value === value)?.label, lang) ?? value,
    })),
  }));

/** API field paths to form field names: company.businessId → company-businessId, answers.q → answer-q. */
const fieldOf = (path: string) =>
  path.startsWith('answers.') ? `answer-${path.slice(8)}` : path.replace(/\./g, '-');

function questionField(state: FormState, q: FormQuestion, lang: Language): Html {
  const name = `answer-${q.key}`;
  const common = { required: q.required, lang, ...(q.help ? { hint: q.help } : {}) };
  switch (q.type) {
    case 'longText':
      return textField(state, name, q.label, {
        ...common,
        multiline: true,
        maxLength: q.maxLength ?? undefined,
      });
    case 'text':
      return textField(state, name, q.label, { ...common, maxLength: q.maxLength ?? undefined });
    case 'number':
      return textField(state, name, q.label, {
        ...common,
        type: 'number',
        inputmode: 'decimal',
        narrow: true,
      });
    case 'url':
      return textField(state, name, q.label, {
        ...common,
        type: 'url',
        spellcheck: false,
        hint: q.help ?? t('websiteHint', lang),
      });
    case 'boolean':
      return radios(
        state,
        name,
        q.label,
        [
          { value: 'yes', label: t('yes', lang) },
          { value: 'no', label: t('no', lang) },
        ],
        common,
      );
    case 'singleChoice':
      return q.options.length <= 6
        ? radios(state, name, q.label, q.options, common)
        : selectField(state, name, q.label, [{ value: '', label: t('choose', lang) }, ...q.options], common);
    case 'multiChoice':
      return checkboxes(state, name, q.label, q.options, { ...common, hint: q.help ?? t('chooseAll', lang) });
    default:
      return textField(state, name, q.label, common);
  }
}

/** The municipality: a list of the eligible ones when the campaign names them, else free text. */
function municipalityField(state: FormState, name: string, campaign: Campaign | undefined, lang: Language) {
  const eligible = campaign?.eligibleMunicipalities ?? [];
  return eligible.length
    ? selectField(
        state,
        name,
        t('municipality', lang),
        [
          { value: '', label: t('choose', lang) },
          ...eligible.map((m) => ({ value: m.id, label: m.name ?? m.id })),
        ],
        { required: true, lang, hint: t('municipalityHint', lang) },
      )
    : textField(state, name, t('municipality', lang), { required: true, lang });
}

function applicationForm(
  req: SiteRequest,
  action: string,
  questions: FormQuestion[],
  state: FormState,
  campaign: Campaign | undefined,
  mode: 'new' | 'draft' | 'submitted',
) {
  const { lang } = req;
  return html`<form method="post" action="${action}" novalidate>
${csrfInput(req.csrf)}
${honeypot(lang, 'application')}
<input type="hidden" name="form" value="application">
${fieldset(t('company', lang), [
  textField(state, 'company-name', t('companyName', lang), {
    required: true,
    autocomplete: 'organization',
    lang,
  }),
  textField(state, 'company-businessId', t('businessId', lang), {
    required: true,
    lang,
    hint: t('businessIdHint', lang),
    narrow: true,
    spellcheck: false,
  }),
  municipalityField(state, 'company-municipality', campaign, lang),
  textField(state, 'company-employees', t('employees', lang), { type: 'number', lang, narrow: true }),
  textField(state, 'company-sector', t('sector', lang), { lang }),
  textField(state, 'company-website', t('website', lang), {
    type: 'url',
    lang,
    hint: t('websiteHint', lang),
    spellcheck: false,
    autocomplete: 'url',
  }),
])}
${fieldset(t('contact', lang), [
  textField(state, 'contact-name', t('name', lang), {
    required: true,
    autocomplete: 'name',
    lang,
    spellcheck: false,
  }),
  textField(state, 'contact-email', t('email', lang), {
    type: 'email',
    required: true,
    autocomplete: 'email',
    lang,
    spellcheck: false,
  }),
  textField(state, 'contact-phone', t('phone', lang), {
    type: 'tel',
    autocomplete: 'tel',
    lang,
    hint: t('phoneHint', lang),
    narrow: true,
  }),
])}
${
  questions.length
    ? fieldset(
        t('answers', lang),
        questions.map((q) => questionField(state, q, lang)),
        { hint: mode === 'submitted' ? undefined : t('draftHint', lang) },
      )
    : ''
}
${checkbox(state, 'consent', consentLabel(lang), { required: true, lang, summaryLabel: t('consentShort', lang) })}
${
  mode === 'submitted'
    ? buttonGroup(button(t('saveChanges', lang), { name: 'intent', value: 'submit' }))
    : buttonGroup(
        button(t('submitApplication', lang), { name: 'intent', value: 'submit' }),
        button(t('saveDraft', lang), { name: 'intent', value: 'draft', variant: 'secondary' }),
      )
}
</form>`;
}

const compact = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A number as people type it: "1 000", "12,5". Anything else is kept as typed, for the message. */
function numberOf(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const normalised = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return normalised !== '' && Number.isFinite(Number(normalised)) ? Number(normalised) : value;
}

/** The form's fields as the API body (the same zod schema validates both). */
function toInput(req: SiteRequest, questions: FormQuestion[]) {
  const f = req.form;
  const answers: Record<string, AnswerValue | null> = {};
  for (const q of questions) {
    const raw = f[`answer-${q.key}`];
    if (q.type === 'multiChoice') answers[q.key] = ([] as string[]).concat(raw ?? []);
    else if (q.type === 'boolean') {
      const value = one(raw);
      answers[q.key] = value === 'yes' ? true : value === 'no' ? false : null;
    } else if (q.type === 'number') answers[q.key] = numberOf(one(raw)) ?? null;
    else if (q.type === 'url') answers[q.key] = withScheme(one(raw)) ?? null;
    else answers[q.key] = one(raw) ?? null;
  }
  return {
    company: compact({
      name: one(f['company-name']),
      businessId: one(f['company-businessId']),
      municipality: one(f['company-municipality']),
      employees: numberOf(one(f['company-employees'])),
      sector: one(f['company-sector']),
      website: withScheme(one(f['company-website'])),
    }),
    contact: compact({
      name: one(f['contact-name']),
      email: one(f['contact-email']),
      phone: one(f['contact-phone']),
      language: req.lang,
    }),
    answers,
    submit: one(f.intent) === 'submit',
    consent: one(f.consent) === 'on',
  };
}

/** What the campaign adds to the schema (eligible municipality, answers that fit the questions), in one round. */
function campaignErrors(
  campaign: Campaign | undefined,
  questions: FormQuestion[],
  input: ReturnType<typeof toInput>,
  complete: boolean,
  lang: Language,
): FieldError[] {
  const municipality = input.company.municipality as string | undefined;
  const eligible = (campaign?.eligibleMunicipalities ?? []).map((m) => m.id);
  const asQuestions: CampaignQuestion[] = questions.map((q) => ({
    key: q.key,
    label: {},
    type: q.type,
    required: q.required,
    options: q.options.map((o) => o.value),
    maxLength: q.maxLength,
    criterion: null,
  }));
  return [
    ...(municipality
      ? municipalityError({ eligibleMunicipalities: eligible } as unknown as CampaignMeta, municipality, lang)
      : []),
    ...validateAnswers(asQuestions, input.answers, complete, lang).errors,
  ];
}

/** Schema errors first, then what the campaign adds, one message per field. */
const allErrors = (schema: readonly FieldError[], campaign: readonly FieldError[]) => [
  ...schema,
  ...campaign.filter((e) => !schema.some((s) => s.path === e.path)),
];

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
          ? 'yes'
          : 'no'
        : String(value);
  }
  return values;
}

function proposalForm(req: SiteRequest, campaign: Campaign, proposal: FormState) {
  const { lang } = req;
  return html`<form method="post" action="${publicPagePath('campaign', lang, campaign)}" novalidate>
${csrfInput(req.csrf)}
${honeypot(lang, 'proposal')}
<input type="hidden" name="form" value="proposal">
${textField(proposal, 'p-company-name', t('companyName', lang), { required: true, lang })}
${textField(proposal, 'p-company-businessId', t('businessId', lang), { lang, hint: t('businessIdHint', lang), narrow: true, spellcheck: false })}
${municipalityField(proposal, 'p-company-municipality', campaign, lang)}
${textField(proposal, 'p-reason', t('reason', lang), { required: true, multiline: true, lang, maxLength: 4000, hint: t('reasonHint', lang) })}
${textField(proposal, 'p-proposer-name', t('yourName', lang), { required: true, autocomplete: 'name', lang, spellcheck: false })}
${textField(proposal, 'p-proposer-email', t('yourEmail', lang), { type: 'email', required: true, autocomplete: 'email', lang, spellcheck: false })}
${checkbox(proposal, 'p-consent', consentLabel(lang), { required: true, lang, summaryLabel: t('consentShort', lang) })}
${button(t('propose', lang))}
</form>`;
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
  const questions = formQuestions(campaign);
  const application = campaign.open
    ? html`<p>${fill(t('applicationOpenUntil', lang), { date: formatDateTimeInline(campaign.closesAt, lang) })}</p>
${applicationForm(req, publicPagePath('campaign', lang, campaign), questions, state, campaign, 'new')}`
    : html`<p>${t('applicationClosed', lang)}</p>`;
  const propose = campaign.open
    ? html`<h2 id="propose">${t('propose', lang)}</h2><p>${t('proposeIntro', lang)}</p>${proposalForm(req, campaign, proposal)}`
    : '';
  // Only the form that was sent can have errors; its summary opens the page.
  const summary = proposal.errors.size ? errorSummary(proposal, lang) : errorSummary(state, lang, message);
  return page(
    req.frame,
    campaign.title ?? '',
    html`${req.query.proposed ? notice('success', lang, t('proposalThanksText', lang), t('proposalThanks', lang)) : ''}${req.query.applied ? notice('success', lang, t(req.query.applied === 'draft' ? 'draftReceived' : 'applicationReceived', lang), t('checkMail', lang)) : ''}
${campaign.isExample ? html`<p>${tag(t('example', lang), 'grey')}</p>` : ''}
${paragraphs(campaign.description)}
${richText(campaign.body, siteRichText(lang))}
${campaign.eligibility ? html`<h2>${t('eligibility', lang)}</h2>${paragraphs(campaign.eligibility)}` : ''}
<h2>${t('criteria', lang)}</h2>
<ul>${campaign.criteria.map((c) => html`<li>${c.label} (${t('weight', lang)} ${c.weight})${c.description ? html` – ${c.description}` : ''}</li>`)}</ul>
<h2 id="apply">${t('apply', lang)}</h2>
${application}
${propose}`,
    { status, errorSummary: summary, breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }] },
  );
}

/**
 * /{lang}/campaigns/{slug}: the campaign, its application form (draft or submit) and the proposal form.
 * Its id or a slug of another language redirects there (canonical.ts).
 */
export async function campaignRoute(req: SiteRequest, key: string) {
  const { lang } = req;
  const campaign = await campaignDetail((await contentSources()).cached, key, lang, req.now);
  if (!campaign) return undefined;
  const id = campaign.id;
  const self = publicPagePath('campaign', lang, campaign);
  if (req.method === 'GET')
    return (
      canonicalRedirect(req, 'campaign', key, campaign) ??
      campaignPage(req, campaign, emptyForm(), emptyForm())
    );
  const questions = formQuestions(campaign);

  if (one(req.form.form) === 'proposal') {
    const values: FormState['values'] = { ...req.form };
    if (req.bot) return redirect(`${self}?proposed=1`, req.frame.cookies);
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
      consent: one(req.form['p-consent']) === 'on',
    };
    const parsed = validatePart(proposalBody, body, '', lang);
    const rename = (p: string) => `p-${p.replace(/\./g, '-')}`;
    const extra = body.company.municipality
      ? municipalityError(
          {
            eligibleMunicipalities: campaign.eligibleMunicipalities.map((m) => m.id),
          } as unknown as CampaignMeta,
          body.company.municipality as string,
          lang,
        )
      : [];
    if (!parsed.ok || extra.length)
      return campaignPage(
        req,
        campaign,
        emptyForm(),
        { values, errors: errorsByField(allErrors(parsed.ok ? [] : parsed.errors, extra), rename) },
        undefined,
        400,
      );
    try {
      await proposeCompany(await deps(req), id, parsed.value, lang, undefined);
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      const problem = error.toBody(lang);
      return campaignPage(
        req,
        campaign,
        emptyForm(),
        { values, errors: errorsByField(problem.errors, rename) },
        problem.errors ? undefined : problem.detail,
        error.status,
      );
    }
    return redirect(`${self}?proposed=1`, req.frame.cookies);
  }

  const state: FormState = { values: { ...req.form }, errors: new Map() };
  const input = toInput(req, questions);
  // The edit link goes by mail only: post/redirect/get to the campaign page, which says what happens
  // next (for a bot too, which is told the same and stores nothing).
  const received = (submitted: boolean) =>
    redirect(`${self}?applied=${submitted ? 'submitted' : 'draft'}`, req.frame.cookies);
  if (req.bot) return received(input.submit === true);
  const parsed = validatePart(applicationBody, input, '', lang);
  const extra = campaignErrors(campaign, questions, input, input.submit, lang);
  if (!parsed.ok || extra.length)
    return campaignPage(
      req,
      campaign,
      { ...state, errors: errorsByField(allErrors(parsed.ok ? [] : parsed.errors, extra), fieldOf) },
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

const statusColour: Record<string, TagColour> = { draft: 'blue', submitted: 'green', withdrawn: 'grey' };

/** /{lang}/applications/{token}: edit, submit or withdraw (after a confirmation step) through the mailed link. */
export async function applicationRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  let view: ReturnType<typeof applicantView>;
  try {
    view = await viewApplication(defaultTable(), token);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
  // The campaign as it is now (labels, help, options, eligible municipalities); the answers were kept
  // with a snapshot of the questions, which serves when the campaign is gone.
  const campaign = await campaignDetail((await contentSources()).cached, view.campaignId, lang, req.now);
  const questions = campaign ? formQuestions(campaign) : snapshotQuestions(view.questions, lang);
  const self = `/${lang}/applications/${token}`;
  const render = (state: FormState, message?: string, status = 200) => {
    const statusText = {
      draft: t('draft', lang),
      submitted: t('submitted', lang),
      withdrawn: t('withdrawn', lang),
    }[view.status];
    const editable = view.status !== 'withdrawn' && !view.decision;
    const confirming = editable && req.query.withdraw === 'confirm';
    const form = editable
      ? applicationForm(
          req,
          self,
          questions,
          state,
          campaign,
          view.status === 'submitted' ? 'submitted' : 'draft',
        )
      : '';
    const summary = errorSummary(state, lang, message);
    const body = confirming
      ? html`${warningText(lang, t('withdrawWarning', lang))}
<form method="post" action="${self}">${csrfInput(req.csrf)}<input type="hidden" name="form" value="withdraw">${buttonGroup(button(t('confirmWithdraw', lang), { variant: 'warning' }), html`<a href="${self}">${t('keepApplication', lang)}</a>`)}</form>`
      : html`${req.query.saved ? notice('success', lang, t('applicationSaved', lang)) : ''}
${req.query.withdrawn ? notice('success', lang, t('withdrawnText', lang)) : ''}
${summaryList([
  {
    key: t('campaign', lang),
    value: campaign
      ? html`<a href="${publicPagePath('campaign', lang, campaign)}">${campaign.title}</a>`
      : view.campaignId,
  },
  { key: t('status', lang), value: tag(statusText, statusColour[view.status] ?? 'grey') },
])}
${form}
${editable ? html`<h2>${t('withdraw', lang)}</h2><p>${t('withdrawIntro', lang)}</p>${buttonLink(`${self}?withdraw=confirm`, t('withdraw', lang), 'warning')}` : ''}`;
    return page(
      req.frame,
      confirming ? t('withdrawQuestion', lang) : `${t('yourApplication', lang)}: ${view.company.name}`,
      body,
      {
        status,
        errorSummary: summary,
        ...(confirming ? { backLink: { href: self, label: t('back', lang) } } : {}),
      },
    );
  };
  if (req.method === 'GET') return render({ values: valuesOfApplication(view), errors: new Map() });
  try {
    if (one(req.form.form) === 'withdraw') {
      await withdrawApplication(await deps(req), token);
      return redirect(`${self}?withdrawn=1`, req.frame.cookies);
    }
    const input = toInput(req, questions);
    const parsed = validatePart(applicationBody, input, '', lang);
    const extra = campaignErrors(
      campaign,
      questions,
      input,
      input.submit || view.status === 'submitted',
      lang,
    );
    if (!parsed.ok || extra.length)
      return render(
        {
          values: { ...req.form },
          errors: errorsByField(allErrors(parsed.ok ? [] : parsed.errors, extra), fieldOf),
        },
        undefined,
        400,
      );
    await editApplication(await deps(req), token, parsed.value, lang);
    return redirect(`${self}?saved=1`, req.frame.cookies);
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    const problem = error.toBody(lang);
    return render(
      { values: { ...req.form }, errors: errorsByField(problem.errors, fieldOf) },
      problem.detail,
      error.status,
    );
  }
}
