import { coordinatorOverview } from '../../../shared/overview/coordinator-overview';
import { csrfInput } from '../../../shared/site/forms';
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage, ConsoleRequest } from '../context';
import { holdsGroup } from '../context';
import { ct, groupNames } from '../strings';
import { eventsTable } from './coordinator-kit';

/** For coordinators: upcoming events with their seats, open rounds and campaigns, the network's size. */
async function atAGlance(req: ConsoleRequest) {
  const { lang } = req;
  const overview = await coordinatorOverview(defaultTable(), lang, req.now);
  const to = (path: string) => `/${lang}/console/${path}`;
  return html`<h2>${ct('atAGlance', lang)}</h2>
<dl class="overview-counts">
<dt><a href="${to('nomination-rounds')}">${ct('openRounds', lang)}</a></dt><dd>${overview.openRounds}</dd>
<dt><a href="${to('campaigns')}">${ct('openCampaigns', lang)}</a></dt><dd>${overview.openCampaigns}</dd>
<dt><a href="${to('network')}">${ct('networkMembers', lang)}</a></dt><dd>${overview.members}</dd>
</dl>
<h2>${ct('upcomingEvents', lang)}</h2>
${eventsTable(lang, ct('upcomingEvents', lang), overview.upcomingEvents, ct('noUpcomingEvents', lang))}
<p><a href="${to('events')}">${ct('allEvents', lang)}</a></p>`;
}

/** The console's start: who is signed in, their roles, the pages they may open, and sign-out. */
export function overviewPage(pages: () => readonly ConsolePage[]): ConsolePage {
  return {
    path: '',
    groups: ['coordinator', 'jury'],
    async get(req: ConsoleRequest) {
      const { lang, staff } = req;
      const reachable = pages().filter((p) => p.title && p.path !== '' && holdsGroup(staff, p.groups));
      const main = html`<p>${ct('signedInAs', lang)} <strong class="staff-email">${staff.email ?? staff.subject}</strong></p>
<h2>${ct('roles', lang)}</h2>
${
  staff.groups.length
    ? html`<ul class="staff-groups">${staff.groups.map((group) => html`<li>${groupNames[group][lang]}</li>`)}</ul>`
    : html`<p>${ct('noRoles', lang)}</p>`
}
${holdsGroup(staff, ['coordinator']) ? await atAGlance(req) : ''}
${
  reachable.length
    ? html`<h2>${ct('pages', lang)}</h2>
<ul>${reachable.map((p) => html`<li><a href="/${lang}/console/${p.path}">${p.title?.[lang]}</a></li>`)}</ul>`
    : ''
}
<form method="post" action="/auth/sign-out">
${csrfInput(req.csrf)}
<input type="hidden" name="lang" value="${lang}">
<button type="submit" class="secondary">${ct('signOut', lang)}</button>
</form>`;
      return page(req.frame, ct('overview', lang), main);
    },
  };
}
