import * as z from 'zod/mini';
import { defineRoute } from '../../shared/http/route';
import {
  consentField,
  cursorQuery,
  documentId,
  personFields,
  secretToken,
  text,
} from '../../shared/http/schemas';

/** Any string is looked up (a made-up or tampered token is a plain 404), within a sane length. */
const token = secretToken();

export const registrationBody = z.strictObject({
  ...personFields,
  dietary: z.optional(text(500)),
  accessibility: z.optional(text(500)),
  consent: consentField(),
});

/** `pending`: a seat held until the mailed link confirms it; `expired`: such a hold that lapsed. */
const registrationStatus = z.enum(['confirmed', 'waitlisted', 'pending', 'expired', 'cancelled']);
const registrationRow = z.object({
  registrationId: z.string(),
  status: registrationStatus,
  waitlistPosition: z.optional(z.int()),
  name: z.string(),
  email: z.string(),
  organization: z.optional(z.string()),
  municipality: z.optional(z.string()),
  language: z.string(),
  dietary: z.optional(z.string()),
  accessibility: z.optional(z.string()),
  createdAt: z.string(),
});

export const registrationRoutes = {
  register: defineRoute({
    method: 'POST',
    path: '/events/{eventId}/registrations',
    auth: 'public',
    summary:
      'Register for an event: a confirmed seat (held as pending until the mailed link confirms it, where the event asks), or a waitlist place when full',
    tags: ['registrations'],
    params: z.strictObject({ eventId: documentId() }),
    body: registrationBody,
    responses: {
      202: {
        description:
          'Received. The outcome (confirmed, held until confirmed by mail, or waitlisted with its position) and the manage link go by mail only; an address already registered gets the same answer and its link mailed again (within the mail budget)',
        schema: z.object({ status: z.literal('received') }),
      },
      404: { description: 'No such published event' },
      409: { description: 'Outside the registration window, or full without a waitlist' },
    },
  }),
  view: defineRoute({
    method: 'GET',
    path: '/registrations/{manageToken}',
    auth: 'public',
    summary: 'A registration by its manage link',
    tags: ['registrations'],
    params: z.strictObject({ manageToken: token }),
    responses: {
      200: {
        description: 'The registration, with the current waitlist position',
        schema: z.object({
          registrationId: z.string(),
          eventId: z.string(),
          status: registrationStatus,
          waitlistPosition: z.optional(z.int()),
          holdExpiresAt: z.optional(z.string()),
        }),
      },
      404: { description: 'Unknown or expired link' },
    },
  }),
  confirm: defineRoute({
    method: 'POST',
    path: '/registrations/{manageToken}/confirm',
    auth: 'public',
    summary: 'Confirm a seat held for the registration (events that ask for confirmation by email)',
    tags: ['registrations'],
    // Confirming is idempotent by itself: a repeat answers the same and changes nothing.
    idempotent: false,
    params: z.strictObject({ manageToken: token }),
    responses: {
      200: {
        description: 'Confirmed (also when confirmed before); the confirmation is mailed',
        schema: z.object({ status: z.literal('confirmed') }),
      },
      404: { description: 'Unknown or expired link' },
      409: {
        description: 'The seat is not held: the hold lapsed, the registration is cancelled or waitlisted',
      },
    },
  }),
  cancel: defineRoute({
    method: 'DELETE',
    path: '/registrations/{manageToken}',
    auth: 'public',
    summary: 'Cancel a registration; the first waitlisted person gets the seat in the same step',
    tags: ['registrations'],
    params: z.strictObject({ manageToken: token }),
    responses: {
      200: {
        description: 'Cancelled (also when already cancelled)',
        schema: z.object({ status: z.literal('cancelled') }),
      },
      404: { description: 'Unknown or expired link' },
    },
  }),
  adminList: defineRoute({
    method: 'GET',
    path: '/admin/events/{eventId}/registrations',
    auth: ['coordinator'],
    summary: 'The registrations of an event, a page at a time',
    tags: ['registrations', 'admin'],
    params: z.strictObject({ eventId: documentId() }),
    query: cursorQuery,
    responses: {
      200: {
        description: 'A page of registrations, and how many seats are held unconfirmed now',
        schema: z.object({
          items: z.array(registrationRow),
          pendingHolds: z.int(),
          nextCursor: z.optional(z.string()),
        }),
      },
    },
  }),
  adminCsv: defineRoute({
    method: 'GET',
    path: '/admin/events/{eventId}/registrations.csv',
    auth: ['coordinator'],
    summary: 'The registrations of an event as CSV (UTF-8 with BOM, formula-safe) for Excel',
    tags: ['registrations', 'admin'],
    params: z.strictObject({ eventId: documentId() }),
    responses: { 200: { description: 'CSV', contentType: 'text/csv; charset=utf-8' } },
  }),
};
