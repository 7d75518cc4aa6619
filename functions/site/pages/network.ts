import { contentSources } from '../../../shared/content/default-source';
import { activityPlan } from '../../../shared/content/public-content';
import { HttpProblem } from '../../../shared/http/problem';
import { validatePart } from '../../../shared/http/validate';
import { confirm, join, leave } from '../../../shared/membership/membership';
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
  textField,
} from '../../../shared/site/forms';
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { membershipBody } from '../../network/routes';
import type { SiteRequest } from '../context';

const deps = async (req: SiteRequest) => ({
  table: defaultTable(),
  pepper: await getSecret('emailPepper'),
  now: req.now,
});

async function joinPage(req: SiteRequest, state: FormState = emptyForm(), status = 200) {
  const { lang } = req;
  const areas = await activityPlan((await contentSources()).cached, lang);
  return page(
    req.frame,
    t('network', lang),
    html`<p>${t('joinIntro', lang)}</p>
<form method="post" action="/${lang}/network" novalidate>
${errorSummary(state, lang)}
${csrfInput(req.csrf)}
${honeypot(lang)}
${textField(state, 'name', t('name', lang), { required: true, autocomplete: 'name' })}
${textField(state, 'email', t('email', lang), { type: 'email', required: true, autocomplete: 'email' })}
${textField(state, 'organization', t('organization', lang), { autocomplete: 'organization', lang })}
${textField(state, 'municipality', t('municipality', lang), { lang })}
<fieldset><legend>${t('interests', lang)}</legend>
${areas.map((a) => checkbox(state, 'interests', a.title ?? a.id, { value: a.id }))}
</fieldset>
${checkbox(state, 'wantsToCoordinate', t('wantsToCoordinate', lang))}
${checkbox(state, 'consent', t('consent', lang), { required: true })}
<button type="submit">${t('join', lang)}</button>
</form>`,
    status,
  );
}

/** /{lang}/network: the join form (double opt-in). */
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
  const done = page(req.frame, t('checkMail', lang), html`<p>${t('checkMailText', lang)}</p>`);
  if (req.bot) return done;
  const body = Object.fromEntries(
    Object.entries({
      ...values,
      language: lang,
      interests: interests.length ? interests : undefined,
      wantsToCoordinate: one(req.form.wantsToCoordinate) === 'on' ? true : undefined,
      consent: one(req.form.consent) === 'on' ? true : undefined,
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

/** /{lang}/network/confirm/{token} and /{lang}/network/leave/{token}: a button, never an action on GET (mail scanners follow links). */
export async function membershipLinkRoute(req: SiteRequest, action: 'confirm' | 'leave', token: string) {
  const { lang } = req;
  const title = action === 'confirm' ? t('confirmMembership', lang) : t('leaveNetwork', lang);
  if (req.method === 'GET') {
    return page(
      req.frame,
      title,
      html`${action === 'leave' ? html`<p>${t('leaveText', lang)}</p>` : ''}
<form method="post" action="/${lang}/network/${action}/${token}">${csrfInput(req.csrf)}<button type="submit">${title}</button></form>`,
    );
  }
  try {
    if (action === 'confirm') {
      await confirm(await deps(req), token);
      return page(req.frame, t('welcome', lang), html`<p>${t('welcome', lang)}</p>`);
    }
    await leave(await deps(req), token);
    return page(req.frame, t('leaveNetwork', lang), html`<p>${t('left', lang)}</p>`);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
}
