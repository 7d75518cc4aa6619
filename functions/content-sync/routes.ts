import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';

export const contentSyncRoutes = {
  sanityWebhook: defineRoute({
    method: 'POST',
    path: '/webhooks/sanity',
    auth: 'public',
    summary: 'Sanity GROQ-powered webhook: signed, fresh, de-duplicated; the document is re-fetched by id',
    tags: ['content'],
    idempotent: false,
    rawBody: {
      description:
        'The webhook projection; only _id (and _type) are read. Signed in the sanity-webhook-signature header.',
      schema: z.looseObject({ _id: z.string(), _type: z.optional(z.string()) }),
    },
    responses: {
      200: {
        description: 'Delivery handled (or a replay of one already handled)',
        schema: z.object({
          outcome: z.enum(['applied', 'unchanged', 'removed', 'ignored', 'duplicate']),
          documentId: z.optional(z.string()),
        }),
      },
      401: { description: 'Signature missing, invalid, or older than five minutes' },
    },
  }),
};
