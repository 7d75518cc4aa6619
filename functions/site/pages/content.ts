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
import { attachmentLink, figureHtml, richText, siteRichText } from '../../../shared/site/rich-text';
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

/**
 * What a rich text shows itself: its images' and files' asset references and its links' addresses, so the page
 * does not repeat them.
 */
function shownIn(blocks: readonly unknown[]): Set<string> {
  type Node = { asset?: { _ref?: unknown } | null; markDefs?: { href?: unknown }[] | null };
  const values = (blocks as Node[]).flatMap((node) => [
    node?.asset?._ref,
    ...(node?.markDefs ?? []).map((def) => def?.href),
  ]);
  return new Set(values.filter((value): value is string => typeof value === 'string'));
}

/**
 * An information package: its image, then its text (rich text; a package without one shows its chapters, each
 * as rich text or, for older content, plain text), its files and its courses. An image, file or course the text
 * already shows is not repeated above or below it.
 * Its id or a slug of another language redirects to its slug (canonical.ts).
 */
export async function informationPackageRoute(req: SiteRequest, key: string) {
  const { lang } = req;
  const pkg = await informationPackageDetail(await source(), key, lang);
  if (!pkg) return undefined;
  const moved = canonicalRedirect(req, 'informationPackage', key, pkg);
  if (moved) return moved;
  const rich = siteRichText(lang);
  const shown = shownIn([...(pkg.body ?? []), ...pkg.sections.flatMap((s) => s.content ?? [])]);
  const image = pkg.image?.asset?._ref && !shown.has(pkg.image.asset._ref) ? figureHtml(pkg.image, rich) : '';
  const files = pkg.files.filter((file) => !file.asset?._ref || !shown.has(file.asset._ref));
  const resources = pkg.resources.filter((resource) => !shown.has(resource.url));
  const text = pkg.body?.length
    ? richText(pkg.body, rich)
    : pkg.sections.map(
        (s) =>
          html`<h2>${s.heading}</h2>${s.content?.length ? richText(s.content, siteRichText(lang, { headingLevel: 3 })) : paragraphs(s.body)}`,
      );
  return page(
    req.frame,
    pkg.title ?? pkg.id,
    html`${pkg.audience ? html`<p class="lead">${pkg.audience}</p>` : ''}
${paragraphs(pkg.summary)}
${image}
${text}
${
  files.length
    ? html`<h2>${t('packageFiles', lang)}</h2><ul>${files.map((file) => html`<li>${attachmentLink(file, rich)}</li>`)}</ul>`
    : ''
}
${
  resources.length
    ? html`<h2>${t('resources', lang)}</h2><ul>${resources.map((r) => {
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
