import { formatDateTime } from '../../../shared/email/format';
import { HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { answerNomination, viewNomination } from '../../../shared/nominations/answer';
import type { Nominee, Role } from '../../../shared/nominations/seat-rules';
import { getSecret } from '../../../shared/secrets';
import {
  csrfInput,
  errorSummary,
  errorsByField,
  type FormState,
  one,
  selectField,
  textField,
} from '../../../shared/site/forms';
import { html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { answerBody } from '../../nominations/routes';
import type { SiteRequest } from '../context';

type View = Awaited<ReturnType<typeof viewNomination>>;
const fields = ['name', 'email', 'title', 'gender', 'language'] as const;

/** Every slot of the form: each seat of each role, two slots where a woman and a man are asked for. */
function slots(view: View) {
  const perSeat = view.round.askBothGenders ? 2 : 1;
  const out: { prefix: string; role: Role; seat: number; slot: number }[] = [];
  for (const role of ['member', 'deputy'] as const) {
    const count = role === 'member' ? view.round.seats.members : view.round.seats.deputies;
    for (let seat = 1; seat <= count; seat++) {
      for (let slot = 1; slot <= perSeat; slot++)
        out.push({ prefix: `${role}-${seat}-${slot}`, role, seat, slot });
    }
  }
  return out;
}

/** The current answer spread over the slots, so the form opens with it filled in. */
function valuesOf(view: View): FormState['values'] {
  const values: FormState['values'] = { justification: view.answer?.justification };
  const used = new Map<string, number>();
  for (const n of view.answer?.nominees ?? []) {
    const key = `${n.role}-${n.seat}`;
    const slot = (used.get(key) ?? 0) + 1;
    used.set(key, slot);
    for (const f of fields) values[`${key}-${slot}-${f}`] = n[f] as string | undefined;
  }
  return values;
}

function nominationPage(
  req: SiteRequest,
  token: string,
  view: View,
  state: FormState,
  message?: string,
  status = 200,
) {
  const { lang } = req;
  const roleName = (role: Role) => (role === 'member' ? t('member', lang) : t('deputy', lang));
  const genders = [
    { value: '', label: t('notGiven', lang) },
    ...(['woman', 'man', 'other', 'undisclosed'] as const).map((g) => ({ value: g, label: t(g, lang) })),
  ];
  const mailLanguages = (['sv', 'fi', 'en'] as Language[]).map((l) => ({
    value: l,
    label: { sv: 'Svenska', fi: 'Suomi', en: 'English' }[l],
  }));
  const form = html`<form method="post" action="/${lang}/nominations/${token}" novalidate>
${errorSummary(state, lang, message)}
${csrfInput(req.csrf)}
${view.round.askBothGenders ? html`<p class="notice">${t('bothGenders', lang)}</p>` : ''}
${slots(view).map(
  (s) => html`<fieldset>
<legend>${roleName(s.role)} – ${t('seat', lang)} ${s.seat}${view.round.askBothGenders ? html` · ${t('nominee', lang)} ${s.slot}` : ''}</legend>
${textField(state, `${s.prefix}-name`, t('name', lang), { autocomplete: 'off' })}
${textField(state, `${s.prefix}-email`, t('email', lang), { type: 'email', autocomplete: 'off' })}
${textField(state, `${s.prefix}-title`, t('title', lang), { lang })}
${selectField(state, `${s.prefix}-gender`, t('gender', lang), genders)}
${selectField(state, `${s.prefix}-language`, t('mailLanguage', lang), mailLanguages)}
</fieldset>`,
)}
${textField(state, 'justification', t('justification', lang), { multiline: true, lang })}
<button type="submit">${t('saveAnswer', lang)}</button>
</form>`;
  return page(
    req.frame,
    `${t('nominationTitle', lang)}: ${view.organization.name}`,
    html`${req.query.saved ? html`<div class="notice" role="status"><p>${t('answerSaved', lang)} (${t('version', lang)} ${view.answer?.version}).</p></div>` : ''}
<h2>${view.round.title}</h2>
${view.round.instructions ? html`<p>${view.round.instructions}</p>` : ''}
<p>${t('deadline', lang)}: <strong>${formatDateTime(view.round.deadline, lang)}</strong></p>
<p>${t('seats', lang)}: ${view.round.seats.members} × ${t('member', lang)}, ${view.round.seats.deputies} × ${t('deputy', lang)}</p>
${view.open ? form : html`<p class="notice">${t('closedRound', lang)}</p>`}
${
  view.versions.length
    ? html`<h2>${t('versions', lang)}</h2><ol>${view.versions.map(
        (v) =>
          html`<li>${t('version', lang)} ${v.version}, ${formatDateTime(v.answeredAt, lang)}: ${v.nominees.map((n) => `${n.name} (${roleName(n.role)} ${n.seat})`).join(', ')}</li>`,
      )}</ol>`
    : ''
}`,
    status,
  );
}

/** /{lang}/nominations/{token}: the organisation's answer form, opened from the mailed link. */
export async function nominationRoute(req: SiteRequest, token: string) {
  const { lang } = req;
  const table = defaultTable();
  let view: View;
  try {
    view = await viewNomination(table, token, lang, req.now);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return undefined;
    throw error;
  }
  if (req.method === 'GET')
    return nominationPage(req, token, view, { values: valuesOf(view), errors: new Map() });

  const values: FormState['values'] = { justification: one(req.form.justification) };
  const filled: { prefix: string; nominee: Partial<Nominee> }[] = [];
  for (const s of slots(view)) {
    for (const f of fields) values[`${s.prefix}-${f}`] = one(req.form[`${s.prefix}-${f}`]);
    const name = one(req.form[`${s.prefix}-name`]);
    const email = one(req.form[`${s.prefix}-email`]);
    if (!name && !email) continue;
    const gender = one(req.form[`${s.prefix}-gender`]);
    const title = one(req.form[`${s.prefix}-title`]);
    filled.push({
      prefix: s.prefix,
      nominee: {
        seat: s.seat,
        role: s.role,
        name,
        email,
        language: (one(req.form[`${s.prefix}-language`]) as Language) ?? lang,
        ...(gender ? { gender: gender as Nominee['gender'] } : {}),
        ...(title ? { title } : {}),
      },
    });
  }
  const rename = (path: string) => {
    const m = /^nominees\.(\d+)\.(\w+)/.exec(path);
    if (!m) return path;
    const prefix = filled[Number(m[1])]?.prefix ?? '';
    return `${prefix}-${m[2] === 'seat' || m[2] === 'role' ? 'name' : m[2]}`;
  };
  const body = {
    nominees: filled.map((f) => f.nominee),
    ...(values.justification ? { justification: values.justification } : {}),
  };
  const parsed = validatePart(answerBody, body, '', lang);
  if (!parsed.ok)
    return nominationPage(
      req,
      token,
      view,
      { values, errors: errorsByField(parsed.errors, rename) },
      undefined,
      400,
    );
  try {
    await answerNomination(
      { table, pepper: await getSecret('emailPepper'), now: req.now },
      token,
      parsed.value,
      lang,
    );
    return redirect(`/${lang}/nominations/${token}?saved=1`, req.frame.cookies);
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    const problem = error.toBody(lang);
    return nominationPage(
      req,
      token,
      view,
      { values, errors: errorsByField(problem.errors, rename) },
      problem.detail,
      error.status,
    );
  }
}
