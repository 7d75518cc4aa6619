import { contentSources } from '../../../shared/content/default-source';
import type { EventState } from '../../../shared/content/event-status';
import { pick } from '../../../shared/content/localize';
import { eventDetail, pastEvents, upcomingEvents } from '../../../shared/content/public-content';
import { retentionSettings } from '../../../shared/content/settings-cache';
import { formatDateTime, formatDateTimeInline, formatTime } from '../../../shared/email/format';
import { HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { pluralText } from '../../../shared/i18n/plural';
import { confirmSeat } from '../../../shared/registrations/confirm';
import { eventMetaCached } from '../../../shared/registrations/event-meta-cache';
import { cancelRegistration, viewRegistration } from '../../../shared/registrations/manage';
import { register } from '../../../shared/registrations/register';
import { getSecret } from '../../../shared/secrets';
import { eventPlurals } from '../../../shared/site/event-strings';
import { publicPagePath } from '../../../shared/site/page-path';
import { richText, siteRichText } from '../../../shared/site/rich-text';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import {
  button,
  buttonGroup,
  buttonLink,
  card,
  cards,
  notice,
  paragraphs,
  summaryList,
  type TagColour,
  tag,
  warningText,
} from '../../../shared/ui/components';
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
} from '../../../shared/ui/forms';
import { html } from '../../../shared/ui/html';
import { page, redirect } from '../../../shared/ui/layout';
import { registrationBody } from '../../registrations/routes';
import { canonicalRedirect } from '../canonical';
import { consentLabel, fill, formatDate, formatMonth, helsinkiMonth } from '../common';
import type { SiteRequest } from '../context';

type EventCard = Awaited<ReturnType<typeof upcomingEvents>>[number];
type Event = NonNullable<Awaited<ReturnType<typeof eventDetail>>>;

const stateColour: Record<EventState, TagColour> = {
  open: 'green',
  notYetOpen: 'blue',
  waitlist: 'yellow',
  full: 'red',
  closed: 'grey',
  past: 'grey',
  cancelled: 'red',
};

/** The status tag of an event: open, opens on…, full – waiting list, full, closed, past, cancelled. */
export function stateTag(e: Pick<EventCard, 'state' | 'registrationOpensAt'>, lang: Language) {
  const label = fill(t(`state_${e.state}`, lang), {
    date: e.registrationOpensAt ? formatDate(e.registrationOpensAt, lang) : '',
  });
  return tag(label, stateColour[e.state]);
}

const when = (e: Pick<EventCard, 'startsAt' | 'endsAt'>, lang: Language) =>
  `${formatDateTime(e.startsAt, lang)}–${formatTime(e.endsAt, lang)}`;

/** Where: the place, online, or both. */
function where(e: Pick<EventCard, 'mode' | 'place'>, lang: Language) {
  if (e.mode === 'online') return t('mode_online', lang);
  if (e.mode === 'hybrid') return [e.place, t('mode_online', lang)].filter(Boolean).join(' · ');
  return e.place ?? t('mode_onsite', lang);
}

export function eventCard(e: EventCard, req: SiteRequest, headingLevel: 2 | 3 = 3) {
  const { lang } = req;
  const tags = [stateTag(e, lang)];
  if (e.isExample) tags.push(tag(t('example', lang), 'grey'));
  const meta: string[] = [when(e, lang), where(e, lang)];
  if (e.state === 'open') meta.push(pluralText(eventPlurals.seatsLeft, lang, e.seatsLeft));
  return card({ href: publicPagePath('event', lang, e), title: e.title ?? e.id, tags, meta, headingLevel });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MODES = ['onsite', 'online', 'hybrid'] as const;

/**
 * /{lang}/events: the coming events with filters by month and format (a GET form: it works without
 * JavaScript and the filtered list has its own address), and past events apart, latest first.
 */
export async function eventsRoute(req: SiteRequest) {
  const { lang } = req;
  const source = (await contentSources()).cached;
  const table = defaultTable();
  const [upcoming, past] = await Promise.all([
    upcomingEvents(source, table, lang, req.now),
    pastEvents(source, table, lang, req.now),
  ]);
  const month = MONTH.test(req.query.month ?? '') ? (req.query.month as string) : '';
  const mode = (MODES as readonly string[]).includes(req.query.format ?? '')
    ? (req.query.format as string)
    : '';
  const shown = upcoming.filter(
    (e) => (!month || helsinkiMonth(e.startsAt) === month) && (!mode || e.mode === mode),
  );
  const months = [
    ...new Set([...upcoming.map((e) => helsinkiMonth(e.startsAt)), ...(month ? [month] : [])]),
  ].sort();
  const filter: FormState = { values: { month, format: mode }, errors: new Map() };
  const form = html`<form method="get" action="/${lang}/events" class="filters wide" aria-label="${t('filterTitle', lang)}">
${selectField(filter, 'month', t('month', lang), [
  { value: '', label: t('anyMonth', lang) },
  ...months.map((m) => ({ value: m, label: formatMonth(m, lang) })),
])}
${selectField(filter, 'format', t('format', lang), [
  { value: '', label: t('anyFormat', lang) },
  ...MODES.map((m) => ({ value: m, label: t(`mode_${m}`, lang) })),
])}
${button(t('showEvents', lang), { variant: 'secondary' })}
</form>`;
  return page(
    req.frame,
    t('eventsTitle', lang),
    html`<p class="lead">${t('eventsIntro', lang)}</p>
${form}
<h2 id="upcoming">${pluralText(eventPlurals.eventCount, lang, shown.length)}</h2>
${shown.length ? cards(shown.map((e) => eventCard(e, req))) : html`<p>${month || mode ? t('noMatchingEvents', lang) : t('noEvents', lang)}</p>`}
<h2 id="past">${t('pastEvents', lang)}</h2>
${past.length ? cards(past.map((e) => eventCard(e, req))) : html`<p>${t('noPastEvents', lang)}</p>`}`,
    { breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }] },
  );
}

