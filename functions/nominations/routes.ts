import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';
import { documentId, email, languageSchema, secretToken, text } from '../../shared/http/schemas';

const roundId = documentId();
const token = secretToken();
const gender = z.enum(['woman', 'man', 'other', 'undisclosed']);
const role = z.enum(['member', 'deputy']);

const nominee = z.strictObject({
  seat: z.int().check(z.gte(1), z.lte(50)),
  role,
  name: text(200),
  email: email(),
  title: z.optional(text(200)),
  gender: z.optional(gender),
  language: languageSchema,
});

export const answerBody = z.strictObject({
  nominees: z.array(nominee).check(z.maxLength(200)),
  justification: z.optional(text(4000)),
});

const balance = z.object({
  women: z.int(),
  men: z.int(),
  other: z.int(),
  undisclosed: z.int(),
  total: z.int(),
  minimum: z.int(),
  womenReach40: z.boolean(),
  menReach40: z.boolean(),
  meets40: z.boolean(),
});

const deviation = z.object({
  seat: z.int(),
  role,
  missing: z.array(z.enum(['woman', 'man'])),
  message: z.string(),
});
const coordinator = ['coordinator'] as const;

const roundFigures = z.object({
  id: z.string(),
  title: z.nullable(z.string()),
  deadline: z.string(),
  open: z.boolean(),
  counts: z.object({ addressed: z.int(), requested: z.int(), answered: z.int(), pending: z.int() }),
  balance: z.object({ members: balance, deputies: balance }),
  balanceMet: z.boolean(),
});

