import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../http/route';
import { slugIn } from '../site/page-path';
import { batchGetAll } from '../table/batch';
import type { Table } from '../table/client';
import { keys } from '../table/keys';
import type { ContentSource } from './content-source';
import { type EventMeta, eventState, isRegistrationOpen, seatsLeft } from './event-status';
import { collatorFor, type LocalizedField, localize } from './localize';
import {
  activityPlanQuery,
  campaignByIdQuery,
  eventByIdQuery,
  informationPackageByIdQuery,
  informationPackagesQuery,
  methodByIdQuery,
  methodsQuery,
  nominationRoundByIdQuery,
  openCampaignsQuery,
  pastEventsQuery,
  upcomingEventsQuery,
} from './queries';
import type {
  ActivityPlanQueryResult,
  CampaignByIdQueryResult,
  EventByIdQueryResult,
  InformationPackageByIdQueryResult,
  InformationPackagesQueryResult,
  MethodByIdQueryResult,
  MethodsQueryResult,
  NominationRoundByIdQueryResult,
  OpenCampaignsQueryResult,
  PastEventsQueryResult,
  UpcomingEventsQueryResult,
} from './sanity.types';

/**
 * The public content routes: GROQ through the content source, localised with fallback to Swedish,
 * names sorted by the language's collation, and the live figures (seats left, open or closed) from
 * the operational copy in the table, never from Sanity. Query results carry the types Sanity TypeGen
 * generated for them (shared/content/sanity.types.ts); fields are still read defensively, because a
 * document written through the API rather than the Studio may lack what the schema requires.
 */
const t = (field: LocalizedField, lang: Language) => localize(field, lang) ?? null;
const list = <T>(value: readonly T[] | null | undefined): readonly T[] => value ?? [];
/**
 * A rich-text field's Portable Text in `lang` (else Swedish, Finnish, English), as stored plus what the queries
 * add (internal links' targets, files' type and size); the site renders it with shared/ui/rich-text.ts.
 */
const blocks = (field: LocalizedField<readonly unknown[]> | undefined, lang: Language) =>
  localize<readonly unknown[]>(field, lang) ?? null;
/** Whether a localised field has a value in exactly this language (no fallback). */
const hasLanguage = (field: LocalizedField<unknown> | undefined, lang: Language) =>
  (field ?? []).some((item) => (item.language ?? item._key) === lang && item.value);
/** The slug of the page's language (Swedish when it has none in it): the one its page path uses. */
const slugOf = (doc: { slug?: string | null; slugs?: Parameters<typeof slugIn>[0] }, lang: Language) =>
  slugIn(doc.slugs, lang) ?? doc.slug ?? null;
/** A date range without its Sanity `_type`, as the route schemas describe it. */
const range = (value: { start?: string; end?: string } | null | undefined) =>
  value ? { start: value.start, end: value.end } : null;

type EventCardDoc =
  | UpcomingEventsQueryResult[number]
  | PastEventsQueryResult[number]
  | NonNullable<EventByIdQueryResult>;

async function eventMetas(table: Table, ids: string[]): Promise<Map<string, EventMeta>> {
  const items = await batchGetAll(
    table,
    ids.map((id) => keys.eventMeta(id)),
  );
  return new Map(items.map((item) => [String(item.documentId), item as EventMeta]));
}

function eventCard(doc: EventCardDoc, meta: EventMeta | undefined, lang: Language, now: Date) {
  const capacity = meta?.capacity ?? doc.capacity ?? 0;
  const left = meta ? seatsLeft(meta) : capacity;
  const waitlist = doc.waitlist === true;
  const state = eventState(
    {
      endsAt: doc.endsAt,
      opensAt: meta?.opensAt ?? doc.registrationOpensAt ?? null,
      closesAt: meta?.closesAt ?? doc.registrationClosesAt ?? doc.startsAt,
      seatsLeft: left,
      waitlist,
      cancelled: doc.cancelled === true,
      published: meta?.published === true,
    },
    now,
  );
  return {
    id: doc._id,
    slug: slugOf(doc, lang),
    title: t(doc.title, lang),
    kind: doc.kind,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    mode: doc.mode,
    ...(doc.place ? { place: t(doc.place, lang) ?? undefined } : {}),
    capacity,
    seatsLeft: left,
    waitlist,
    registrationOpen: state !== 'cancelled' && isRegistrationOpen(meta, now),
    state,
    registrationOpensAt: doc.registrationOpensAt ?? null,
    isExample: doc.isExample === true,
  };
}

export async function upcomingEvents(source: ContentSource, table: Table, lang: Language, now: Date) {
  const docs = await source.fetch<UpcomingEventsQueryResult>(upcomingEventsQuery, { now: now.toISOString() });
  const metas = await eventMetas(
    table,
    docs.map((d) => d._id),
  );
  return docs.map((doc) => eventCard(doc, metas.get(doc._id), lang, now));
}

