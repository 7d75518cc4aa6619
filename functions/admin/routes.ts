import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';
import { cursorQuery, documentId, email } from '../../shared/http/schemas';

/** A registration of an event, by the event's id and the registration's (a ULID); the console checks the same. */
export const eventRegistrationParams = z.strictObject({
  eventId: documentId(),
  registrationId: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)),
});

/** A data-subject request names one email address; the console's people pages check the same. */
export const personQuery = z.strictObject({ email: email() });

const adminEvent = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  published: z.boolean(),
  capacity: z.number(),
  confirmed: z.number(),
  waitlisted: z.number(),
  pending: z.number(),
  seatsLeft: z.number(),
  waitlist: z.boolean(),
  registrationOpen: z.boolean(),
});

const activityEntry = z.object({
  entryId: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.object({ kind: z.string(), id: z.string(), parent: z.optional(z.string()) }),
  details: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  at: z.string(),
});

export const adminRoutes = {
  session: defineRoute({
    method: 'GET',
    path: '/admin/session',
    auth: ['coordinator', 'jury'],
    summary: 'Who the caller is and which admin groups they hold',
    tags: ['admin'],
    responses: {
      200: {
        description: 'The caller',
        schema: z.object({ subject: z.string(), groups: z.array(z.enum(['coordinator', 'jury'])) }),
      },
    },
  }),
  personAccess: defineRoute({
    method: 'GET',
    path: '/admin/people',
    auth: ['coordinator'],
    summary: 'Everything held about an email address (GDPR art. 15), found with one Query',
    tags: ['admin', 'data subjects'],
    query: personQuery,
    responses: {
      200: {
        description: 'The items held, grouped by kind',
        schema: z.object({
          email: z.string(),
          items: z.array(
            z.object({ kind: z.string(), id: z.string(), data: z.record(z.string(), z.unknown()) }),
          ),
        }),
      },
    },
  }),
  events: defineRoute({
    method: 'GET',
    path: '/admin/events',
    auth: ['coordinator'],
    summary:
      'Every event of the operational copy with its seat counts: upcoming (the next first) and past (the latest first)',
    tags: ['admin', 'registrations'],
    responses: {
      200: {
        description: 'Events, titles in the request’s language',
        schema: z.object({ upcoming: z.array(adminEvent), past: z.array(adminEvent) }),
      },
    },
  }),
  cancelRegistration: defineRoute({
    method: 'DELETE',
    path: '/admin/events/{eventId}/registrations/{registrationId}',
    auth: ['coordinator'],
    summary:
      'Cancel a registration on the person’s behalf: the seat goes to the first person waiting and both are mailed; recorded in the activity log',
    tags: ['admin', 'registrations'],
    params: eventRegistrationParams,
    responses: {
      200: {
        description: 'Cancelled (also when it was already)',
        schema: z.object({ status: z.literal('cancelled') }),
      },
      404: { description: 'No such registration for this event' },
    },
  }),
  activity: defineRoute({
    method: 'GET',
    path: '/admin/activity',
    auth: ['coordinator'],
    summary: 'The staff activity log: who did what to which item, newest first, a page at a time',
    tags: ['admin'],
    query: cursorQuery,
    responses: {
      200: {
        description: 'A page of entries',
        schema: z.object({ items: z.array(activityEntry), nextCursor: z.optional(z.string()) }),
      },
    },
  }),
  personErasure: defineRoute({
    method: 'DELETE',
    path: '/admin/people',
    auth: ['coordinator'],
    summary:
      'Erase what is held about an email address (GDPR art. 17), except public records, which are listed with why; recorded in the activity log',
    tags: ['admin', 'data subjects'],
    query: personQuery,
    responses: {
      200: {
        description: 'What was erased and what was kept',
        schema: z.object({
          email: z.string(),
          erased: z.array(z.object({ kind: z.string(), id: z.string() })),
          kept: z.array(z.object({ kind: z.string(), id: z.string(), reason: z.string() })),
        }),
      },
    },
  }),
};
