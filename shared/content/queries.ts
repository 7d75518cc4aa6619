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

const eventCard = /* groq */ `
  _id, _updatedAt, ${swedishSlug}, title, kind, startsAt, endsAt, mode, place, onlineUrl,
  capacity, waitlist, registrationOpensAt, registrationClosesAt, cancelled, isExample`;

export const upcomingEventsQuery = defineQuery(`
  *[_type == "event" && endsAt >= $now] | order(startsAt asc) {${eventCard}}`);

/** Events that have ended, latest first (the events page lists them apart from the coming ones). */
export const pastEventsQuery = defineQuery(`
  *[_type == "event" && endsAt < $now] | order(startsAt desc) [0...$limit] {${eventCard}}`);

export const eventByIdQuery = defineQuery(`
  *[_type == "event" && _id == $id][0] {${eventCard},
    description,
    "focusArea": focusArea->{ _id, title, "slug": slug.current },
    ${richBody}
  }`);

export const campaignByIdQuery = defineQuery(`
  *[_type == "campaign" && _id == $id][0] {
    _id, _rev, _updatedAt, ${swedishSlug}, title, year, description, eligibility, opensAt, closesAt, isExample,
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
    _id, ${swedishSlug}, title, year, opensAt, closesAt, isExample
  }`);

const packageCard = /* groq */ `_id, ${swedishSlug}, title, audience, summary`;

export const informationPackagesQuery = defineQuery(`
  *[_type == "informationPackage"] | order(_createdAt desc) {${packageCard}}`);

export const informationPackageByIdQuery = defineQuery(`
  *[_type == "informationPackage" && _id == $id][0] {${packageCard},
    sections[]{ _key, heading, body, "content": content[]{ _key, language, ${richTextValue} } },
    resources[]{ _key, title, url, provider, language, format },
    "relatedEvent": relatedEvent->{ _id, title, startsAt },
    image, ${richBody}, ${attachedFiles}
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
  _type == "event" => { title, startsAt, endsAt, mode, place, onlineUrl, capacity, waitlist, requireEmailConfirmation, registrationOpensAt, registrationClosesAt, cancelled, cancellationReason },
  _type == "campaign" => {
    title, year, opensAt, closesAt,
    "eligibleMunicipalities": eligibleMunicipalities[]._ref,
    criteria[]{ key, label, weight },
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
 * The events that start within a period, for the activity report (shared/report/report.ts): each with
 * its focus area's id; the actions that list an event come from activityPlanQuery's relatedEvents.
 */
export const reportEventsQuery = defineQuery(`
  *[_type == "event" && startsAt >= $from && startsAt < $to] | order(startsAt asc) {
    _id, title, startsAt, cancelled, "focusArea": focusArea._ref
  }`);
