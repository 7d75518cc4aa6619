import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';
import { consentField, cursorQuery, documentId, personFields, secretToken } from '../../shared/http/schemas';

const token = secretToken();
const focusAreaId = documentId();

const memberRow = z.object({
  name: z.string(),
  email: z.string(),
  organization: z.optional(z.string()),
  municipality: z.optional(z.string()),
  language: z.string(),
  interests: z.array(z.string()),
  wantsToCoordinate: z.boolean(),
  joinedAt: z.string(),
});

export const membershipBody = z.strictObject({
  ...personFields,
  interests: z.optional(z.array(focusAreaId).check(z.maxLength(20))),
  wantsToCoordinate: z.optional(z.boolean()),
  consent: consentField(),
});

export const networkRoutes = {
  join: defineRoute({
    method: 'POST',
    path: '/network/members',
    auth: 'public',
    summary: 'Join the open network (double opt-in: a confirmation link is mailed)',
    tags: ['network'],
    body: membershipBody,
    responses: {
      202: {
        description: 'Confirmation mailed (the same answer whether or not the address is a member)',
        schema: z.object({ status: z.literal('pending') }),
      },
    },
  }),
  confirm: defineRoute({
    method: 'POST',
    path: '/network/members/confirm',
    auth: 'public',
    summary: 'Confirm a sign-up with the mailed token',
    tags: ['network'],
    body: z.strictObject({ token }),
    responses: {
      200: {
        description: 'A member now (also when confirmed before)',
        schema: z.object({ status: z.literal('active') }),
      },
      404: { description: 'Unknown or expired link' },
    },
  }),
  leave: defineRoute({
    method: 'DELETE',
    path: '/network/members/{token}',
    auth: 'public',
    summary: 'Leave the network: the member and their personal data are erased',
    tags: ['network'],
    params: z.strictObject({ token }),
    responses: {
      200: { description: 'Left (also when left before)', schema: z.object({ status: z.literal('left') }) },
      404: { description: 'Unknown link' },
    },
  }),
  adminList: defineRoute({
    method: 'GET',
    path: '/admin/network/members',
    auth: ['coordinator'],
    summary: 'Active members, a page at a time',
    tags: ['network', 'admin'],
    query: cursorQuery,
    responses: {
      200: {
        description: 'A page of members',
        schema: z.object({ items: z.array(memberRow), nextCursor: z.optional(z.string()) }),
      },
    },
  }),
  adminCsv: defineRoute({
    method: 'GET',
    path: '/admin/network/members.csv',
    auth: ['coordinator'],
    summary: 'Active members as CSV (UTF-8 with BOM, formula-safe) for Excel',
    tags: ['network', 'admin'],
    responses: { 200: { description: 'CSV', contentType: 'text/csv; charset=utf-8' } },
  }),
};
