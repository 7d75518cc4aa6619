import type { FunctionSpec } from '../shared/http/manifest-types';
import { adminRoutes } from './admin/routes';
import { serviceRoutes } from './service/routes';

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
    permissions: { table: 'none', secrets: [] },
  },
  admin: {
    description: 'Coordinator tools that span the flows: sessions and data-subject requests',
    entry: 'functions/admin/handler.ts',
    memoryMB: 512,
    timeoutSeconds: 29,
    routes: adminRoutes,
    permissions: { table: 'read', secrets: ['emailPepper'] },
  },
  notifier: {
    description: 'Renders and sends the mail that writes put on the table stream',
    entry: 'functions/notifier/handler.ts',
    memoryMB: 256,
    timeoutSeconds: 30,
    routes: {},
    permissions: { table: 'none', secrets: [], sendsMail: true },
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
