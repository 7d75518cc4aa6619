import {
  type AffiliationItem,
  affiliationFormSchema,
  affiliationInputOf,
  type Contribution,
  contactFormSchema,
  ORGANISATION_TYPES,
  statusLabels,
} from '../../../shared/affiliations/affiliation';
import { confirmAffiliation, submitAffiliation } from '../../../shared/affiliations/join';
import {
  affiliationByManageToken,
  changeContact,
  confirmContribution,
  updateContribution,
  withdrawAffiliation,
} from '../../../shared/affiliations/manage';
import { publicAffiliations } from '../../../shared/affiliations/pipeline';
import {
  currentStrategy,
  type StrategyView,
  strategyRef,
} from '../../../shared/affiliations/strategy-content';
import { contentSources } from '../../../shared/content/default-source';
import { HttpProblem } from '../../../shared/http/problem';
import { validatePart } from '../../../shared/http/validate';
import { fieldMessages } from '../../../shared/i18n/field-messages';
import { getSecret } from '../../../shared/secrets';
import { organisationTypeLabel, st } from '../../../shared/site/strategy-strings';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { button, notice, paragraphs, summaryList, tag, warningText } from '../../../shared/ui/components';
import {
  checkbox,
  csrfInput,
  emptyForm,
  errorSummary,
  errorsByField,
  type FormState,
  fieldset,
  honeypot,
  one,
  selectField,
  textField,
} from '../../../shared/ui/forms';
import { type Html, html } from '../../../shared/ui/html';
import { page, redirect } from '../../../shared/ui/layout';
import { consentLabel, fill, formatDate } from '../common';
import type { SiteRequest } from '../context';

const deps = async (req: SiteRequest) => ({
  table: defaultTable(),
  pepper: await getSecret('emailPepper'),
  now: req.now,
});

const strategyOf = async (req: SiteRequest) => currentStrategy((await contentSources()).cached, req.lang);

/** Text with its line breaks, as the organisation wrote it. */
const lines = (value: string) =>
  value.split(/\r?\n/).map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));

function contributionList(
  strategy: StrategyView,
  contributions: Record<string, Contribution>,
  lang: SiteRequest['lang'],
) {
  const goals = strategy.goals.filter(
    (g) => contributions[g.key]?.already || contributions[g.key]?.contribute,
  );
  return html`<dl class="contributions">${goals.map((g) => {
    const c = contributions[g.key] ?? {};
    return html`<dt>${g.title}</dt><dd>${c.already ? html`<p><strong>${st('alreadyDoes', lang)}:</strong> ${lines(c.already)}</p>` : ''}${c.contribute ? html`<p><strong>${st('willContribute', lang)}:</strong> ${lines(c.contribute)}</p>` : ''}</dd>`;
  })}</dl>`;
}

/** The goal fields: what the organisation already does and will contribute, per goal. */
function goalFields(state: FormState, strategy: StrategyView, lang: SiteRequest['lang']) {
  return strategy.goals.map((g) =>
    fieldset(
      g.title,
      [
        textField(state, `already-${g.key}`, fill(st('alreadyLabel', lang), { goal: g.title }), {
          multiline: true,
          lang,
          maxLength: 4000,
        }),
        textField(state, `contribute-${g.key}`, fill(st('contributeLabel', lang), { goal: g.title }), {
          multiline: true,
          lang,
          maxLength: 4000,
        }),
      ],
      g.description ? { hint: g.description } : {},
    ),
  );
}

