import type { ApplicationItem } from '../../../shared/applications/application';
import { type CampaignMeta, readCampaign } from '../../../shared/applications/campaign';
import { listCampaigns } from '../../../shared/applications/campaign-list';
import { campaignItems } from '../../../shared/applications/campaign-partition';
import { isAssigned, readReviews } from '../../../shared/applications/jury';
import { type ReviewItem, reviewDeadlinePassed } from '../../../shared/applications/review';
import { pick } from '../../../shared/content/localize';
import type { Reply } from '../../../shared/http/reply';
import type { Language } from '../../../shared/http/route';
import { type Html, html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import type { Table } from '../../../shared/table/client';
import { defaultTable } from '../../../shared/table/client';
import { keys } from '../../../shared/table/keys';
import { tag } from '../../../shared/ui/components';
import { ConsoleForbidden, type ConsolePage, type ConsoleRequest } from '../context';
import { when } from '../coordinator';
import { js, juryStrings } from '../jury-strings';
import { ct } from '../strings';
import { notFoundPage } from './campaign';

/**
 * The jury's pages. A member of the jury group sees here only the campaigns they are assigned to (a
 * member of both groups too: on these pages they are a juror), and of each only their OWN review:
 * never another juror's scores, comments or conflicts.
 */
export const juryHome = (lang: Language) => `/${lang}/console/jury`;
export const juryCampaignPath = (lang: Language, campaignId: string) =>
  `${juryHome(lang)}/campaigns/${campaignId}`;

/** The campaign, when published and the signed-in juror is assigned to it; else the 404 or 403 page. */
export async function assignedCampaign(
  req: ConsoleRequest,
): Promise<{ ok: true; meta: CampaignMeta } | { ok: false; reply: Reply }> {
  const table = defaultTable();
  const campaignId = req.params.campaignId ?? '';
  const [meta, assigned] = await Promise.all([
    readCampaign(table, campaignId),
    isAssigned(table, campaignId, req.staff.email),
  ]);
  if (!meta?.published)
    return {
      ok: false,
      reply: notFoundPage(req, { href: juryHome(req.lang), label: js('backToMyCampaigns', req.lang) }),
    };
  if (!assigned) throw new ConsoleForbidden();
  return { ok: true, meta };
}

export type MyStatus = 'notStarted' | 'draft' | 'submitted' | 'conflict';

export const myStatusOf = (review: ReviewItem | undefined): MyStatus =>
  !review
    ? 'notStarted'
    : review.conflictOfInterest
      ? 'conflict'
      : (review.status ?? 'submitted') === 'submitted'
        ? 'submitted'
        : 'draft';

export const statusTag = (status: MyStatus, lang: Language) =>
  tag(
    js(status, lang),
    status === 'submitted'
      ? 'green'
      : status === 'conflict'
        ? 'grey'
        : status === 'draft'
          ? 'yellow'
          : 'blue',
  );

/** The campaign's submitted applications and the juror's own review of each (others' are dropped here). */
export async function mine(table: Table, campaignId: string, subject: string) {
  const [applications, reviews] = await Promise.all([
    campaignItems(table, campaignId, keys.applicationPrefix) as Promise<unknown> as Promise<
      ApplicationItem[]
    >,
    readReviews(table, campaignId),
  ]);
  const own = new Map(reviews.filter((r) => r.juror === subject).map((r) => [r.applicationId, r]));
  const submitted = applications.filter((a) => a.status === 'submitted');
  const rows = submitted.map((a) => ({ application: a, status: myStatusOf(own.get(a.applicationId)) }));
  const scored = rows.filter((r) => r.status === 'submitted').length;
  const conflicts = rows.filter((r) => r.status === 'conflict').length;
  return { rows, progress: { scored, conflicts, left: rows.length - scored - conflicts } };
}

export const deadlineText = (meta: CampaignMeta, lang: Language) =>
  meta.reviewDeadline ? when(meta.reviewDeadline, lang) : js('noDeadline', lang);

/** My campaigns: each assigned campaign with my progress and the review deadline. */
const myCampaignsPage: ConsolePage = {
  path: 'jury',
  groups: ['jury'],
  title: juryStrings.myCampaigns,
  async get(req) {
    const { lang } = req;
    const table = defaultTable();
    const { items } = await listCampaigns(
      table,
      { role: 'jury', juror: req.staff.subject, email: req.staff.email },
      lang,
      req.now,
    );
    const rows = await Promise.all(
      items.map(async (c) => {
        const [meta, { progress }] = await Promise.all([
          readCampaign(table, c.id),
          mine(table, c.id, req.staff.subject),
        ]);
        return { c, meta, progress };
      }),
    );
    const list = html`<table>
<caption>${js('myCampaigns', lang)}</caption>
<thead><tr>
<th scope="col">${js('campaign', lang)}</th>
<th scope="col">${js('scored', lang)}</th>
<th scope="col">${js('conflicts', lang)}</th>
<th scope="col">${js('left', lang)}</th>
<th scope="col">${js('reviewDeadline', lang)}</th>
</tr></thead>
<tbody>
${rows.map(
  ({ c, meta, progress }) => html`<tr>
<th scope="row"><a href="${juryCampaignPath(lang, c.id)}">${c.title ?? c.id}</a></th>
<td>${progress.scored}</td>
<td>${progress.conflicts}</td>
<td>${progress.left}</td>
<td>${meta ? deadlineText(meta, lang) : ''}</td>
</tr>`,
)}
</tbody>
</table>`;
    return page(
      req.frame,
      js('myCampaigns', lang),
      html`<p>${js('myCampaignsIntro', lang)}</p>
${rows.length ? list : html`<p>${js('noAssignedCampaigns', lang)}</p>`}
<p><a href="/${lang}/console">${ct('backToOverview', lang)}</a></p>`,
    );
  },
};

/** A campaign's submitted applications, each with where my review of it stands. */
const juryCampaignPage: ConsolePage = {
  path: 'jury/campaigns/:campaignId',
  groups: ['jury'],
  async get(req) {
    const { lang } = req;
    const found = await assignedCampaign(req);
    if (!found.ok) return found.reply;
    const { meta } = found;
    const id = meta.documentId;
    const { rows, progress } = await mine(defaultTable(), id, req.staff.subject);
    const table: Html = html`<table>
<caption>${js('applications', lang)}</caption>
<thead><tr>
<th scope="col">${js('company', lang)}</th>
<th scope="col">${js('myReview', lang)}</th>
</tr></thead>
<tbody>
${rows.map(
  (r) => html`<tr>
<th scope="row"><a href="${juryCampaignPath(lang, id)}/applications/${r.application.applicationId}">${r.application.company.name}</a></th>
<td>${statusTag(r.status, lang)}</td>
</tr>`,
)}
</tbody>
</table>`;
    const main = html`${reviewDeadlinePassed(meta, req.now) ? html`<p><strong>${js('deadlinePassed', lang)}</strong></p>` : ''}
<dl class="summary-list">
<div><dt>${js('reviewDeadline', lang)}</dt><dd>${deadlineText(meta, lang)}</dd></div>
<div><dt>${js('scored', lang)}</dt><dd>${progress.scored}</dd></div>
<div><dt>${js('conflicts', lang)}</dt><dd>${progress.conflicts}</dd></div>
<div><dt>${js('left', lang)}</dt><dd>${progress.left}</dd></div>
</dl>
<h2>${js('applications', lang)}</h2>
${rows.length ? table : html`<p>${js('noApplications', lang)}</p>`}
<p><a href="${juryHome(lang)}">${js('backToMyCampaigns', lang)}</a></p>`;
    return page(req.frame, pick(meta.title, lang) ?? id, main);
  },
};

export const juryCampaignPages: readonly ConsolePage[] = [myCampaignsPage, juryCampaignPage];
