import { listAffiliations } from '../../../shared/affiliations/pipeline';
import { currentStrategy } from '../../../shared/affiliations/strategy-content';
import {
  addMember,
  BODY_ROLES,
  type Body,
  type BodyMember,
  type BodyRole,
  bodyMembers,
  bodyMembersCsv,
  COUNCIL_ID,
  createWorkingGroup,
  listBodies,
  messageBody,
  removeMember,
  setCouncilRepresentative,
  workingGroupById,
} from '../../../shared/bodies/bodies';
import { contentSources } from '../../../shared/content/default-source';
import { type FieldError, problem } from '../../../shared/http/problem';
import type { Language } from '../../../shared/http/route';
import { languageSchema } from '../../../shared/http/schemas';
import { csrfInput, one } from '../../../shared/site/forms';
import { type Html, html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { emptyForm, type FormState, selectField, textField } from '../../../shared/ui/forms';
import { languageNames } from '../../../shared/ui/layout';
import type { ConsolePage, ConsoleRequest } from '../context';
import { csvReply, day, notice, refusal, staffCaller, writeDeps } from '../coordinator';
import { bodyStrings, bt, ct } from '../strings';
import { withProblems } from './coordinator-kit';

const listPath = (lang: Language) => `/${lang}/console/bodies`;
const bodyPath = (lang: Language, id: string) => `${listPath(lang)}/${id}`;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const strategyId = async () => (await currentStrategy((await contentSources()).cached, 'sv'))?.id;

/** The fields named `names` of the form, each required; the problem names every empty one. */
function required(req: ConsoleRequest, names: readonly string[]) {
  const values = Object.fromEntries(names.map((n) => [n, one(req.form[n])]));
  const errors: FieldError[] = names
    .filter((n) => !values[n])
    .map((n) => ({ path: n, message: bt('required', req.lang) }));
  if (errors.length) throw problem('invalid-input', { errors });
  return values as Record<string, string>;
}

function member(req: ConsoleRequest): Omit<BodyMember, 'memberId'> {
  const v = required(req, ['name', 'email', 'language']);
  const language = languageSchema.safeParse(v.language);
  const role = (one(req.form.role) ?? 'member') as BodyRole;
  if (!EMAIL.test(v.email ?? '') || !language.success || !BODY_ROLES.includes(role))
    throw problem('invalid-input', { errors: [{ path: 'email', message: bt('email', req.lang) }] });
  return { name: String(v.name), email: String(v.email), language: language.data, role };
}

const personFields = (state: FormState, lang: Language, roles: boolean): Html[] => [
  textField(state, 'name', bt('name', lang), { required: true, lang }),
  textField(state, 'email', bt('email', lang), { type: 'email', required: true, lang, spellcheck: false }),
  selectField(
    state,
    'language',
    bt('language', lang),
    (['sv', 'fi', 'en'] as const).map((l) => ({ value: l, label: languageNames[l] })),
    { required: true, lang },
  ),
  ...(roles
    ? [
        selectField(
          state,
          'role',
          bt('role', lang),
          BODY_ROLES.map((r) => ({ value: r, label: bt(r, lang) })),
          { required: true, lang },
        ),
      ]
    : []),
];

async function renderList(req: ConsoleRequest, failure?: { status: number; summary: Html }) {
  const { lang } = req;
  const groups = await listBodies(defaultTable());
  const state = emptyForm();
  const term = (g: Body) =>
    g.term ? `${day(g.term.start, lang)} – ${g.term.end ? day(g.term.end, lang) : ''}` : '';
  return page(
    req.frame,
    bt('bodies', lang),
    html`${failure?.summary ?? ''}${!failure && req.query.created ? notice(bt('saved', lang)) : ''}
<h2>${bt('council', lang)}</h2>
<p>${bt('councilHint', lang)}</p>
<p><a href="${bodyPath(lang, COUNCIL_ID)}">${bt('council', lang)}</a></p>
<h2>${bt('workingGroups', lang)}</h2>
${
  groups.length
    ? html`<ul>${groups.map((g) => html`<li><a href="${bodyPath(lang, g.bodyId)}">${g.name}</a> ${term(g)}</li>`)}</ul>`
    : html`<p>${bt('noWorkingGroups', lang)}</p>`
}
<h2>${bt('newGroup', lang)}</h2>
<form method="post" action="${listPath(lang)}" novalidate>
${csrfInput(req.csrf)}
${textField(state, 'groupName', bt('groupName', lang), { required: true, lang })}
${textField(state, 'termStart', bt('termStart', lang), { required: true, lang, narrow: true, hint: bt('dateHint', lang) })}
${textField(state, 'termEnd', bt('termEnd', lang), { lang, narrow: true, hint: bt('dateHint', lang) })}
<button type="submit" class="button">${bt('create', lang)}</button>
</form>
<p><a href="/${lang}/console">${ct('backToOverview', lang)}</a></p>`,
    failure?.status ?? 200,
  );
}

/** Coordinators: the council and the working groups, and a new working group. */
export const bodiesPage: ConsolePage = {
  path: 'bodies',
  groups: ['coordinator'],
  title: bodyStrings.bodies,
  get: withProblems((req) => renderList(req)),
  post: withProblems(async (req) => {
    try {
      const v = required(req, ['groupName', 'termStart']);
      const end = one(req.form.termEnd);
      if (!DAY.test(String(v.termStart)) || (end && !DAY.test(end)))
        throw problem('invalid-input', {
          errors: [{ path: 'termStart', message: bt('dateHint', req.lang) }],
        });
      await createWorkingGroup(await writeDeps(req.now), staffCaller(req.staff), String(v.groupName), {
        start: String(v.termStart),
        ...(end ? { end } : {}),
      });
      return redirect(`${listPath(req.lang)}?created=1`, req.frame.cookies);
    } catch (error) {
      return renderList({ ...req, query: {} }, refusal(error, req.lang));
    }
  }),
};

async function bodyOf(req: ConsoleRequest) {
  const id = req.params.bodyId ?? '';
  if (id === COUNCIL_ID)
    return { bodyId: COUNCIL_ID, name: bt('council', req.lang), kind: 'council' as const };
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) throw problem('not-found');
  const found = await workingGroupById(defaultTable(), id);
  if (!found) throw problem('not-found');
  return found;
}

