import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import type { ConsolePage } from '../context';
import { consoleStrings, ct } from '../strings';

/**
 * Coordinators only: finding a person's data (access and erasure requests). A placeholder until the
 * page is built on the admin API's use cases; it already holds the route and its group.
 */
export const peoplePage: ConsolePage = {
  path: 'people',
  groups: ['coordinator'],
  title: consoleStrings.people,
  async get(req) {
    const { lang } = req;
    return page(
      req.frame,
      ct('people', lang),
      html`<p>${ct('comingSoon', lang)}</p>
<p><a href="/${lang}/console">${ct('backToOverview', lang)}</a></p>`,
    );
  },
};
