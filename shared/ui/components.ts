import type { Language } from '../http/route';
import { type Html, html } from './html';
import { ui } from './strings';

/**
 * The building blocks pages are made of, after the GOV.UK and Suomi.fi design systems: tags, notices
 * (notification banners), warning and inset text, buttons, cards, summary lists, breadcrumbs and the
 * back link. None knows which service it is in: the public site and the staff console use them alike.
 */

export type TagColour = 'green' | 'blue' | 'yellow' | 'red' | 'grey';

/** A status tag ("Open", "Full – waiting list"): a short label, never a link or a button. */
export const tag = (label: string, colour: TagColour = 'blue') =>
  html`<strong class="tag tag--${colour}">${label}</strong>`;

export type NoticeKind = 'success' | 'info' | 'warning' | 'error';

/**
 * A notification banner. Success is announced (role=status) and, on the page it was redirected to,
 * focused by the script so a screen reader hears it first; the others are plain regions.
 */
export function notice(kind: NoticeKind, lang: Language, body: Html | string, title?: string) {
  const heading =
    title ??
    (kind === 'success'
      ? ui('success', lang)
      : kind === 'warning'
        ? ui('warning', lang)
        : kind === 'error'
          ? ui('errorPrefix', lang)
          : ui('important', lang));
  const role = kind === 'success' ? html` role="status"` : kind === 'error' ? html` role="alert"` : '';
  const body_ = typeof body === 'string' ? html`<p>${body}</p>` : body;
  return html`<div class="notice notice--${kind}"${role} tabindex="-1"${kind === 'success' ? html` data-focus-on-load` : ''}>
<p class="notice__title">${heading}</p>
<div class="notice__body">${body_}</div>
</div>`;
}

/** Warning text: something people must know before they act (the "!" is not read out; "Warning" is). */
export const warningText = (lang: Language, text: Html | string) =>
  html`<div class="warning-text"><span class="warning-text__icon" aria-hidden="true">!</span><p><span class="visually-hidden">${ui('warning', lang)}: </span>${text}</p></div>`;

/** Inset text: a quote, an example or an aside set off from what surrounds it. */
export const insetText = (content: Html | string) => html`<div class="inset">${content}</div>`;

export type ButtonVariant = 'primary' | 'secondary' | 'warning';

/** A submit button; `name`/`value` say which action a form with several buttons is asked for. */
export function button(
  label: string,
  options: { variant?: ButtonVariant; name?: string; value?: string; type?: 'submit' | 'button' } = {},
) {
  const variant = options.variant && options.variant !== 'primary' ? ` button--${options.variant}` : '';
  return html`<button type="${options.type ?? 'submit'}" class="button${variant}"${options.name ? html` name="${options.name}" value="${options.value ?? ''}"` : ''}>${label}</button>`;
}

/** A link styled as a button (a start button, or "Cancel" beside a warning button). */
export const buttonLink = (href: string, label: string, variant: ButtonVariant = 'secondary') =>
  html`<a href="${href}" class="button${variant === 'primary' ? '' : ` button--${variant}`}" role="button" draggable="false">${label}</a>`;

export const buttonGroup = (...items: (Html | string)[]) => html`<div class="button-group">${items}</div>`;

export interface Crumb {
  href: string;
  label: string;
}

/** Where the page sits; the current page is the page's own h1, so it is not repeated here. */
export const breadcrumbs = (lang: Language, crumbs: readonly Crumb[]) =>
  crumbs.length
    ? html`<nav class="breadcrumbs" aria-label="${ui('breadcrumbs', lang)}"><ol>${crumbs.map((c) => html`<li><a href="${c.href}">${c.label}</a></li>`)}</ol></nav>`
    : '';

export const backLink = (href: string, label: string) =>
  html`<a class="back-link" href="${href}">${label}</a>`;

/** A card of a list (an event, a campaign): its heading links to the page, the rest is summary. */
export function card(options: {
  href: string;
  title: string;
  tags?: Html[];
  meta?: (Html | string)[];
  body?: Html | string;
  headingLevel?: 2 | 3;
}) {
  const h = options.headingLevel ?? 3;
  const heading = html`<a href="${options.href}">${options.title}</a>`;
  return html`<li class="card">
${h === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
${options.tags?.length ? html`<p>${options.tags.map((t, i) => html`${i ? ' ' : ''}${t}`)}</p>` : ''}
${options.meta?.length ? html`<p class="meta">${options.meta.map((m, i) => html`${i ? html`<br>` : ''}${m}`)}</p>` : ''}
${options.body ? html`<p>${options.body}</p>` : ''}
</li>`;
}

export const cards = (items: readonly Html[]) => html`<ul class="cards">${items}</ul>`;

/** Key–value pairs (what was answered, an event's facts). */
export const summaryList = (rows: readonly { key: string; value: Html | string }[]) =>
  html`<dl class="summary-list">${rows.map((r) => html`<div><dt>${r.key}</dt><dd>${r.value}</dd></div>`)}</dl>`;

/** Plain text with blank lines between paragraphs, as editors write it in the Studio. */
export const paragraphs = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);
