import type { Reply } from '../../shared/http/reply';
import { type PublicPageType, publicPagePath } from '../../shared/site/page-path';
import { securityHeaders } from '../../shared/ui/layout';
import type { SiteRequest } from './context';

/**
 * A page of an event, campaign, information package or method is at its slug in the page's language
 * (shared/site/page-path.ts). Asked for by its id (the addresses the site used before, still in old
 * mails and bookmarks) or by a slug of another language, a GET answers 308 Permanent Redirect to that
 * path, with the query string kept (`?sent=1`); undefined when the request is already there. A form
 * posted to an old address is still taken: its post/redirect/get goes to the page's own path.
 */
export function canonicalRedirect(
  req: SiteRequest,
  type: PublicPageType,
  key: string,
  doc: { id: string; slug?: string | null },
): Reply | undefined {
  if (req.method !== 'GET' || key === (doc.slug || doc.id)) return undefined;
  const query = req.search.toString();
  const path = publicPagePath(type, req.lang, doc);
  return {
    status: 308,
    headers: { ...securityHeaders, location: query ? `${path}?${query}` : path },
    ...(req.frame.cookies?.length ? { cookies: req.frame.cookies } : {}),
  };
}
