import * as z from 'zod/mini';
import { juryList, setJury } from '../../../shared/applications/jury-assignments';
import { pick } from '../../../shared/content/localize';
import { retentionSettings } from '../../../shared/content/settings-cache';
import { HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { email } from '../../../shared/http/schemas';
import { validatePart } from '../../../shared/http/validate';
import {
  csrfInput,
  emptyForm,
  errorSummary,
  errorsByField,
  type FormState,
  one,
  textField,
} from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { button } from '../../../shared/ui/components';
import type { ConsolePage, ConsoleRequest } from '../context';
import { notice, staffCaller, when, writeDeps } from '../coordinator';
import { js } from '../jury-strings';
import { cs } from '../strings';
import { campaignOr404, campaignPath } from './campaign';

const juryPath = (lang: Language, campaignId: string) => `${campaignPath(lang, campaignId)}/jury`;

/**
 * The campaign's jury for coordinators, on the campaign's page: who is assigned (each with a remove
 * button) and the form that adds a juror by the email they sign in with. Both post to
 * campaigns/:campaignId/jury, which sets the jury with the same use case as PUT …/jury.
 */
export async function jurySection(
  req: ConsoleRequest,
  campaignId: string,
  state: FormState = emptyForm(),
): Promise<Html> {
  const { lang } = req;
  const { jurors } = await juryList(defaultTable(), campaignId);
  const action = juryPath(lang, campaignId);
  const done = req.query.jury === 'added' ? 'jurorAdded' : req.query.jury === 'removed' ? 'jurorRemoved' : '';
  return html`<section aria-labelledby="jury-heading" id="jury">
<h2 id="jury-heading">${js('jury', lang)}</h2>
${done ? notice(js(done, lang)) : ''}
<p>${js('juryIntro', lang)}</p>
${
  jurors.length
    ? html`<table>
<caption>${js('jury', lang)}</caption>
<thead><tr><th scope="col">${js('juror', lang)}</th><th scope="col">${js('assignedBy', lang)}</th><th scope="col"><span class="visually-hidden">${js('remove', lang)}</span></th></tr></thead>
<tbody>
${jurors.map(
  (j) => html`<tr>
<th scope="row">${j.email}</th>
<td>${j.assignedBy} ${when(j.assignedAt, lang)}</td>
<td><form method="post" action="${action}">${csrfInput(req.csrf)}<button type="submit" class="button button--secondary" name="remove" value="${j.email}" aria-label="${js('removeJuror', lang)}: ${j.email}">${js('remove', lang)}</button></form></td>
</tr>`,
)}
</tbody>
</table>`
    : html`<p>${js('noJurors', lang)}</p>`
}
<form method="post" action="${action}" novalidate>
${csrfInput(req.csrf)}
${textField(state, 'email', js('jurorEmail', lang), { type: 'email', required: true, autocomplete: 'off', spellcheck: false })}
${button(js('addJuror', lang), { name: 'add', value: '1' })}
</form>
</section>`;
}

const addForm = z.strictObject({ email: email() });

/** The jury section alone: where an add with an error is shown again (the error beside the field). */
async function renderJury(req: ConsoleRequest, state: FormState, message?: string, status = 200) {
  const { lang } = req;
  const found = await campaignOr404(req);
  if (!found.ok) return found.reply;
  const id = found.meta.documentId;
  const section = await jurySection(req, id, state);
  const main = html`${state.errors.size || message ? errorSummary(state, lang, message) : ''}
<p>${cs('campaign', lang)}: <a href="${campaignPath(lang, id)}">${pick(found.meta.title, lang) ?? id}</a></p>
${section}
<p><a href="${campaignPath(lang, id)}">${cs('backToCampaign', lang)}</a></p>`;
  return page(req.frame, `${js('jury', lang)}: ${pick(found.meta.title, lang) ?? id}`, main, status);
}

/**
 * GET: the jury section on its own. POST: add the email given (`add`) or remove the juror named
 * (`remove`), then back to the campaign's page (post/redirect/get).
 */
const juryPage: ConsolePage = {
  path: 'campaigns/:campaignId/jury',
  groups: ['coordinator'],
  get: (req) => renderJury(req, emptyForm()),
  async post(req) {
    const { lang } = req;
    const found = await campaignOr404(req);
    if (!found.ok) return found.reply;
    const campaignId = found.meta.documentId;
    const table = defaultTable();
    const current = (await juryList(table, campaignId)).jurors.map((j) => j.email);
    const removing = one(req.form.remove);
    let jurors: string[];
    if (removing !== undefined) jurors = current.filter((e) => e !== removing.trim().toLowerCase());
    else {
      const values = { email: one(req.form.email) ?? '' };
      const parsed = validatePart(addForm, values, '', lang);
      if (!parsed.ok)
        return renderJury(req, { values, errors: errorsByField(parsed.errors) }, undefined, 400);
      if (current.includes(parsed.value.email))
        return renderJury(
          req,
          { values, errors: new Map([['email', js('alreadyOnJury', lang)]]) },
          undefined,
          400,
        );
      jurors = [...current, parsed.value.email];
    }
    try {
      const { applicationDays } = await retentionSettings(table);
      await setJury(
        { ...(await writeDeps(req.now)), applicationDays },
        campaignId,
        jurors,
        staffCaller(req.staff),
      );
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      const problem = error.toBody(lang);
      return renderJury(
        req,
        { values: {}, errors: errorsByField(problem.errors) },
        problem.detail,
        error.status,
      );
    }
    return redirect(
      `${campaignPath(lang, campaignId)}?jury=${removing !== undefined ? 'removed' : 'added'}#jury`,
      req.frame.cookies,
    );
  },
};

export const juryAssignPages: readonly ConsolePage[] = [juryPage];
