import { contentSources } from '../../../shared/content/default-source';
import { collatorFor } from '../../../shared/content/localize';
import { methodDetail, methods } from '../../../shared/content/public-content';
import type { Language } from '../../../shared/http/route';
import { pluralText } from '../../../shared/i18n/plural';
import { methodPlurals } from '../../../shared/site/method-strings';
import { publicPagePath } from '../../../shared/site/page-path';
import { attachmentLink, richText, siteRichText } from '../../../shared/site/rich-text';
import { t } from '../../../shared/site/strings';
import { button, card, cards, summaryList, tag } from '../../../shared/ui/components';
import { checkboxes, type FormState, selectField } from '../../../shared/ui/forms';
import { contentHref, html } from '../../../shared/ui/html';
import { page } from '../../../shared/ui/layout';
import { canonicalRedirect } from '../canonical';
import type { SiteRequest } from '../context';

type MethodCard = Awaited<ReturnType<typeof methods>>[number];

const source = async () => (await contentSources()).cached;

/** What the filter form asks for; values no method has (a stale link, another language's) are left out. */
export interface MethodFilter {
  /** Focus areas by slug: a method with any of them is shown. */
  focusAreas: string[];
  /** A target group as the page's language writes it; '' for all. */
  targetGroup: string;
}

/** The filter of a query string (`?focusArea=a&focusArea=b&targetGroup=…`), kept to what can match. */
export function methodFilter(search: URLSearchParams, all: readonly MethodCard[]): MethodFilter {
  const areas = new Set(all.flatMap((m) => m.focusAreas.map((area) => area.slug)));
  const groups = new Set(all.map((m) => m.targetGroup).filter(Boolean));
  const targetGroup = search.get('targetGroup') ?? '';
  return {
    focusAreas: [...new Set(search.getAll('focusArea'))].filter((slug) => areas.has(slug)),
    targetGroup: groups.has(targetGroup) ? targetGroup : '',
  };
}

/** The methods the filter lets through: any chosen focus area, and the chosen target group. */
export function filterMethods(all: readonly MethodCard[], filter: MethodFilter): MethodCard[] {
  return all.filter(
    (m) =>
      (!filter.focusAreas.length || m.focusAreas.some((area) => filter.focusAreas.includes(area.slug))) &&
      (!filter.targetGroup || m.targetGroup === filter.targetGroup),
  );
}

function methodCard(m: MethodCard, lang: Language) {
  const meta: string[] = [];
  if (m.targetGroup) meta.push(`${t('targetGroup', lang)}: ${m.targetGroup}`);
  if (m.focusAreas.length)
    meta.push(`${t('focusAreas', lang)}: ${m.focusAreas.map((area) => area.title).join(', ')}`);
  if (m.duration) meta.push(`${t('duration', lang)}: ${m.duration}`);
  return card({
    href: publicPagePath('method', lang, m),
    title: m.title ?? m.id,
    tags: m.isExample ? [tag(t('example', lang), 'grey')] : [],
    meta,
    body: m.summary ?? '',
    headingLevel: 3,
  });
}

/**
 * /{lang}/methods: the toolbox, filtered by focus area and target group with a GET form, so it works
 * without JavaScript and a filtered list has its own address. The number of methods shown heads the list.
 */
export async function methodsRoute(req: SiteRequest) {
  const { lang } = req;
  const all = await methods(await source(), lang);
  const filter = methodFilter(req.search, all);
  const shown = filterMethods(all, filter);
  const filtered = filter.focusAreas.length > 0 || filter.targetGroup !== '';
  // The focus areas the methods have, in the order of the activity plan.
  const areas = new Map<string, { slug: string; title: string; rank: string }>();
  for (const area of all.flatMap((m) => m.focusAreas))
    areas.set(area.slug, { slug: area.slug, title: area.title ?? area.slug, rank: area.rank });
  const collator = collatorFor(lang);
  const groups = [...new Set(all.map((m) => m.targetGroup ?? '').filter(Boolean))].sort(collator.compare);
  const state: FormState = {
    values: { focusArea: filter.focusAreas, targetGroup: filter.targetGroup },
    errors: new Map(),
  };
  const form = html`<form method="get" action="/${lang}/methods" class="filters wide" aria-label="${t('methodFilters', lang)}">
${checkboxes(
  state,
  'focusArea',
  t('focusAreas', lang),
  [...areas.values()]
    .sort((a, b) => a.rank.localeCompare(b.rank))
    .map((area) => ({ value: area.slug, label: area.title })),
)}
${selectField(state, 'targetGroup', t('targetGroup', lang), [
  { value: '', label: t('anyTargetGroup', lang) },
  ...groups.map((group) => ({ value: group, label: group })),
])}
${button(t('showMethods', lang), { variant: 'secondary' })}
</form>`;
  return page(
    req.frame,
    t('methodsTitle', lang),
    html`<p class="lead">${t('methodsIntro', lang)}</p>
${form}
<h2 id="results">${pluralText(methodPlurals.methodCount, lang, shown.length)}</h2>
${filtered ? html`<p><a href="/${lang}/methods">${t('clearFilters', lang)}</a></p>` : ''}
${shown.length ? cards(shown.map((m) => methodCard(m, lang))) : html`<p>${t(filtered ? 'noMatchingMethods' : 'noMethods', lang)}</p>`}`,
    { breadcrumbs: [{ href: `/${lang}/`, label: t('home', lang) }] },
  );
}

/** /{lang}/methods/{slug}: a method; its id or a slug of another language redirects there (canonical.ts). */
export async function methodRoute(req: SiteRequest, key: string) {
  const { lang } = req;
  const method = await methodDetail(await source(), key, lang);
  if (!method) return undefined;
  const moved = canonicalRedirect(req, 'method', key, method);
  if (moved) return moved;
  const facts = [
    ...(method.targetGroup ? [{ key: t('targetGroup', lang), value: method.targetGroup }] : []),
    ...(method.focusAreas.length
      ? [{ key: t('focusAreas', lang), value: method.focusAreas.map((area) => area.title).join(', ') }]
      : []),
    ...(method.duration ? [{ key: t('duration', lang), value: method.duration }] : []),
  ];
  const rich = siteRichText(lang);
  const files = method.files.map((file) => html`<li>${attachmentLink(file, rich)}</li>`);
  const links = method.links.flatMap((link) => {
    const href = contentHref(link.url);
    return href ? [html`<li><a href="${href}">${link.title ?? href}</a></li>`] : [];
  });
  const contact = method.contact?.email ? contentHref(`mailto:${method.contact.email}`) : undefined;
  return page(
    req.frame,
    method.title ?? method.id,
    html`${method.isExample ? html`<p>${tag(t('example', lang), 'grey')}</p>` : ''}
${method.summary ? html`<p class="lead">${method.summary}</p>` : ''}
${summaryList(facts)}
${method.body?.length ? richText(method.body, rich) : ''}
${files.length ? html`<h2>${t('methodMaterial', lang)}</h2><ul>${files}</ul>` : ''}
${links.length ? html`<h2>${t('methodLinks', lang)}</h2><ul>${links}</ul>` : ''}
${contact && method.contact ? html`<h2>${t('methodContact', lang)}</h2><p>${method.contact.role ? html`${method.contact.role}: ` : ''}<a href="${contact}">${method.contact.email}</a></p>` : ''}`,
    {
      breadcrumbs: [
        { href: `/${lang}/`, label: t('home', lang) },
        { href: `/${lang}/methods`, label: t('methodsNav', lang) },
      ],
    },
  );
}
