import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { erasePerson, erasurePreview } from '../../../shared/people/erase';
import { findPersonData, type PersonItem } from '../../../shared/people/person-data';
import { getSecret } from '../../../shared/secrets';
import {
  csrfInput,
  errorSummary,
  errorsByField,
  type FormState,
  one,
  textField,
} from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { personQuery } from '../../admin/routes';
import type { ConsolePage, ConsoleRequest } from '../context';
import { consoleStrings, ct, personItemKinds } from '../strings';
import { backLink, callerOf } from './coordinator-kit';

/**
 * Coordinators: data-subject requests by email address. Access (GET /admin/people: what is held, and
 * the same as a JSON download) and erasure (DELETE /admin/people) after a confirmation step that says
 * what will be erased, what stays and why; the erasure is recorded in the activity log.
 */

const base = (lang: Language) => `/${lang}/console/people`;
const withEmail = (path: string, email: string, extra = '') =>
  `${path}?email=${encodeURIComponent(email)}${extra}`;

const kindName = (kind: string, lang: Language) => personItemKinds[kind]?.[lang] ?? kind;

/** The address of a request, checked as the admin routes check it; `state` carries what to show again. */
function emailOf(req: ConsoleRequest, given: string | undefined) {
  const state: FormState = { values: { email: given ?? '' }, errors: new Map() };
  if (!given) return { state };
  const parsed = validatePart(personQuery, { email: given }, '', req.lang);
  if (!parsed.ok) return { state: { ...state, errors: errorsByField(parsed.errors) } };
  return { state, email: parsed.value.email };
}

const searchForm = (
  req: ConsoleRequest,
  state: FormState,
) => html`<form method="get" action="${base(req.lang)}" role="search" novalidate>
${errorSummary(state, req.lang)}
${textField(state, 'email', ct('emailAddress', req.lang), { type: 'email', required: true, autocomplete: 'off' })}
<button type="submit">${ct('search', req.lang)}</button>
</form>`;

const value = (v: unknown) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));

function heldTable(lang: Language, items: readonly PersonItem[]): Html {
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${ct('heldAbout', lang)}"><table>
<caption>${ct('heldAbout', lang)}</caption>
<thead><tr><th scope="col">${ct('kind', lang)}</th><th scope="col">${ct('item', lang)}</th><th scope="col">${ct('data', lang)}</th></tr></thead>
<tbody>
${items.map(
  (item) => html`<tr>
<th scope="row">${kindName(item.kind, lang)}</th>
<td><code>${item.id}</code></td>
<td><dl>${Object.entries(item.data).map(([k, v]) => html`<dt>${k}</dt><dd>${value(v)}</dd>`)}</dl></td>
</tr>`,
)}
</tbody>
</table></div>`;
}

export const peoplePage: ConsolePage = {
  path: 'people',
  groups: ['coordinator'],
  title: consoleStrings.people,
  async get(req) {
    const { lang } = req;
    const { state, email } = emailOf(req, one(req.query.email));
    const intro = html`<p>${ct('peopleIntro', lang)}</p>`;
    if (!email)
      return page(
        req.frame,
        ct('people', lang),
        html`${intro}${searchForm(req, state)}`,
        state.errors.size ? 400 : 200,
      );
    const items = await findPersonData(defaultTable(), await getSecret('emailPepper'), email);
    const notice =
      req.query.erased === '1'
        ? html`<div class="notice" role="status"><p>${ct('erasedNotice', lang)}</p></div>`
        : '';
    return page(
      req.frame,
      ct('people', lang),
      html`${notice}${intro}${searchForm(req, state)}
<h2>${ct('heldAbout', lang)} ${email}</h2>
${
  items.length
    ? html`${heldTable(lang, items)}
<p><a href="${withEmail(`${base(lang)}/export`, email)}" download>${ct('downloadExport', lang)}</a></p>
<p><a href="${withEmail(`${base(lang)}/erase`, email)}">${ct('eraseData', lang)}</a></p>`
    : html`<p>${ct('nothingHeld', lang)}</p>`
}`,
    );
  },
};

/** The access export: what GET /admin/people answers, as a file to hand to the person. */
export const personExportPage: ConsolePage = {
  path: 'people/export',
  groups: ['coordinator'],
  async get(req) {
    const { email } = emailOf(req, one(req.query.email));
    if (!email) return redirect(base(req.lang), req.frame.cookies);
    const items = await findPersonData(defaultTable(), await getSecret('emailPepper'), email);
    return {
      status: 200,
      text: JSON.stringify({ email, items }, null, 2),
      contentType: 'application/json; charset=utf-8',
      headers: { 'content-disposition': 'attachment; filename="personal-data.json"' },
    };
  },
};

export const personErasurePage: ConsolePage = {
  path: 'people/erase',
  groups: ['coordinator'],
  async get(req) {
    const { lang } = req;
    const { email } = emailOf(req, one(req.query.email));
    if (!email) return redirect(base(lang), req.frame.cookies);
    const plan = await erasurePreview(defaultTable(), await getSecret('emailPepper'), email, lang);
    const back = withEmail(base(lang), email);
    const perKind = new Map<string, number>();
    for (const item of plan.erased) perKind.set(item.kind, (perKind.get(item.kind) ?? 0) + 1);
    const erasedKinds = [...perKind].map(([kind, n]) => html`<li>${kindName(kind, lang)}: ${n}</li>`);
    return page(
      req.frame,
      ct('erasePersonalData', lang),
      html`<p><strong>${email}</strong></p>
<h2>${ct('willBeErased', lang)}</h2>
${plan.erased.length ? html`<ul>${erasedKinds}</ul>` : html`<p>${ct('nothingToErase', lang)}</p>`}
${plan.cancelled ? html`<p>${ct('activeRegistrationsNote', lang)} ${plan.cancelled}</p>` : ''}
<h2>${ct('willStay', lang)}</h2>
${
  plan.kept.length
    ? html`<div class="table-wrap" role="region" tabindex="0" aria-label="${ct('willStay', lang)}"><table>
<caption>${ct('willStay', lang)}</caption>
<thead><tr><th scope="col">${ct('kind', lang)}</th><th scope="col">${ct('item', lang)}</th><th scope="col">${ct('why', lang)}</th></tr></thead>
<tbody>${plan.kept.map((k) => html`<tr><th scope="row">${kindName(k.kind, lang)}</th><td><code>${k.id}</code></td><td>${k.reason}</td></tr>`)}</tbody>
</table></div>`
    : html`<p>${ct('nothingStays', lang)}</p>`
}
<p>${ct('linkItemsNote', lang)}</p>
${
  plan.erased.length
    ? html`<form method="post" action="${base(lang)}/erase">
${csrfInput(req.csrf)}
<input type="hidden" name="email" value="${email}">
<button type="submit">${ct('confirmErase', lang)}</button>
</form>`
    : ''
}
${backLink(back, ct('back', lang))}`,
    );
  },
  async post(req) {
    const { lang } = req;
    const { state, email } = emailOf(req, one(req.form.email));
    if (!email) return page(req.frame, ct('people', lang), searchForm(req, state), 400);
    await erasePerson(
      { table: defaultTable(), pepper: await getSecret('emailPepper'), now: req.now },
      email,
      lang,
      callerOf(req),
    );
    return redirect(withEmail(base(lang), email, '&erased=1'), req.frame.cookies);
  },
};
