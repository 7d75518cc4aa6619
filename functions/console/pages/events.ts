import { listAdminEvents } from '../../../shared/registrations/admin-events';
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import type { ConsolePage } from '../context';
import { consoleStrings, ct } from '../strings';
import { eventsTable } from './coordinator-kit';

/** Coordinators: every event, upcoming (the next first) and past (the latest first), as GET /admin/events. */
export const eventsPage: ConsolePage = {
  path: 'events',
  groups: ['coordinator'],
  title: consoleStrings.events,
  async get(req) {
    const { lang } = req;
    const { upcoming, past } = await listAdminEvents(defaultTable(), lang, req.now);
    return page(
      req.frame,
      ct('events', lang),
      html`<h2>${ct('upcomingEvents', lang)}</h2>
${eventsTable(lang, ct('upcomingEvents', lang), upcoming, ct('noUpcomingEvents', lang))}
<h2>${ct('pastEvents', lang)}</h2>
${eventsTable(lang, ct('pastEvents', lang), past, ct('noPastEvents', lang))}`,
    );
  },
};
