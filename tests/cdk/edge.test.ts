import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { describe, expect, it } from 'vitest';
import { trailingSlashFunctionCode } from '../../cdk/constructs/edge-distribution';
import { allRoutes, functions } from '../../functions/manifest';
import { siteRoutes } from '../../functions/site/routes';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { ORIGIN_HEADER } from '../../shared/http/origin-check';
import {
  ADMIN_REQUESTS_PER_MINUTE,
  CONSOLE_REQUESTS_PER_MINUTE,
  PUBLIC_WRITES_PER_MINUTE,
  ROUTE_THROTTLES,
  rateClassOf,
  WEBHOOK_REQUESTS_PER_MINUTE,
} from '../../shared/http/rate-limits';
import { routeKeyOf } from '../../shared/http/route';
import { functionFor, logicalIdOf, type Resource, synthNetwork } from './synth';

const { app, stack, template } = synthNetwork();
const edgeStack = app.node.findChild('EqualityNetwork-dev-edge') as Stack;
const edgeTemplate = Template.fromStack(edgeStack);

const only = (t: Template, type: string): Resource => {
  const found = Object.values(t.findResources(type)) as Resource[];
  expect(found, type).toHaveLength(1);
  return found[0] as Resource;
};
const distributionConfig = () =>
  only(template, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
const webAcl = () => only(edgeTemplate, 'AWS::WAFv2::WebACL').Properties;
const rule = (name: string) => {
  const found = (webAcl().Rules as Array<Record<string, any>>).find((r) => r.Name === name);
  if (!found) throw new Error(`No rule ${name}`);
  return found;
};
const pathMatch = (constraint: 'STARTS_WITH' | 'EXACTLY', path: string) => ({
  ByteMatchStatement: {
    FieldToMatch: { UriPath: {} },
    PositionalConstraint: constraint,
    SearchString: path,
    TextTransformations: [
      { Priority: 0, Type: 'URL_DECODE' },
      { Priority: 1, Type: 'NORMALIZE_PATH' },
    ],
  },
});
const pathStartsWith = (prefix: string) => pathMatch('STARTS_WITH', prefix);
/** The console's pages (each exactly, or with its slash) and the staff sign-in under /auth/. */
const consoleRequest = {
  OrStatement: {
    Statements: [
      pathMatch('EXACTLY', '/sv/console'),
      pathStartsWith('/sv/console/'),
      pathMatch('EXACTLY', '/fi/console'),
      pathStartsWith('/fi/console/'),
      pathMatch('EXACTLY', '/en/console'),
      pathStartsWith('/en/console/'),
      pathStartsWith('/auth/'),
    ],
  },
};
const methodIs = (method: string) => ({
  ByteMatchStatement: {
    FieldToMatch: { Method: {} },
    PositionalConstraint: 'EXACTLY',
    SearchString: method,
    TextTransformations: [{ Priority: 0, Type: 'NONE' }],
  },
});

describe('CloudFront in front of the HTTP API', () => {
  it('has the HTTP API as its only origin, over HTTPS (TLS 1.2) only', () => {
    // Act
    const origins = distributionConfig().Origins as Array<Record<string, any>>;
    // Assess
    expect(origins).toHaveLength(1);
    expect(origins[0]?.DomainName).toEqual({
      'Fn::Select': [
        2,
        { 'Fn::Split': ['/', { 'Fn::GetAtt': [logicalIdOf(stack, stack.httpApi.api), 'ApiEndpoint'] }] },
      ],
    });
    expect(origins[0]?.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
  });

  it('sends the origin header with the value of the origin secret, as a dynamic reference, never a literal', () => {
    // Prepare
    const secretId = logicalIdOf(stack, stack.secrets.byName.originSecret);
    // Act
    const headers = (distributionConfig().Origins as Array<Record<string, any>>)[0]?.OriginCustomHeaders;
    // Assess
    expect(headers).toEqual([
      {
        HeaderName: ORIGIN_HEADER,
        HeaderValue: {
          'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
        },
      },
    ]);
    expect(template.toJSON().Resources[secretId].Properties.SecretString).toBeUndefined();
  });

  it('passes pages and API calls uncached with every method, header but Host, query string and cookie', () => {
    // Act
    const behavior = distributionConfig().DefaultCacheBehavior;
    // Assess
    expect(behavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect([...behavior.AllowedMethods].sort()).toEqual(
      ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'].sort(),
    );
    expect(behavior.CachePolicyId).toBe(cloudfront.CachePolicy.CACHING_DISABLED.cachePolicyId);
    expect(behavior.OriginRequestPolicyId).toBe(
      cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
    );
  });

  it("caches the site's assets, under the path of the asset route", () => {
    // Prepare
    const assetPattern = siteRoutes.asset?.path.replace('{file}', '*');
    // Act
    const behaviors = distributionConfig().CacheBehaviors as Array<Record<string, any>>;
    // Assess
    expect(behaviors).toHaveLength(1);
    expect(behaviors[0]).toMatchObject({
      PathPattern: assetPattern,
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      CachePolicyId: cloudfront.CachePolicy.CACHING_OPTIMIZED.cachePolicyId,
    });
  });

  it('rewrites /sv/, /fi/ and /en/ to the home routes in a viewer-request function, and nothing else', () => {
    // Prepare
    const fn = only(template, 'AWS::CloudFront::Function');
    const handler = new Function(`${fn.Properties.FunctionCode}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    // Act
    const rewritten = ['/sv/', '/fi/', '/en/', '/sv', '/sv/events', '/', '/de/', '/sv//', '/assets/'].map(
      rewrite,
    );
    // Assess
    expect(fn.Properties.FunctionCode).toBe(trailingSlashFunctionCode);
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(rewritten).toEqual(['/sv', '/fi', '/en', '/sv', '/sv/events', '/', '/de/', '/sv//', '/assets/']);
    expect(distributionConfig().DefaultCacheBehavior.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [logicalIdOf(stack, stack.edge.homePaths), 'FunctionARN'] },
      },
    ]);
    for (const home of ['sv', 'fi', 'en']) expect(rewritten).toContain(`/${home}`);
  });

  it('links in mail and the PublicUrl output point at the distribution', () => {
    // Prepare
    const domain = { 'Fn::GetAtt': [logicalIdOf(stack, stack.edge.distribution), 'DomainName'] };
    const url = { 'Fn::Join': ['', ['https://', domain]] };
    // Act
    const output = template.toJSON().Outputs.PublicUrl;
    const variables = functionFor(template, 'registrations').resource.Properties.Environment.Variables;
    // Assess
    expect(output.Value).toEqual(url);
    expect(variables.PUBLIC_BASE_URL).toEqual(url);
  });

  it('gives every function that serves HTTP the origin secret, and only those', () => {
    for (const [name, spec] of Object.entries(functions as Record<string, FunctionSpec>)) {
      // Act
      const variables = functionFor(template, name).resource.Properties.Environment.Variables;
      // Assess
      const servesHttp = Object.keys(spec.routes).length > 0;
      expect(spec.permissions.secrets.includes('originSecret'), name).toBe(servesHttp);
      expect(variables.ORIGIN_SECRET_SECRET_ARN, name).toEqual(
        servesHttp ? { Ref: logicalIdOf(stack, stack.secrets.byName.originSecret) } : undefined,
      );
    }
  });
});

describe('the WAF web ACL', () => {
  it('lives in us-east-1 with scope CLOUDFRONT, and the distribution carries it (WebACLId)', () => {
    // Prepare
    const webAclId = logicalIdOf(edgeStack, edgeStack.node.findChild('Waf').node.findChild('WebAcl'));
    // Act
    const reference = distributionConfig().WebACLId['Fn::GetStackOutput'];
    const exported = edgeTemplate.toJSON().Outputs[reference.OutputName];
    // Assess
    expect(edgeStack.region).toBe('us-east-1');
    expect(stack.region).toBe('eu-north-1');
    expect(webAcl().Scope).toBe('CLOUDFRONT');
    expect(webAcl().DefaultAction).toEqual({ Allow: {} });
    expect(reference).toMatchObject({ StackName: edgeStack.stackName, Region: 'us-east-1' });
    expect(exported.Value).toEqual({ 'Fn::GetAtt': [webAclId, 'Arn'] });
    expect(stack.dependencies).toContain(edgeStack);
  });

  it('limits public writes per IP: POST, PUT and DELETE outside /admin/ and /webhooks/', () => {
    // Act
    const { Statement, Action } = rule('PublicWritesPerIp');
    // Assess
    expect(Statement.RateBasedStatement).toEqual({
      AggregateKeyType: 'IP',
      Limit: PUBLIC_WRITES_PER_MINUTE,
      EvaluationWindowSec: 60,
      ScopeDownStatement: {
        AndStatement: {
          Statements: [
            { OrStatement: { Statements: [methodIs('POST'), methodIs('PUT'), methodIs('DELETE')] } },
            { NotStatement: { Statement: pathStartsWith('/admin/') } },
            { NotStatement: { Statement: pathStartsWith('/webhooks/') } },
            { NotStatement: { Statement: consoleRequest } },
          ],
        },
      },
    });
    expect(Action.Block.CustomResponse).toMatchObject({
      ResponseCode: 429,
      CustomResponseBodyKey: 'throttled',
    });
  });

  it('gives the webhook and the admin routes budgets of their own', () => {
    // Act
    const webhook = rule('WebhookPerIp').Statement.RateBasedStatement;
    const admin = rule('AdminPerIp').Statement.RateBasedStatement;
    // Assess
    expect(webhook).toEqual({
      AggregateKeyType: 'IP',
      Limit: WEBHOOK_REQUESTS_PER_MINUTE,
      EvaluationWindowSec: 60,
      ScopeDownStatement: pathStartsWith('/webhooks/'),
    });
    expect(admin).toEqual({
      AggregateKeyType: 'IP',
      Limit: ADMIN_REQUESTS_PER_MINUTE,
      EvaluationWindowSec: 60,
      ScopeDownStatement: pathStartsWith('/admin/'),
    });
    expect(rateClassOf('POST', '/webhooks/sanity')).toBe('webhook');
  });

  it('gives the staff console and its sign-in a budget of their own, outside the public writes', () => {
    // Act
    const consoleRule = rule('ConsolePerIp');
    // Assess
    expect(consoleRule.Statement.RateBasedStatement).toEqual({
      AggregateKeyType: 'IP',
      Limit: CONSOLE_REQUESTS_PER_MINUTE,
      EvaluationWindowSec: 60,
      ScopeDownStatement: consoleRequest,
    });
    expect(CONSOLE_REQUESTS_PER_MINUTE).toBeGreaterThan(PUBLIC_WRITES_PER_MINUTE);
    expect(consoleRule.Action.Block.CustomResponse).toMatchObject({ ResponseCode: 429 });
  });

  it('answers over-budget requests with the throttled problem as JSON', () => {
    // Act
    const body = webAcl().CustomResponseBodies.throttled;
    // Assess
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content)).toMatchObject({ type: '/problems/throttled', status: 429 });
    expect(Buffer.byteLength(body.Content)).toBeLessThanOrEqual(4096);
  });

  it('runs the AWS common rule set after the rate rules, only counting its 8 KB body limit', () => {
    // Act
    const common = rule('AwsCommonRules');
    const ratePriorities = ['PublicWritesPerIp', 'WebhookPerIp', 'AdminPerIp', 'ConsolePerIp'].map(
      (name) => rule(name).Priority,
    );
    // Assess
    expect(common.Statement.ManagedRuleGroupStatement).toEqual({
      VendorName: 'AWS',
      Name: 'AWSManagedRulesCommonRuleSet',
      RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
    });
    expect(common.OverrideAction).toEqual({ None: {} });
    for (const priority of ratePriorities) expect(priority).toBeLessThan(common.Priority);
    expect(new Set(webAcl().Rules.map((r: { Priority: number }) => r.Priority)).size).toBe(5);
  });
});

describe('per-route throttles on the HTTP API stage', () => {
  const stageOf = (t: Template) =>
    Object.entries(t.findResources('AWS::ApiGatewayV2::Stage'))[0] as [
      string,
      Resource & { DependsOn?: string[] },
    ];

  it('throttles each public write route, the webhook and each admin route of the manifest tighter than the stage', () => {
    // Prepare
    const [, stage] = stageOf(template);
    const expected = Object.fromEntries(
      allRoutes().flatMap(({ route }) => {
        const rateClass = route.method === 'ANY' ? undefined : rateClassOf(route.method, route.path);
        if (!rateClass) return [];
        const { rateLimit, burstLimit } = ROUTE_THROTTLES[rateClass];
        return [[routeKeyOf(route), { ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit }]];
      }),
    );
    // Act
    const settings = stage.Properties.RouteSettings as Record<string, Record<string, number>>;
    // Assess
    expect(settings).toEqual(expected);
    expect(settings['POST /events/{eventId}/registrations']).toBeDefined();
    expect(settings['POST /webhooks/sanity']).toBeDefined();
    expect(settings['DELETE /admin/people']).toBeDefined();
    expect(settings['GET /content/events']).toBeUndefined();
    for (const { ThrottlingRateLimit, ThrottlingBurstLimit } of Object.values(settings)) {
      expect(ThrottlingRateLimit).toBeLessThan(stage.Properties.DefaultRouteSettings.ThrottlingRateLimit);
      expect(ThrottlingBurstLimit).toBeLessThan(stage.Properties.DefaultRouteSettings.ThrottlingBurstLimit);
    }
  });

  it('follows the manifest: a new public write route gets the write throttle, and the stage waits for it', () => {
    // Prepare
    const manifest: Record<string, FunctionSpec> = {
      ...(functions as Record<string, FunctionSpec>),
      surveys: {
        description: 'Variant: one more public write',
        entry: functions.service.entry,
        memoryMB: 256,
        timeoutSeconds: 10,
        permissions: { table: 'none', secrets: ['originSecret'] },
        routes: {
          answer: {
            method: 'PUT',
            path: '/surveys/{token}',
            auth: 'public',
            summary: 'Answer',
            responses: {},
          },
        },
      },
    };
    const variant = synthNetwork({ overrides: { manifest } });
    // Act
    const [, stage] = stageOf(variant.template);
    const routeId = Object.entries(variant.template.findResources('AWS::ApiGatewayV2::Route')).find(
      ([, route]) => route.Properties.RouteKey === 'PUT /surveys/{token}',
    )?.[0];
    // Assess
    expect(stage.Properties.RouteSettings['PUT /surveys/{token}']).toEqual({
      ThrottlingRateLimit: ROUTE_THROTTLES.publicWrite.rateLimit,
      ThrottlingBurstLimit: ROUTE_THROTTLES.publicWrite.burstLimit,
    });
    expect(stage.DependsOn).toContain(routeId);
  });
});

describe('deployment region', () => {
  it('takes the main stack region from context; the WAF stays in us-east-1', () => {
    // Act
    const real = {
      mailFrom: 'Nätverket <noreply@network.fi>',
      mailDomain: 'network.fi',
      publicBaseUrl: 'https://network.fi',
      sanityProjectId: 'abcd1234',
      alarmEmail: 'ops@network.fi',
    };
    const { app: other, stack: main } = synthNetwork({
      context: { ...real, region: 'eu-west-1', stage: 'staging' },
    });
    // Assess
    expect(main.region).toBe('eu-west-1');
    expect((other.node.findChild('EqualityNetwork-staging-edge') as Stack).region).toBe('us-east-1');
  });

  it('refuses a region that is not one', () => {
    // Act
    const act = () => synthNetwork({ context: { region: 'Stockholm' } });
    // Assess
    expect(act).toThrow(/Context region/);
  });
});
