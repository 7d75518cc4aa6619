import { Annotations, CfnOutput, Lazy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { AdminUserPool } from '../constructs/admin-user-pool';
import { EdgeDistribution } from '../constructs/edge-distribution';
import { FunctionSchedules } from '../constructs/function-schedules';
import { MailIdentity } from '../constructs/mail-identity';
import { ManifestFunction } from '../constructs/manifest-function';
import { pascalCase } from '../constructs/naming';
import { NetworkHttpApi } from '../constructs/network-http-api';
import { NetworkSecrets } from '../constructs/network-secrets';
import { NetworkTable } from '../constructs/network-table';
import { OperationalAlarms } from '../constructs/operational-alarms';
import { StreamSubscription } from '../constructs/stream-subscription';

/** The route manifest's shape: every function with its routes, permissions and triggers. */
export type FunctionManifest = Readonly<Record<string, FunctionSpec>>;

export interface NetworkSettings {
  /** Deployment stage (`dev`, `prod`, …); part of the stack name. */
  stage: string;
  /** Sender address of every mail (MAIL_FROM). */
  mailFrom: string;
  /** Domain verified in SES for sending. */
  mailDomain: string;
  /** Address that receives alarm notifications. */
  alarmEmail?: string;
  /** Base URL of the public pages, used in links in mail; defaults to the API's own URL. */
  publicBaseUrl?: string;
  sanityProjectId?: string;
  sanityDataset: string;
  /** Origins allowed by CORS. */
  allowedOrigins: readonly string[];
}

export interface NetworkStackProps extends StackProps, NetworkSettings {
  /** The functions to build; the real route manifest unless a test passes a variant. */
  manifest?: FunctionManifest;
  /** Stage-wide API throttling; 50 requests per second with bursts of 100 unless given. */
  throttle?: { rateLimit: number; burstLimit: number };
  /** The WAF web ACL (scope CLOUDFRONT, us-east-1) of the CloudFront distribution; cdk/stacks/edge-stack.ts. */
  webAclArn?: string;
}

/**
 * The deployed platform: the table, the secrets, the SES identity, the admin user pool, and one Lambda
 * function per manifest entry wired to what its entry lists (HTTP routes, the table stream, schedules),
 * with alarms on all of it. Environment-agnostic and free of lookups, so it synthesizes offline.
 */
export class NetworkStack extends Stack {
  readonly manifest: FunctionManifest;
  readonly table: NetworkTable;
  readonly secrets: NetworkSecrets;
  readonly mail: MailIdentity;
  readonly admins: AdminUserPool;
  readonly httpApi: NetworkHttpApi;
  readonly edge: EdgeDistribution;
  readonly functions: ReadonlyMap<string, ManifestFunction>;
  readonly streamSubscriptions: ReadonlyMap<string, StreamSubscription>;
  readonly alarms: OperationalAlarms;

  constructor(scope: Construct, id: string, props: NetworkStackProps) {
    super(scope, id, props);
    this.manifest = props.manifest ?? functions;
    Tags.of(this).add('project', 'equality-network');
    Tags.of(this).add('stage', props.stage);

    this.table = new NetworkTable(this, 'NetworkTable');
    this.secrets = new NetworkSecrets(this, 'Secrets');
    this.mail = new MailIdentity(this, 'Mail', { domain: props.mailDomain });
    // Pages and links live on the public base URL, which defaults to the distribution made below.
    const publicBaseUrl = props.publicBaseUrl ?? Lazy.string({ produce: () => this.edge.url });
    this.admins = new AdminUserPool(this, 'Admins', { publicBaseUrl });
    this.httpApi = new NetworkHttpApi(this, 'Http', {
      userPool: this.admins.userPool,
      userPoolClient: this.admins.client,
      allowedOrigins: props.allowedOrigins,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
    });
    this.edge = new EdgeDistribution(this, 'Edge', {
      api: this.httpApi.api,
      originSecret: this.secrets.byName.originSecret,
      webAclArn: props.webAclArn,
    });

    if (!props.sanityProjectId) {
      Annotations.of(this).addWarningV2(
        'network:sanityProjectId',
        'No sanityProjectId in the context: the functions get no SANITY_PROJECT_ID and cannot read content.',
      );
    }
    const environment: Record<string, string> = {
      TABLE_NAME: this.table.table.tableName,
      MAIL_TRANSPORT: 'ses',
      POWERTOOLS_METRICS_NAMESPACE: 'EqualityNetwork',
      MAIL_FROM: props.mailFrom,
      PUBLIC_BASE_URL: publicBaseUrl,
      SANITY_DATASET: props.sanityDataset,
      ...(props.sanityProjectId ? { SANITY_PROJECT_ID: props.sanityProjectId } : {}),
    };

    const built = new Map<string, ManifestFunction>();
    const subscriptions = new Map<string, StreamSubscription>();
    for (const [name, spec] of Object.entries(this.manifest)) {
      const id = pascalCase(name);
      const fn = new ManifestFunction(this, id, {
        name,
        spec,
        table: this.table,
        secrets: this.secrets.byName,
        mail: this.mail,
        environment: spec.staffSignIn ? { ...environment, ...this.admins.signInEnvironment } : environment,
      });
      built.set(name, fn);

      this.httpApi.addManifestRoutes(name, fn.function, spec.routes);
      if (spec.streamFilter) {
        subscriptions.set(
          name,
          new StreamSubscription(this, `${id}Stream`, {
            table: this.table.table,
            target: fn,
            itemTypes: spec.streamFilter.itemTypes,
          }),
        );
      }
      if (spec.schedules && spec.schedules.length > 0) {
        new FunctionSchedules(this, `${id}Schedules`, { target: fn.function, schedules: spec.schedules });
      }
    }
    this.functions = built;
    this.streamSubscriptions = subscriptions;
    if (subscriptions.size > 2) {
      // DynamoDB Streams serves at most two concurrent readers per shard before it throttles them.
      Annotations.of(this).addWarningV2(
        'network:streamReaders',
        `${subscriptions.size} functions read the table stream; more than two readers per shard are throttled.`,
      );
    }

    this.alarms = new OperationalAlarms(this, 'Alarms', {
      functions: new Map([...built].map(([name, fn]) => [name, fn.function])),
      table: this.table.table,
      api: this.httpApi.api,
      deadLetterQueues: new Map<string, sqs.IQueue>(
        [...subscriptions].map(([name, subscription]) => [name, subscription.deadLetterQueue]),
      ),
      alarmEmail: props.alarmEmail,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.admins.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.admins.client.userPoolClientId });
    new CfnOutput(this, 'ConsoleUrl', {
      value: `${publicBaseUrl}/sv/console`,
      description: 'The staff console (also /fi/console and /en/console): staff sign in there',
    });
    new CfnOutput(this, 'SignInDomain', {
      value: this.admins.signInUrl,
      description: 'Managed login of the admin user pool, where staff enter their password and one-time code',
    });
    new CfnOutput(this, 'SanityTokenSecretArn', {
      value: this.secrets.byName.sanityToken.secretArn,
      description: 'Put the Sanity API token here (aws secretsmanager put-secret-value)',
    });
    new CfnOutput(this, 'WebhookSecretArn', {
      value: this.secrets.byName.webhookSecret.secretArn,
      description: 'Read this value and enter it as the secret of the Sanity webhook',
    });
    this.mail.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: `DKIM record ${index + 1} to publish in the DNS of ${props.mailDomain}`,
      });
    });
  }
}