async function renderBody(req: ConsoleRequest, failure?: { status: number; summary: Html }) {
  const { lang } = req;
  const body = await bodyOf(req);
  const strategy = await strategyId();
  const table = defaultTable();
  const members = await bodyMembers(table, strategy, body.bodyId);
  const here = bodyPath(lang, body.bodyId);
  const council = body.kind === 'council';
  const joined =
    council && strategy ? (await listAffiliations(table, strategy)).filter((a) => a.status === 'joined') : [];
  const state = emptyForm();
  const done = req.query.sent ? bt('sent', lang) : req.query.saved ? bt('saved', lang) : undefined;
  return page(
    req.frame,
    body.name,
    html`${failure?.summary ?? ''}${!failure && done ? notice(done) : ''}
${council ? html`<p>${bt('councilHint', lang)}</p>` : body.term ? html`<p>${bt('term', lang)}: ${day(body.term.start, lang)} – ${body.term.end ? day(body.term.end, lang) : ''}</p>` : ''}
<p><a href="${here}/members.csv" download>${bt('downloadCsv', lang)}</a></p>
${
  members.length
    ? html`<div class="table-wrap" role="region" tabindex="0" aria-label="${bt('members', lang)}"><table>
<caption>${bt('members', lang)}</caption>
<thead><tr>
<th scope="col">${bt('name', lang)}</th>
<th scope="col">${bt('email', lang)}</th>
<th scope="col">${bt('language', lang)}</th>
<th scope="col">${council ? bt('organisation', lang) : bt('role', lang)}</th>
${council ? '' : html`<th scope="col"><span class="visually-hidden">${bt('removeMember', lang)}</span></th>`}
</tr></thead>
<tbody>
${members.map(
  (m) => html`<tr>
<th scope="row">${m.name}</th>
<td>${m.email}</td>
<td>${languageNames[m.language]}</td>
<td>${council ? (m.organisation ?? '') : bt(m.role, lang)}</td>
${council ? '' : html`<td><a href="${here}/members/${m.memberId}/remove">${bt('remove', lang)}<span class="visually-hidden"> ${m.name}</span></a></td>`}
</tr>`,
)}
</tbody>
</table></div>`
    : html`<p>${bt('noMembers', lang)}</p>`
}
${
  council
    ? joined.length
      ? html`<h2>${bt('representative', lang)}</h2>
<form method="post" action="${here}/members" novalidate>
${csrfInput(req.csrf)}
${selectField(
  state,
  'affiliationId',
  bt('organisation', lang),
  joined.map((a) => ({ value: a.affiliationId, label: a.organisationName })),
  { required: true, lang },
)}
${personFields(state, lang, false)}
<button type="submit" class="button button--secondary">${bt('saveRepresentative', lang)}</button>
</form>`
      : ''
    : html`<h2>${bt('newMember', lang)}</h2>
<form method="post" action="${here}/members" novalidate>
${csrfInput(req.csrf)}
${personFields(state, lang, true)}
<button type="submit" class="button button--secondary">${bt('addMember', lang)}</button>
</form>`
}
<h2>${bt('message', lang)}</h2>
<p class="hint">${bt('messageHint', lang)}</p>
<form method="post" action="${here}/message" novalidate>
${csrfInput(req.csrf)}
${textField(state, 'subject', bt('subject', lang), { required: true, lang })}
${textField(state, 'text', bt('text', lang), { required: true, lang, multiline: true })}
<button type="submit" class="button">${bt('send', lang)}</button>
</form>
<p><a href="${listPath(lang)}">${bt('backToBodies', lang)}</a></p>`,
    failure?.status ?? 200,
  );
}