/** Events that have ended, latest first, at most `limit`. */
export async function pastEvents(source: ContentSource, table: Table, lang: Language, now: Date, limit = 20) {
  const docs = await source.fetch<PastEventsQueryResult>(pastEventsQuery, { now: now.toISOString(), limit });
  const metas = await eventMetas(
    table,
    docs.map((d) => d._id),
  );
  return docs.map((doc) => eventCard(doc, metas.get(doc._id), lang, now));
}

/** An event by its id or its slug in any language (the page's language first). */
export async function eventDetail(
  source: ContentSource,
  table: Table,
  id: string,
  lang: Language,
  now: Date,
) {
  // The key may be a slug: the live figures are read by the id the document gives.
  const doc = await source.fetch<EventByIdQueryResult>(eventByIdQuery, { id, lang });
  if (!doc) return undefined;
  const meta = await table.doc.send(new GetCommand({ TableName: table.name, Key: keys.eventMeta(doc._id) }));
  return {
    ...eventCard(doc, meta.Item as EventMeta | undefined, lang, now),
    description: t(doc.description, lang),
    ...(doc.onlineUrl ? { onlineUrl: doc.onlineUrl } : {}),
    registrationClosesAt: doc.registrationClosesAt ?? doc.startsAt,
    focusArea: doc.focusArea ? { id: doc.focusArea._id, title: t(doc.focusArea.title, lang) } : null,
    body: blocks(doc.body, lang),
  };
}

const within = (now: Date, opensAt?: string, closesAt?: string) =>
  (!opensAt || now.getTime() >= Date.parse(opensAt)) && (!closesAt || now.getTime() < Date.parse(closesAt));

/** Campaigns still open (or about to open), soonest closing first. */
export async function openCampaigns(source: ContentSource, lang: Language, now: Date) {
  const docs = await source.fetch<OpenCampaignsQueryResult>(openCampaignsQuery, { now: now.toISOString() });
  return docs.map((c) => ({
    id: c._id,
    slug: slugOf(c, lang),
    title: t(c.title, lang),
    year: c.year,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    open: within(now, c.opensAt, c.closesAt),
    isExample: c.isExample === true,
  }));
}

/** A campaign by its id or its slug in any language (the page's language first). */
export async function campaignDetail(source: ContentSource, id: string, lang: Language, now: Date) {
  const doc = await source.fetch<CampaignByIdQueryResult>(campaignByIdQuery, { id, lang });
  if (!doc) return undefined;
  const collator = collatorFor(lang);
  return {
    id: doc._id,
    slug: slugOf(doc, lang),
    title: t(doc.title, lang),
    year: doc.year ?? null,
    description: t(doc.description, lang),
    eligibility: t(doc.eligibility, lang),
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    open: within(now, doc.opensAt, doc.closesAt),
    isExample: doc.isExample === true,
    eligibleMunicipalities: list(doc.eligibleMunicipalities)
      .map((m) => ({ id: m._id, name: t(m.name, lang) }))
      .sort((a, b) => collator.compare(a.name ?? '', b.name ?? '')),
    criteria: list(doc.criteria).map((c) => ({
      key: c.key,
      label: t(c.label, lang),
      description: t(c.description, lang),
      weight: c.weight,
    })),
    questions: list(doc.questions).map((q) => ({
      key: q.key,
      label: t(q.label, lang),
      help: t(q.help, lang),
      type: q.type,
      required: q.required === true,
      options: list(q.options).map((o) => ({ value: o.value, label: t(o.label, lang) })),
      maxLength: q.maxLength ?? null,
      criterion: q.criterion ?? null,
    })),
    body: blocks(doc.body, lang),
  };
}

export async function nominationRoundDetail(source: ContentSource, id: string, lang: Language, now: Date) {
  const doc = await source.fetch<NominationRoundByIdQueryResult>(nominationRoundByIdQuery, { id });
  if (!doc) return undefined;
  const collator = collatorFor(lang);
  return {
    id: doc._id,
    title: t(doc.title, lang),
    instructions: t(doc.instructions, lang),
    deadline: doc.deadline,
    open: within(now, undefined, doc.deadline),
    seats: { members: doc.seats?.members ?? 0, deputies: doc.seats?.deputies ?? 0 },
    term: range(doc.term),
    askBothGenders: doc.askBothGenders === true,
    isExample: doc.isExample === true,
    organizations: list(doc.organizations)
      .map((o) => ({ id: o._id, name: t(o.name, lang), kind: o.kind }))
      .sort((a, b) => collator.compare(a.name ?? '', b.name ?? '')),
  };
}

