import { readFileSync } from 'node:fs';
import { App, type CfnElement, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { defineNetworkApp } from '../../cdk/bin/network-app';
import type { NetworkStack, NetworkStackProps } from '../../cdk/stacks/network-stack';

/** The feature flags and defaults of cdk.json, so the tests synthesize what `cdk synth` does. */
export const cdkJsonContext: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
).context;

export interface SynthOptions {
  /** CDK context on top of cdk.json's (as `-c key=value` would give). */
  context?: Record<string, unknown>;
  /** Stack props on top of the context's settings, e.g. a manifest variant. */
  overrides?: Partial<NetworkStackProps>;
}

export interface Synthesized {
  app: App;
  stack: NetworkStack;
  template: Template;
}

/**
 * The app exactly as cdk/bin/app.ts defines it (stack, settings from context, cdk-nag plugin), with
 * bundling skipped (`aws:cdk:bundling-stacks: []`): synth in milliseconds, no esbuild.
 */
export function synthNetwork(options: SynthOptions = {}): Synthesized {
  const app = new App({
    context: {
      ...cdkJsonContext,
      sanityProjectId: 'test-project',
      'aws:cdk:bundling-stacks': [],
      ...options.context,
    },
  });
  const stack = defineNetworkApp(app, options.overrides);
  return { app, stack, template: Template.fromStack(stack) };
}

/** The logical id a construct's CloudFormation resource has in the template. */
export function logicalIdOf(stack: Stack, construct: IConstruct): string {
  const resource = (construct.node.defaultChild ?? construct) as CfnElement;
  return stack.resolve(resource.logicalId) as string;
}

export type Resource = { Type: string; Properties: Record<string, any>; [key: string]: unknown };

/** The Lambda function the stack built for a manifest entry, found by its Powertools service name. */
export function functionFor(template: Template, name: string): { id: string; resource: Resource } {
  const found = Object.entries(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: name } } },
    }),
  );
  if (found.length !== 1) throw new Error(`Expected one function for ${name}, found ${found.length}`);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
}

/** Every statement of every policy attached to the role of a manifest entry's function. */
export function statementsFor(template: Template, name: string): Array<Record<string, any>> {
  const { resource } = functionFor(template, name);
  const roleId: string = resource.Properties.Role['Fn::GetAtt'][0];
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
  return policies
    .filter((policy) =>
      (policy.Properties.Roles as unknown[]).some(
        (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }),
      ),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>);
}

/** The actions of some statements, flattened. */
export const actionsOf = (statements: Array<Record<string, any>>): string[] =>
  statements.flatMap((statement) =>
    Array.isArray(statement.Action) ? statement.Action : [statement.Action],
  );
