import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readNetworkSettings } from '../stacks/network-context';
import { NetworkStack, type NetworkStackProps } from '../stacks/network-stack';

/**
 * Puts the platform into an app: the stack named after the stage, configured from context, and the
 * cdk-nag AwsSolutions rules as a validation plugin, so a synth with an unacknowledged finding fails.
 * cdk/bin/app.ts calls this for `cdk synth`/`cdk deploy`; the tests call it to check the same wiring.
 */
export function defineNetworkApp(app: App, overrides: Partial<NetworkStackProps> = {}): NetworkStack {
  const settings = readNetworkSettings(app.node);
  const stack = new NetworkStack(app, `EqualityNetwork-${settings.stage}`, {
    description: `Equality network platform (${settings.stage}): HTTP API, functions, table, mail, admin users`,
    ...settings,
    ...overrides,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
