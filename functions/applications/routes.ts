import * as z from 'zod/mini';
import { isHttpsUrl } from '../../shared/applications/answers';
import { BUSINESS_ID_FORMAT, isValidBusinessId } from '../../shared/applications/business-id';
import { MAX_JURORS } from '../../shared/applications/jury-assignments';
import { defineRoute } from '../../shared/http/route';
import { cursorQuery, documentId, email, languageSchema, secretToken, text } from '../../shared/http/schemas';
import { msg } from '../../shared/i18n/field-messages';

/** ULIDs of applications and proposals; anything else cannot exist. */
const submissionId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/));
/** Any string is looked up (a made-up or tampered token is a plain 404), within a sane length. */
const token = secretToken();

/** Format first (NNNNNNN-T), then the check digit (docs/DOMAIN.md), each with its own localised message. */
const businessId = z
  .string()
  .check(
    z.trim(),
    z.regex(BUSINESS_ID_FORMAT, { error: msg('businessIdFormat'), abort: true }),
    z.refine(isValidBusinessId, { error: msg('businessIdCheckDigit') }),
  );
const httpsUrl = z
  .string()
  .check(z.trim(), z.maxLength(2000), z.refine(isHttpsUrl, { error: msg('httpsUrl') }));
const phone = z.string().check(z.trim(), z.regex(/^\+?[0-9][0-9 ()-]{4,30}$/, { error: msg('phone') }));
const consent = z.literal(true, { error: msg('consent') });

/** Answers are checked against the campaign's questions in the use case; here only their JSON shape. */
const answerValue = z.union([
  z.string().check(z.maxLength(20_000)),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().check(z.maxLength(500))).check(z.maxLength(100)),
]);

export const applicationBody = z.strictObject({
  company: z.strictObject({
    name: text(200),
    businessId,
    municipality: text(200),
    employees: z.optional(z.int().check(z.minimum(0), z.maximum(10_000_000))),
    sector: z.optional(text(200)),
    website: z.optional(httpsUrl),
  }),
  contact: z.strictObject({
    name: text(200),
    email: email(),
    phone: z.optional(phone),
    /** The language of the mail to the contact; Swedish when not given. */
    language: z.optional(languageSchema),
  }),
  answers: z.record(z.string().check(z.minLength(1), z.maxLength(100)), answerValue),
  submit: z.boolean(),
  consent,
});

export const proposalBody = z.strictObject({
  company: z.strictObject({ name: text(200), businessId: z.optional(businessId), municipality: text(200) }),
  reason: text(4000),
  proposer: z.strictObject({ name: text(200), email: email(), language: z.optional(languageSchema) }),
  consent,
});

export const reviewBody = z.strictObject({
  scores: z.optional(
    z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.int().check(z.minimum(0), z.maximum(5))),
  ),
  /** A comment per criterion, by its key. */
  comments: z.optional(
    z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.string().check(z.maxLength(4000))),
  ),
  comment: z.optional(text(4000)),
  conflictOfInterest: z.boolean(),
  /** With a conflict: a note to the coordinators. */
  conflictNote: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  /** `draft`: saved, may leave criteria unscored, never counts; without it the review is submitted. */
  status: z.optional(z.enum(['draft', 'submitted'])),
});

/** The campaign's jurors, by the email each signs in with (compared lower-cased). */
export const juryBody = z.strictObject({ jurors: z.array(email()).check(z.maxLength(MAX_JURORS)) });

const localized = z.record(z.string(), z.string());
const question = z.object({
  key: z.string(),
  label: localized,
  type: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
  maxLength: z.nullable(z.number()),
  criterion: z.nullable(z.string()),
});
const company = z.object({
  name: z.string(),
  businessId: z.string(),
  municipality: z.string(),
  employees: z.optional(z.int()),
  sector: z.optional(z.string()),
  website: z.optional(z.string()),
});
const applicationStatus = z.enum(['draft', 'submitted', 'withdrawn']);
const decisionStatus = z.enum(['shortlisted', 'winner', 'not-selected']);
const answers = z.record(z.string(), z.unknown());
const applicationView = z.object({
  applicationId: z.string(),
  campaignId: z.string(),
  status: applicationStatus,
  decision: z.optional(decisionStatus),
  company,
  contact: z.object({
    name: z.string(),
    email: z.string(),
    phone: z.optional(z.string()),
    language: z.string(),
  }),
  answers,
  questions: z.array(question),
  sourceRev: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.optional(z.string()),
  withdrawnAt: z.optional(z.string()),
});
const adminRow = z.object({
  applicationId: z.string(),
  status: applicationStatus,
  decision: z.optional(decisionStatus),
  company,
  contact: z.object({
    name: z.string(),
    language: z.string(),
    email: z.optional(z.string()),
    phone: z.optional(z.string()),
  }),
  answers,
  questions: z.array(question),
  sourceRev: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.optional(z.string()),
  withdrawnAt: z.optional(z.string()),
});

