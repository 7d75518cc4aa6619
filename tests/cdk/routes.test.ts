import { describe, expect, it } from 'vitest';
import { allRoutes, functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import type { RouteSpec } from '../../shared/http/route';
import { functionFor, type Resource, synthNetwork } from './synth';

const expectedRouteKey = (route: Pick<RouteSpec, 'method' | 'path'>) =>
  route.path === '$default' ? '$default' : `${route.method} ${route.path}`;

function routesByKey(resources: Record<string, Record<string, any>>): Map<string, Resource> {
  const byKey = new Map<string, Resource>();
  for (const route of Object.values(resources) as Resource[]) {
    const key = route.Properties.RouteKey as string;
    expect(byKey.has(key), `route key ${key} appears twice`).toBe(false);
    byKey.set(key, route);
  }
  return byKey;
}

describe('HTTP API built from the route manifest', () => {
  const { template } = synthNetwork();
  const templateRoutes = routesByKey(template.findResources('AWS::ApiGatewayV2::Route'));
  const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
  const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');

  it('has a route for every manifest route, integrated with the function of its manifest entry', () => {
    // Prepare
    const manifestRoutes = allRoutes();
    expect(manifestRoutes.length).toBeGreaterThan(0);

    for (const { fn, id, route } of manifestRoutes) {
      // Act
      const templateRoute = templateRoutes.get(expectedRouteKey(route));

      // Assess
      expect(templateRoute, `${fn}.${id} (${expectedRouteKey(route)}) is missing`).toBeDefined();
      const target = templateRoute?.Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
      expect(target['Fn::Join'][1][0]).toBe('integrations/');
      const integration = integrations[target['Fn::Join'][1][1].Ref] as Resource | undefined;
      expect(integration?.Properties.IntegrationType).toBe('AWS_PROXY');
      expect(integration?.Properties.PayloadFormatVersion).toBe('2.0');
      expect(integration?.Properties.IntegrationUri).toEqual({
        'Fn::GetAtt': [functionFor(template, fn).id, 'Arn'],
      });
    }
  });

  it('has no route that the manifest lacks', () => {
    // Prepare
    const manifestKeys = new Set(allRoutes().map(({ route }) => expectedRouteKey(route)));

    // Act
    const extra = [...templateRoutes.keys()].filter((key) => !manifestKeys.has(key));

    // Assess
    expect(extra).toEqual([]);
    expect(templateRoutes.size).toBe(manifestKeys.size);
  });

  it('puts the Cognito JWT authorizer on every non-public route and none on public ones', () => {
    // Prepare
    const [authorizerId, authorizer] = Object.entries(authorizers)[0] as [string, Resource];
    expect(Object.keys(authorizers)).toHaveLength(1);
    const userPoolId = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0];
    const clientId = Object.keys(template.findResources('AWS::Cognito::UserPoolClient'))[0];

    for (const { fn, id, route } of allRoutes()) {
      // Act
      const properties = templateRoutes.get(expectedRouteKey(route))?.Properties;

      // Assess
      if (route.auth === 'public') {
        expect(properties?.AuthorizationType, `${fn}.${id}`).toBe('NONE');
        expect(properties?.AuthorizerId, `${fn}.${id}`).toBeUndefined();
      } else {
        expect(properties?.AuthorizationType, `${fn}.${id}`).toBe('JWT');
        expect(properties?.AuthorizerId, `${fn}.${id}`).toEqual({ Ref: authorizerId });
      }
    }
    expect(authorizer.Properties.AuthorizerType).toBe('JWT');
    expect(authorizer.Properties.IdentitySource).toEqual(['$request.header.Authorization']);
    expect(authorizer.Properties.JwtConfiguration.Audience).toEqual([{ Ref: clientId }]);
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain(`"Ref":"${userPoolId}"`);
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.');
  });
  // Invoke permissions, $default included: tests/cdk/invoke-permissions.test.ts.
});

describe('HTTP API from a manifest variant', () => {
  const entry = functions.service.entry;
  const variant: Record<string, FunctionSpec> = {
    web: {
      description: 'Variant with every method and auth kind',
      entry,
      memoryMB: 128,
      timeoutSeconds: 5,
      permissions: { table: 'none', secrets: [] },
      routes: {
        list: { method: 'GET', path: '/things', auth: 'public', summary: 'List', responses: {} },
        create: { method: 'POST', path: '/things', auth: 'public', summary: 'Create', responses: {} },
        replace: {
          method: 'PUT',
          path: '/things/{id}',
          auth: ['coordinator'],
          summary: 'Replace',
          responses: {},
        },
        remove: {
          method: 'DELETE',
          path: '/things/{id}',
          auth: ['coordinator', 'jury'],
          summary: 'Delete',
          responses: {},
        },
        fallback: { method: 'ANY', path: '$default', auth: 'public', summary: 'Fallback', responses: {} },
      },
    },
  };

  it('maps every method, the $default route and each auth kind', () => {
    // Prepare
    const { template } = synthNetwork({ overrides: { manifest: variant } });

    // Act
    const routes = routesByKey(template.findResources('AWS::ApiGatewayV2::Route'));

    // Assess
    expect([...routes.keys()].sort()).toEqual(
      ['$default', 'DELETE /things/{id}', 'GET /things', 'POST /things', 'PUT /things/{id}'].sort(),
    );
    expect(routes.get('PUT /things/{id}')?.Properties.AuthorizationType).toBe('JWT');
    expect(routes.get('DELETE /things/{id}')?.Properties.AuthorizationType).toBe('JWT');
    expect(routes.get('POST /things')?.Properties.AuthorizationType).toBe('NONE');
    expect(routes.get('$default')?.Properties.AuthorizationType).toBe('NONE');
  });

  it('refuses two manifest routes with the same route key', () => {
    // Prepare
    const clash: Record<string, FunctionSpec> = {
      ...variant,
      other: {
        ...(variant.web as FunctionSpec),
        routes: {
          again: { method: 'GET', path: '/things', auth: 'public', summary: 'Again', responses: {} },
        },
      },
    };

    // Act
    const act = () => synthNetwork({ overrides: { manifest: clash } });

    // Assess
    expect(act).toThrow(/GET \/things/);
  });
});
