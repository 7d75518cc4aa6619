import { describe, expect, it } from 'vitest';
import { compileRoutes, findDefaultRoute, matchRoute } from '../../cdk/local/router';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';

const route = (method: 'GET' | 'POST' | 'ANY', path: string) => ({
  method,
  path,
  auth: 'public' as const,
  summary: path,
  responses: {},
});
const manifest: Record<string, FunctionSpec> = {
  a: {
    description: 'a',
    entry: 'a.ts',
    memoryMB: 128,
    timeoutSeconds: 3,
    permissions: { table: 'none', secrets: [] },
    routes: {
      byId: route('GET', '/events/{eventId}'),
      csv: route('GET', '/events/{eventId}/registrations.csv'),
      list: route('GET', '/events/{eventId}/registrations'),
      literal: route('GET', '/events/upcoming'),
      site: route('GET', '/{proxy+}'),
      create: route('POST', '/events/{eventId}/registrations'),
      fallback: route('ANY', '$default'),
    },
  },
};

describe('local router', () => {
  const routes = compileRoutes(manifest);

  it.each([
    ['GET', '/events/upcoming', 'literal', {}],
    ['GET', '/events/e1', 'byId', { eventId: 'e1' }],
    ['GET', '/events/e%C3%A5/registrations.csv', 'csv', { eventId: 'eå' }],
    ['POST', '/events/e1/registrations', 'create', { eventId: 'e1' }],
    ['GET', '/sv/events/e1', 'site', { proxy: 'sv/events/e1' }],
  ])('%s %s goes to %s', (method, path, id, params) => {
    // Act
    const found = matchRoute(routes, method, path);
    // Assess
    expect(found?.route.id).toBe(id);
    expect(found?.pathParameters).toEqual(params);
  });

  it('leaves an unmatched method to the $default route', () => {
    // Act
    const found = matchRoute(routes, 'DELETE', '/events/e1');
    const fallback = findDefaultRoute(manifest);
    // Assess
    expect(found).toBeUndefined();
    expect(fallback?.id).toBe('fallback');
  });

  it('compiles every route of the real manifest with a unique route key', () => {
    // Act
    const compiled = compileRoutes(functions as Record<string, FunctionSpec>);
    // Assess
    const keys = compiled.map((r) => r.routeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('GET /health');
  });

  it.each([
    ['GET', '/sv/console', 'svConsole'],
    ['GET', '/fi/console/people', 'fiConsolePage'],
    ['POST', '/en/console/events/e1', 'enConsoleForm'],
    ['GET', '/auth/sign-in', 'signIn'],
    ['GET', '/sv/events/e1', 'svPage'],
    ['GET', '/sv/consoles', 'svPage'],
  ])('sends %s %s of the real manifest to %s: the console before the site', (method, path, id) => {
    // Prepare
    const compiled = compileRoutes(functions as Record<string, FunctionSpec>);
    // Act
    const found = matchRoute(compiled, method, path);
    // Assess
    expect(found?.route.id).toBe(id);
  });
});
