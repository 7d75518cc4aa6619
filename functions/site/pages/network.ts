import { contentSources } from '../../../shared/content/default-source';
import { activityPlan } from '../../../shared/content/public-content';
import { HttpProblem } from '../../../shared/http/problem';
import { validatePart } from '../../../shared/http/validate';
import { confirm, join, leave } from '../../../shared/membership/membership';
import { getSecret } from '../../../shared/secrets';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { button, notice, warningText } from '../../../shared/ui/components';
import {
  checkbox,
  checkboxes,
  csrfInput,
  emptyForm,
  errorSummary,
  errorsByField,
  type FormState,
  honeypot,
  one,
  textField,
} from '../../../shared/ui/forms';
import { html } from '../../../shared/ui/html';
import { page, redirect } from '../../../shared/ui/layout';
import { membershipBody } from '../../network/routes';
import { consentLabel } from '../common';
import type { SiteRequest } from '../context';

const deps = async (req: SiteRequest) => ({
  table: defaultTable(),
  pepper: await getSecret('emailPepper'),
  now: req.now,
});

async function joinPage(req: SiteRequest, state: FormState = emptyForm(), status = 200) {
  const { lang } = req;
  if (req.query.sent)
    return page(req.frame, t('checkMail', lang), notice('success', lang, t('checkMailText', lang)));
  const areas = await activityPlan((await contentSources()).cached, lang);
  const form = html`<form method="post" action="/${lang}/network" novalidate>
${csrfInput(req.csrf)}
${honeypot(lang)}
${textField(state, 'name', t('name', lang), { required: true, autocomplete: 'name', lang, spellcheck: false })}
${textField(state, 'email', t('email', lang), { type: 'email', required: true, autocomplete: 'email', lang, spellcheck: false })}
${textField(state, 'organization', t('organization', lang), { autocomplete: 'organization', lang })}
${textField(state, 'municipality', t('municipality', lang), { lang })}
${
  areas.length
    ? checkboxes(
        state,
        'interests',
        t('interests', lang),
        areas.map((a) => ({ value: a.id, label: a.title ?? a.id })),
        { lang, hint: t('chooseAll', lang) },
      )
    : ''
}
${checkbox(state, 'wantsToCoordinate', t('wantsToCoordinate', lang), { lang, hint: t('coordinateHint', lang) })}
${checkbox(state, 'consent', consentLabel(lang), { required: true, lang, summaryLabel: t('consentShort', lang) })}
${button(t('join', lang))}
</form>`;
  return page(req.frame, t('network', lang), html`<p class="lead">${t('joinIntro', lang)}</p>${form}`, {
    status,
    errorSummary: errorSummary(state, lang),
    breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }],
  });
}

/** /{lang}/network: the join form (double opt-in), then "check your mail" on its own address. */
export async function networkRoute(req: SiteRequest) {
  const { lang } = req;
  if (req.method === 'GET') return joinPage(req);
  const interests = ([] as string[]).concat(req.form.interests ?? []);
  const values = {
    name: one(req.form.name),
    email: one(req.form.email),
    organization: one(req.form.organization),
    municipality: one(req.form.municipality),
  };
  const state: FormState = {
    values: {
      ...values,
      interests,
      wantsToCoordinate: one(req.form.wantsToCoordinate),
      consent: one(req.form.consent),
    },
    errors: new Map(),
  };
  const done = redirect(`/${lang}/network?sent=1`, req.frame.cookies);
  if (req.bot) return done;
  const body = Object.fromEntries(
    Object.entries({
      ...values,
      language: lang,
      interests: interests.length ? interests : undefined,
      wantsToCoordinate: one(req.form.wantsToCoordinate) === 'on' ? true : undefined,
      consent: one(req.form.consent) === 'on',
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = validatePart(membershipBody, body, '', lang);
  if (!parsed.ok)
    return joinPage(
      req,
      { ...state, errors: errorsByField(parsed.errors, (p) => p.split('.')[0] ?? p) },
      400,
    );
  await join(await deps(req), parsed.value, undefined);
  return done;
}

/**
 * /{lang}/network/confirm/{token} and /{lang}/network/leave/{token}: a button, never an action on GET
 * (mail scanners follow links); after the post, the result on its own address (?done=1).
 */
export async function membershipLinkRoute(req: SiteRequest, action: 'confirm' | 'leave', token: string) {
  const { lang } = req;
  const title = action === 'confirm' ? t('confirmMembership', lang) : t('leaveNetwork', lang);
  const self = `/${lang}/network/${action}/${token}`;
  if (req.method === 'GET') {
    if (req.query.done)
      return action === 'confirm'
        ? page(req.frame, t('welcome', lang), notice('success', lang, t('welcomeText', lang)))
        : page(req.frame, t('leaveNetwork', lang), notice('success', lang, t('left', lang)));
    return page(
      req.frame,
      title,
      html`${action === 'leave' ? warningText(lang, t('leaveText', lang)) : html`<p>${t('confirmText', lang)}</p>`}
<form method="post" action="${self}">${csrfInput(req.csrf)}${button(title, action === 'leave' ? { variant: 'warning' } : {})}</form>`,
    );
  }
  try {
    if (action === 'confirm') await confirm(await deps(req), token);
    else await leave(await deps(req), token);
    return redirect(`${self}?done=1`, req.frame.cookies);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
}
