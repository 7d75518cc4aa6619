import type { StaffSession } from '../../shared/auth/session';
import type { Caller } from '../../shared/http/caller';
import { HttpProblem } from '../../shared/http/problem';
import type { Reply } from '../../shared/http/reply';
import type { Language } from '../../shared/http/route';
import { getSecret } from '../../shared/secrets';
import { emptyForm, errorSummary } from '../../shared/site/forms';
import { type Html, html } from '../../shared/site/html';
import { securityHeaders } from '../../shared/site/layout';
import { defaultTable } from '../../shared/table/client';

/**
 * What the coordinator's pages share: who acts (the signed-in person as the admin API's Caller, so a
 * use case records the same actor whichever way it was called), what a write needs, and how a page
 * shows a time, a result and a refusal.
 */
export const staffCaller = (staff: StaffSession): Caller => ({
  subject: staff.subject,
  groups: staff.groups,
  ...(staff.email ? { email: staff.email.toLowerCase() } : {}),
});

/** The table, the pepper (mail and activity items) and the request's clock, as the admin handlers pass them. */
export const writeDeps = async (now: Date) => ({
  table: defaultTable(),
  pepper: await getSecret('emailPepper'),
  now,
});

const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };

/** A time as people in Finland read it, short: Europe/Helsinki, in the page's language. */
export const when = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));

/** A calendar day (YYYY-MM-DD, already a Helsinki day) in the page's language. */
export const day = (ymd: string, lang: Language) =>
  new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${ymd}T00:00:00Z`),
  );

/** A done action's result, announced to screen readers after the redirect. */
export const notice = (content: Html | string) =>
  html`<div class="notice" role="status"><p>${content}</p></div>`;

/**
 * A use case's refusal as the page shows it: its status, and its message with every field error
 * (problem+json `detail` and `errors`) in the error summary. Anything else is not the user's doing
 * and goes on to the console's 503/500 handling.
 */
export function refusal(error: unknown, lang: Language): { status: number; summary: Html } {
  if (!(error instanceof HttpProblem)) throw error;
  const body = error.toBody(lang);
  const messages = [body.detail, ...(body.errors ?? []).map((e) => e.message)];
  return {
    status: error.status,
    summary: html`${errorSummary(emptyForm(), lang, messages.join(' '))}`,
  };
}

/** A CSV download, with the pages' security headers. */
export const csvReply = (text: string, filename: string): Reply => ({
  status: 200,
  text,
  contentType: 'text/csv; charset=utf-8',
  headers: { ...securityHeaders, 'content-disposition': `attachment; filename="${filename}"` },
});