async function strategyPage(req: SiteRequest, state: FormState = emptyForm(), status = 200) {
  const { lang } = req;
  if (req.query.sent)
    return page(req.frame, st('checkMail', lang), notice('success', lang, st('checkMailText', lang)));
  const strategy = await strategyOf(req);
  if (!strategy) return page(req.frame, st('strategy', lang), html`<p>${st('noStrategy', lang)}</p>`);
  const joined = await publicAffiliations(defaultTable(), strategy.id);
  const municipalityName = new Map(strategy.municipalities.map((m) => [m.id, m.name]));
  const form = html`<form method="post" action="/${lang}/strategy" novalidate>
${csrfInput(req.csrf)}
${honeypot(lang)}
${fieldset(st('organisation', lang), [
  textField(state, 'organisationName', st('organisationName', lang), {
    required: true,
    autocomplete: 'organization',
    lang,
  }),
  selectField(
    state,
    'organisationType',
    st('organisationType', lang),
    [
      { value: '', label: st('chooseType', lang) },
      ...ORGANISATION_TYPES.map((type) => ({ value: type, label: organisationTypeLabel(type, lang) })),
    ],
    { required: true, lang },
  ),
  selectField(
    state,
    'municipality',
    st('municipality', lang),
    [
      { value: '', label: st('chooseMunicipality', lang) },
      ...strategy.municipalities.map((m) => ({ value: m.id, label: m.name })),
    ],
    { required: true, lang, hint: st('municipalityHint', lang) },
  ),
  textField(state, 'businessId', st('businessId', lang), {
    lang,
    narrow: true,
    hint: st('businessIdHint', lang),
    spellcheck: false,
  }),
])}
${fieldset(st('decision', lang), [
  textField(state, 'decisionBody', st('decisionBody', lang), {
    required: true,
    lang,
    hint: st('decisionBodyHint', lang),
  }),
  textField(state, 'decisionDate', st('decisionDate', lang), {
    required: true,
    lang,
    narrow: true,
    hint: st('dateHint', lang),
  }),
  textField(state, 'minutesUrl', st('minutesUrl', lang), { type: 'url', lang, spellcheck: false }),
])}
${fieldset(st('contact', lang), [
  textField(state, 'contactName', st('contactName', lang), { required: true, autocomplete: 'name', lang }),
  textField(state, 'contactTitle', st('contactTitle', lang), {
    required: true,
    autocomplete: 'organization-title',
    lang,
  }),
  textField(state, 'contactEmail', st('contactEmail', lang), {
    type: 'email',
    required: true,
    autocomplete: 'email',
    lang,
    spellcheck: false,
  }),
  textField(state, 'contactPhone', st('contactPhone', lang), {
    type: 'tel',
    required: true,
    autocomplete: 'tel',
    lang,
  }),
])}
<h3>${st('contributions', lang)}</h3>
<p class="hint">${st('contributionsHint', lang)}</p>
${goalFields(state, strategy, lang)}
${checkbox(state, 'consentToPublish', st('consentToPublish', lang), { lang, summaryLabel: st('consentToPublishShort', lang) })}
${checkbox(state, 'consent', consentLabel(lang), { required: true, lang, summaryLabel: t('consentShort', lang) })}
${button(st('submit', lang))}
</form>`;
  const main = html`${strategy.isExample ? html`<p>${tag(st('example', lang), 'yellow')}</p>` : ''}
${strategy.period?.start ? html`<p>${st('period', lang)}: ${formatDate(strategy.period.start, lang)} – ${strategy.period.end ? formatDate(strategy.period.end, lang) : ''}</p>` : ''}
${strategy.vision ? html`<h2>${st('vision', lang)}</h2>${paragraphs(strategy.vision)}` : ''}
<h2>${st('goals', lang)}</h2>
<ul>${strategy.goals.map((g) => html`<li><strong>${g.title}</strong>${g.description ? html`: ${g.description}` : ''}</li>`)}</ul>
${strategy.focusAreas.length ? html`<h2>${st('focusAreas', lang)}</h2><ul>${strategy.focusAreas.map((f) => html`<li>${f.title}</li>`)}</ul>` : ''}
${strategy.joiningMeans ? html`<h2>${st('joiningMeans', lang)}</h2>${paragraphs(strategy.joiningMeans)}` : ''}
${strategy.joiningDoesNotMean ? html`<h2>${st('joiningDoesNotMean', lang)}</h2>${paragraphs(strategy.joiningDoesNotMean)}` : ''}
<section aria-labelledby="joined-title">
<h2 id="joined-title">${st('joined', lang)}</h2>
${
  joined.length
    ? html`<ul class="joined-organisations">${joined.map(
        (a) => html`<li><h3>${a.organisationName}</h3>
<p>${organisationTypeLabel(a.organisationType, lang)}, ${municipalityName.get(a.municipality) ?? a.municipality}</p>
${contributionList(strategy, a.contributions, lang)}</li>`,
      )}</ul>`
    : html`<p>${st('noneJoined', lang)}</p>`
}
</section>
<section aria-labelledby="join-title">
<h2 id="join-title">${st('joinTitle', lang)}</h2>
<p>${st('joinIntro', lang)}</p>
${form}
</section>`;
  return page(req.frame, strategy.title, main, {
    status,
    errorSummary: errorSummary(state, lang),
    breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }],
  });
}

const FIELDS = [
  'organisationName',
  'organisationType',
  'municipality',
  'businessId',
  'decisionBody',
  'decisionDate',
  'minutesUrl',
  'contactName',
  'contactTitle',
  'contactEmail',
  'contactPhone',
] as const;

/** The form's values as posted, for showing it again. */
function postedState(req: SiteRequest, strategy: StrategyView): FormState {
  const values: FormState['values'] = {};
  for (const name of FIELDS) values[name] = one(req.form[name]);
  for (const g of strategy.goals) {
    values[`already-${g.key}`] = one(req.form[`already-${g.key}`]);
    values[`contribute-${g.key}`] = one(req.form[`contribute-${g.key}`]);
  }
  values.consentToPublish = one(req.form.consentToPublish);
  values.consent = one(req.form.consent);
  return { values, errors: new Map() };
}

