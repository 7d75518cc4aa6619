import { describe, expect, it } from 'vitest';
import { allRoutes, functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import type { RouteSpec } from '../../shared/http/route';
import { arnLike, resolveIntrinsic, testEnvironment } from './arn';
import { functionFor, type Resource, synthNetwork } from './synth';

const apiId = 'a1b2c3d4e5';
const stageName = '$default';
const concreteMethods = ['GET', 'POST', 'PUT', 'DELETE'] as const;

/**
 * The source ARNs API Gateway presents when it invokes a route's function: `{api}/{stage}/$default` for
 * the default route, `{api}/{stage}/{METHOD}/{path}` otherwise, for every method an ANY route takes and
 * for the path both as declared and with its parameters filled in.
 */
function invocationArns(route: Pick<RouteSpec, 'method' | 'path'>): string[] {
  const prefix = `arn:aws:execute-api:${testEnvironment['AWS::Region']}:${testEnvironment['AWS::AccountId']}:${apiId}/${stageName}`;
  if (route.path === '$default') return [`${prefix}/$default`];
  const methods = route.method === 'ANY' ? concreteMethods : [route.method];
  const paths = [route.path, route.path.replace(/\{[^}]+\}/g, 'x1')];
  return methods.flatMap((method) => paths.map((path) => `${prefix}/${method}${path}`));
}

/** The SourceArn of every API Gateway invoke permission on a manifest entry's function, resolved. */
function sourceArnsOf(template: ReturnType<typeof synthNetwork>['template'], name: string): string[] {
  const apiLogicalId = Object.keys(template.findResources('AWS::ApiGatewayV2::Api'))[0] ?? '';
  const functionId = functionFor(template, name).id;
  return (Object.values(template.findResources('AWS::Lambda::Permission')) as Resource[])
    .filter(
      (permission) =>
        permission.Properties.Principal === 'apigateway.amazonaws.com' &&
        permission.Properties.Action === 'lambda:InvokeFunction' &&
        JSON.stringify(permission.Properties.FunctionName) ===
          JSON.stringify({ 'Fn::GetAtt': [functionId, 'Arn'] }),
    )
    .map((permission) => resolveIntrinsic(permission.Properties.SourceArn, { [apiLogicalId]: apiId }));
}

describe('the ARN matcher the permission tests rely on', () => {
  it('matches as IAM ArnLike does, and shows why an API-wide {api}/*/*/* misses the $default route', () => {
    // Prepare
    const defaultRoute = invocationArns({ method: 'ANY', path: '$default' })[0] ?? '';
    const healthRoute = invocationArns({ method: 'GET', path: '/health' })[0] ?? '';
    const apiWide = `arn:aws:execute-api:eu-north-1:123456789012:${apiId}/*/*/*`;

    // Act
    const results = {
      apiWideOnHealth: arnLike(healthRoute, apiWide),
      apiWideOnDefault: arnLike(defaultRoute, apiWide),
      defaultOnDefault: arnLike(
        defaultRoute,
        `arn:aws:execute-api:eu-north-1:123456789012:${apiId}/*/$default`,
      ),
      otherApi: arnLike(healthRoute, 'arn:aws:execute-api:eu-north-1:123456789012:zzzz/*/*/*'),
      otherAccount: arnLike(healthRoute, `arn:aws:execute-api:eu-north-1:999999999999:${apiId}/*/*/*`),
      starDoesNotCrossColons: arnLike(healthRoute, `arn:aws:execute-api:*:${apiId}/*/*/*`),
    };

    // Assess
    expect(results).toEqual({
      apiWideOnHealth: true,
      apiWideOnDefault: false,
      defaultOnDefault: true,
      otherApi: false,
      otherAccount: false,
      starDoesNotCrossColons: false,
    });
  });
});

describe('API Gateway may invoke the function of every manifest route', () => {
  const { template } = synthNetwork();

  it('covers every route of the manifest, $default included, with a permission of its own function', () => {
    // Prepare
    const routes = allRoutes();
    expect(routes.some(({ route }) => route.path === '$default')).toBe(true);

    for (const { fn, id, route } of routes) {
      // Act
      const sourceArns = sourceArnsOf(template, fn);

      // Assess
      for (const arn of invocationArns(route)) {
        expect(
          sourceArns.some((pattern) => arnLike(arn, pattern)),
          `${fn}.${id}: no invoke permission matches ${arn} (permissions: ${sourceArns.join(', ')})`,
        ).toBe(true);
      }
    }
  });

  it('names only this API in the permissions, and gives none to functions without routes', () => {
    for (const [name, spec] of Object.entries(functions as Record<string, FunctionSpec>)) {
      // Act
      const sourceArns = sourceArnsOf(template, name);

      // Assess
      if (Object.keys(spec.routes).length === 0) expect(sourceArns, name).toEqual([]);
      for (const pattern of sourceArns) {
        expect(pattern.startsWith(`arn:aws:execute-api:eu-north-1:123456789012:${apiId}/`), name).toBe(true);
        expect(
          arnLike(`arn:aws:execute-api:eu-north-1:123456789012:other/${stageName}/GET/health`, pattern),
        ).toBe(false);
      }
    }
  });

  it('covers a manifest variant whose only route is $default', () => {
    // Prepare
    const variant: Record<string, FunctionSpec> = {
      fallback: {
        description: 'Variant: the default route only',
        entry: functions.service.entry,
        memoryMB: 128,
        timeoutSeconds: 5,
        permissions: { table: 'none', secrets: [] },
        routes: {
          any: { method: 'ANY', path: '$default', auth: 'public', summary: 'Anything', responses: {} },
        },
      },
    };

    // Act
    const { template: variantTemplate } = synthNetwork({ overrides: { manifest: variant } });
    const sourceArns = sourceArnsOf(variantTemplate, 'fallback');

    // Assess
    const [defaultArn] = invocationArns({ method: 'ANY', path: '$default' });
    expect(sourceArns.some((pattern) => arnLike(defaultArn ?? '', pattern))).toBe(true);
    expect(sourceArns).toHaveLength(1);
  });
});
