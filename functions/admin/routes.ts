import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';
import { email } from '../../shared/http/schemas';

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
    query: z.strictObject({ email: email() }),
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
  personErasure: defineRoute({
    method: 'DELETE',
    path: '/admin/people',
    auth: ['coordinator'],
    summary:
      'Erase what is held about an email address (GDPR art. 17), except public records, which are listed with why',
    tags: ['admin', 'data subjects'],
    query: z.strictObject({ email: email() }),
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
