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
import { html } from '../../../shared/site/html';
import { page } from '../../../shared/site/layout';
import { t } from '../../../shared/site/strings';
import { defaultTable } from '../../../shared/table/client';
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

const paragraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);

export async function homeRoute(req: SiteRequest) {
  const { lang } = req;
  const [events, packages, campaigns] = await Promise.all([
    upcomingEvents(await source(), defaultTable(), lang, req.now),
    informationPackages(await source(), lang),
    openCampaigns(await source(), lang, req.now),
  ]);
  return page(
    req.frame,
    req.frame.networkName ?? t('siteName', lang),
    html`<section aria-labelledby="h-events"><h2 id="h-events">${t('upcomingEvents', lang)}</h2>
${events.length ? events.map((e) => eventCard(e, req)) : html`<p>${t('noEvents', lang)}</p>`}
</section>
${
  campaigns.length
    ? html`<section aria-labelledby="h-campaigns"><h2 id="h-campaigns">${t('openCampaigns', lang)}</h2>
<ul>${campaigns.map((c) => html`<li><a href="/${lang}/campaigns/${c.id}">${c.title}</a>${c.isExample ? html` <span class="badge">${t('example', lang)}</span>` : ''}</li>`)}</ul></section>`
    : ''
}
<section aria-labelledby="h-packages"><h2 id="h-packages">${t('informationPackages', lang)}</h2>
<ul>${packages.map((p) => html`<li><a href="/${lang}/information-packages/${p.id}">${p.title}</a>${p.audience ? html` – ${p.audience}` : ''}</li>`)}</ul>
</section>
<section aria-labelledby="h-plan"><h2 id="h-plan">${t('activityPlan', lang)}</h2>
<p><a href="/${lang}/activity-plan">${t('activityPlan', lang)}</a> · <a href="/${lang}/network">${t('network', lang)}</a></p>
</section>`,
  );
}

export async function informationPackageRoute(req: SiteRequest, id: string) {
  const { lang } = req;
  const pkg = await informationPackageDetail(await source(), id, lang);
  if (!pkg) return undefined;
  return page(
    req.frame,
    pkg.title ?? id,
    html`${pkg.audience ? html`<p class="meta">${pkg.audience}</p>` : ''}
${paragraphs(pkg.summary ?? undefined)}
${pkg.sections.map((s) => html`<h2>${s.heading}</h2>${paragraphs(s.body ?? undefined)}`)}
${
  pkg.resources.length
    ? html`<h2>${t('resources', lang)}</h2><ul>${pkg.resources.map(
        (r) =>
          html`<li><a href="${r.url}"${r.language ? html` hreflang="${r.language}"` : ''}>${r.title}</a>${r.provider ? html` – ${r.provider}` : ''}</li>`,
      )}</ul>`
    : ''
}`,
  );
}

export async function activityPlanRoute(req: SiteRequest) {
  const { lang } = req;
  const areas = await activityPlan(await source(), lang);
  return page(
    req.frame,
    t('activityPlan', lang),
    html`${areas.map(
      (area) => html`<section><h2>${area.title}</h2>${paragraphs(area.summary ?? undefined)}
<ul>${area.actions.map(
        (a) =>
          html`<li><strong>${a.title}</strong> <span class="badge">${t(`status_${a.status}` as 'status_planned', lang)}</span>${a.coordinator ? html` – ${a.coordinator}` : ''}</li>`,
      )}</ul></section>`,
    )}`,
  );
}

export async function statementRoute(req: SiteRequest, which: 'privacy' | 'accessibility') {
  const { lang } = req;
  const settings = await settingsFor(lang);
  const text = which === 'privacy' ? settings.privacyNotice : settings.accessibilityStatement;
  return page(
    req.frame,
    which === 'privacy' ? t('privacy', lang) : t('accessibility', lang),
    html`${paragraphs(text)}${settings.contactEmail ? html`<p><a href="mailto:${settings.contactEmail}">${settings.contactEmail}</a></p>` : ''}`,
  );
}
