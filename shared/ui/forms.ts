import type { FieldError } from '../http/problem';
import type { Language } from '../http/route';
import { pluralText } from '../i18n/plural';
import { Html, html } from './html';
import { ui, uiPlurals } from './strings';

/**
 * Form fields after the GOV.UK and Suomi.fi habits: label, hint, error message (prefixed "Error:" for
 * screen readers), then the control; optional fields say so; a field in error gets a red border and
 * a thick left rule. Each field records its label and anchor in the form state as it renders, so the
 * error summary (rendered after the fields, shown first on the page) names every field it links to.
 */
export interface FormState {
  values: Record<string, string | string[] | undefined>;
  errors: Map<string, string>;
  /** Filled as fields render: the label each field name is summarised by, and its anchor id. */
  labels?: Map<string, Html>;
  anchors?: Map<string, string>;
}

export const emptyForm = (): FormState => ({ values: {}, errors: new Map() });

export type Label = string | Html;

/** Field errors of a problem, keyed by the form field they belong to; one field's messages are joined. */
export function errorsByField(
  errors: readonly FieldError[] | undefined,
  rename: (path: string) => string = (p) => p,
) {
  const out = new Map<string, string>();
  for (const e of errors ?? []) {
    const field = rename(e.path);
    const previous = out.get(field);
    if (previous?.includes(e.message)) continue;
    out.set(field, previous ? `${previous} ${e.message}` : e.message);
  }
  return out;
}

/** The id of a field's control: f-<name>, with anything but letters, digits, _ and - replaced. */
export const fieldId = (name: string) => `f-${name.replace(/[^\w-]/g, '-')}`;

const plainLabel = (label: Label) =>
  label instanceof Html ? new Html(label.value.replace(/<[^>]+>/g, '').trim()) : html`${label}`;

function remember(state: FormState, name: string, label: Label, anchor: string) {
  state.labels ??= new Map();
  state.anchors ??= new Map();
  if (!state.labels.has(name)) state.labels.set(name, plainLabel(label));
  if (!state.anchors.has(name)) state.anchors.set(name, anchor);
}

interface Common {
  required?: boolean;
  hint?: Html | string;
  /** Given: an optional field says "(optional)" in this language. */
  lang?: Language;
  /** A shorter name for the error summary than the label (e.g. "Consent" for a long consent text). */
  summaryLabel?: string;
}

