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
    "focusArea": focusArea->{ _id, title, "slug": slug.current }
  }`);

export const campaignByIdQuery = defineQuery(`
  *[_type == "campaign" && _id == $id][0] {
    _id, _rev, _updatedAt, ${swedishSlug}, title, year, description, eligibility, opensAt, closesAt, isExample,
    "eligibleMunicipalities": eligibleMunicipalities[]->{ _id, name },
    criteria[]{ _key, key, label, description, weight },
    questions[]{ _key, key, label, help, type, required, options[]{ _key, value, label }, maxLength, criterion }
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
    sections[]{ _key, heading, body },
    resources[]{ _key, title, url, provider, language, format },
    "relatedEvent": relatedEvent->{ _id, title, startsAt }
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
  _type == "event" => { title, startsAt, endsAt, mode, place, onlineUrl, capacity, waitlist, requireEmailConfirmation, registrationOpensAt, registrationClosesAt, cancelled },
  _type == "campaign" => {
    title, year, opensAt, closesAt,
    "eligibleMunicipalities": eligibleMunicipalities[]._ref,
    criteria[]{ key, label, weight },
    questions[]{ key, label, help, type, required, "options": options[].value, "optionLabels": options[]{ value, label }, maxLength, criterion }
  },
  _type == "nominationRound" => { title, instructions, deadline, seats, term, askBothGenders, isExample, "organizations": organizations[]._ref },
  _type == "organization" => { name, kind, majorityLanguage, nominationContact },
  _type == "settings" => { networkName, contactEmail, retention, mailBudget }`;

export const governedTypes = ['event', 'campaign', 'nominationRound', 'organization', 'settings'] as const;

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
