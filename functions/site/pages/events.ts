import { contentSources } from '../../../shared/content/default-source';
import { pick } from '../../../shared/content/localize';
import { eventDetail, type upcomingEvents } from '../../../shared/content/public-content';
import { retentionSettings } from '../../../shared/content/settings-cache';
import { formatDateTime, formatTime } from '../../../shared/email/format';
import { HttpProblem } from '../../../shared/http/problem';
import { validatePart } from '../../../shared/http/validate';
import { eventMetaCached } from '../../../shared/registrations/event-meta-cache';
import { cancelRegistration, viewRegistration } from '../../../shared/registrations/manage';
import { register } from '../../../shared/registrations/register';
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
import { page, redirect } from '../../../shared/site/layout';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { registrationBody } from '../../registrations/routes';
import type { SiteRequest } from '../context';

type Event = NonNullable<Awaited<ReturnType<typeof eventDetail>>>;

export function eventCard(e: Awaited<ReturnType<typeof upcomingEvents>>[number], req: SiteRequest) {
  const { lang } = req;
  return html`<article class="card">
<h3><a href="/${lang}/events/${e.id}">${e.title}</a>${e.isExample ? html` <span class="badge">${t('example', lang)}</span>` : ''}</h3>
<p class="meta">${formatDateTime(e.startsAt, lang)}–${formatTime(e.endsAt, lang)}${e.place ? html` · ${e.place}` : e.mode === 'online' ? html` · ${t('online', lang)}` : ''}</p>
<p>${e.registrationOpen ? html`${t('registrationOpen', lang)} · ${t('seatsLeft', lang)}: ${e.seatsLeft}` : t('registrationClosed', lang)}</p>
</article>`;
}

function registrationForm(req: SiteRequest, event: Event, state: FormState, message?: string) {
  const { lang } = req;
  return html`<form method="post" action="/${lang}/events/${event.id}" novalidate>
${errorSummary(state, lang, message)}
${csrfInput(req.csrf)}
${honeypot(lang)}
${textField(state, 'name', t('name', lang), { required: true, autocomplete: 'name' })}
${textField(state, 'email', t('email', lang), { type: 'email', required: true, autocomplete: 'email' })}
${textField(state, 'organization', t('organization', lang), { autocomplete: 'organization', lang })}
${textField(state, 'municipality', t('municipality', lang), { lang })}
${textField(state, 'dietary', t('dietary', lang), { hint: t('needsHint', lang), lang })}
${textField(state, 'accessibility', t('accessibilityNeeds', lang), { hint: t('needsHint', lang), lang })}
${checkbox(state, 'consent', t('consent', lang), { required: true })}
<button type="submit">${t('register', lang)}</button>
</form>`;
}

function eventPage(
  req: SiteRequest,
  event: Event,
  state: FormState = emptyForm(),
  message?: string,
  status = 200,
) {
  const { lang } = req;
  return page(
    req.frame,
    event.title ?? '',
    html`<p class="meta">${t('when', lang)}: ${formatDateTime(event.startsAt, lang)}–${formatTime(event.endsAt, lang)}</p>
${event.place ? html`<p class="meta">${t('where', lang)}: ${event.place}</p>` : ''}
${event.mode !== 'onsite' ? html`<p class="meta">${t('online', lang)}</p>` : ''}
${event.description ? html`<p>${event.description}</p>` : ''}
<h2>${t('register', lang)}</h2>
${
  event.registrationOpen
    ? html`<p>${t('seatsLeft', lang)}: ${event.seatsLeft}${event.seatsLeft === 0 ? html` · ${t('waitlistNote', lang)}` : ''}</p>${registrationForm(req, event, state, message)}`
    : html`<p>${message ?? t('registrationClosed', lang)}</p>`
}`,
    status,
  );
}

const formValues = (req: SiteRequest) => ({
  name: one(req.form.name),
  email: one(req.form.email),
  organization: one(req.form.organization),
  municipality: one(req.form.municipality),
  dietary: one(req.form.dietary),
  accessibility: one(req.form.accessibility),
});

/** /{lang}/events/{id}: the event and its registration form (POST registers, then says to check the mail). */
export async function eventRoute(req: SiteRequest, id: string) {
  const table = defaultTable();
  const source = (await contentSources()).cached;
  const event = await eventDetail(source, table, id, req.lang, req.now);
  if (!event) return undefined;
  if (req.method === 'GET') return eventPage(req, event);

  const values = formValues(req);
  const state: FormState = { values: { ...values, consent: one(req.form.consent) }, errors: new Map() };
  // One page for a seat, a waitlist place, an address already registered (and a bot): the outcome and
  // the manage link go by mail only.
  const received = () =>
    page(req.frame, t('checkMail', req.lang), html`<p>${t('registrationReceived', req.lang)}</p>`);
  if (req.bot) return received();
  const body = Object.fromEntries(
    Object.entries({
      ...values,
      language: req.lang,
      consent: one(req.form.consent) === 'on' ? true : undefined,
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = validatePart(registrationBody, body, '', req.lang);
  if (!parsed.ok)
    return eventPage(req, event, { ...state, errors: errorsByField(parsed.errors) }, undefined, 400);
  try {
    const [pepper, retention, meta] = await Promise.all([
      getSecret('emailPepper'),
      retentionSettings(table),
      eventMetaCached(table, id),
    ]);
    await register(
      { table, pepper, now: req.now, registrationDays: retention.registrationDays, meta },
      id,
      parsed.value,
      undefined,
    );
    return received();
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    const problem = error.toBody(req.lang);
    return eventPage(
      req,
      event,
      { ...state, errors: errorsByField(problem.errors) },
      problem.detail,
      error.status,
    );
  }
}

/** /{lang}/registrations/{token}: status, waitlist place, and the cancel button. */
export async function registrationRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  const table = defaultTable();
  let view: Awaited<ReturnType<typeof viewRegistration>>;
  try {
    if (req.method === 'POST') {
      const deps = {
        table,
        pepper: await getSecret('emailPepper'),
        now: req.now,
        meta: (eventId: string) => eventMetaCached(table, eventId),
      };
      await cancelRegistration(deps, token);
      return redirect(`/${lang}/registrations/${token}?cancelled=1`, req.frame.cookies);
    }
    view = await viewRegistration(table, token);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
  const meta = await eventMetaCached(table, view.eventId);
  const status = {
    confirmed: t('confirmed', lang),
    waitlisted: t('waitlisted', lang),
    cancelled: t('cancelled', lang),
  }[view.status];
  const banner = req.query.cancelled
    ? html`<div class="notice" role="status"><p>${t('cancelDone', lang)}</p></div>`
    : '';
  return page(
    req.frame,
    t('manageRegistration', lang),
    html`${banner}
<h2><a href="/${lang}/events/${view.eventId}">${pick(meta?.title, lang) ?? view.eventId}</a></h2>
${meta ? html`<p class="meta">${formatDateTime(meta.startsAt, lang)}–${formatTime(meta.endsAt, lang)}</p>` : ''}
<p>${t('status', lang)}: <strong>${status}</strong></p>
${view.waitlistPosition ? html`<p>${t('position', lang)}: <strong>${view.waitlistPosition}</strong></p>` : ''}
${
  view.status !== 'cancelled'
    ? html`<form method="post" action="/${lang}/registrations/${token}">${csrfInput(req.csrf)}<button type="submit" class="secondary">${t('cancel', lang)}</button></form>`
    : ''
}`,
  );
}
