import { contentSources } from '../../shared/content/default-source';
import {
  activityPlan,
  campaignDetail,
  eventDetail,
  informationPackageDetail,
  informationPackages,
  nominationRoundDetail,
  upcomingEvents,
} from '../../shared/content/public-content';
import { httpHandler } from '../../shared/http/handler';
import { problem } from '../../shared/http/problem';
import { json, type Reply } from '../../shared/http/reply';
import { defaultTable } from '../../shared/table/client';
import { contentRoutes } from './routes';

const source = async () => (await contentSources()).cached;
/** Public content may be cached briefly by browsers and CDNs; seat counts move, so not for long. */
const cached = (body: unknown): Reply => json(200, body, { 'cache-control': 'public, max-age=30' });
const found = (body: unknown) => {
  if (body === undefined) throw problem('not-found');
  return cached(body);
};

export const handler = httpHandler(contentRoutes, {
  events: async ({ lang }) => cached(await upcomingEvents(await source(), defaultTable(), lang, new Date())),
  event: async ({ params, lang }) =>
    found(await eventDetail(await source(), defaultTable(), params.id, lang, new Date())),
  campaign: async ({ params, lang }) =>
    found(await campaignDetail(await source(), params.id, lang, new Date())),
  nominationRound: async ({ params, lang }) =>
    found(await nominationRoundDetail(await source(), params.id, lang, new Date())),
  informationPackages: async ({ lang }) => cached(await informationPackages(await source(), lang)),
  informationPackage: async ({ params, lang }) =>
    found(await informationPackageDetail(await source(), params.id, lang)),
  activityPlan: async ({ lang }) => cached(await activityPlan(await source(), lang)),
});
