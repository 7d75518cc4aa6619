import type { Language } from '../../shared/http/route';
import { t } from '../../shared/site/strings';
import { html } from '../../shared/ui/html';

const locales: Record<Language, string> = { sv: 'sv-FI', fi: 'fi-FI', en: 'en-GB' };

/** A day as people write it: "11 januari 2027", "11. tammikuuta 2027", "11 January 2027" (Helsinki). */
export const formatDate = (iso: string, lang: Language) =>
  new Intl.DateTimeFormat(locales[lang], {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));

/** "mars 2027", "maaliskuu 2027", "March 2027" for a YYYY-MM month. */
export function formatMonth(month: string, lang: Language) {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 15)),
  );
}

/** The calendar month (YYYY-MM) an instant falls in, in Helsinki. */
export const helsinkiMonth = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' })
    .format(new Date(iso))
    .slice(0, 7);

/** A text with {name} placeholders filled in. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

/** The consent checkbox's label, linking to the privacy notice (in a new tab, so the form is kept). */
export function consentLabel(lang: Language) {
  const [before = '', after = ''] = t('consentText', lang).split('{link}');
  return html`${before}<a href="/${lang}/privacy" target="_blank" rel="noopener">${t('privacyLink', lang)} (${t('opensInNewTab', lang)})</a>${after}`;
}
