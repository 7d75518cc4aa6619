import { describe, expect, it } from 'vitest';
import { maxHttpTimeoutSeconds } from '../../cdk/constructs/manifest-function';
import { functionNames, functions } from '../../functions/manifest';
import type { FunctionSpec, SecretName } from '../../shared/http/manifest-types';
import { functionFor, logicalIdOf, type Resource, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;
const secretVariables: Record<SecretName, string> = {
  emailPepper: 'EMAIL_PEPPER_SECRET_ARN',
  sanityToken: 'SANITY_TOKEN_SECRET_ARN',
  webhookSecret: 'WEBHOOK_SECRET_SECRET_ARN',
  originSecret: 'ORIGIN_SECRET_SECRET_ARN',
};

describe('one Lambda function per manifest entry', () => {
  const { stack, template } = synthNetwork({
    context: {
      mailFrom: 'Network <noreply@network.example>',
      sanityProjectId: 'proj123',
      sanityDataset: 'staging',
    },
  });

  it('builds exactly the functions of the manifest', () => {
    // Prepare
    const names = functionNames.map(String).sort();

    // Act
    const built = (Object.values(template.findResources('AWS::Lambda::Function')) as Resource[])
      .map((fn) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME as string)
      .sort();

    // Assess
    expect(built).toEqual(names);
  });

  it('runs each on nodejs22.x, arm64, with the manifest memory and timeout and JSON logs', () => {
    for (const [name, spec] of Object.entries(manifest)) {
      // Act
      const { resource } = functionFor(template, name);

      // Assess
      expect(resource.Properties.Runtime, name).toBe('nodejs22.x');
      expect(resource.Properties.Architectures, name).toEqual(['arm64']);
      expect(resource.Properties.MemorySize, name).toBe(spec.memoryMB);
      expect(resource.Properties.Timeout, name).toBe(spec.timeoutSeconds);
      expect(resource.Properties.Handler, name).toBe('index.handler');
      expect(resource.Properties.LoggingConfig.LogFormat, name).toBe('JSON');
    }
  });

  it('logs each function into its own log group, kept three months', () => {
    // Prepare
    const logGroups = template.findResources('AWS::Logs::LogGroup');
    const seen = new Set<string>();

    for (const name of Object.keys(manifest)) {
      // Act
      const logGroupId = functionFor(template, name).resource.Properties.LoggingConfig.LogGroup.Ref as string;

      // Assess
      expect((logGroups[logGroupId] as Resource | undefined)?.Properties.RetentionInDays, name).toBe(90);
      expect(seen.has(logGroupId), `${name} shares a log group`).toBe(false);
      seen.add(logGroupId);
    }
  });

  it('gives each function the settings of the deployment', () => {
    // Prepare
    const tableId = logicalIdOf(stack, stack.table.table);
    const distributionId = logicalIdOf(stack, stack.edge.distribution);

    for (const name of Object.keys(manifest)) {
      // Act
      const variables = functionFor(template, name).resource.Properties.Environment.Variables;

      // Assess
      expect(variables, name).toMatchObject({
        TABLE_NAME: { Ref: tableId },
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: name,
        MAIL_TRANSPORT: 'ses',
        // A stage other than prod sends from its own subdomain of the mail domain.
        MAIL_FROM: 'Network <noreply@dev.network.example>',
        SANITY_PROJECT_ID: 'proj123',
        SANITY_DATASET: 'staging',
      });
      // Without publicBaseUrl, links in mail point at the CloudFront distribution (the API refuses
      // requests that did not come through it).
      expect(variables.PUBLIC_BASE_URL, name).toEqual({
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]],
      });
      expect(variables.MAIL_CONFIGURATION_SET, name).toEqual(
        manifest[name]?.permissions.sendsMail
          ? { Ref: logicalIdOf(stack, stack.mail.configurationSet) }
          : undefined,
      );
    }
  });

  it('passes the ARN of exactly the secrets an entry lists, and never a value', () => {
    for (const [name, spec] of Object.entries(manifest)) {
      // Act
      const variables = functionFor(template, name).resource.Properties.Environment.Variables;

      // Assess
      for (const secret of Object.keys(secretVariables) as SecretName[]) {
        const variable = secretVariables[secret];
        if (spec.permissions.secrets.includes(secret)) {
          expect(variables[variable], `${name} ${variable}`).toEqual({
            Ref: logicalIdOf(stack, stack.secrets.byName[secret]),
          });
        } else {
          expect(variables[variable], `${name} ${variable}`).toBeUndefined();
        }
      }
      expect(
        Object.keys(variables).filter((key) => /PEPPER$|TOKEN$|SECRET$/.test(key)),
        name,
      ).toEqual([]);
    }
  });

  it('uses publicBaseUrl from context for links when it is given', () => {
    // Prepare
    const context = { publicBaseUrl: 'https://network.example/' };

    // Act
    const { template: withBaseUrl } = synthNetwork({ context });

    // Assess
    for (const name of Object.keys(manifest)) {
      const variables = functionFor(withBaseUrl, name).resource.Properties.Environment.Variables;
      expect(variables.PUBLIC_BASE_URL, name).toBe('https://network.example');
    }
  });
});

describe('timeouts of the functions that serve HTTP', () => {
  it('stops every function with routes before the HTTP API gives up at 30 s', () => {
    // Prepare
    const { template } = synthNetwork();
    const serving = Object.entries(manifest).filter(([, spec]) => Object.keys(spec.routes).length > 0);
    expect(serving.map(([name]) => name)).toEqual(
      expect.arrayContaining(['service', 'nominations', 'contentSync', 'site']),
    );

    for (const [name] of serving) {
      // Act
      const timeout = functionFor(template, name).resource.Properties.Timeout as number;

      // Assess
      expect(timeout, name).toBeLessThan(30);
      expect(timeout, name).toBeLessThanOrEqual(maxHttpTimeoutSeconds);
    }
  });

  it('refuses to synthesize a function with routes whose timeout reaches the API limit', () => {
    // Prepare
    const variant: Record<string, FunctionSpec> = {
      ...manifest,
      slow: {
        description: 'Variant: a route served by a function that may run a minute',
        entry: functions.service.entry,
        memoryMB: 256,
        timeoutSeconds: 30,
        routes: { slow: { method: 'GET', path: '/slow', auth: 'public', summary: 'Slow', responses: {} } },
        permissions: { table: 'none', secrets: [] },
      },
    };

    // Act
    const act = () => synthNetwork({ overrides: { manifest: variant } });

    // Assess
    expect(act).toThrow(/slow serves HTTP routes, so its timeout must be at most 29 s/);
  });
});