/** /{lang}/strategy: the strategy, the organisations that joined, and the join form (double opt-in). */
export async function strategyRoute(req: SiteRequest) {
  const { lang } = req;
  if (req.method === 'GET') return strategyPage(req);
  const done = redirect(`/${lang}/strategy?sent=1`, req.frame.cookies);
  if (req.bot) return done;
  const strategy = await strategyOf(req);
  if (!strategy) return undefined;
  const state = postedState(req, strategy);
  const body = Object.fromEntries(
    Object.entries({
      ...state.values,
      consentToPublish: state.values.consentToPublish === 'on' ? true : undefined,
      consent: state.values.consent === 'on',
    }).filter(([, v]) => v !== undefined),
  );
  const goalKeys = strategy.goals.map((g) => g.key);
  const schema = affiliationFormSchema(
    goalKeys,
    strategy.municipalities.map((m) => m.id),
  );
  const parsed = validatePart(schema, body, '', lang);
  const errors = parsed.ok ? new Map<string, string>() : errorsByField(parsed.errors);
  const input = parsed.ok ? affiliationInputOf(parsed.value, goalKeys, lang) : undefined;
  if (input && !Object.keys(input.contributions).length && goalKeys[0])
    errors.set(`contribute-${goalKeys[0]}`, fieldMessages.contributionRequired[lang]);
  if (!input || errors.size) return strategyPage(req, { ...state, errors }, 400);
  await submitAffiliation(await deps(req), strategyRef(strategy), input);
  return done;
}

/** /{lang}/affiliations/confirm/{token}: a button (never an action on GET), then the result on ?done=1. */
export async function affiliationConfirmRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  const self = `/${lang}/affiliations/confirm/${token}`;
  if (req.method === 'GET') {
    if (req.query.done)
      return page(req.frame, st('confirmTitle', lang), notice('success', lang, st('confirmed', lang)));
    return page(
      req.frame,
      st('confirmTitle', lang),
      html`<p>${st('confirmText', lang)}</p>
<form method="post" action="${self}">${csrfInput(req.csrf)}${button(st('confirmTitle', lang))}</form>`,
    );
  }
  try {
    const strategy = await strategyOf(req);
    await confirmAffiliation(await deps(req), strategy?.titles ?? {}, token);
    return redirect(`${self}?done=1`, req.frame.cookies);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
}

const DONE_TEXTS = {
  contribution: 'contributionSaved',
  contact: 'contactChanged',
  withdraw: 'withdrawn',
  still: 'stillValidSaved',
} as const;

async function managePage(
  req: SiteRequest,
  token: string,
  item: AffiliationItem,
  state: FormState = emptyForm(),
  status = 200,
  message?: string,
) {
  const { lang } = req;
  const self = `/${lang}/affiliations/${token}`;
  const strategy = await strategyOf(req);
  const open = item.status !== 'withdrawn' && item.status !== 'declined';
  const done = DONE_TEXTS[req.query.done as keyof typeof DONE_TEXTS];
  if (!state.errors.size && !Object.keys(state.values).length) {
    state.values.consentToPublish = item.consentToPublish ? 'on' : undefined;
    for (const [key, c] of Object.entries(item.contributions)) {
      state.values[`already-${key}`] = c.already;
      state.values[`contribute-${key}`] = c.contribute;
    }
    state.values.contactName = item.contact.name;
    state.values.contactTitle = item.contact.title;
    state.values.contactEmail = item.contact.email;
    state.values.contactPhone = item.contact.phone;
  }
  const main = html`${done ? notice('success', lang, st(done, lang)) : ''}
${summaryList([
  { key: st('organisationName', lang), value: item.organisationName },
  { key: st('status', lang), value: statusLabels[item.status][lang] },
  { key: st('contact', lang), value: `${item.contact.name}, ${item.contact.title}` },
])}
${
  !open
    ? html`<p>${st('closedText', lang)}</p>`
    : html`${
        item.followUpSentAt
          ? html`<section aria-labelledby="still-title">
<h2 id="still-title">${st('stillValid', lang)}</h2>
<p class="hint">${st('stillValidHint', lang)}</p>
<form method="post" action="${self}">
${csrfInput(req.csrf)}
<input type="hidden" name="action" value="still">
${button(st('stillValid', lang))}
</form>
</section>`
          : ''
      }<section aria-labelledby="contribution-title">
<h2 id="contribution-title">${st('contributions', lang)}</h2>
<form method="post" action="${self}" novalidate>
${csrfInput(req.csrf)}
<input type="hidden" name="action" value="contribution">
${strategy ? goalFields(state, strategy, lang) : ''}
${checkbox(state, 'consentToPublish', st('consentToPublish', lang), { lang, summaryLabel: st('consentToPublishShort', lang) })}
${button(st('saveContribution', lang))}
</form>
</section>
<section aria-labelledby="contact-title">
<h2 id="contact-title">${st('changeContact', lang)}</h2>
<p class="hint">${st('changeContactHint', lang)}</p>
<form method="post" action="${self}" novalidate>
${csrfInput(req.csrf)}
<input type="hidden" name="action" value="contact">
${textField(state, 'contactName', st('contactName', lang), { required: true, lang })}
${textField(state, 'contactTitle', st('contactTitle', lang), { required: true, lang })}
${textField(state, 'contactEmail', st('contactEmail', lang), { type: 'email', required: true, lang, spellcheck: false })}
${textField(state, 'contactPhone', st('contactPhone', lang), { type: 'tel', required: true, lang })}
${button(st('changeContact', lang), { variant: 'secondary' })}
</form>
</section>
<section aria-labelledby="withdraw-title">
<h2 id="withdraw-title">${st('withdraw', lang)}</h2>
${warningText(lang, st('withdrawText', lang))}
<form method="post" action="${self}">
${csrfInput(req.csrf)}
<input type="hidden" name="action" value="withdraw">
${button(st('withdraw', lang), { variant: 'warning' })}
</form>
</section>`
}`;
  return page(req.frame, st('manageTitle', lang), main as Html, {
    status,
    errorSummary: errorSummary(state, lang, message),
  });
}

