import { App, CfnResource, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { defineNetworkApp } from '../../cdk/bin/network-app';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { cdkJsonContext, synthNetwork } from './synth';

/** Every cdk-nag AwsSolutions finding left after acknowledgments, errors and warnings alike. */
function nagFindings(scope: IConstruct): string[] {
  const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(scope);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map(
      (resource) => `${violation.severity} ${violation.ruleName} at ${resource.constructPath}`,
    ),
  );
}

interface Acknowledgment {
  id: string;
  reason: string;
  on: IConstruct;
}

function acknowledgments(scope: IConstruct): Acknowledgment[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          // aws-cdk-lib stores the id qualified as `Annotation::<id>`; cdk-nag strips the prefix too.
          id: id.replace(/^annotation::/i, ''),
          reason,
          on: construct,
        })),
      ),
  );
}

/** A manifest that exercises every code path that could raise a finding. */
const everyPath: Record<string, FunctionSpec> = {
  ...(functions as Record<string, FunctionSpec>),
  everyFeature: {
    description: 'Variant: public route, schedule, stream, readwrite, every secret, mail',
    entry: functions.service.entry,
    memoryMB: 256,
    timeoutSeconds: 29,
    routes: {
      hook: { method: 'POST', path: '/variant/hook', auth: 'public', summary: 'Variant hook', responses: {} },
    },
    permissions: {
      table: 'readwrite',
      secrets: ['sanityToken', 'webhookSecret', 'emailPepper'],
      sendsMail: true,
    },
    streamFilter: { itemTypes: ['contentChange', 'reminder'] },
    schedules: [
      { name: 'variantTick', expression: 'rate(1 hour)', description: 'Variant schedule' },
      {
        name: 'variantMorning',
        cron: '0 7 * * ? *',
        timeZone: 'Europe/Helsinki',
        description: 'Variant local time',
      },
    ],
  },
};

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the stack as deployed', () => {
    // Prepare
    const { app, stack } = synthNetwork();

    // Act
    const findings = nagFindings(app);

    // Assess
    expect(findings).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual(
      [],
    );
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual(
      [],
    );
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('finds nothing unacknowledged with an alarm email, SES mail for admins and a manifest using every feature', () => {
    // Prepare
    const { app } = synthNetwork({
      context: { alarmEmail: 'ops@network.example', sesIdentityVerified: 'true' },
      overrides: { manifest: everyPath },
    });

    // Act
    const findings = nagFindings(app);

    // Assess
    expect(findings).toEqual([]);
  });

  it('finds nothing unacknowledged in a stage sending through an existing SES identity', () => {
    // Prepare
    const { app } = synthNetwork({
      context: {
        stage: 'prod',
        mailFrom: 'noreply@mail.network.fi',
        mailDomain: 'network.fi',
        existingSesIdentity: 'mail.network.fi',
        publicBaseUrl: 'https://network.fi',
        alarmEmail: 'ops@network.fi',
      },
    });

    // Act
    const findings = nagFindings(app);

    // Assess
    expect(findings).toEqual([]);
  });

  it('acknowledges findings only on single resources, each with its own reason', () => {
    // Prepare
    const { app } = synthNetwork({ overrides: { manifest: everyPath } });
    const allowed = /^AwsSolutions-(L1|APIG4|SMG4|SQS3|CFR1|CFR3|CFR4|IAM5\[Resource::\*\])$/;

    // Act
    const found = acknowledgments(app);

    // Assess
    expect(found.length).toBeGreaterThan(0);
    for (const { id, reason, on } of found) {
      expect(id, on.node.path).toMatch(allowed);
      expect(
        CfnResource.isCfnResource(on),
        `${id} is acknowledged on ${on.node.path}, not on a resource`,
      ).toBe(true);
      expect(reason.length, `${id} at ${on.node.path}`).toBeGreaterThan(60);
    }
  });

  it('runs as a validation plugin of the app, so an unacknowledged finding fails the synth', () => {
    // Prepare
    const app = new App({
      context: {
        ...cdkJsonContext,
        sanityProjectId: 'p',
        'aws:cdk:bundling-stacks': [],
        '@aws-cdk/core:appMode': 'inmemory',
      },
    });
    const stack = defineNetworkApp(app);
    new sqs.Queue(stack, 'UnencryptedQueueWithoutTls', { encryption: sqs.QueueEncryption.UNENCRYPTED });

    // Act
    const act = () => app.synth();

    // Assess
    expect(act).toThrow(/AwsSolutions-SQS/);
  });
});