const packageCard = (doc: InformationPackagesQueryResult[number], lang: Language) => ({
  id: doc._id,
  slug: slugOf(doc, lang),
  title: t(doc.title, lang),
  audience: t(doc.audience, lang),
  summary: t(doc.summary, lang),
});

export async function informationPackages(source: ContentSource, lang: Language) {
  const collator = collatorFor(lang);
  const docs = await source.fetch<InformationPackagesQueryResult>(informationPackagesQuery);
  return docs.map((d) => packageCard(d, lang)).sort((a, b) => collator.compare(a.title ?? '', b.title ?? ''));
}

/** An information package by its id or its slug in any language (the page's language first). */
export async function informationPackageDetail(source: ContentSource, id: string, lang: Language) {
  const doc = await source.fetch<InformationPackageByIdQueryResult>(informationPackageByIdQuery, {
    id,
    lang,
  });
  if (!doc) return undefined;
  return {
    ...packageCard(doc, lang),
    // A chapter's rich text, unless only its plain text is in the language asked: the language comes first.
    sections: list(doc.sections).map((s) => ({
      heading: t(s.heading, lang),
      body: t(s.body, lang),
      content: hasLanguage(s.content, lang) || !hasLanguage(s.body, lang) ? blocks(s.content, lang) : null,
    })),
    resources: list(doc.resources).map((r) => ({
      title: t(r.title, lang),
      url: r.url,
      provider: r.provider ?? null,
      language: r.language ?? null,
      format: r.format ?? null,
    })),
    relatedEvent: doc.relatedEvent
      ? {
          id: doc.relatedEvent._id,
          title: t(doc.relatedEvent.title, lang),
          startsAt: doc.relatedEvent.startsAt ?? null,
        }
      : null,
    /** The image shown at the top (the `figure` type, alt text in every language) and the package's files. */
    image: doc.image ?? null,
    body: blocks(doc.body, lang),
    files: list(doc.files),
  };
}

export async function activityPlan(source: ContentSource, lang: Language) {
  const areas = await source.fetch<ActivityPlanQueryResult>(activityPlanQuery);
  const link = (d: { _id: string; title: LocalizedField }) => ({ id: d._id, title: t(d.title, lang) });
  return areas.map((area) => ({
    id: area._id,
    slug: area.slug ?? null,
    title: t(area.title, lang),
    summary: t(area.summary, lang),
    actions: list(area.actions).map((a) => ({
      id: a._id,
      title: t(a.title, lang),
      status: a.status,
      period: range(a.period),
      description: t(a.description, lang),
      // An organisation's name, or a coordinator named in text; both are localised.
      coordinator: t(a.coordinator, lang) ?? t(a.coordinatorName, lang),
      relatedEvents: list(a.relatedEvents).map(link),
      relatedCampaigns: list(a.relatedCampaigns).map(link),
    })),
  }));
}

type MethodCardDoc = MethodsQueryResult[number] | NonNullable<MethodByIdQueryResult>;

const methodCard = (doc: MethodCardDoc, lang: Language) => ({
  id: doc._id,
  slug: slugOf(doc, lang),
  title: t(doc.title, lang),
  summary: t(doc.summary, lang),
  targetGroup: t(doc.targetGroup, lang),
  duration: t(doc.duration, lang),
  isExample: doc.isExample === true,
  // In the order of the activity plan, as the focus areas are everywhere else.
  focusAreas: [...list(doc.focusAreas)]
    .sort((a, b) => (a.orderRank ?? '').localeCompare(b.orderRank ?? ''))
    .map((area) => ({
      id: area._id,
      slug: area.slug,
      title: t(area.title, lang),
      rank: area.orderRank ?? '',
    })),
});

/** The methods toolbox, by title as the language sorts. */
export async function methods(source: ContentSource, lang: Language) {
  const collator = collatorFor(lang);
  const docs = await source.fetch<MethodsQueryResult>(methodsQuery);
  return docs.map((d) => methodCard(d, lang)).sort((a, b) => collator.compare(a.title ?? '', b.title ?? ''));
}

/** A method by its id or its slug in any language (the page's language first), with body and material. */
export async function methodDetail(source: ContentSource, id: string, lang: Language) {
  const doc = await source.fetch<MethodByIdQueryResult>(methodByIdQuery, { id, lang });
  if (!doc) return undefined;
  return {
    ...methodCard(doc, lang),
    /** Portable Text in the page's language (Swedish when it has none), rendered by shared/ui/rich-text.ts. */
    body: blocks(doc.body, lang),
    files: list(doc.files),
    links: list(doc.links).map((l) => ({ title: t(l.title, lang), url: l.url })),
    contact: doc.contact ? { role: t(doc.contact.role, lang), email: doc.contact.email } : null,
  };
}
