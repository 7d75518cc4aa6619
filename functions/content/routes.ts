import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';
import { documentId } from '../../shared/http/schemas';

const idParams = z.strictObject({ id: documentId() });
const text = z.nullable(z.string());
const link = z.object({ id: z.string(), title: text });

const eventCard = z.object({
  id: z.string(),
  slug: text,
  title: text,
  kind: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(['onsite', 'online', 'hybrid']),
  place: z.optional(z.string()),
  capacity: z.int(),
  seatsLeft: z.int(),
  waitlist: z.boolean(),
  registrationOpen: z.boolean(),
  /** Where the event stands: cancelled, past, notYetOpen, closed, waitlist (full), full, open. */
  state: z.enum(['cancelled', 'past', 'notYetOpen', 'closed', 'waitlist', 'full', 'open']),
  registrationOpensAt: z.nullable(z.string()),
  isExample: z.boolean(),
});

/** Rich text: Portable Text in the language asked (its images' alt texts in every language), or null. */
const richText = z.nullable(z.array(z.looseObject({ _type: z.string() })));

const notFound = { 404: { description: 'No such published document' } };

export const contentRoutes = {
  events: defineRoute({
    method: 'GET',
    path: '/content/events',
    auth: 'public',
    summary: 'Upcoming events, soonest first, with seats left from the operational copy',
    tags: ['content'],
    responses: { 200: { description: 'Upcoming events', schema: z.array(eventCard) } },
  }),
  event: defineRoute({
    method: 'GET',
    path: '/content/events/{id}',
    auth: 'public',
    summary: 'One event with its description and registration window',
    tags: ['content'],
    params: idParams,
    responses: {
      200: {
        description: 'The event',
        schema: z.extend(eventCard, {
          description: text,
          onlineUrl: z.optional(z.string()),
          registrationClosesAt: z.string(),
          focusArea: z.nullable(link),
          body: richText,
        }),
      },
      ...notFound,
    },
  }),
  campaign: defineRoute({
    method: 'GET',
    path: '/content/campaigns/{id}',
    auth: 'public',
    summary: 'An award campaign with its criteria and application questions',
    tags: ['content'],
    params: idParams,
    responses: {
      200: {
        description: 'The campaign',
        schema: z.object({
          id: z.string(),
          slug: text,
          title: text,
          year: z.nullable(z.int()),
          description: text,
          eligibility: text,
          opensAt: z.string(),
          closesAt: z.string(),
          open: z.boolean(),
          isExample: z.boolean(),
          eligibleMunicipalities: z.array(z.object({ id: z.string(), name: text })),
          criteria: z.array(
            z.object({ key: z.string(), label: text, description: text, weight: z.number() }),
          ),
          questions: z.array(
            z.object({
              key: z.string(),
              label: text,
              help: text,
              type: z.enum(['text', 'longText', 'singleChoice', 'multiChoice', 'number', 'boolean', 'url']),
              required: z.boolean(),
              options: z.array(z.object({ value: z.string(), label: text })),
              maxLength: z.nullable(z.int()),
              criterion: z.nullable(z.string()),
            }),
          ),
          body: richText,
        }),
      },
      ...notFound,
    },
  }),
  nominationRound: defineRoute({
    method: 'GET',
    path: '/content/nomination-rounds/{id}',
    auth: 'public',
    summary: 'A nomination round: instructions, deadline, seats and the organisations asked',
    tags: ['content'],
    params: idParams,
    responses: {
      200: {
        description: 'The round',
        schema: z.object({
          id: z.string(),
          title: text,
          instructions: text,
          deadline: z.string(),
          open: z.boolean(),
          seats: z.object({ members: z.int(), deputies: z.int() }),
          term: z.nullable(z.object({ start: z.optional(z.string()), end: z.optional(z.string()) })),
          askBothGenders: z.boolean(),
          isExample: z.boolean(),
          organizations: z.array(z.object({ id: z.string(), name: text, kind: z.string() })),
        }),
      },
      ...notFound,
    },
  }),
  informationPackages: defineRoute({
    method: 'GET',
    path: '/content/information-packages',
    auth: 'public',
    summary: 'Information packages, by title in the language asked',
    tags: ['content'],
    responses: {
      200: {
        description: 'The packages',
        schema: z.array(z.object({ id: z.string(), slug: text, title: text, audience: text, summary: text })),
      },
    },
  }),
  informationPackage: defineRoute({
    method: 'GET',
    path: '/content/information-packages/{id}',
    auth: 'public',
    summary: 'One information package with its sections and resources (courses, material)',
    tags: ['content'],
    params: idParams,
    responses: {
      200: {
        description: 'The package',
        schema: z.object({
          id: z.string(),
          slug: text,
          title: text,
          audience: text,
          summary: text,
          sections: z.array(z.object({ heading: text, body: text, content: richText })),
          resources: z.array(
            z.object({ title: text, url: z.string(), provider: text, language: text, format: text }),
          ),
          relatedEvent: z.nullable(
            z.object({ id: z.string(), title: text, startsAt: z.nullable(z.string()) }),
          ),
          image: z.nullable(z.looseObject({ _type: z.string() })),
          body: richText,
          files: z.array(z.looseObject({ _type: z.string() })),
        }),
      },
      ...notFound,
    },
  }),
  activityPlan: defineRoute({
    method: 'GET',
    path: '/content/activity-plan',
    auth: 'public',
    summary: 'The activity plan: focus areas with their actions and status',
    tags: ['content'],
    responses: {
      200: {
        description: 'Focus areas in plan order',
        schema: z.array(
          z.object({
            id: z.string(),
            slug: text,
            title: text,
            summary: text,
            actions: z.array(
              z.object({
                id: z.string(),
                title: text,
                status: z.enum(['planned', 'ongoing', 'done']),
                period: z.nullable(z.object({ start: z.optional(z.string()), end: z.optional(z.string()) })),
                description: text,
                coordinator: text,
                relatedEvents: z.array(link),
                relatedCampaigns: z.array(link),
              }),
            ),
          }),
        ),
      },
    },
  }),
};
