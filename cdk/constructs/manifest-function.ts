import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { FunctionName } from '../../functions/manifest';
import { tableAccess } from '../../functions/table-access';
import type { FunctionSpec, SecretName } from '../../shared/http/manifest-types';
import { functionBundling } from './function-bundling';
import type { MailIdentity } from './mail-identity';
import { constantCase } from './naming';
import type { NetworkTable } from './network-table';
import { fromProjectRoot, projectRoot } from './project-root';

export interface ManifestFunctionProps {
  /** The manifest key (`service`, `admin`, …): the Powertools service name. */
  name: string;
  spec: FunctionSpec;
  table: NetworkTable;
  secrets: Readonly<Record<SecretName, secretsmanager.ISecret>>;
  mail: MailIdentity;
  /** Settings every function receives (table name, mail sender, public base URL, Sanity project). */
  environment: Readonly<Record<string, string>>;
}

/** The environment variable through which a function finds a secret's ARN (shared/secrets.ts reads it). */
/**
 * The longest a function that serves HTTP routes may run: the HTTP API gives up on an integration after
 * 30 s and answers 503 itself, so the function must stop (and answer) before that.
 */
export const maxHttpTimeoutSeconds = 29;

export const secretArnVariable = (name: SecretName): string => `${constantCase(name)}_SECRET_ARN`;

/**
 * One manifest entry as a Lambda function: NodejsFunction (nodejs22.x, arm64, ESM bundle from
 * cdk/bundling.ts), JSON logs into its own log group, and a role that holds exactly what the entry's
 * `permissions` list: no managed policies, log writes to its own group only, the table at the listed
 * level narrowed to the actions the function uses (NetworkTable.grantData, functions/table-access.ts),
 * each listed secret, SES sending only when `sendsMail`.
 */
export class ManifestFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ManifestFunctionProps) {
    super(scope, id);
    const { name, spec, table, secrets, mail } = props;
    if (Object.keys(spec.routes).length > 0 && spec.timeoutSeconds > maxHttpTimeoutSeconds) {
      throw new Error(
        `${name} serves HTTP routes, so its timeout must be at most ${maxHttpTimeoutSeconds} s (the HTTP API ` +
          `waits 30 s at most); it is ${spec.timeoutSeconds} s. Move long work to asynchronous processing.`,
      );
    }

    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.THREE_MONTHS });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      // IAM descriptions allow Latin-1 only, so the manifest's free text stays out of it.
      description: `Execution role of the ${name} function`,
    });
    this.logGroup.grantWrite(this.role);

    const secretVariables = Object.fromEntries(
      spec.permissions.secrets.map((secret) => [secretArnVariable(secret), secrets[secret].secretArn]),
    );

    this.function = new NodejsFunction(this, 'Function', {
      description: spec.description.slice(0, 256),
      entry: fromProjectRoot(spec.entry),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: fromProjectRoot('package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: spec.memoryMB,
      timeout: Duration.seconds(spec.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      bundling: functionBundling(),
      environment: {
        ...props.environment,
        ...secretVariables,
        // Named on every send, so reputation metrics and suppression apply to an existing identity too.
        ...(spec.permissions.sendsMail
          ? { MAIL_CONFIGURATION_SET: mail.configurationSet.configurationSetName }
          : {}),
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: name,
      },
    });
    const cfnFunction = this.function.node.defaultChild;
    if (cfnFunction) {
      Validations.of(cfnFunction).acknowledge({
        id: 'AwsSolutions-L1',
        reason:
          'nodejs22.x is the runtime the bundles are built for (cdk/bundling.ts targets node22) and tested on; ' +
          'moving to a newer Node.js is a deliberate, tested change, not one made by a linter.',
      });
    }

    if (spec.permissions.table !== 'none')
      table.grantData(this.role, spec.permissions.table, tableAccess[name as FunctionName]);
    for (const secret of spec.permissions.secrets) secrets[secret].grantRead(this.role);
    if (spec.permissions.sendsMail) mail.grantSend(this.role);
  }

  /**
   * Acknowledges one cdk-nag IAM5 finding (a wildcard that a CDK grant creates) on this function's own
   * policy only, so the same wildcard anywhere else is still reported.
   */
  acknowledgeWildcard(finding: string, reason: string): void {
    const policy = this.role.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
    if (!policy) throw new Error(`${this.node.path} has no policy to acknowledge ${finding} on`);
    Validations.of(policy).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
}
