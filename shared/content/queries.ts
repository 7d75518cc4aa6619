import { defineQuery } from 'groq';

/**
 * Every GROQ query of the platform, defined once. Both content sources (the Sanity API and groq-js
 * over the NDJSON dataset) run these exact strings; `sanity typegen generate` types them into
 * shared/content/sanity.types.ts. Localised fields come back as internationalized arrays and are
 * localised in code (shared/content/localize.ts) so one query serves every language.
 */

/**
 * Events, campaigns and information packages have a slug per language (`slug[]{language, value}`); these queries
 * return the Swedish one, the slug of the site's current URLs.
 */
const swedishSlug = /* groq */ `"slug": slug[language == "sv"][0].value.current`;

/**
 * A localised rich-text field (Portable Text per language: `<field>[]{ _key, language, ${richTextValue} }`) with
 * what the renderer (shared/ui/rich-text.ts) needs beyond the stored blocks: the document an internal link points
 * to, and each attached file's type and size. Images need nothing more: their asset reference carries the
 * dimensions. (Fragments are constants, not functions, so each query's text stays a literal type for TypeGen.)
 */
const richTextValue = /* groq */ `"value": value[]{
    ...,
    _type == "block" => { "markDefs": markDefs[]{ ..., _type == "internalLink" => { "target": reference->{ _id, _type, slug } } } },
    _type == "attachment" => { "file": asset->{ extension, mimeType, size } }
  }`;
const richBody = /* groq */ `"body": body[]{ _key, language, ${richTextValue} }`;

/** Files attached beside the text (a package's or method's material), with their type and size. */
const attachedFiles = /* groq */ `files[]{ ..., "file": asset->{ extension, mimeType, size } }`;

/** Every language's slug, `[{language, value}]`: the site's page paths use the one of the page's language. */
const localizedSlugs = /* groq */ `"slugs": slug[]{ language, "value": value.current }`;

/**
 * A public page's document by the key in its path: its id (the old URLs, which redirect) or its slug in
 * any language, the document whose slug it is in `$lang` first (two documents may share a slug across
 * languages). One query: the site resolves a slug without a second round trip.
 */
const byKey = /* groq */ `(_id == $id || $id in slug[].value.current)`;
const slugOfLanguageFirst = /* groq */ `order(count(slug[language == $lang && value.current == $id]) desc)`;

const eventCard = /* groq */ `
  _id, _updatedAt, ${swedishSlug}, ${localizedSlugs}, title, kind, startsAt, endsAt, mode, place, onlineUrl,
  capacity, waitlist, registrationOpensAt, registrationClosesAt, cancelled, isExample`;

export const upcomingEventsQuery = defineQuery(`
  *[_type == "event" && endsAt >= $now] | order(startsAt asc) {${eventCard}}`);

/** Events that have ended, latest first (the events page lists them apart from the coming ones). */
export const pastEventsQuery = defineQuery(`
  *[_type == "event" && endsAt < $now] | order(startsAt desc) [0...$limit] {${eventCard}}`);

export const eventByIdQuery = defineQuery(`
  *[_type == "event" && ${byKey}] | ${slugOfLanguageFirst} [0] {${eventCard},
    description,
    "focusArea": focusArea->{ _id, title, "slug": slug.current },
    ${richBody}
  }`);

export const campaignByIdQuery = defineQuery(`
  *[_type == "campaign" && ${byKey}] | ${slugOfLanguageFirst} [0] {
    _id, _rev, _updatedAt, ${swedishSlug}, ${localizedSlugs}, title, year, description, eligibility, opensAt, closesAt, isExample,
    "eligibleMunicipalities": eligibleMunicipalities[]->{ _id, name },
    criteria[]{ _key, key, label, description, weight },
    questions[]{ _key, key, label, help, type, required, options[]{ _key, value, label }, maxLength, criterion },
    ${richBody}
  }`);

export const nominationRoundByIdQuery = defineQuery(`
  *[_type == "nominationRound" && _id == $id][0] {
    _id, _rev, _updatedAt, title, instructions, deadline, seats, term, askBothGenders, isExample,
    "organizations": organizations[]->{ _id, name, kind, majorityLanguage }
  }`);

/** Campaigns whose window has not closed: the home page's "open campaigns". */
export const openCampaignsQuery = defineQuery(`
  *[_type == "campaign" && closesAt > $now] | order(closesAt asc) {
    _id, ${swedishSlug}, ${localizedSlugs}, title, year, opensAt, closesAt, isExample
  }`);

const packageCard = /* groq */ `_id, ${swedishSlug}, ${localizedSlugs}, title, audience, summary`;

export const informationPackagesQuery = defineQuery(`
  *[_type == "informationPackage"] | order(_createdAt desc) {${packageCard}}`);

