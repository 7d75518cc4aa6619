import { Annotations, CfnOutput, Lazy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
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
import { type DeadLetterQueue, metricsNamespace, OperationalAlarms } from '../constructs/operational-alarms';
import { OperationsDashboard } from '../constructs/operations-dashboard';
import { StreamSubscription } from '../constructs/stream-subscription';

/** The route manifest's shape: every function with its routes, permissions and triggers. */
export type FunctionManifest = Readonly<Record<string, FunctionSpec>>;

export interface NetworkSettings {
  /** Deployment stage (`dev`, `prod`, …); part of the stack name. */
  stage: string;
  /** Sender address of every mail (MAIL_FROM), at the SES identity's domain. */
  mailFrom: string;
  /** The network's mail domain (the SES identity of the stage `prod`). */
  mailDomain: string;
  /** The SES domain identity mail is sent through; `existing` when the stack only uses it. */
  sesIdentity: { domain: string; existing: boolean };
  /**
   * How the admin user pool sends its mail: through the SES identity (`ses`, once it is verified) or
   * from Cognito's own sender (`cognito`, until then).
   */
  userPoolMail: 'ses' | 'cognito';
  /** Address that receives alarm notifications (required outside `dev`). */
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
 * with alarms on all of it notifying one SNS topic, and an operations dashboard. Environment-agnostic and
 * free of lookups, so it synthesizes offline.
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
  readonly schedules: ReadonlyMap<string, FunctionSchedules>;
  readonly alarms: OperationalAlarms;
  readonly dashboard: OperationsDashboard;

  constructor(scope: Construct, id: string, props: NetworkStackProps) {
    super(scope, id, props);
    this.manifest = props.manifest ?? functions;
    Tags.of(this).add('project', 'equality-network');
    Tags.of(this).add('stage', props.stage);

    this.table = new NetworkTable(this, 'NetworkTable');
    this.secrets = new NetworkSecrets(this, 'Secrets');
    this.mail = new MailIdentity(this, 'Mail', {
      domain: props.sesIdentity.domain,
      existing: props.sesIdentity.existing,
      dmarcReportsTo: props.alarmEmail,
    });
    // Pages and links live on the public base URL, which defaults to the distribution made below.
    const publicBaseUrl = props.publicBaseUrl ?? Lazy.string({ produce: () => this.edge.url });
    this.admins = new AdminUserPool(this, 'Admins', {
      publicBaseUrl,
      email:
        props.userPoolMail === 'ses'
          ? {
              from: props.mailFrom,
              identityDomain: props.sesIdentity.domain,
              configurationSetName: this.mail.configurationSet.configurationSetName,
            }
          : undefined,
    });
    if (props.userPoolMail === 'cognito' && props.stage !== 'dev') {
      Annotations.of(this).addWarningV2(
        'network:userPoolMail',
        `The admin user pool sends its mail from Cognito's own address until the SES identity ` +
          `${props.sesIdentity.domain} is verified: publish its DNS records (stack outputs), then deploy with ` +
          '-c sesIdentityVerified=true.',
      );
    }
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
      POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
      MAIL_FROM: props.mailFrom,
      PUBLIC_BASE_URL: publicBaseUrl,
      SANITY_DATASET: props.sanityDataset,
      ...(props.sanityProjectId ? { SANITY_PROJECT_ID: props.sanityProjectId } : {}),
    };

    const built = new Map<string, ManifestFunction>();
    const subscriptions = new Map<string, StreamSubscription>();
    const schedules = new Map<string, FunctionSchedules>();
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
        schedules.set(
          name,
          new FunctionSchedules(this, `${id}Schedules`, { target: fn.function, schedules: spec.schedules }),
        );
      }
    }
    this.functions = built;
    this.streamSubscriptions = subscriptions;
    this.schedules = schedules;
    if (subscriptions.size > 2) {
      // DynamoDB Streams serves at most two concurrent readers per shard before it throttles them.
      Annotations.of(this).addWarningV2(
        'network:streamReaders',
        `${subscriptions.size} functions read the table stream; more than two readers per shard are throttled.`,
      );
    }

    const functionsByName = new Map<string, lambda.IFunction>(
      [...built].map(([name, fn]) => [name, fn.function]),
    );
    const streamReaders = new Map([...subscriptions.keys()].map((name) => [name, built.get(name)!.function]));
    const mailSenders = Object.entries(this.manifest)
      .filter(([, spec]) => spec.permissions.sendsMail)
      .map(([name]) => name);
    const deadLetterQueues = new Map<string, DeadLetterQueue>();
    for (const [name, subscription] of subscriptions) {
      deadLetterQueues.set(`${name}Stream`, {
        queue: subscription.deadLetterQueue,
        description: `Table stream records for the ${name} function were given up on (docs/OPERATIONS.md)`,
      });
    }
    const rules = new Map<string, events.IRule>();
    for (const [name, functionSchedules] of schedules) {
      deadLetterQueues.set(`${name}Schedules`, {
        queue: functionSchedules.deadLetterQueue,
        description: `A scheduled invocation of the ${name} function failed after its retries`,
      });
      for (const rule of functionSchedules.rules) rules.set(`${name}${rule.node.id}`, rule);
    }

    this.alarms = new OperationalAlarms(this, 'Alarms', {
      functions: functionsByName,
      streamReaders,
      mailSenders,
      table: this.table.table,
      indexNames: this.table.indexNames,
      api: this.httpApi.api,
      deadLetterQueues,
      rules,
      alarmEmail: props.alarmEmail,
    });
    this.dashboard = new OperationsDashboard(this, 'Operations', {
      functions: functionsByName,
      flows: new Map(
        (['registrations', 'network', 'nominations', 'applications', 'site'] as const)
          .filter((name) => functionsByName.has(name))
          .map((name) => [name, functionsByName.get(name)!]),
      ),
      streamReaders,
      mailSenders,
      api: this.httpApi.api,
      alarms: this.alarms.alarms,
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
    // What the runbooks (docs/OPERATIONS.md) address: each function, and the queues of given-up work.
    for (const [name, fn] of built) {
      new CfnOutput(this, `${pascalCase(name)}FunctionName`, { value: fn.function.functionName });
    }
    for (const [name, subscription] of subscriptions) {
      new CfnOutput(this, `${pascalCase(name)}FailureQueueUrl`, {
        value: subscription.deadLetterQueue.queueUrl,
        description: `Stream batches the ${name} function gave up on (positions in the table stream)`,
      });
    }
    for (const [name, functionSchedules] of schedules) {
      new CfnOutput(this, `${pascalCase(name)}ScheduleFailureQueueUrl`, {
        value: functionSchedules.deadLetterQueue.queueUrl,
        description: `Scheduled invocations of the ${name} function that failed after their retries`,
      });
    }
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarms.topic.topicArn,
      description: 'SNS topic every alarm notifies; subscribe more addresses here',
    });
    new CfnOutput(this, 'DashboardName', { value: this.dashboard.dashboard.dashboardName });
    new CfnOutput(this, 'MailIdentity', {
      value: props.sesIdentity.domain,
      description: props.sesIdentity.existing
        ? 'Existing SES identity the stack sends through (its DNS records are managed where it was made)'
        : 'SES domain identity of this stage: publish the DnsRecord outputs in its DNS',
    });
    for (const record of this.mail.dnsRecords) {
      new CfnOutput(this, record.id, {
        value: `${record.name} ${record.type} ${record.value}`,
        description: record.purpose,
      });
    }
  }
}
