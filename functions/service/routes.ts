import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';

export const serviceRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/health',
    auth: 'public',
    summary: 'Liveness check',
    tags: ['service'],
    responses: { 200: { description: 'The service answers', schema: z.object({ status: z.literal('ok') }) } },
  }),
  openapi: defineRoute({
    method: 'GET',
    path: '/openapi.json',
    auth: 'public',
    summary: 'This contract as OpenAPI 3.1, generated from the zod schemas that validate requests',
    tags: ['service'],
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  }),
  notFound: defineRoute({
    method: 'ANY',
    path: '$default',
    auth: 'public',
    summary: 'Any path no route matches: 404 problem+json',
    tags: ['service'],
    responses: { 404: { description: 'No such resource' } },
    idempotent: false,
  }),
};
