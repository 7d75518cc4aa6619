import { contentSources } from '../../../shared/content/default-source';
import { type LocalizedField, localize } from '../../../shared/content/localize';
import {
  activityPlan,
  informationPackageDetail,
  informationPackages,
  openCampaigns,
  upcomingEvents,
} from '../../../shared/content/public-content';
import { settingsQuery } from '../../../shared/content/queries';
import { formatDateTimeInline } from '../../../shared/email/format';
import { pluralText } from '../../../shared/i18n/plural';
import { eventPlurals } from '../../../shared/site/event-strings';
import { publicPagePath } from '../../../shared/site/page-path';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
import { buttonLink, card, cards, paragraphs, type TagColour, tag } from '../../../shared/ui/components';
import { contentHref, html } from '../../../shared/ui/html';
import { page } from '../../../shared/ui/layout';
import { canonicalRedirect } from '../canonical';
import { fill } from '../common';
import type { SiteRequest } from '../context';
import { eventCard } from './events';

const source = async () => (await contentSources()).cached;

export async function settingsFor(lang: SiteRequest['lang']) {
  const settings = await (await source()).fetch<Record<string, unknown> | null>(settingsQuery);
  const text = (field: unknown) => localize(field as LocalizedField, lang);
  return {
    networkName: text(settings?.networkName),
    privacyNotice: text(settings?.privacyNotice),
    accessibilityStatement: text(settings?.accessibilityStatement),
    contactEmail: settings?.contactEmail as string | undefined,
  };
}

/** How many coming events the home page shows before "All events". */
const HOME_EVENTS = 3;

/**
 * The home page: the network's own heading and introduction (settings), the next events, open
 * campaigns, information packages, and the way in. The header already names the network, so the h1
 * is the network's tagline.
 */
export async function homeRoute(req: SiteRequest) {
  const { lang } = req;
  const { identity } = req.frame;
  const [events, packages, campaigns] = await Promise.all([
    upcomingEvents(await source(), defaultTable(), lang, req.now),
    informationPackages(await source(), lang),
    openCampaigns(await source(), lang, req.now),
  ]);
  return page(
    req.frame,
    identity.name,
    html`${paragraphs(identity.introduction)}
${buttonLink(`/${lang}/network`, t('network', lang), 'primary')}
<h2 id="h-events">${t('upcomingEvents', lang)}</h2>
${events.length ? cards(events.slice(0, HOME_EVENTS).map((e) => eventCard(e, req))) : html`<p>${t('noEvents', lang)}</p>`}
<p><a href="/${lang}/events">${t('allEvents', lang)}</a> (${pluralText(eventPlurals.eventCount, lang, events.length)})</p>
${
  campaigns.length
    ? html`<h2 id="h-campaigns">${t('openCampaigns', lang)}</h2>
${cards(
  campaigns.map((c) =>
    card({
      href: publicPagePath('campaign', lang, c),
      title: c.title ?? c.id,
      tags: [
        c.open ? tag(t('campaignOpen', lang), 'green') : tag(t('campaignSoon', lang), 'blue'),
        ...(c.isExample ? [tag(t('example', lang), 'grey')] : []),
      ],
      meta: [
        fill(c.open ? t('applicationOpenUntil', lang) : t('applicationOpensOn', lang), {
          date: formatDateTimeInline(c.open ? c.closesAt : c.opensAt, lang),
        }),
      ],
    }),
  ),
)}`
    : ''
}
${
  packages.length
    ? html`<h2 id="h-packages">${t('informationPackages', lang)}</h2>
${cards(packages.map((p) => card({ href: publicPagePath('informationPackage', lang, p), title: p.title ?? p.id, meta: p.audience ? [p.audience] : [] })))}`
    : ''
}
<h2 id="h-plan">${t('activityPlan', lang)}</h2>
<p>${t('activityPlanIntro', lang)} <a href="/${lang}/activity-plan">${t('readActivityPlan', lang)}</a></p>`,
    { heading: identity.tagline ?? identity.name },
  );
}

/** /{lang}/information-packages/{slug}; its id or a slug of another language redirects there (canonical.ts). */
export async function informationPackageRoute(req: SiteRequest, key: string) {
  const { lang } = req;
  const pkg = await informationPackageDetail(await source(), key, lang);
  if (!pkg) return undefined;
  const moved = canonicalRedirect(req, 'informationPackage', key, pkg);
  if (moved) return moved;
  return page(
    req.frame,
    pkg.title ?? pkg.id,
    html`${pkg.audience ? html`<p class="lead">${pkg.audience}</p>` : ''}
${paragraphs(pkg.summary)}
${pkg.sections.map((s) => html`<h2>${s.heading}</h2>${paragraphs(s.body)}`)}
${
  pkg.resources.length
    ? html`<h2>${t('resources', lang)}</h2><ul>${pkg.resources.map((r) => {
        // Only https and mailto links from content reach a page (shared/ui/html.ts contentHref).
        const href = contentHref(r.url);
        const title = href
          ? html`<a href="${href}"${r.language ? html` hreflang="${r.language}"` : ''}>${r.title}</a>`
          : r.title;
        return html`<li>${title}${r.provider ? html` – ${r.provider}` : ''}</li>`;
      })}</ul>`
    : ''
}`,
    { breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }] },
  );
}

const actionColour: Record<string, TagColour> = { planned: 'blue', ongoing: 'yellow', done: 'green' };

export async function activityPlanRoute(req: SiteRequest) {
  const { lang } = req;
  const areas = await activityPlan(await source(), lang);
  return page(
    req.frame,
    t('activityPlan', lang),
    html`${areas.map(
      (area) => html`<h2>${area.title}</h2>${paragraphs(area.summary)}
<ul class="cards">${area.actions.map(
        (a) =>
          html`<li class="card"><p><strong>${a.title}</strong></p><p>${tag(t(`status_${a.status}` as 'status_planned', lang), actionColour[a.status] ?? 'grey')}</p>${a.coordinator ? html`<p class="meta">${t('coordinator', lang)}: ${a.coordinator}</p>` : ''}</li>`,
      )}</ul>`,
    )}`,
    { breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }] },
  );
}

export async function statementRoute(req: SiteRequest, which: 'privacy' | 'accessibility') {
  const { lang } = req;
  const settings = await settingsFor(lang);
  const text = which === 'privacy' ? settings.privacyNotice : settings.accessibilityStatement;
  return page(
    req.frame,
    which === 'privacy' ? t('privacy', lang) : t('accessibility', lang),
    html`${paragraphs(text)}${settings.contactEmail ? html`<p>${t('contactUs', lang)}: <a href="mailto:${settings.contactEmail}">${settings.contactEmail}</a></p>` : ''}`,
    { breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }] },
  );
}
