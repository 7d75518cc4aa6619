/**
 * Document ids of the seed dataset. Readable and stable, so code, tests and links can name them.
 * Hyphens, not dots: an id with a dot (e.g. "organization.vasa") lies under a path, and Sanity serves
 * such documents only to authenticated requests, so public (token-less, CDN) reads would not see them.
 */
export const SETTINGS = 'settings';

export const MUNICIPALITIES = {
  vasa: 'organization-vasa',
  kasko: 'organization-kasko',
  jakobstad: 'organization-jakobstad',
  korsholm: 'organization-korsholm',
  korsnas: 'organization-korsnas',
  kristinestad: 'organization-kristinestad',
  kronoby: 'organization-kronoby',
  larsmo: 'organization-larsmo',
  malax: 'organization-malax',
  nykarleby: 'organization-nykarleby',
  narpes: 'organization-narpes',
  pedersore: 'organization-pedersore',
  vora: 'organization-vora',
  laihela: 'organization-laihela',
} as const;

export const WELFARE_AREA = 'organization-osterbottens-valfardsomrade';
export const REGIONAL_COUNCIL = 'organization-osterbottens-forbund';

/** The 14 municipalities and the welfare area: the organisations nomination rounds address. */
export const NOMINATING_ORGANIZATIONS: readonly string[] = [...Object.values(MUNICIPALITIES), WELFARE_AREA];

export const FOCUS_AREAS = {
  workingLife: 'focusArea-mangfald-i-arbetsliv-och-utbildning',
  municipalities: 'focusArea-kommunerna-och-valfardsomradet',
  organisations: 'focusArea-organisationer-och-foreningar',
} as const;

export const EVENTS = {
  planningMeeting1: 'event-planeringsmote-1-2024',
  planningMeeting2: 'event-planeringsmote-2-2024',
  exampleWebinar: 'event-example-webinar-2027',
  exampleSeminar: 'event-example-seminar-2027',
  exampleNetworkMeeting: 'event-example-network-meeting-2027',
} as const;

export const CAMPAIGNS = {
  equalityCompany2025: 'campaign-jamstalldhetsforetag-2025',
  exampleEqualityCompany2027: 'campaign-example-jamstalldhetsforetag-2027',
} as const;

export const NOMINATION_ROUNDS = {
  members2024: 'nominationRound-members-2024-08',
  example2027: 'nominationRound-example-2027',
} as const;

export const INFORMATION_PACKAGES = {
  newlyElected: 'informationPackage-nya-fortroendevalda-2025',
} as const;

/** Methods of the toolbox; drawn from other networks' practice, so example content. */
export const METHODS = {
  localNetwork: 'method-example-lokalt-jamstalldhetsnatverk',
  commonThread: 'method-example-rod-trad-i-styrdokumenten',
  workingGroupSurvey: 'method-example-enkat-till-arbetsgrupperna',
  parentPostcard: 'method-example-vykort-till-nyblivna-foraldrar',
} as const;

export const SURVEYS = {
  exampleWebinarFeedback: 'survey-example-webinar-feedback-2027',
} as const;
/** The regional strategy organisations join (an example: the texts are placeholders). */
export const STRATEGY = 'strategy-example-jamstalldhetsstrategi' as const;
