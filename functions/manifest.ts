import type { FunctionSpec } from '../shared/http/manifest-types';
import { adminRoutes } from './admin/routes';
import { applicationRoutes } from './applications/routes';
import { consoleRoutes } from './console/routes';
import { contentRoutes } from './content/routes';
import { contentSyncRoutes } from './content-sync/routes';
import { networkRoutes } from './network/routes';
import { nominationRoutes } from './nominations/routes';
import { registrationRoutes } from './registrations/routes';
import { serviceRoutes } from './service/routes';
import { siteRoutes } from './site/routes';

/**
 * The route manifest: every function with its routes, permissions and triggers. The CDK stack builds
 * the HTTP API and the functions from it, and the local server dispatches from it, so the two cannot
 * drift. A handler module exports `handler` and serves exactly the routes listed for it here.
 */
export const functions = {
  service: {
    description: 'Health, the OpenAPI document and the catch-all 404',
    entry: 'functions/service/handler.ts',
    memoryMB: 256,
    timeoutSeconds: 10,
    routes: serviceRoutes,
    permissions: { table: 'none', secrets: ['originSecret'] },
  },
  admin: {
    description:
      'Coordinator tools that span the flows: sessions, events, cancelling on behalf, the activity log, data-subject access and erasure',
    entry: 'functions/admin/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: adminRoutes,
    // Erasure deletes and cancels (freeing seats), so the admin function writes.
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'originSecret'] },
  },
  content: {
    description: 'Public content from Sanity, localised, with live seat counts from the table',
    entry: 'functions/content/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 10,
    routes: contentRoutes,
    permissions: { table: 'read', secrets: ['sanityToken', 'originSecret'] },
  },
  contentSync: {
    description: 'Keeps the operational copy of governing content fields: the Sanity webhook',
    entry: 'functions/content-sync/handler.ts',
    memoryMB: 512,
    // Under the HTTP API's 30 s integration limit, as for every function that serves routes.
    timeoutSeconds: 29,
    routes: contentSyncRoutes,
    // The email pepper: raising an event's capacity promotes its waitlist and mails the people promoted.
    permissions: {
      table: 'readwrite',
      secrets: ['webhookSecret', 'sanityToken', 'emailPepper', 'originSecret'],
    },
  },
  contentReconcile: {
    description: 'Re-syncs every governed document hourly: the backstop for missed webhook deliveries',
    entry: 'functions/content-sync/reconcile.ts',
    memoryMB: 512,
    // Long work, so no route: a whole dataset may take longer than an HTTP request may wait.
    timeoutSeconds: 300,
    routes: {},
    permissions: { table: 'readwrite', secrets: ['sanityToken', 'emailPepper'] },
    schedules: [
      {
        name: 'reconcile',
        expression: 'rate(1 hour)',
        description: 'Backstop for missed webhook deliveries: re-sync every governed document',
      },
    ],
  },
  registrations: {
    description: 'Event registrations with capacity and waitlist, manage links, coordinator lists',
    entry: 'functions/registrations/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: registrationRoutes,
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'originSecret'] },
    schedules: [
      {
        name: 'expireHolds',
        expression: 'rate(5 minutes)',
        description:
          'Pass on seats held for unconfirmed registrations once their hold lapses, in waitlist order',
      },
      {
        name: 'eventReminders',
        expression: 'rate(15 minutes)',
        description:
          'Mail each confirmed registrant a reminder the settings-defined hours before the event starts, once',
      },
    ],
  },
  network: {
    description: 'Membership of the open network: double opt-in, leaving erases, coordinator lists',
    entry: 'functions/network/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: networkRoutes,
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'originSecret'] },
  },
  applications: {
    description: 'Award campaign applications, proposals, jury reviews, ranking and decisions',
    entry: 'functions/applications/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: applicationRoutes,
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'originSecret'] },
    schedules: [
      {
        name: 'juryReminders',
        // Daily at 08:00 in Finland; review deadlines are counted in Helsinki days.
        cron: '0 8 * * ? *',
        timeZone: 'Europe/Helsinki',
        description: 'Remind jurors with reviews left, daily from 3 days before the review deadline',
      },
    ],
  },
  nominations: {
    description: 'Nomination requests to municipalities and the welfare area, answers, balance, reminders',
    entry: 'functions/nominations/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: nominationRoutes,
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'originSecret'] },
    schedules: [
      {
        name: 'reminders',
        // Daily at 09:00 in Finland, summer and winter alike (deadlines are Helsinki days).
        cron: '0 9 * * ? *',
        timeZone: 'Europe/Helsinki',
        description: 'Remind organisations that have not answered, 7 and 1 days before the deadline',
      },
    ],
  },
  site: {
    description: 'Public pages in sv/fi/en, server-rendered from the same use cases as the API',
    entry: 'functions/site/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: siteRoutes,
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'sanityToken', 'originSecret'] },
    schedules: [
      {
        name: 'affiliationFollowUp',
        // Daily at 08:00 in Finland: in the settings' month, each joined organisation is mailed once a year.
        cron: '0 8 * * ? *',
        timeZone: 'Europe/Helsinki',
        description: 'Yearly follow-up mail to the contact of each organisation that joined the strategy',
      },
    ],
  },
  console: {
    description:
      'Staff console in sv/fi/en: sign-in (authorization code with PKCE) and the coordinator and jury pages',
    entry: 'functions/console/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: consoleRoutes,
    // The pepper keys the CSRF tokens of the console's forms, as on the public site, and the mail and
    // activity items its writes put. The coordinator pages run the admin routes' use cases (cancelling on
    // behalf, erasure, sending rounds, invitations, decisions). The Sanity token: focus-area names and an
    // application's choice labels come from content.
    permissions: { table: 'readwrite', secrets: ['emailPepper', 'sanityToken', 'originSecret'] },
    staffSignIn: true,
  },
  surveySending: {
    description: 'Sends surveys automatically the settings’ hours after each linked event ends, once',
    entry: 'functions/surveys/handler.ts',
    memoryMB: 512,
    // No route: a large audience may take longer than an HTTP request may wait.
    timeoutSeconds: 300,
    routes: {},
    // The pepper keys the "sent" markers and seals the links inside the mail items.
    permissions: { table: 'readwrite', secrets: ['emailPepper'] },
    schedules: [
      {
        name: 'surveys',
        expression: 'rate(1 hour)',
        description: 'Send surveys whose linked event ended the settings’ hours ago (once per event)',
      },
    ],
  },
  notifier: {
    description: 'Renders and sends the mail that writes put on the table stream',
    entry: 'functions/notifier/handler.ts',
    memoryMB: 256,
    timeoutSeconds: 30,
    routes: {},
    // The pepper opens the sealed links inside mail items. The table: the mail item is read before
    // sending and marked sent after (GetItem and UpdateItem only, functions/table-access.ts), so a
    // retried batch sends nothing twice.
    permissions: { table: 'readwrite', secrets: ['emailPepper'], sendsMail: true },
    streamFilter: { itemTypes: ['mail'] },
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functions;

export const functionNames = Object.keys(functions) as FunctionName[];

/** Every HTTP route with the function that serves it, in manifest order. */
export function allRoutes() {
  return functionNames.flatMap((fn) =>
    Object.entries(functions[fn].routes as FunctionSpec['routes']).map(([id, route]) => ({ fn, id, route })),
  );
}