/** What the form asks depends on the event: no dietary needs for an event held only online. */
function registrationForm(req: SiteRequest, event: Event, state: FormState) {
  const { lang } = req;
  const online = event.mode === 'online';
  return html`<form method="post" action="${publicPagePath('event', lang, event)}" novalidate>
${csrfInput(req.csrf)}
${honeypot(lang)}
${textField(state, 'name', t('name', lang), { required: true, autocomplete: 'name', lang, spellcheck: false })}
${textField(state, 'email', t('email', lang), { type: 'email', required: true, autocomplete: 'email', lang, spellcheck: false })}
${textField(state, 'organization', t('organization', lang), { autocomplete: 'organization', lang })}
${textField(state, 'municipality', t('municipality', lang), { lang })}
${online ? '' : textField(state, 'dietary', t('dietary', lang), { hint: t('dietaryHint', lang), lang, maxLength: 500 })}
${textField(state, 'accessibility', t('accessibilityNeeds', lang), { hint: online ? t('accessibilityHintOnline', lang) : t('accessibilityHint', lang), lang, maxLength: 500 })}
<p class="hint">${t(online ? 'needsKeptOnline' : 'needsKept', lang)}</p>
${checkbox(state, 'consent', consentLabel(lang), { required: true, lang, summaryLabel: t('consentShort', lang) })}
${button(event.state === 'waitlist' ? t('joinWaitlist', lang) : t('register', lang))}
</form>`;
}

/** The registration part of the event page, as the event's state allows. */
export function registrationPart(req: SiteRequest, event: Event, state: FormState) {
  const { lang } = req;
  const date = (iso: string | null) => (iso ? formatDateTimeInline(iso, lang) : '');
  switch (event.state) {
    case 'open':
      return html`<p>${pluralText(eventPlurals.seatsLeft, lang, event.seatsLeft)}. ${fill(t('closesAt', lang), { date: date(event.registrationClosesAt) })}</p>
${registrationForm(req, event, state)}`;
    case 'waitlist':
      return html`${notice('info', lang, t('text_waitlist', lang))}${registrationForm(req, event, state)}`;
    case 'notYetOpen':
      return html`<p>${fill(t('text_notYetOpen', lang), { date: date(event.registrationOpensAt) })}</p>`;
    case 'closed':
      return html`<p>${fill(t('text_closed', lang), { date: date(event.registrationClosesAt) })}</p>`;
    default:
      return html`<p>${t(`text_${event.state}`, lang)}</p>`;
  }
}