/** POST …/proposals/{proposalId}/invite: where the company is mailed, in which language. */
export const inviteBody = z.strictObject({ email: email(), language: languageSchema });
/** POST …/applications/{applicationId}/decision. */
export const decisionBody = z.strictObject({ status: decisionStatus });

const campaignCounts = z.object({
  drafts: z.optional(z.int()),
  submitted: z.int(),
  reviewed: z.int(),
  decided: z.optional(z.int()),
  withdrawn: z.optional(z.int()),
});
const campaignFigures = z.object({
  id: z.string(),
  title: z.nullable(z.string()),
  year: z.optional(z.int()),
  opensAt: z.string(),
  closesAt: z.string(),
  open: z.boolean(),
  counts: campaignCounts,
});

/** One row of the ranking (shared/applications/ranking.ts), in /ranking and /progress alike. */
const rankedApplication = z.object({
  rank: z.int(),
  applicationId: z.string(),
  company: z.object({ name: z.string(), businessId: z.string(), municipality: z.string() }),
  decision: z.optional(decisionStatus),
  score: z.nullable(z.number()),
  reviewCount: z.int(),
  conflictCount: z.int(),
  criteria: z.record(z.string(), z.nullable(z.number())),
  spread: z.record(z.string(), z.nullable(z.number())),
  discuss: z.boolean(),
  disagreements: z.array(z.string()),
});
/** GET /admin/campaigns/{campaignId}/progress. */
const judgingProgress = z.object({
  campaignId: z.string(),
  reviewDeadline: z.nullable(z.string()),
  scale: z.object({ min: z.number(), max: z.number() }),
  discussThreshold: z.number(),
  criteria: z.array(z.object({ key: z.string(), weight: z.number() })),
  jurors: z.array(
    z.object({
      email: z.string(),
      assigned: z.int(),
      scored: z.int(),
      conflicts: z.int(),
      drafts: z.int(),
      left: z.int(),
    }),
  ),
  applications: z.array(
    z.object({
      applicationId: z.string(),
      company: z.object({ name: z.string() }),
      reviews: z.int(),
      conflicts: z.int(),
      drafts: z.int(),
      jurorsLeft: z.int(),
    }),
  ),
  ranking: z.array(rankedApplication),
});

const campaignParams = z.strictObject({ campaignId: documentId() });
const applicationParams = z.strictObject({ campaignId: documentId(), applicationId: submissionId });
const tags = ['applications'];
const adminTags = ['applications', 'admin'];