/**
 * /{lang}/affiliations/{manageToken}: the contact updates the contribution (the earlier version kept),
 * hands over to another contact person, or withdraws. Each form posts here and lands on ?done=….
 */
export async function affiliationManageRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  const self = `/${lang}/affiliations/${token}`;
  // The old link stops working once the contact is handed over: the result needs no lookup.
  if (req.method === 'GET' && req.query.done === 'contact')
    return page(req.frame, st('manageTitle', lang), notice('success', lang, st('contactChanged', lang)));
  let item: AffiliationItem;
  try {
    item = await affiliationByManageToken(defaultTable(), token);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
  if (req.method === 'GET') return managePage(req, token, item);
  const action = one(req.form.action);
  const strategy = await strategyOf(req);
  try {
    if (action === 'still') {
      await confirmContribution(await deps(req), token);
      return redirect(`${self}?done=still`, req.frame.cookies);
    }
    if (action === 'withdraw') {
      await withdrawAffiliation(await deps(req), token);
      return redirect(`${self}?done=withdraw`, req.frame.cookies);
    }
    if (action === 'contribution' && strategy) {
      const state = postedState(req, strategy);
      const goalKeys = strategy.goals.map((g) => g.key);
      const form: Record<string, string> = {};
      for (const [k, v] of Object.entries(state.values)) if (typeof v === 'string') form[k] = v;
      const input = affiliationInputOf(form, goalKeys, lang);
      const tooLong = Object.entries(form).find(
        ([k, v]) => (k.startsWith('already-') || k.startsWith('contribute-')) && v.length > 4000,
      );
      if (!Object.keys(input.contributions).length || tooLong) {
        const field = tooLong?.[0] ?? `contribute-${goalKeys[0]}`;
        return managePage(
          req,
          token,
          item,
          { ...state, errors: new Map([[field, fieldMessages.contributionRequired[lang]]]) },
          400,
        );
      }
      await updateContribution(
        await deps(req),
        token,
        input.contributions,
        one(req.form.consentToPublish) === 'on',
      );
      return redirect(`${self}?done=contribution`, req.frame.cookies);
    }
    if (action === 'contact') {
      const values = {
        contactName: one(req.form.contactName),
        contactTitle: one(req.form.contactTitle),
        contactEmail: one(req.form.contactEmail),
        contactPhone: one(req.form.contactPhone),
      };
      const parsed = validatePart(
        contactFormSchema,
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)),
        '',
        lang,
      );
      if (!parsed.ok)
        return managePage(req, token, item, { values, errors: errorsByField(parsed.errors) }, 400);
      await changeContact(await deps(req), strategy?.titles ?? {}, token, {
        name: parsed.value.contactName,
        title: parsed.value.contactTitle,
        email: parsed.value.contactEmail,
        phone: parsed.value.contactPhone,
        language: lang,
      });
      return redirect(`${self}?done=contact`, req.frame.cookies);
    }
    return undefined;
  } catch (error) {
    if (error instanceof HttpProblem && error.status < 500)
      return managePage(req, token, item, emptyForm(), error.status, st('changedMeanwhile', lang));
    throw error;
  }
}
