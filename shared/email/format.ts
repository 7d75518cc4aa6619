import { config } from '../config';
import type { LocalizedMap } from '../content/localize';
import { pick } from '../content/localize';
import type { Language } from '../http/route';
import { type PublicPageType, publicPagePath } from '../site/page-path';

const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };

/** Dates as people in Finland read them: Europe/Helsinki, in the mail's language. */
export function formatDateTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/**
 * A date and time inside a sentence. Finnish inflects the weekday there ("perjantaina"), which Intl
 * cannot, so Finnish sentences get the numeric date: "viimeistään 29.1.2027 klo 16.00".
 */
export function formatDateTimeInline(iso: string, lang: Language): string {
  if (lang !== 'fi') return formatDateTime(iso, lang);
  return new Intl.DateTimeFormat(locales.fi, {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], { timeZone: 'Europe/Helsinki', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A link to a public page, in the recipient's language (the site serves /sv/, /fi/, /en/). */
export const pageLink = (lang: Language, path: string) => `${config.publicBaseUrl}/${lang}/${path}`;

/** A link to the page of an event, campaign, package or method: its slug address (shared/site/page-path.ts). */
export const publicPageLink = (
  type: PublicPageType,
  lang: Language,
  doc: Parameters<typeof publicPagePath>[2],
) => `${config.publicBaseUrl}${publicPagePath(type, lang, doc)}`;

export const text = (map: LocalizedMap | undefined, lang: Language) => pick(map, lang) ?? '';