/** A body: its members and contacts, CSV, a new member (or representative), and a message to all. */
const bodyPage: ConsolePage = {
  path: 'bodies/:bodyId',
  groups: ['coordinator'],
  get: withProblems((req) => renderBody(req)),
};

const membersCsvPage: ConsolePage = {
  path: 'bodies/:bodyId/members.csv',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const body = await bodyOf(req);
    return csvReply(await bodyMembersCsv(defaultTable(), await strategyId(), body.bodyId), 'members.csv');
  }),
};

const membersAction: ConsolePage = {
  path: 'bodies/:bodyId/members',
  groups: ['coordinator'],
  get: async (req) => redirect(bodyPath(req.lang, req.params.bodyId ?? '')),
  post: withProblems(async (req) => {
    const body = await bodyOf(req);
    try {
      const person = member(req);
      const deps = await writeDeps(req.now);
      if (body.kind === 'council') {
        const strategy = await strategyId();
        const affiliationId = one(req.form.affiliationId);
        if (!strategy || !affiliationId) throw problem('invalid-input');
        await setCouncilRepresentative(deps, staffCaller(req.staff), strategy, affiliationId, person);
      } else await addMember(deps, staffCaller(req.staff), body.bodyId, person);
      return redirect(`${bodyPath(req.lang, body.bodyId)}?saved=1`, req.frame.cookies);
    } catch (error) {
      return renderBody({ ...req, query: {} }, refusal(error, req.lang));
    }
  }),
};

const messageAction: ConsolePage = {
  path: 'bodies/:bodyId/message',
  groups: ['coordinator'],
  get: async (req) => redirect(bodyPath(req.lang, req.params.bodyId ?? '')),
  post: withProblems(async (req) => {
    const body = await bodyOf(req);
    try {
      const v = required(req, ['subject', 'text']);
      await messageBody(await writeDeps(req.now), staffCaller(req.staff), await strategyId(), body, {
        subject: String(v.subject),
        text: String(v.text),
      });
      return redirect(`${bodyPath(req.lang, body.bodyId)}?sent=1`, req.frame.cookies);
    } catch (error) {
      return renderBody({ ...req, query: {} }, refusal(error, req.lang));
    }
  }),
};

/**
 * A working group's member removed: GET asks first (name, group, what happens), POST removes and goes
 * back to the group. The council has no such step: its members follow the joined organisations.
 */
const removeMemberAction: ConsolePage = {
  path: 'bodies/:bodyId/members/:memberId/remove',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const body = await bodyOf(req);
    if (body.kind === 'council') throw problem('not-found');
    const members = await bodyMembers(defaultTable(), await strategyId(), body.bodyId);
    const found = members.find((m) => m.memberId === req.params.memberId);
    if (!found) throw problem('not-found');
    const here = bodyPath(lang, body.bodyId);
    return page(
      req.frame,
      bt('removeTitle', lang),
      html`<p>${bt('removeQuestion', lang).replace('{name}', found.name).replace('{group}', body.name)}</p>
<form method="post" action="${here}/members/${found.memberId}/remove">
${csrfInput(req.csrf)}
<button type="submit" class="button button--warning">${bt('removeMember', lang)}</button>
</form>
<p><a href="${here}">${bt('cancelRemove', lang)}</a></p>`,
    );
  }),
  post: withProblems(async (req) => {
    const body = await bodyOf(req);
    if (body.kind === 'council') throw problem('not-found');
    await removeMember(
      await writeDeps(req.now),
      staffCaller(req.staff),
      body.bodyId,
      req.params.memberId ?? '',
    );
    return redirect(`${bodyPath(req.lang, body.bodyId)}?saved=1`, req.frame.cookies);
  }),
};

export const bodyPages: readonly ConsolePage[] = [
  bodyPage,
  membersCsvPage,
  membersAction,
  removeMemberAction,
  messageAction,
];
