import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Node } from 'constructs';
import { NetworkEdgeStack } from '../stacks/edge-stack';
import { readNetworkSettings } from '../stacks/network-context';
import { NetworkStack, type NetworkStackProps } from '../stacks/network-stack';

/**
 * Puts the platform into an app: the stack named after the stage, configured from context, and the
 * cdk-nag AwsSolutions rules as a validation plugin, so a synth with an unacknowledged finding fails.
 * cdk/bin/app.ts calls this for `cdk synth`/`cdk deploy`; the tests call it to check the same wiring.
 *
 * The WAF web ACL of the CloudFront distribution must live in us-east-1, so it has a stack of its own
 * there; the main stack reads its ARN across regions, which needs the main stack's region to be
 * explicit: context `region`, eu-north-1 unless given.
 */
export function defineNetworkApp(app: App, overrides: Partial<NetworkStackProps> = {}): NetworkStack {
  const settings = readNetworkSettings(app.node);
  const edge = new NetworkEdgeStack(app, `EqualityNetwork-${settings.stage}-edge`, {
    description: `Equality network platform (${settings.stage}): WAF web ACL of the CloudFront distribution`,
    stage: settings.stage,
  });
  const stack = new NetworkStack(app, `EqualityNetwork-${settings.stage}`, {
    description: `Equality network platform (${settings.stage}): HTTP API, functions, table, mail, admin users`,
    env: { region: deploymentRegion(app.node) },
    crossRegionReferences: true,
    webAclArn: edge.webAcl.arn,
    ...settings,
    ...overrides,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}

function deploymentRegion(node: Node): string {
  const region: unknown = node.tryGetContext('region') ?? 'eu-north-1';
  if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new Error(`Context region must be an AWS region such as eu-north-1 (got "${String(region)}")`);
  }
  return region;
}
