import { CfnOutput, Duration, Fn, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ORIGIN_HEADER } from '../../shared/http/origin-check';
import { languages } from '../../shared/i18n/language';

/**
 * CloudFront Function (viewer request): `/sv/`, `/fi/`, `/en/` → `/sv`, `/fi`, `/en`. HTTP API route
 * paths cannot end in `/`, yet the root redirect and links point at the home pages with one. A
 * rewrite, not a redirect: the address bar keeps what was typed.
 */
export const trailingSlashFunctionCode = `function handler(event) {
  var request = event.request;
  var home = /^\\/(${languages.join('|')})\\/$/.exec(request.uri);
  if (home) request.uri = '/' + home[1];
  return request;
}`;

export interface EdgeDistributionProps {
  /** The HTTP API, the only origin. */
  api: apigw.IHttpApi;
  /** Its value goes to the origin in the `x-origin-verify` header; the functions check it. */
  originSecret: secretsmanager.ISecret;
  /** ARN of the WAF web ACL (scope CLOUDFRONT, in us-east-1). */
  webAclArn?: string;
}

/**
 * CloudFront in front of the HTTP API, so AWS WAF (which HTTP APIs cannot carry) sees every request.
 * Pages and API responses pass uncached with everything the viewer sent but Host (API Gateway routes
 * on its own host name); /assets/* is cached. HTTP is redirected to HTTPS, and the origin is reached
 * over TLS 1.2 only, with the secret header that tells the functions a request came this way.
 */
export class EdgeDistribution extends Construct {
  readonly distribution: cloudfront.Distribution;
  readonly homePaths: cloudfront.Function;

  constructor(scope: Construct, id: string, props: EdgeDistributionProps) {
    super(scope, id);
    const origin = new origins.HttpOrigin(Fn.select(2, Fn.split('/', props.api.apiEndpoint)), {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      // A dynamic reference ({{resolve:secretsmanager:…}}): CloudFormation resolves it at deploy time,
      // the template never holds the value.
      customHeaders: { [ORIGIN_HEADER]: props.originSecret.secretValue.unsafeUnwrap() },
    });

    this.homePaths = new cloudfront.Function(this, 'HomePaths', {
      comment: 'Rewrites /sv/, /fi/ and /en/ to the home routes /sv, /fi and /en',
      code: cloudfront.FunctionCode.fromInline(trailingSlashFunctionCode),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
    });
    // Pages send their own CSP, nosniff, frame-ancestors and Referrer-Policy; only HSTS is added here.
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      comment: 'HSTS for the site and the API',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: false,
          override: false,
        },
      },
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Equality network: site and API',
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      webAclId: props.webAclArn,
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: headers,
        functionAssociations: [
          { function: this.homePaths, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        // functions/site/routes.ts `asset`: the stylesheet and script, sent with max-age=3600.
        '/assets/*': {
          origin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: headers,
          compress: true,
        },
      },
    });

    const resource = this.distribution.node.defaultChild;
    if (resource) {
      const acknowledge = (id: string, reason: string) =>
        Validations.of(resource).acknowledge({ id, reason });
      acknowledge(
        'AwsSolutions-CFR3',
        'No CloudFront access logs: they would keep every viewer IP and full URL, and page and API paths ' +
          'carry secret tokens (manage, nomination and application links). The HTTP API access log records ' +
          'each request by route key without either, and the WAF rules publish per-rule metrics.',
      );
      acknowledge(
        'AwsSolutions-CFR1',
        'No geo restriction: members, municipalities and companies may use the service from anywhere, and ' +
          'Sanity delivers its webhook from its own cloud regions; abuse is limited per IP by the WAF.',
      );
      acknowledge(
        'AwsSolutions-CFR4',
        'The distribution uses the default *.cloudfront.net certificate, whose viewer TLS policy CloudFront ' +
          'fixes; with a custom domain and ACM certificate the minimum becomes TLSv1.2_2021.',
      );
    }

    new CfnOutput(this, 'Url', {
      value: this.url,
      description: 'Public base URL: the site, the API and the Sanity webhook (through CloudFront and WAF)',
    }).overrideLogicalId('PublicUrl');
  }

  /** `https://<id>.cloudfront.net`, without a trailing slash. */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
