import { Duration, Lazy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROUTE_THROTTLES, rateClassOf } from '../../shared/http/rate-limits';
import { type HttpMethod, type RouteTable, routeKeyOf } from '../../shared/http/route';
import { pascalCase } from './naming';

export interface NetworkHttpApiProps {
  userPool: cognito.IUserPool;
  userPoolClient: cognito.IUserPoolClient;
  /** Origins allowed by CORS; none means no CORS configuration (same-origin callers only). */
  allowedOrigins: readonly string[];
  /** Steady-state requests per second and burst for the whole stage. */
  throttle: { rateLimit: number; burstLimit: number };
}

const methods: Record<HttpMethod, apigw.HttpMethod> = {
  GET: apigw.HttpMethod.GET,
  POST: apigw.HttpMethod.POST,
  PUT: apigw.HttpMethod.PUT,
  DELETE: apigw.HttpMethod.DELETE,
  ANY: apigw.HttpMethod.ANY,
};

/**
 * What is written per request. Deliberately without the path, query or source IP: paths carry secret
 * tokens (manage, answer and edit links) and the log must hold no personal data; the route key says
 * which route was hit.
 */
const accessLogFields = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  responseLength: '$context.responseLength',
};

/**
 * A Lambda proxy integration that leaves the invoke permission to {@link NetworkHttpApi}: the stock
 * API-wide permission covers `{api}/{stage}/{METHOD}/{path}` only, which no invocation of the `$default`
 * route (`{api}/{stage}/$default`) matches, so unknown paths would answer 500.
 */
class ManifestLambdaIntegration extends HttpLambdaIntegration {
  protected override completeBind(): void {}
}

/**
 * The source ARN pattern (after `{apiId}/`) under which API Gateway invokes a route's function:
 * `{stage}/{METHOD}/{path}` for a normal route, `{stage}/$default` for the default route.
 */
export const invokeSourcePattern = (route: { path: string }): string =>
  route.path === '$default' ? '*/$default' : '*/*/*';

/**
 * The HTTP API, built route by route from the manifest: one route per manifest route (`$default` as the
 * API's default route), each integrated with the Lambda function of its manifest entry. Routes that are
 * not public carry the Cognito JWT authorizer (issuer: the admin user pool, audience: the admin client);
 * group membership is checked by the handler. One `$default` stage with throttling and JSON access logs;
 * public writes, the webhook and admin routes get tighter throttles of their own (shared/http/rate-limits.ts).
 */
export class NetworkHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;
  readonly authorizer: HttpUserPoolAuthorizer;
  private readonly routeKeys = new Map<string, string>();
  private readonly routeSettings: Record<
    string,
    { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
  > = {};

  constructor(scope: Construct, id: string, props: NetworkHttpApiProps) {
    super(scope, id);
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: Stack.of(this).stackName,
      description: 'Equality network platform: public routes and admin routes',
      createDefaultStage: false,
      corsPreflight:
        props.allowedOrigins.length > 0
          ? {
              allowOrigins: [...props.allowedOrigins],
              allowMethods: [
                apigw.CorsHttpMethod.GET,
                apigw.CorsHttpMethod.POST,
                apigw.CorsHttpMethod.PUT,
                apigw.CorsHttpMethod.DELETE,
              ],
              allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'accept-language'],
              exposeHeaders: ['retry-after', 'location'],
              maxAge: Duration.hours(1),
            }
          : undefined,
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.THREE_MONTHS });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });

    // The stage's throttle is the default of every route; these override it for the routes named.
    (this.stage.node.defaultChild as apigw.CfnStage).routeSettings = Lazy.any({
      produce: () => (Object.keys(this.routeSettings).length > 0 ? { ...this.routeSettings } : undefined),
    });

    this.authorizer = new HttpUserPoolAuthorizer('AdminAuthorizer', props.userPool, {
      userPoolClients: [props.userPoolClient],
      identitySource: ['$request.header.Authorization'],
    });
  }

  /** The API's base URL, without a trailing slash. */
  get url(): string {
    return this.api.apiEndpoint;
  }

  /** Adds every route of one manifest entry, all integrated with that entry's function. */
  addManifestRoutes(functionName: string, handler: lambda.IFunction, routes: RouteTable): apigw.HttpRoute[] {
    const integration = new ManifestLambdaIntegration(`${pascalCase(functionName)}Integration`, handler);
    // One permission per source ARN shape the function's routes are invoked under (normal routes, the
    // `$default` route), not one per route: the resource policy stays small however many routes a
    // function serves, and it still names only this API.
    const patterns = new Set(Object.values(routes).map(invokeSourcePattern));
    for (const pattern of patterns) {
      handler.addPermission(pattern === '*/$default' ? 'ApiInvokeDefaultRoute' : 'ApiInvokeRoutes', {
        principal: new iam.ServicePrincipal('apigateway.amazonaws.com'),
        action: 'lambda:InvokeFunction',
        sourceArn: Stack.of(this).formatArn({
          service: 'execute-api',
          resource: this.api.apiId,
          resourceName: pattern,
        }),
      });
    }
    return Object.entries(routes).map(([routeId, route]) => {
      const routeKey = routeKeyOf(route);
      const claimedBy = this.routeKeys.get(routeKey);
      if (claimedBy)
        throw new Error(`Route ${routeKey} of ${functionName}.${routeId} is already ${claimedBy}'s`);
      this.routeKeys.set(routeKey, `${functionName}.${routeId}`);

      const httpRoute = new apigw.HttpRoute(this, `${pascalCase(functionName)}${pascalCase(routeId)}Route`, {
        httpApi: this.api,
        routeKey:
          route.path === '$default'
            ? apigw.HttpRouteKey.DEFAULT
            : apigw.HttpRouteKey.with(route.path, methods[route.method]),
        integration,
        authorizer: route.auth === 'public' ? undefined : this.authorizer,
      });
      const rateClass = route.method === 'ANY' ? undefined : rateClassOf(route.method, route.path);
      if (rateClass) {
        const { rateLimit, burstLimit } = ROUTE_THROTTLES[rateClass];
        this.routeSettings[routeKey] = { ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit };
        // A stage's route settings name routes that must already exist.
        this.stage.node.addDependency(httpRoute);
      }
      const resource = httpRoute.node.defaultChild;
      if (route.auth === 'public' && resource) {
        Validations.of(resource).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            `${routeKey} is public by design (route manifest: ${route.summary}). Its callers have no ` +
            'account; a public route that touches stored data checks its own credential (the secret ' +
            "token in its path, the webhook signature, or the staff console's session cookie).",
        });
      }
      return httpRoute;
    });
  }
}
