import type { FieldError } from '../http/problem';
import type { Language } from '../http/route';
import { type Html, html } from './html';
import { t } from './strings';

export interface FormState {
  values: Record<string, string | string[] | undefined>;
  errors: Map<string, string>;
}

export const emptyForm = (): FormState => ({ values: {}, errors: new Map() });

/** Field errors of a problem, keyed by the form field they belong to. */
export function errorsByField(
  errors: readonly FieldError[] | undefined,
  rename: (path: string) => string = (p) => p,
) {
  const out = new Map<string, string>();
  for (const e of errors ?? []) {
    const field = rename(e.path);
    out.set(field, out.has(field) ? `${out.get(field)} ${e.message}` : e.message);
  }
  return out;
}

const id = (name: string) => `f-${name.replace(/[^\w-]/g, '-')}`;

function described(name: string, state: FormState, hint?: string) {
  const error = state.errors.get(name);
  const ids = [hint ? `${id(name)}-hint` : '', error ? `${id(name)}-error` : ''].filter(Boolean).join(' ');
  return { error, ids };
}

const errorLine = (name: string, error: string | undefined) =>
  error ? html`<p class="error" id="${id(name)}-error">${error}</p>` : '';
const hintLine = (name: string, hint: string | undefined) =>
  hint ? html`<p class="hint" id="${id(name)}-hint">${hint}</p>` : '';

export function textField(
  state: FormState,
  name: string,
  label: string,
  options: {
    type?: string;
    required?: boolean;
    autocomplete?: string;
    hint?: string;
    multiline?: boolean;
    lang?: Language;
  } = {},
): Html {
  const { error, ids } = described(name, state, options.hint);
  const value = String(state.values[name] ?? '');
  const common = html`id="${id(name)}" name="${name}"${options.required ? html` required aria-required="true"` : ''}${error ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}`;
  const optional =
    !options.required && options.lang
      ? html` <span class="optional">(${t('optional', options.lang)})</span>`
      : '';
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${id(name)}">${label}${optional}</label>
${hintLine(name, options.hint)}${errorLine(name, error)}
${
  options.multiline
    ? html`<textarea ${common} rows="4">${value}</textarea>`
    : html`<input ${common} type="${options.type ?? 'text'}" value="${value}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}>`
}
</div>`;
}

export function selectField(
  state: FormState,
  name: string,
  label: string,
  choices: readonly { value: string; label: string }[],
  required = false,
): Html {
  const { error, ids } = described(name, state);
  const current = String(state.values[name] ?? '');
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${id(name)}">${label}</label>
${errorLine(name, error)}
<select id="${id(name)}" name="${name}"${required ? html` required aria-required="true"` : ''}${error ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}>
${choices.map((c) => html`<option value="${c.value}"${c.value === current ? html` selected` : ''}>${c.label}</option>`)}
</select>
</div>`;
}

export function checkbox(
  state: FormState,
  name: string,
  label: string,
  options: { required?: boolean; value?: string } = {},
): Html {
  const { error, ids } = described(name, state);
  const value = options.value ?? 'on';
  const current = state.values[name];
  const checked = Array.isArray(current) ? current.includes(value) : current === value;
  const fieldId = options.value ? `${id(name)}-${value.replace(/[^\w-]/g, '-')}` : id(name);
  return html`<div class="field checkbox${error ? ' has-error' : ''}">
${errorLine(name, error)}
<input type="checkbox" id="${fieldId}" name="${name}" value="${value}"${checked ? html` checked` : ''}${options.required ? html` required aria-required="true"` : ''}${error ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}>
<label for="${fieldId}">${label}</label>
</div>`;
}

/** Hidden from people (and from assistive technology), tempting to bots: filled means not a person. */
export const honeypot = (lang: Language) =>
  html`<div class="hp" aria-hidden="true"><label for="f-website">${t('honeypot', lang)}</label><input type="text" id="f-website" name="website" tabindex="-1" autocomplete="off"></div>`;

export const csrfInput = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

export function errorSummary(state: FormState, lang: Language, message?: string): Html | '' {
  if (!state.errors.size && !message) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1">
<h2>${t('errorSummary', lang)}</h2>
${message ? html`<p>${message}</p>` : ''}
${state.errors.size ? html`<ul>${[...state.errors].map(([name, msg]) => html`<li><a href="#${id(name)}">${msg}</a></li>`)}</ul>` : ''}
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
