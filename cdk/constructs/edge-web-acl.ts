import { Stack } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { problem } from '../../shared/http/problem';
import {
  ADMIN_PATH_PREFIX,
  ADMIN_REQUESTS_PER_MINUTE,
  AUTH_PATH_PREFIX,
  CONSOLE_PATHS,
  CONSOLE_REQUESTS_PER_MINUTE,
  PUBLIC_WRITES_PER_MINUTE,
  RATE_WINDOW_SECONDS,
  WEBHOOK_PATH_PREFIX,
  WEBHOOK_REQUESTS_PER_MINUTE,
  WRITE_METHODS,
} from '../../shared/http/rate-limits';
import { defaultLanguage } from '../../shared/i18n/language';

type Statement = wafv2.CfnWebACL.StatementProperty;

/**
 * Paths are compared after URL decoding and path normalisation, so `/admin/../events/…` or
 * `/%61dmin/…` count where the request really goes, not where its spelling suggests.
 */
const pathMatch = (positionalConstraint: 'STARTS_WITH' | 'EXACTLY', searchString: string): Statement => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint,
    searchString,
    textTransformations: [
      { priority: 0, type: 'URL_DECODE' },
      { priority: 1, type: 'NORMALIZE_PATH' },
    ],
  },
});

const pathStartsWith = (prefix: string) => pathMatch('STARTS_WITH', prefix);

/** The same requests as `rateClassOf(…) === 'console'`: the console's pages and the staff sign-in. */
const consoleRequest: Statement = {
  orStatement: {
    statements: [
      ...CONSOLE_PATHS.flatMap((path) => [pathMatch('EXACTLY', path), pathStartsWith(`${path}/`)]),
      pathStartsWith(AUTH_PATH_PREFIX),
    ],
  },
};

const methodIs = (method: string): Statement => ({
  byteMatchStatement: {
    fieldToMatch: { method: {} },
    positionalConstraint: 'EXACTLY',
    searchString: method,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

/** The same requests as `rateClassOf(…) === 'publicWrite'` in shared/http/rate-limits.ts. */
const publicWrite: Statement = {
  andStatement: {
    statements: [
      { orStatement: { statements: WRITE_METHODS.map(methodIs) } },
      { notStatement: { statement: pathStartsWith(ADMIN_PATH_PREFIX) } },
      { notStatement: { statement: pathStartsWith(WEBHOOK_PATH_PREFIX) } },
      { notStatement: { statement: consoleRequest } },
    ],
  },
};

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  // Sampled requests would keep full URLs, and page and API paths carry secret tokens (manage links,
  // nomination and application links); the per-rule metrics say what was blocked and how often.
  sampledRequestsEnabled: false,
});

const THROTTLED_BODY = 'throttled';

function rateRule(name: string, priority: number, limit: number, scopeDown: Statement) {
  return {
    name,
    priority,
    statement: {
      rateBasedStatement: {
        aggregateKeyType: 'IP',
        limit,
        evaluationWindowSec: RATE_WINDOW_SECONDS,
        scopeDownStatement: scopeDown,
      },
    },
    action: {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: THROTTLED_BODY,
          // WAF sends custom headers as `x-amzn-waf-<name>`, so this arrives as x-amzn-waf-retry-after.
          responseHeaders: [{ name: 'retry-after', value: String(RATE_WINDOW_SECONDS) }],
        },
      },
    },
    visibilityConfig: visibility(name),
  } satisfies wafv2.CfnWebACL.RuleProperty;
}

/**
 * The AWS WAF web ACL in front of the CloudFront distribution (scope CLOUDFRONT, so it must be created
 * in us-east-1; cdk/stacks/edge-stack.ts). Per client IP over 60 s: public writes, the webhook, the
 * admin routes and the staff console (with its sign-in) each have their own budget (shared/http/rate-limits.ts), so a flood of one cannot
 * starve the others; over budget is a 429 problem+json. Then AWS's common rule set, with its 8 KB body
 * limit only counted: the API accepts bodies up to 64 KiB and the functions answer 413 beyond that.
 */
export class EdgeWebAcl extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const throttled = problem('throttled').toBody(defaultLanguage);
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: `Per-IP rate limits and AWS common rules for ${Stack.of(this).stackName}`,
      defaultAction: { allow: {} },
      visibilityConfig: visibility('EdgeWebAcl'),
      customResponseBodies: {
        // WAF offers application/json, not application/problem+json; the body is the same problem.
        [THROTTLED_BODY]: { contentType: 'APPLICATION_JSON', content: JSON.stringify(throttled) },
      },
      rules: [
        rateRule('PublicWritesPerIp', 0, PUBLIC_WRITES_PER_MINUTE, publicWrite),
        rateRule('WebhookPerIp', 1, WEBHOOK_REQUESTS_PER_MINUTE, pathStartsWith(WEBHOOK_PATH_PREFIX)),
        rateRule('AdminPerIp', 2, ADMIN_REQUESTS_PER_MINUTE, pathStartsWith(ADMIN_PATH_PREFIX)),
        rateRule('ConsolePerIp', 3, CONSOLE_REQUESTS_PER_MINUTE, consoleRequest),
        {
          name: 'AwsCommonRules',
          priority: 4,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // Blocks bodies over 8 KB; registrations and applications may be up to 64 KiB, which the
              // HTTP wrapper enforces itself (413), so this rule only counts.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('AwsCommonRules'),
        },
      ],
    });
  }

  get arn(): string {
    return this.webAcl.attrArn;
  }
}