function parts(state: FormState, name: string, id: string, options: Common, extraDescribedBy = '') {
  const error = state.errors.get(name);
  const describedBy = [options.hint ? `${id}-hint` : '', extraDescribedBy, error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const lang = options.lang;
  return {
    error,
    hint: options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : '',
    message: error
      ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${lang ? ui('errorPrefix', lang) : 'Error'}:</span> ${error}</span>`
      : '',
    aria: html`${options.required ? html` aria-required="true"` : ''}${error ? html` aria-invalid="true"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}`,
    optional: !options.required && lang ? html` <span class="optional">(${ui('optional', lang)})</span>` : '',
  };
}

export interface TextOptions extends Common {
  type?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'search';
  autocomplete?: string;
  multiline?: boolean;
  /** Shown as a hint and counted live (by the script) as people type; never cuts their text. */
  maxLength?: number;
  inputmode?: 'numeric' | 'decimal' | 'url' | 'email' | 'tel' | 'text';
  narrow?: boolean;
  spellcheck?: boolean;
}

export function textField(state: FormState, name: string, label: Label, options: TextOptions = {}): Html {
  const id = fieldId(name);
  remember(state, name, options.summaryLabel ?? label, id);
  const lang = options.lang;
  const counted = options.maxLength && lang ? options.maxLength : undefined;
  const p = parts(state, name, id, options, counted ? `${id}-count` : '');
  const value = String(state.values[name] ?? '');
  const cls = `${options.multiline ? 'textarea' : `input${options.narrow ? ' input--narrow' : ''}`}${p.error ? ' input--error' : ''}`;
  // A number is typed as text with a numeric keyboard: type=number turns "1 000" and "12,5" into nothing.
  const type = options.type === 'number' ? 'text' : (options.type ?? 'text');
  const inputmode = options.inputmode ?? (options.type === 'number' ? 'numeric' : undefined);
  const counter =
    counted && lang
      ? html`<span class="char-count" id="${id}-count" data-count-for="${id}" data-max="${counted}" data-left-one="${uiPlurals.charactersLeft[lang].one}" data-left-other="${uiPlurals.charactersLeft[lang].other}" data-over-one="${uiPlurals.charactersOver[lang].one}" data-over-other="${uiPlurals.charactersOver[lang].other}">${pluralText(uiPlurals.charactersAllowed, lang, counted)}</span>`
      : '';
  const common = html`id="${id}" name="${name}" class="${cls}"${p.aria}${options.spellcheck === false ? html` spellcheck="false"` : ''}${inputmode ? html` inputmode="${inputmode}"` : ''}`;
  return html`<div class="field${p.error ? ' field--error' : ''}">
<label class="label" for="${id}">${label}${p.optional}</label>
${p.hint}${p.message}
${
  options.multiline
    ? html`<textarea ${common} rows="5">${value}</textarea>`
    : html`<input ${common} type="${type}" value="${value}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}>`
}
${counter}
</div>`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export function selectField(
  state: FormState,
  name: string,
  label: Label,
  choices: readonly Choice[],
  requiredOrOptions: boolean | Common = false,
): Html {
  const options: Common =
    typeof requiredOrOptions === 'boolean' ? { required: requiredOrOptions } : requiredOrOptions;
  const id = fieldId(name);
  remember(state, name, options.summaryLabel ?? label, id);
  const p = parts(state, name, id, options);
  const current = String(state.values[name] ?? '');
  return html`<div class="field${p.error ? ' field--error' : ''}">
<label class="label" for="${id}">${label}${p.optional}</label>
${p.hint}${p.message}
<select id="${id}" name="${name}" class="select${p.error ? ' input--error' : ''}"${p.aria}>
${choices.map((c) => html`<option value="${c.value}"${c.value === current ? html` selected` : ''}>${c.label}</option>`)}
</select>
</div>`;
}

/** One checkbox on its own (consent, "I could coordinate"), or one option of a group (`value`). */
export function checkbox(
  state: FormState,
  name: string,
  label: Label,
  options: Common & { value?: string; bare?: boolean } = {},
): Html {
  const value = options.value ?? 'on';
  const id = options.value ? `${fieldId(name)}-${value.replace(/[^\w-]/g, '-')}` : fieldId(name);
  remember(state, name, options.summaryLabel ?? label, id);
  const p = parts(state, name, id, options);
  const current = state.values[name];
  const checked = Array.isArray(current) ? current.includes(value) : current === value;
  const box = html`<div class="checkbox">
<input type="checkbox" id="${id}" name="${name}" value="${value}"${checked ? html` checked` : ''}${options.bare ? '' : p.aria}>
<label for="${id}">${label}</label>
</div>`;
  if (options.bare) return box;
  return html`<div class="field${p.error ? ' field--error' : ''}">${p.hint}${p.message}${box}</div>`;
}

/** A group of checkboxes or radios: one question, one legend, one error for the group. */
function choiceGroup(
  kind: 'checkbox' | 'radio',
  state: FormState,
  name: string,
  legend: Label,
  choices: readonly Choice[],
  options: Common & { legendClass?: string },
): Html {
  const base = fieldId(name);
  const first = choices[0] ? `${base}-${choices[0].value.replace(/[^\w-]/g, '-')}` : base;
  remember(state, name, options.summaryLabel ?? legend, first);
  const p = parts(state, name, base, options);
  const current = state.values[name];
  const isChecked = (v: string) => (Array.isArray(current) ? current.includes(v) : current === v);
  return html`<div class="field${p.error ? ' field--error' : ''}">
<fieldset class="fieldset"${p.error || options.hint ? html` aria-describedby="${[options.hint ? `${base}-hint` : '', p.error ? `${base}-error` : ''].filter(Boolean).join(' ')}"` : ''}>
<legend class="legend${options.legendClass ? ` ${options.legendClass}` : ''}">${legend}${p.optional}</legend>
${p.hint}${p.message}
<div class="${kind === 'checkbox' ? 'checkboxes' : 'radios'}">
${choices.map((c) => {
  const id = `${base}-${c.value.replace(/[^\w-]/g, '-')}`;
  return html`<div class="${kind}"><input type="${kind}" id="${id}" name="${name}" value="${c.value}"${isChecked(c.value) ? html` checked` : ''}${c.hint ? html` aria-describedby="${id}-hint"` : ''}><label for="${id}">${c.label}${c.hint ? html`<span class="hint" id="${id}-hint">${c.hint}</span>` : ''}</label></div>`;
})}
</div>
</fieldset>
</div>`;
}

export const checkboxes = (
  state: FormState,
  name: string,
  legend: Label,
  choices: readonly Choice[],
  options: Common = {},
) => choiceGroup('checkbox', state, name, legend, choices, options);

export const radios = (
  state: FormState,
  name: string,
  legend: Label,
  choices: readonly Choice[],
  options: Common = {},
) => choiceGroup('radio', state, name, legend, choices, options);

/** Fields that answer one question together (a seat's nominees, a company's details). */
export const fieldset = (
  legend: Label,
  content: Html | Html[],
  options: { hint?: Html | string; box?: boolean; id?: string } = {},
) =>
  html`<fieldset class="fieldset${options.box ? ' fieldset--box' : ''}"${options.id ? html` id="${options.id}"` : ''}>
<legend class="legend">${legend}</legend>
${options.hint ? html`<p class="hint">${options.hint}</p>` : ''}
${content}
</fieldset>`;

/**
 * Hidden from people (and from assistive technology), tempting to bots: filled means not a person.
 * `form` keeps its id unique where a page has two forms.
 */
export const honeypot = (lang: Language, form = 'form') =>
  html`<div class="hp" aria-hidden="true"><label for="${form}-website">${ui('honeypot', lang)}</label><input type="text" id="${form}-website" name="website" tabindex="-1" autocomplete="off"></div>`;

export const csrfInput = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

/**
 * The error summary: first in main, focused on load, each error naming its field and linking to it.
 * Render it after the form's fields, which record their labels. A message without a field (the event
 * is full, the company has applied already) is shown above the list.
 */
export function errorSummary(state: FormState, lang: Language, message?: string): Html | '' {
  if (!state.errors.size && !message) return '';
  const items = [...state.errors].map(([name, text]) => {
    const label = state.labels?.get(name);
    const anchor = state.anchors?.get(name) ?? fieldId(name);
    return html`<li><a href="#${anchor}" data-field="${anchor}">${label ? html`${label}: ` : ''}${text}</a></li>`;
  });
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" data-error-summary autofocus>
<h2 class="error-summary__title" id="error-summary-title">${ui('errorSummary', lang)}</h2>
${message ? html`<p>${message}</p>` : ''}
${items.length ? html`<ul class="error-summary__list">${items}</ul>` : ''}
</div>`;
}

/** application/x-www-form-urlencoded into values; repeated names become arrays. */
export function parseForm(body: string | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(body ?? '')) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** A web address as people type it: "www.example.fi" means https://www.example.fi. */
export function withScheme(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed || undefined;
  return `https://${trimmed.replace(/^\/+/, '')}`;
}
