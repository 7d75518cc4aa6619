/**
 * Every key of the single table is built here and nowhere else (docs/ARCHITECTURE.md, "Keys").
 * Partition and sort values are prefixed by entity so a Query on one partition never mixes kinds
 * by accident, and sort keys that need order (waitlist) are zero-padded.
 */
export interface ItemKey {
  pk: string;
  sk: string;
}

const pad = (n: number, width = 10) => String(n).padStart(width, '0');

export const keys = {
  // Content-governed operational copies (written by content-sync, read on the write path).
  eventMeta: (eventId: string): ItemKey => ({ pk: `EVENT#${eventId}`, sk: 'META' }),
  campaignMeta: (campaignId: string): ItemKey => ({ pk: `CAMPAIGN#${campaignId}`, sk: 'META' }),
  roundMeta: (roundId: string): ItemKey => ({ pk: `ROUND#${roundId}`, sk: 'META' }),
  contentSnapshot: (documentId: string): ItemKey => ({ pk: `CONTENT#${documentId}`, sk: 'SNAPSHOT' }),
  /** One partition listing every synced document, so reconciliation finds deletions without a Scan. */
  contentIndex: (documentId: string): ItemKey => ({ pk: 'CONTENT_INDEX', sk: documentId }),
  contentIndexPartition: 'CONTENT_INDEX',

  // Event registrations.
  registration: (eventId: string, registrationId: string): ItemKey => ({
    pk: `EVENT#${eventId}`,
    sk: `REG#${registrationId}`,
  }),
  registrationPrefix: 'REG#',
  /** Dietary and accessibility needs, apart from the registration (they expire the day after the event). */
  registrationNeeds: (eventId: string, registrationId: string): ItemKey => ({
    pk: `EVENT#${eventId}`,
    sk: `REG#${registrationId}#NEEDS`,
  }),
  registrationEmail: (eventId: string, emailHash: string): ItemKey => ({
    pk: `EVENT#${eventId}`,
    sk: `EMAIL#${emailHash}`,
  }),
  waitlistEntry: (eventId: string, position: number): ItemKey => ({
    pk: `EVENT#${eventId}`,
    sk: `WAIT#${pad(position)}`,
  }),
  waitlistPrefix: 'WAIT#',
  /**
   * A seat held for a registration until its mailed link confirms it, in ONE partition ordered by the
   * hold's expiry (epoch ms, 15 digits), so the expiry job finds every lapsed hold with `sk < now`.
   */
  seatHold: (expiresAtMs: number, eventId: string, registrationId: string): ItemKey => ({
    pk: 'HOLDS',
    sk: `${pad(expiresAtMs, 15)}#${eventId}#${registrationId}`,
  }),
  seatHoldPartition: 'HOLDS',
  /** The sort key every hold that lapsed at or before `ms` sorts under. */
  seatHoldsBefore: (ms: number) => pad(ms + 1, 15),

  // Change notices and coordinators' messages to an event's registrants (shared/registrations/notices.ts,
  // messages.ts): one item per change of the event's calendar entry (sequence), one per message, so a
  // redelivery or a resubmitted form finds its item and sends nothing twice.
  eventNotice: (eventId: string, sequence: number): ItemKey => ({
    pk: `EVENT#${eventId}`,
    sk: `NOTICE#${pad(sequence, 5)}`,
  }),
  eventMessage: (eventId: string, messageId: string): ItemKey => ({
    pk: `EVENT#${eventId}`,
    sk: `MESSAGE#${messageId}`,
  }),

  // Network membership.
  member: (emailHash: string): ItemKey => ({ pk: 'NETWORK', sk: `MEMBER#${emailHash}` }),
  memberPrefix: 'MEMBER#',

  // Nominations.
  nominationRequest: (roundId: string, organizationId: string): ItemKey => ({
    pk: `ROUND#${roundId}`,
    sk: `ORG#${organizationId}`,
  }),
  nominationRequestPrefix: 'ORG#',
  nominationVersion: (roundId: string, organizationId: string, version: number): ItemKey => ({
    pk: `ROUND#${roundId}`,
    sk: `ORG#${organizationId}#V#${pad(version, 5)}`,
  }),
  nominationVersionPrefix: (organizationId: string) => `ORG#${organizationId}#V#`,
  /** One per nominee address, so a data-subject request finds the nomination (kept: a public record). */
  nomineeIndex: (roundId: string, organizationId: string, emailHash: string): ItemKey => ({
    pk: `ROUND#${roundId}`,
    sk: `NOMINEE#${organizationId}#${emailHash}`,
  }),

  // Campaign applications and review.
  application: (campaignId: string, applicationId: string): ItemKey => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `APP#${applicationId}`,
  }),
  applicationPrefix: 'APP#',
  businessIdMarker: (campaignId: string, businessId: string): ItemKey => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `BID#${businessId}`,
  }),
  /** A coordinator's release of a Business ID claim: who, when, why, and which application held it. */
  businessIdRelease: (campaignId: string, releaseId: string): ItemKey => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `CLAIMRELEASE#${releaseId}`,
  }),
  review: (campaignId: string, applicationId: string, jurorId: string): ItemKey => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `REVIEW#${applicationId}#${jurorId}`,
  }),
  reviewPrefix: 'REVIEW#',
  proposal: (campaignId: string, proposalId: string): ItemKey => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `PROPOSAL#${proposalId}`,
  }),
  proposalPrefix: 'PROPOSAL#',
  /** A juror assigned to a campaign, by the email they sign in with (lower-cased, trimmed). */
  juryAssignment: (campaignId: string, email: string): ItemKey => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `JUROR#${email.trim().toLowerCase()}`,
  }),
  juryAssignmentPrefix: 'JUROR#',

  // The jury's reminder mail marker: one per juror, campaign and Helsinki day, so no juror is reminded
  // twice a day.
  juryReminder: (campaignId: string, email: string, day: string): ItemKey => ({
    pk: `CAMPAIGN#${campaignId}`,
    sk: `JURYREMIND#${email.toLowerCase()}#${day}`,
  }),

  // Organisations joining the strategy (shared/affiliations).
  affiliation: (strategyId: string, affiliationId: string): ItemKey => ({
    pk: `STRATEGY#${strategyId}`,
    sk: `AFF#${affiliationId}`,
  }),
  affiliationPrefix: 'AFF#',
  /** A contribution as it was before an update (kept; `version` zero-padded so they list in order). */
  affiliationVersion: (strategyId: string, affiliationId: string, version: number): ItemKey => ({
    pk: `STRATEGY#${strategyId}`,
    sk: `AFFVER#${affiliationId}#${pad(version, 5)}`,
  }),
  affiliationVersionPrefix: (affiliationId: string) => `AFFVER#${affiliationId}#`,
  /** One active affiliation per organisation: the claim on its Business ID or its normalised name. */
  affiliationClaim: (strategyId: string, organisationKey: string): ItemKey => ({
    pk: `STRATEGY#${strategyId}`,
    sk: `ORGCLAIM#${organisationKey}`,
  }),
  /** The yearly follow-up of one joined organisation, written once per year. */
  affiliationFollowUp: (strategyId: string, year: number, affiliationId: string): ItemKey => ({
    pk: `STRATEGY#${strategyId}`,
    sk: `FOLLOWUP#${year}#${affiliationId}`,
  }),

  // The partnership's bodies: the council and working groups (shared/bodies).
  bodiesPartition: 'BODIES',
  body: (bodyId: string): ItemKey => ({ pk: 'BODIES', sk: `BODY#${bodyId}` }),
  bodyMember: (bodyId: string, memberId: string): ItemKey => ({
    pk: `BODY#${bodyId}`,
    sk: `MEMBER#${memberId}`,
  }),
  bodyMemberPrefix: 'MEMBER#',
  /** The council representative a coordinator named for a joined organisation (else its contact person). */
  councilRepresentative: (strategyId: string, affiliationId: string): ItemKey => ({
    pk: `STRATEGY#${strategyId}`,
    sk: `COUNCILREP#${affiliationId}`,
  }),

  // Secret links: only the SHA-256 of the token is stored, looked up with GetItem.
  token: (tokenHash: string): ItemKey => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' }),

  // POST idempotency records, scoped by route and key.
  idempotency: (scopeHash: string): ItemKey => ({ pk: `IDEMPOTENCY#${scopeHash}`, sk: 'RECORD' }),

  // Mail to send: written with the change that causes it, sent by the notifier from the stream.
  mail: (mailId: string): ItemKey => ({ pk: `MAIL#${mailId}`, sk: 'MAIL' }),
  /** How many mails one address was sent on the n-th UTC day since 1970 (and in each ten minutes of it). */
  mailBudget: (emailHash: string, day: number): ItemKey => ({
    pk: `MAILBUDGET#${emailHash}`,
    sk: `DAY#${day}`,
  }),

  // Content-sync webhook deliveries, de-duplicated on their idempotency key.
  webhookDelivery: (deliveryId: string): ItemKey => ({ pk: `WEBHOOK#${deliveryId}`, sk: 'DELIVERY' }),

  // The staff activity log: one partition, newest last by ULID (staff writes are few; a Query reads it
  // newest first).
  activityPartition: 'ACTIVITY',
  activity: (entryId: string): ItemKey => ({ pk: 'ACTIVITY', sk: `ENTRY#${entryId}` }),

  // Surveys: the operational copy, anonymous answers (no person, no token, a random id), per-person
  // "sent" markers keyed by an HMAC of survey and address (never referenced by an answer), and the
  // events whose automatic sending is done.
  surveyMeta: (surveyId: string): ItemKey => ({ pk: `SURVEY#${surveyId}`, sk: 'META' }),
  surveyAnswer: (surveyId: string, answerId: string): ItemKey => ({
    pk: `SURVEY#${surveyId}`,
    sk: `ANSWER#${answerId}`,
  }),
  surveyAnswerPrefix: 'ANSWER#',
  surveySent: (surveyId: string, personHash: string): ItemKey => ({
    pk: `SURVEY#${surveyId}`,
    sk: `SENT#${personHash}`,
  }),
  surveySentPrefix: 'SENT#',
  /** A survey link: only the SHA-256 of its token, holding the survey id and expiry, never the person. */
  surveyToken: (tokenHash: string): ItemKey => ({ pk: `SURVEYTOKEN#${tokenHash}`, sk: 'TOKEN' }),
  surveyAutoSent: (surveyId: string, eventId: string): ItemKey => ({
    pk: `SURVEY#${surveyId}`,
    sk: `AUTOSENT#${eventId}`,
  }),
} as const;

/** Person-index (GSI) keys: the partition is the email HMAC, the sort tells what the item is. */
export const personIndexKeys = {
  person: (emailHash: string) => `PERSON#${emailHash}`,
  sort: (kind: string, id: string) => `${kind}#${id}`,
} as const;