export const applicationRoutes = {
  adminCampaigns: defineRoute({
    method: 'GET',
    path: '/admin/campaigns',
    auth: ['coordinator', 'jury'],
    summary:
      'Published campaigns, latest closing first, with counts: drafts, submitted, reviewed, decided and withdrawn for coordinators; submitted and reviewed for the jury',
    tags: adminTags,
    responses: {
      200: { description: 'The campaigns', schema: z.object({ items: z.array(campaignFigures) }) },
    },
  }),
  apply: defineRoute({
    method: 'POST',
    path: '/campaigns/{campaignId}/applications',
    auth: 'public',
    summary: 'Apply to an award campaign, as a draft or submitted; one application per Business ID',
    tags,
    params: campaignParams,
    body: applicationBody,
    responses: {
      201: {
        description:
          'Saved; the edit link (and, when submitted, a copy of the answers) goes to the contact by mail only',
        schema: z.object({
          applicationId: z.string(),
          status: z.enum(['draft', 'submitted']),
        }),
      },
      404: { description: 'No such campaign' },
      409: {
        description:
          'Submitting with a Business ID another submitted application holds (a draft claims nothing), or the campaign is not open (or unpublished)',
      },
    },
  }),
  propose: defineRoute({
    method: 'POST',
    path: '/campaigns/{campaignId}/proposals',
    auth: 'public',
    summary: 'Propose a company for the award (anyone may)',
    tags,
    params: campaignParams,
    body: proposalBody,
    responses: {
      201: { description: 'Proposal received', schema: z.object({ proposalId: z.string() }) },
      404: { description: 'No such campaign' },
      409: { description: 'The campaign is closed or unpublished' },
    },
  }),
  view: defineRoute({
    method: 'GET',
    path: '/applications/{editToken}',
    auth: 'public',
    summary: 'An application by its edit link, with the questions as they were answered',
    tags,
    params: z.strictObject({ editToken: token }),
    responses: {
      200: { description: 'The application', schema: applicationView },
      404: { description: 'Unknown or expired link' },
    },
  }),
  edit: defineRoute({
    method: 'PUT',
    path: '/applications/{editToken}',
    auth: 'public',
    summary: 'Change an application until the campaign closes; a submitted one stays submitted',
    tags,
    params: z.strictObject({ editToken: token }),
    body: applicationBody,
    responses: {
      200: { description: 'The application as saved', schema: applicationView },
      404: { description: 'Unknown or expired link' },
      409: {
        description:
          'The campaign has closed, the application is withdrawn or decided, or submitting with a Business ID another submitted application holds',
      },
    },
  }),
  withdraw: defineRoute({
    method: 'DELETE',
    path: '/applications/{editToken}',
    auth: 'public',
    summary: 'Withdraw an application; the Business ID may apply again',
    tags,
    params: z.strictObject({ editToken: token }),
    responses: {
      200: {
        description: 'Withdrawn (also when already withdrawn)',
        schema: z.object({ status: z.literal('withdrawn') }),
      },
      404: { description: 'Unknown or expired link' },
    },
  }),
  adminProposals: defineRoute({
    method: 'GET',
    path: '/admin/campaigns/{campaignId}/proposals',
    auth: ['coordinator'],
    summary: 'The proposals of a campaign, a page at a time',
    tags: adminTags,
    params: campaignParams,
    query: cursorQuery,
    responses: {
      200: {
        description: 'A page of proposals',
        schema: z.object({
          items: z.array(
            z.object({
              proposalId: z.string(),
              company: z.object({
                name: z.string(),
                businessId: z.optional(z.string()),
                municipality: z.string(),
              }),
              reason: z.string(),
              proposer: z.object({ name: z.string(), email: z.string(), language: z.string() }),
              createdAt: z.string(),
              invitedAt: z.optional(z.string()),
              invitations: z.optional(z.int()),
            }),
          ),
          nextCursor: z.optional(z.string()),
        }),
      },
    },
  }),
  invite: defineRoute({
    method: 'POST',
    path: '/admin/campaigns/{campaignId}/proposals/{proposalId}/invite',
    auth: ['coordinator'],
    summary: 'Invite a proposed company to apply: mails it the campaign page',
    tags: adminTags,
    params: z.strictObject({ campaignId: documentId(), proposalId: submissionId }),
    body: inviteBody,
    responses: {
      200: { description: 'Invited', schema: z.object({ proposalId: z.string(), invitedAt: z.string() }) },
      404: { description: 'No such campaign or proposal' },
      409: { description: 'The campaign is closed or unpublished' },
    },
  }),
  adminList: defineRoute({
    method: 'GET',
    path: '/admin/campaigns/{campaignId}/applications',
    auth: ['coordinator', 'jury'],
    summary:
      'Applications of a campaign: all for coordinators; submitted ones without contact details for the jury assigned to it',
    tags: adminTags,
    params: campaignParams,
    query: cursorQuery,
    responses: {
      200: {
        description: 'A page of applications',
        schema: z.object({ items: z.array(adminRow), nextCursor: z.optional(z.string()) }),
      },
      403: { description: 'A juror not assigned to the campaign' },
    },
  }),
  review: defineRoute({
    method: 'PUT',
    path: '/admin/campaigns/{campaignId}/applications/{applicationId}/review',
    auth: ['jury'],
    summary:
      "The caller's review: a 0–5 score per criterion with comments, as a draft or submitted, or a declared conflict of interest; jurors assigned to the campaign only, until its review deadline",
    tags: adminTags,
    params: applicationParams,
    body: reviewBody,
    responses: {
      200: {
        description: 'The review as saved',
        schema: z.object({
          campaignId: z.string(),
          applicationId: z.string(),
          juror: z.string(),
          jurorEmail: z.optional(z.string()),
          status: z.optional(z.enum(['draft', 'submitted'])),
          conflictOfInterest: z.boolean(),
          scores: z.optional(z.record(z.string(), z.int())),
          comments: z.optional(z.record(z.string(), z.string())),
          comment: z.optional(z.string()),
          conflictNote: z.optional(z.string()),
          submittedAt: z.optional(z.string()),
          reviewedAt: z.string(),
        }),
      },
      403: { description: 'Not on the jury of this campaign' },
      404: { description: 'No such campaign or application' },
      409: {
        description:
          'The application is not submitted, the review deadline has passed, or a draft would replace a submitted review',
      },
    },
  }),
  jury: defineRoute({
    method: 'PUT',
    path: '/admin/campaigns/{campaignId}/jury',
    auth: ['coordinator'],
    summary:
      'The campaign’s jurors become exactly these (by sign-in email); each addition and removal recorded in the activity log',
    tags: adminTags,
    params: campaignParams,
    body: juryBody,
    responses: {
      200: {
        description: 'The jurors now assigned',
        schema: z.object({
          campaignId: z.string(),
          jurors: z.array(z.object({ email: z.string(), assignedAt: z.string(), assignedBy: z.string() })),
        }),
      },
      404: { description: 'No such campaign' },
    },
  }),
  ranking: defineRoute({
    method: 'GET',
    path: '/admin/campaigns/{campaignId}/ranking',
    auth: ['coordinator'],
    summary: 'Submitted applications by weighted mean score; reviews with a declared conflict left out',
    tags: adminTags,
    params: campaignParams,
    responses: {
      200: {
        description:
          'score = mean over the non-conflicted reviews of Σ(weight·score)/Σweight, three decimals; null without reviews',
        schema: z.object({
          campaignId: z.string(),
          criteria: z.array(z.object({ key: z.string(), weight: z.number() })),
          items: z.array(rankedApplication),
        }),
      },
      404: { description: 'No such campaign' },
    },
  }),
  progress: defineRoute({
    method: 'GET',
    path: '/admin/campaigns/{campaignId}/progress',
    auth: ['coordinator'],
    summary:
      'Judging progress: per assigned juror and per submitted application, and the ranking with each criterion’s mean and spread',
    tags: adminTags,
    params: campaignParams,
    responses: {
      200: {
        description:
          'jurors: assigned (every submitted application), scored (submitted, no conflict), conflicts, drafts, left = assigned − scored − conflicts; applications: reviews in, conflicts, drafts, jurorsLeft; ranking as /ranking, with spread = highest − lowest counted score per criterion and discuss when a spread reaches discussThreshold (half the scale). Drafts and conflicts never count in the ranking',
        schema: judgingProgress,
      },
      404: { description: 'No such campaign' },
    },
  }),
  decide: defineRoute({
    method: 'POST',
    path: '/admin/campaigns/{campaignId}/applications/{applicationId}/decision',
    auth: ['coordinator'],
    summary: 'Record the decision on a submitted application and mail it to the contact',
    tags: adminTags,
    params: applicationParams,
    body: decisionBody,
    responses: {
      200: {
        description: 'Decided (the same decision again changes nothing and mails nothing)',
        schema: z.object({ applicationId: z.string(), decision: decisionStatus }),
      },
      404: { description: 'No such application' },
      409: { description: 'The application is not submitted' },
    },
  }),
  releaseBusinessId: defineRoute({
    method: 'DELETE',
    path: '/admin/campaigns/{campaignId}/business-ids/{businessId}',
    auth: ['coordinator'],
    summary:
      'Release the claim on a Business ID (e.g. someone else’s company), with a reason; the release is recorded',
    tags: adminTags,
    params: z.strictObject({ campaignId: documentId(), businessId }),
    query: z.strictObject({ reason: text(500) }),
    responses: {
      200: {
        description:
          'Released and recorded. The application that held it, if submitted, is a draft again: it can be submitted only by claiming the Business ID anew',
        schema: z.object({
          releaseId: z.string(),
          campaignId: z.string(),
          businessId: z.string(),
          applicationId: z.string(),
          applicationStatus: z.optional(applicationStatus),
          releasedBy: z.string(),
          releasedAt: z.string(),
          reason: z.string(),
        }),
      },
      404: { description: 'No application holds this Business ID in the campaign' },
      409: { description: 'The application holding it is decided' },
    },
  }),
  adminCsv: defineRoute({
    method: 'GET',
    path: '/admin/campaigns/{campaignId}/applications.csv',
    auth: ['coordinator'],
    summary: 'Every application as CSV (UTF-8 with BOM, formula-safe), one column per question',
    tags: adminTags,
    params: campaignParams,
    responses: { 200: { description: 'CSV', contentType: 'text/csv; charset=utf-8' } },
  }),
};
