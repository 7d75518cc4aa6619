import { formatDateTime } from '../../../shared/email/format';
import { HttpProblem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { validatePart } from '../../../shared/http/validate';
import { pluralText } from '../../../shared/i18n/plural';
import { answerNomination, viewNomination } from '../../../shared/nominations/answer';
import {
  checkSeats,
  describeDeviation,
  type Nominee,
  type Role,
  seatLabel,
} from '../../../shared/nominations/seat-rules';
import { getSecret } from '../../../shared/secrets';
import { nominationPlurals } from '../../../shared/site/nomination-strings';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { button, insetText, notice, summaryList } from '../../../shared/ui/components';
import {
  csrfInput,
  errorSummary,
  errorsByField,
  type FormState,
  fieldset,
  one,
  selectField,
  textField,
} from '../../../shared/ui/forms';
import { html } from '../../../shared/ui/html';
import { languageNames, page, redirect } from '../../../shared/ui/layout';
import { answerBody } from '../../nominations/routes';
import { fill, formatDate } from '../common';
import type { SiteRequest } from '../context';

type View = Awaited<ReturnType<typeof viewNomination>>;
/** The fields a nominee is asked for: the fewest the answer needs (a title is kept, not asked). */
const fields = ['name', 'email', 'gender', 'language', 'title'] as const;
const genders = ['woman', 'man', 'other', 'undisclosed'] as const;

interface Seat {
  role: Role;
  seat: number;
  /** Field name prefixes of the seat's nominees: one, or two where a woman and a man are asked for. */
  slots: string[];
}

/** Every seat of the round, members first; two nominee slots a seat where a woman and a man are asked for. */
function seatsOf(view: View): Seat[] {
  const perSeat = view.round.askBothGenders ? 2 : 1;
  const out: Seat[] = [];
  for (const role of ['member', 'deputy'] as const) {
    const count = role === 'member' ? view.round.seats.members : view.round.seats.deputies;
    for (let seat = 1; seat <= count; seat++)
      out.push({ role, seat, slots: Array.from({ length: perSeat }, (_, i) => `${role}-${seat}-${i + 1}`) });
  }
  return out;
}

/** The current answer spread over the slots, so the form opens with it filled in. */
function valuesOf(view: View, lang: Language): FormState['values'] {
  const values: FormState['values'] = { justification: view.answer?.justification };
  const used = new Map<string, number>();
  for (const n of view.answer?.nominees ?? []) {
    const key = `${n.role}-${n.seat}`;
    const slot = (used.get(key) ?? 0) + 1;
    used.set(key, slot);
    for (const f of fields) values[`${key}-${slot}-${f}`] = n[f] as string | undefined;
  }
  // An empty slot's mail language is the page's: a Finnish page proposes Finnish.
  for (const seat of seatsOf(view)) for (const prefix of seat.slots) values[`${prefix}-language`] ??= lang;
  return values;
}

const filled = (values: FormState['values'], prefix: string) =>
  !!(one(values[`${prefix}-name`]) || one(values[`${prefix}-email`]));

const roleLabel = (role: Role, lang: Language) => (role === 'member' ? t('member', lang) : t('deputy', lang));

/**
 * The balance panel: per role the women and men proposed, and exactly what is missing (a seat without
 * nominees, a seat without a woman or a man where both are asked for). The server renders it from the
 * form's values; the script (shared/ui/script.ts) recounts it from the same description as people type.
 */
function balance(view: View, values: FormState['values'], lang: Language) {
  const seats = seatsOf(view);
  const both = view.round.askBothGenders;
  const missingText = (s: Seat, missing: ('woman' | 'man')[]) =>
    describeDeviation({ seat: s.seat, role: s.role, missing }, lang);
  const roles = (['member', 'deputy'] as const)
    .map((role) => ({ role, seats: seats.filter((s) => s.role === role) }))
    .filter((r) => r.seats.length);
  const description = roles.map((r) => ({
    line: fill(t('roleLine', lang), { role: r.role === 'member' ? t('members', lang) : t('deputies', lang) }),
    women: nominationPlurals.women[lang],
    men: nominationPlurals.men[lang],
    total: nominationPlurals.nominees[lang],
    both,
    seats: r.seats.map((s) => ({
      slots: s.slots,
      empty: fill(t('seatEmpty', lang), { seat: seatLabel(s.seat, s.role, lang) }),
      missing: {
        woman: missingText(s, ['woman']),
        man: missingText(s, ['man']),
        'woman+man': missingText(s, ['woman', 'man']),
      },
    })),
  }));
  const lines: string[] = [];
  const missing: string[] = [];
  for (const [i, r] of roles.entries()) {
    let women = 0;
    let men = 0;
    let total = 0;
    for (const s of r.seats) {
      const given = s.slots.filter((p) => filled(values, p)).map((p) => one(values[`${p}-gender`]) ?? '');
      total += given.length;
      women += given.filter((g) => g === 'woman').length;
      men += given.filter((g) => g === 'man').length;
      if (!given.length) missing.push(description[i]?.seats.find((d) => d.slots === s.slots)?.empty ?? '');
      else if (both) {
        const lacks = (['woman', 'man'] as const).filter((g) => !given.includes(g));
        if (lacks.length) missing.push(missingText(s, lacks));
      }
    }
    lines.push(
      fill(description[i]?.line ?? '', {
        women: pluralText(nominationPlurals.women, lang, women),
        men: pluralText(nominationPlurals.men, lang, men),
        total: pluralText(nominationPlurals.nominees, lang, total),
      }),
    );
  }
  return html`<section class="balance ${missing.length ? 'balance--missing' : 'balance--ok'}" aria-labelledby="balance-title" data-balance="${JSON.stringify(description)}" data-text-ok="${t('balanceOk', lang)}" data-text-missing="${t('balanceMissing', lang)}">
<h2 id="balance-title">${t('balanceTitle', lang)}</h2>
<ul data-balance-lines>${lines.map((l) => html`<li>${l}</li>`)}</ul>
<div aria-live="polite">
<p data-balance-status><strong>${missing.length ? t('balanceMissing', lang) : t('balanceOk', lang)}</strong></p>
<ul data-balance-missing>${missing.map((m) => html`<li>${m}</li>`)}</ul>
</div>
<p class="hint" data-balance-nojs>${t('balanceNoJs', lang)}</p>
</section>`;
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
  const genderChoices = [
    { value: '', label: t('choose', lang) },
    ...genders.map((g) => ({ value: g, label: t(g, lang) })),
  ];
  const languageChoices = (['sv', 'fi', 'en'] as Language[]).map((l) => ({
    value: l,
    label: languageNames[l],
  }));
  const nominee = (s: Seat, prefix: string, index: number) => {
    // A seat with one nominee needs no inner legend; two get "Nominee 1" and "Nominee 2". The error
    // summary names the seat and the nominee too, since every nominee has a "Name" and an "Email".
    const seatName = fill(t('seatLegend', lang), { role: roleLabel(s.role, lang), seat: s.seat });
    const nomineeName = fill(t('nomineeLegend', lang), { n: index + 1 });
    const where = s.slots.length > 1 ? `${seatName}, ${nomineeName.toLocaleLowerCase(lang)}` : seatName;
    const named = (label: string) => `${where} – ${label}`;
    const content = html`${textField(state, `${prefix}-name`, t('name', lang), { autocomplete: 'off', spellcheck: false, summaryLabel: named(t('name', lang)) })}
${textField(state, `${prefix}-email`, t('email', lang), { type: 'email', autocomplete: 'off', spellcheck: false, summaryLabel: named(t('email', lang)) })}
${selectField(state, `${prefix}-gender`, t('genderLabel', lang), genderChoices, { lang, summaryLabel: named(t('genderLabel', lang)) })}
${selectField(state, `${prefix}-language`, t('mailLanguage', lang), languageChoices, { summaryLabel: named(t('mailLanguage', lang)) })}
${state.values[`${prefix}-title`] ? html`<input type="hidden" name="${prefix}-title" value="${String(state.values[`${prefix}-title`])}">` : ''}`;
    return s.slots.length > 1 ? fieldset(nomineeName, content) : content;
  };
  const form = html`<form method="post" action="/${lang}/nominations/${token}" novalidate>
${csrfInput(req.csrf)}
${view.round.askBothGenders ? html`<p>${t('bothGenders', lang)}</p>` : ''}
${insetText(html`<p>${t('nomineeFieldsHint', lang)}</p>`)}
${seatsOf(view).map((s) =>
  fieldset(
    fill(t('seatLegend', lang), { role: roleLabel(s.role, lang), seat: s.seat }),
    s.slots.map((prefix, i) => nominee(s, prefix, i)),
    { box: true, ...(view.round.askBothGenders ? { hint: t('seatHintBoth', lang) } : {}) },
  ),
)}
${balance(view, state.values, lang)}
${textField(state, 'justification', t('justification', lang), { multiline: true, lang, maxLength: 4000, hint: t('justificationHint', lang) })}
${button(t('saveAnswer', lang))}
</form>`;
  const seatsText = [
    pluralText(nominationPlurals.members, lang, view.round.seats.members),
    pluralText(nominationPlurals.deputies, lang, view.round.seats.deputies),
  ].join(lang === 'fi' ? ' ja ' : lang === 'sv' ? ' och ' : ' and ');
  return page(
    req.frame,
    view.round.title ?? t('nominationTitle', lang),
    html`${req.query.saved ? notice('success', lang, `${t('answerSaved', lang)} (${t('version', lang)} ${view.answer?.version}).`) : ''}
${summaryList([
  { key: t('organisation', lang), value: view.organization.name },
  { key: t('answerBy', lang), value: formatDateTime(view.round.deadline, lang) },
  { key: t('seatsAsked', lang), value: seatsText },
  ...(view.round.term?.start && view.round.term.end
    ? [
        {
          key: t('term', lang),
          value: `${formatDate(view.round.term.start, lang)} – ${formatDate(view.round.term.end, lang)}`,
        },
      ]
    : []),
])}
${view.round.instructions ? html`<p>${view.round.instructions}</p>` : ''}
${view.open ? form : notice('info', lang, t('closedRound', lang))}
${
  view.versions.length
    ? html`<h2>${t('versions', lang)}</h2><ol>${view.versions.map(
        (v) =>
          html`<li>${t('version', lang)} ${v.version}, ${formatDateTime(v.answeredAt, lang)}: ${v.nominees.map((n) => `${n.name} (${roleLabel(n.role, lang)} ${n.seat})`).join(', ')}</li>`,
      )}</ol>`
    : ''
}`,
    { status, errorSummary: errorSummary(state, lang, message) },
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
    return nominationPage(req, token, view, { values: valuesOf(view, lang), errors: new Map() });

  const values: FormState['values'] = { justification: one(req.form.justification) };
  const nominees: { prefix: string; nominee: Partial<Nominee> }[] = [];
  for (const s of seatsOf(view)) {
    for (const prefix of s.slots) {
      for (const f of fields) values[`${prefix}-${f}`] = one(req.form[`${prefix}-${f}`]);
      if (!filled(values, prefix)) continue;
      const gender = one(req.form[`${prefix}-gender`]);
      const title = one(req.form[`${prefix}-title`]);
      nominees.push({
        prefix,
        nominee: {
          seat: s.seat,
          role: s.role,
          name: one(req.form[`${prefix}-name`]),
          email: one(req.form[`${prefix}-email`]),
          language: (one(req.form[`${prefix}-language`]) as Language) ?? lang,
          ...(gender ? { gender: gender as Nominee['gender'] } : {}),
          ...(title ? { title } : {}),
        },
      });
    }
  }
  const rename = (path: string) => {
    const m = /^nominees\.(\d+)\.(\w+)/.exec(path);
    if (!m) return path;
    const prefix = nominees[Number(m[1])]?.prefix ?? '';
    return `${prefix}-${m[2] === 'seat' || m[2] === 'role' ? 'name' : m[2]}`;
  };
  const body = {
    nominees: nominees.map((f) => f.nominee),
    ...(values.justification ? { justification: values.justification } : {}),
  };
  const parsed = validatePart(answerBody, body, '', lang);
  if (!parsed.ok) {
    // One round: what the seat rules will say is said now too, beside what the schema found.
    const { deviations } = checkSeats(body.nominees as Nominee[], view.round, lang);
    const justify = body.justification
      ? []
      : deviations.map((d) => ({ path: 'justification', message: describeDeviation(d, lang) }));
    return nominationPage(
      req,
      token,
      view,
      { values, errors: errorsByField([...parsed.errors, ...justify], rename) },
      undefined,
      400,
    );
  }
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