function eventPage(
  req: SiteRequest,
  event: Event,
  state: FormState = emptyForm(),
  message?: string,
  status = 200,
) {
  const { lang } = req;
  const registration = registrationPart(req, event, state);
  const summary = errorSummary(state, lang, message);
  const facts = [
    { key: t('when', lang), value: when(event, lang) },
    { key: event.mode === 'online' ? t('participation', lang) : t('where', lang), value: where(event, lang) },
    { key: t('registrationStatus', lang), value: stateTag(event, lang) },
  ];
  const sent = req.query.sent
    ? notice('success', lang, t('registrationReceived', lang), t('checkMail', lang))
    : '';
  return page(
    req.frame,
    event.title ?? '',
    html`${sent}${event.isExample ? html`<p>${tag(t('example', lang), 'grey')}</p>` : ''}
${summaryList(facts)}
${paragraphs(event.description)}
${richText(event.body, siteRichText(lang))}
<h2>${t('registrationHeading', lang)}</h2>
${registration}`,
    {
      status,
      errorSummary: summary,
      breadcrumbs: [
        { href: `/${lang}/`, label: t('home', lang) },
        { href: `/${lang}/events`, label: t('eventsNav', lang) },
      ],
    },
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

/**
 * /{lang}/events/{slug}: the event and its registration form (POST registers, then says to check the mail).
 * Its id or a slug of another language redirects there (canonical.ts).
 */
export async function eventRoute(req: SiteRequest, key: string) {
  const table = defaultTable();
  const source = (await contentSources()).cached;
  const event = await eventDetail(source, table, key, req.lang, req.now);
  if (!event) return undefined;
  const id = event.id;
  if (req.method === 'GET') return canonicalRedirect(req, 'event', key, event) ?? eventPage(req, event);

  const values = formValues(req);
  if (event.mode === 'online') values.dietary = undefined;
  const state: FormState = { values: { ...values, consent: one(req.form.consent) }, errors: new Map() };
  // One answer for a seat, a waitlist place, an address already registered (and a bot): post/redirect/get
  // to the event page's "check your mail" notice. The outcome and the manage link go by mail only.
  const received = () => redirect(`${publicPagePath('event', req.lang, event)}?sent=1`, req.frame.cookies);
  if (req.bot) return received();
  const body = Object.fromEntries(
    Object.entries({
      ...values,
      language: req.lang,
      consent: one(req.form.consent) === 'on',
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
      { ...event, ...(await eventDetail(source, table, id, req.lang, req.now)) },
      { ...state, errors: errorsByField(problem.errors) },
      problem.detail,
      error.status,
    );
  }
}

/**
 * /{lang}/registrations/{token}: status, waitlist place, the confirm button of a held seat (a GET never
 * confirms: mail scanners follow links), and cancelling after a confirmation step.
 */
export async function registrationRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  const table = defaultTable();
  let view: Awaited<ReturnType<typeof viewRegistration>>;
  let refused: string | undefined;
  try {
    if (req.method === 'POST') {
      const deps = {
        table,
        pepper: await getSecret('emailPepper'),
        now: req.now,
        meta: (eventId: string) => eventMetaCached(table, eventId),
      };
      if (one(req.form.action) === 'confirm') {
        try {
          await confirmSeat(deps, token);
          return redirect(`/${lang}/registrations/${token}?confirmed=1`, req.frame.cookies);
        } catch (error) {
          if (!(error instanceof HttpProblem) || error.status !== 409) throw error;
          refused = error.toBody(lang).detail;
        }
      } else {
        await cancelRegistration(deps, token);
        return redirect(`/${lang}/registrations/${token}?cancelled=1`, req.frame.cookies);
      }
    }
    view = await viewRegistration(table, token);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
  const meta = await eventMetaCached(table, view.eventId);
  const status = {
    confirmed: tag(t('confirmed', lang), 'green'),
    waitlisted: tag(t('waitlisted', lang), 'yellow'),
    pending: tag(t('pending', lang), 'yellow'),
    expired: tag(t('expired', lang), 'grey'),
    cancelled: tag(t('cancelled', lang), 'grey'),
  }[view.status];
  const banner = refused
    ? notice('error', lang, refused)
    : req.query.new && view.status !== 'cancelled'
      ? notice(
          'success',
          lang,
          t('mailSent', lang),
          view.status === 'waitlisted'
            ? t('waitlisted', lang)
            : view.status === 'pending'
              ? t('pending', lang)
              : t('registered', lang),
        )
      : req.query.confirmed && view.status === 'confirmed'
        ? notice('success', lang, t('confirmSeatDone', lang))
        : req.query.cancelled
          ? notice('success', lang, t('cancelDone', lang))
          : '';
  const self = `/${lang}/registrations/${token}`;
  const active = view.status !== 'cancelled' && view.status !== 'expired';
  const confirming = req.query.cancel === 'confirm' && active;
  const title = pick(meta?.title, lang) ?? view.eventId;
  const confirmSeatForm =
    view.status === 'pending' && view.holdExpiresAt && !confirming
      ? html`<p>${t('heldUntil', lang)} ${formatDateTime(view.holdExpiresAt, lang)}.</p>
<form method="post" action="${self}">${csrfInput(req.csrf)}<input type="hidden" name="action" value="confirm">${buttonGroup(button(t('confirmSeat', lang)))}</form>`
      : '';
  const actions = confirming
    ? html`<h2>${t('cancelQuestion', lang)}</h2>
${warningText(lang, t('cancelWarning', lang))}
<form method="post" action="${self}">${csrfInput(req.csrf)}${buttonGroup(button(t('confirmCancel', lang), { variant: 'warning' }), html`<a href="${self}">${t('keepRegistration', lang)}</a>`)}</form>`
    : active
      ? html`${confirmSeatForm}${buttonGroup(buttonLink(`${self}?cancel=confirm`, t('cancel', lang), 'secondary'))}`
      : '';
  return page(
    req.frame,
    t('manageRegistration', lang),
    html`${banner}
${summaryList([
  {
    key: t('eventsOf', lang),
    value: html`<a href="${publicPagePath('event', lang, { id: view.eventId, slugs: meta?.slugs })}">${title}</a>`,
  },
  ...(meta ? [{ key: t('when', lang), value: when(meta, lang) }] : []),
  { key: t('status', lang), value: status },
  ...(view.waitlistPosition ? [{ key: t('position', lang), value: String(view.waitlistPosition) }] : []),
])}
${actions}`,
  );
}