export const informationPackageByIdQuery = defineQuery(`
  *[_type == "informationPackage" && ${byKey}] | ${slugOfLanguageFirst} [0] {${packageCard},
    sections[]{ _key, heading, body, "content": content[]{ _key, language, ${richTextValue} } },
    resources[]{ _key, title, url, provider, language, format },
    "relatedEvent": relatedEvent->{ _id, title, startsAt },
    image, ${richBody}, ${attachedFiles}
  }`);

const methodCard = /* groq */ `_id, ${localizedSlugs}, title, summary, targetGroup, duration, isExample,
  "focusAreas": focusAreas[]->{ _id, "slug": slug.current, title, orderRank }`;

/** The methods toolbox, by title in code (the page's language decides the order). */
export const methodsQuery = defineQuery(`
  *[_type == "method"] {${methodCard}}`);

/** A method by id or slug (see byKey), with its body, files and links. */
export const methodByIdQuery = defineQuery(`
  *[_type == "method" && ${byKey}] | ${slugOfLanguageFirst} [0] {${methodCard},
    ${richBody},
    ${attachedFiles},
    links[]{ _key, title, url },
    contact{ role, email }
  }`);

export const activityPlanQuery = defineQuery(`
  *[_type == "focusArea"] | order(orderRank asc) {
    _id, "slug": slug.current, title, summary,
    "actions": *[_type == "action" && focusArea._ref == ^._id] | order(orderRank asc) {
      _id, title, period, status, description,
      "coordinator": coalesce(coordinator.organization->name, null),
      "coordinatorName": coordinator.name,
      "relatedEvents": relatedEvents[]->{ _id, title, startsAt },
      "relatedCampaigns": relatedCampaigns[]->{ _id, title, year }
    }
  }`);

export const settingsQuery = defineQuery(`
  *[_type == "settings" && _id == "settings"][0] {
    networkName, region, languages, contactEmail, privacyNotice, accessibilityStatement, retention,
    tagline, introduction, logo, brandColour
  }`);

/**
 * The fields of each document type that govern writes: content-sync copies them into the table
 * (the "operational copy") so a registration, nomination or application never calls Sanity.
 */
const governedFields = /* groq */ `
  _id, _type, _rev, _updatedAt,
  _type == "event" => { title, ${localizedSlugs}, startsAt, endsAt, mode, place, onlineUrl, capacity, waitlist, requireEmailConfirmation, registrationOpensAt, registrationClosesAt, cancelled, cancellationReason },
  _type == "campaign" => {
    title, ${localizedSlugs}, year, opensAt, closesAt, reviewDeadline,
    "eligibleMunicipalities": eligibleMunicipalities[]._ref,
    criteria[]{ key, label, description, weight },
    questions[]{ key, label, help, type, required, "options": options[].value, "optionLabels": options[]{ value, label }, maxLength, criterion }
  },
  _type == "nominationRound" => { title, instructions, deadline, seats, term, askBothGenders, isExample, "organizations": organizations[]._ref },
  _type == "organization" => { name, kind, majorityLanguage, nominationContact },
  _type == "settings" => { networkName, contactEmail, retention, mailBudget, surveys, reminderHoursBefore },
  _type == "survey" => {
    title, introduction, opensAt, closesAt, autoSend, "events": events[]._ref,
    questions[]{ _key, kind, label, required, minLabel, maxLabel, "options": options[]{ value, label } }
  }`;

export const governedTypes = [
  'event',
  'campaign',
  'nominationRound',
  'organization',
  'settings',
  'survey',
] as const;

export const governedDocumentByIdQuery = defineQuery(`
  *[_id == $id && _type in $types][0] {${governedFields}}`);

export const governedDocumentsQuery = defineQuery(`
  *[_type in $types] | order(_id asc) {${governedFields}}`);

/**
 * The strategy organisations join: the one whose period started last, with its goals (contributions are stored
 * per goal key) and the municipalities an organisation can say it is in.
 */
export const currentStrategyQuery = defineQuery(`{
  "strategy": *[_type == "strategy"] | order(period.start desc, _id asc) [0] {
    _id, _updatedAt, title, period, vision, joiningMeans, joiningDoesNotMean, isExample,
    goals[]{ _key, key, title, description },
    "focusAreas": focusAreas[]->{ _id, title }
  },
  "municipalities": *[_type == "organization" && kind == "municipality"] | order(_id asc) { _id, name }
}`);

/** When the yearly follow-up of the organisations that joined the strategy is mailed (a month, 1–12). */
export const affiliationSettingsQuery = defineQuery(`
  *[_type == "settings" && _id == "settings"][0] { affiliationFollowUpMonth }`);

/**
 * The events that start within a period, for the activity report (shared/report/report.ts): each with
 * its focus area's id; the actions that list an event come from activityPlanQuery's relatedEvents.
 */
export const reportEventsQuery = defineQuery(`
  *[_type == "event" && startsAt >= $from && startsAt < $to] | order(startsAt asc) {
    _id, title, startsAt, cancelled, "focusArea": focusArea._ref
  }`);