/** Organisation ids, comma-separated (ids are letters, digits, `.`, `_` and `-`; never a comma). */
export const organizationList = z
  .string()
  .check(z.maxLength(10_000), z.regex(/^[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*$/));

export const nominationRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/admin/nomination-rounds',
    auth: coordinator,
    summary:
      'Every published round, latest deadline first: organisations addressed, requested, answered and pending, and the gender balance',
    tags: ['nominations', 'admin'],
    responses: {
      200: { description: 'The rounds', schema: z.object({ items: z.array(roundFigures) }) },
    },
  }),
  openRound: defineRoute({
    method: 'POST',
    path: '/admin/nomination-rounds/{roundId}/requests',
    auth: coordinator,
    summary:
      'Send the round: one request per addressed organisation (or per one of `organizations`), each mailed its own link (idempotent)',
    tags: ['nominations', 'admin'],
    params: z.strictObject({ roundId }),
    query: z.strictObject({ organizations: z.optional(organizationList) }),
    responses: {
      201: {
        description: 'Requests created now and already there',
        schema: z.object({
          created: z.int(),
          existing: z.int(),
          withoutContact: z.optional(z.array(z.string())),
          /** Organisations of an example round whose address is a real one: never mailed example content. */
          notSentExample: z.optional(z.array(z.string())),
        }),
      },
      400: { description: 'An organisation in `organizations` the round does not address' },
      404: { description: 'No such published round' },
      409: { description: 'The deadline has passed' },
    },
  }),
  overview: defineRoute({
    method: 'GET',
    path: '/admin/nomination-rounds/{roundId}',
    auth: coordinator,
    summary: 'Status per organisation and the gender balance of members and deputies (counts only)',
    tags: ['nominations', 'admin'],
    params: z.strictObject({ roundId }),
    responses: {
      200: {
        description: 'The round',
        schema: z.object({
          round: z.object({
            id: z.string(),
            title: z.nullable(z.string()),
            deadline: z.string(),
            open: z.boolean(),
            seats: z.object({ members: z.int(), deputies: z.int() }),
            askBothGenders: z.boolean(),
          }),
          requests: z.array(
            z.object({
              organizationId: z.string(),
              organizationName: z.string(),
              status: z.enum(['pending', 'answered', 'overdue']),
              sentAt: z.string(),
              remindedOn: z.optional(z.string()),
              version: z.int(),
              answeredAt: z.optional(z.string()),
              nominees: z.array(
                z.object({
                  seat: z.int(),
                  role,
                  name: z.string(),
                  email: z.string(),
                  title: z.optional(z.string()),
                  language: z.string(),
                }),
              ),
              justification: z.optional(z.string()),
              balance: z.object({ members: balance, deputies: balance }),
            }),
          ),
          notRequested: z.array(z.string()),
          organizations: z.array(
            z.object({ id: z.string(), name: z.string(), hasContact: z.boolean(), requested: z.boolean() }),
          ),
          balance: z.object({ members: balance, deputies: balance }),
        }),
      },
      404: { description: 'No such published round' },
    },
  }),
  remind: defineRoute({
    method: 'POST',
    path: '/admin/nomination-rounds/{roundId}/reminders',
    auth: coordinator,
    summary: 'Remind the organisations that have not answered (at most once a day each)',
    tags: ['nominations', 'admin'],
    params: z.strictObject({ roundId }),
    responses: {
      200: { description: 'Reminders sent', schema: z.object({ sent: z.int() }) },
      404: { description: 'No such published round' },
    },
  }),
  nomineesCsv: defineRoute({
    method: 'GET',
    path: '/admin/nomination-rounds/{roundId}/nominees.csv',
    auth: coordinator,
    summary: 'Nominees as CSV (UTF-8 with BOM, formula-safe); gender is reported as counts only, not here',
    tags: ['nominations', 'admin'],
    params: z.strictObject({ roundId }),
    responses: {
      200: { description: 'CSV', contentType: 'text/csv; charset=utf-8' },
      404: { description: 'No such published round' },
    },
  }),
  view: defineRoute({
    method: 'GET',
    path: '/nominations/{token}',
    auth: 'public',
    summary:
      'The request a mailed link opens: organisation, instructions, deadline, seats, answer and its versions',
    tags: ['nominations'],
    params: z.strictObject({ token }),
    responses: {
      200: {
        description: 'The request',
        schema: z.object({
          organization: z.object({ id: z.string(), name: z.string() }),
          round: z.object({
            id: z.string(),
            title: z.nullable(z.string()),
            instructions: z.nullable(z.string()),
            deadline: z.string(),
            seats: z.object({ members: z.int(), deputies: z.int() }),
            askBothGenders: z.boolean(),
            term: z.nullable(z.object({ start: z.optional(z.string()), end: z.optional(z.string()) })),
          }),
          open: z.boolean(),
          status: z.enum(['pending', 'answered']),
          answer: z.nullable(
            z.object({
              version: z.int(),
              answeredAt: z.optional(z.string()),
              nominees: z.array(nominee),
              justification: z.optional(z.string()),
            }),
          ),
          versions: z.array(
            z.object({
              version: z.int(),
              answeredAt: z.string(),
              nominees: z.array(nominee),
              justification: z.optional(z.string()),
            }),
          ),
        }),
      },
      404: { description: 'Unknown or expired link' },
    },
  }),
  answer: defineRoute({
    method: 'PUT',
    path: '/nominations/{token}',
    auth: 'public',
    summary: 'Answer (or change the answer) until the deadline; every answer is kept as a version',
    tags: ['nominations'],
    params: z.strictObject({ token }),
    body: z.strictObject({
      nominees: z.array(nominee).check(z.maxLength(200)),
      justification: z.optional(text(4000)),
    }),
    responses: {
      200: {
        description: 'Saved as a new version; deviations from the woman-and-man rule listed',
        schema: z.object({ version: z.int(), deviations: z.array(deviation) }),
      },
      400: {
        description:
          'Too many nominees for a seat, no such seat, or a one-gender seat without justification (the seat is named)',
      },
      404: { description: 'Unknown or expired link' },
      409: { description: 'The deadline has passed' },
    },
  }),
};
