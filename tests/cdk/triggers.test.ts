import { describe, expect, it } from 'vitest';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { functionFor, logicalIdOf, type Resource, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;

describe('table stream subscriptions from streamFilter', () => {
  const { stack, template } = synthNetwork();
  const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Resource[];
  const tableId = logicalIdOf(stack, stack.table.table);
  const mappingFor = (name: string) =>
    mappings.filter(
      (mapping) =>
        JSON.stringify(mapping.Properties.FunctionName) ===
        JSON.stringify({ Ref: functionFor(template, name).id }),
    );

  it('invokes each function with a streamFilter on inserts of its item types only', () => {
    // Prepare
    const subscribed = Object.entries(manifest).filter(([, spec]) => spec.streamFilter);
    expect(subscribed.map(([name]) => name)).toContain('notifier');

    for (const [name, spec] of subscribed) {
      // Act
      const own = mappingFor(name);

      // Assess
      expect(own, name).toHaveLength(1);
      const properties = own[0]?.Properties ?? {};
      expect(properties.EventSourceArn).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
      expect(properties.StartingPosition).toBe('LATEST');
      expect(properties.BatchSize).toBe(10);
      expect(properties.BisectBatchOnFunctionError).toBe(true);
      expect(properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
      expect(properties.MaximumRetryAttempts).toBeGreaterThan(0);
      const patterns = (properties.FilterCriteria.Filters as Array<{ Pattern: string }>).map((filter) =>
        JSON.parse(filter.Pattern),
      );
      expect(patterns).toEqual([
        {
          eventName: ['INSERT'],
          dynamodb: { NewImage: { type: { S: [...(spec.streamFilter?.itemTypes ?? [])] } } },
        },
      ]);
    }
  });

  it('sends batches that keep failing to an encrypted, TLS-only dead-letter queue', () => {
    // Prepare
    const queues = template.findResources('AWS::SQS::Queue');
    const queuePolicies = Object.values(template.findResources('AWS::SQS::QueuePolicy')) as Resource[];

    for (const mapping of mappings) {
      // Act
      const queueId = mapping.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0] as string;
      const queue = queues[queueId] as Resource | undefined;
      const policy = queuePolicies.find(
        (candidate) => JSON.stringify(candidate.Properties.Queues) === JSON.stringify([{ Ref: queueId }]),
      );

      // Assess
      expect(queue?.Properties.SqsManagedSseEnabled).toBe(true);
      const statements = policy?.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
      expect(
        statements.some((s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false'),
      ).toBe(true);
    }
  });

  it('subscribes no function that has no streamFilter', () => {
    // Prepare
    const unsubscribed = Object.entries(manifest).filter(([, spec]) => !spec.streamFilter);

    // Act
    const stray = unsubscribed.filter(([name]) => mappingFor(name).length > 0).map(([name]) => name);

    // Assess
    expect(stray).toEqual([]);
    expect(mappings).toHaveLength(Object.values(manifest).filter((spec) => spec.streamFilter).length);
  });
});

describe('EventBridge schedules from schedules', () => {
  it('creates one rule per schedule of the real manifest', () => {
    // Prepare
    const expected = Object.values(manifest).reduce((sum, spec) => sum + (spec.schedules?.length ?? 0), 0);

    // Act
    const { template } = synthNetwork();

    // Assess
    template.resourceCountIs('AWS::Events::Rule', expected);
  });

  it('targets the function of a manifest entry that has schedules, telling it which schedule fired', () => {
    // Prepare
    const scheduled: Record<string, FunctionSpec> = {
      ...manifest,
      scheduledVariant: {
        description: 'Variant: a function with two schedules',
        entry: manifest.service?.entry ?? '',
        memoryMB: 256,
        timeoutSeconds: 60,
        routes: {},
        permissions: { table: 'readwrite', secrets: ['sanityToken'] },
        schedules: [
          { name: 'variantReconcile', expression: 'rate(15 minutes)', description: 'Variant backstop' },
          { name: 'variantReminders', expression: 'cron(0 6 * * ? *)', description: 'Variant reminders' },
        ],
      },
    };

    // Act
    const { template } = synthNetwork({ overrides: { manifest: scheduled } });

    // Assess
    const functionId = functionFor(template, 'scheduledVariant').id;
    const rules = (
      Object.entries(template.findResources('AWS::Events::Rule')) as Array<[string, Resource]>
    ).filter(
      ([, rule]) =>
        JSON.stringify(rule.Properties.Targets[0].Arn) ===
        JSON.stringify({ 'Fn::GetAtt': [functionId, 'Arn'] }),
    );
    expect(rules).toHaveLength(2);
    for (const schedule of scheduled.scheduledVariant?.schedules ?? []) {
      const found = rules.find(([, rule]) => rule.Properties.ScheduleExpression === schedule.expression);
      expect(found, schedule.name).toBeDefined();
      const [ruleId, rule] = found as [string, Resource];
      expect(rule.Properties.State).toBe('ENABLED');
      expect(rule.Properties.Targets).toHaveLength(1);
      expect(rule.Properties.Targets[0].Arn).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
      expect(rule.Properties.Targets[0].InputTransformer.InputTemplate).toContain(
        `"schedule":"${schedule.name}"`,
      );
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        Principal: 'events.amazonaws.com',
        FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
        SourceArn: { 'Fn::GetAtt': [ruleId, 'Arn'] },
      });
    }
  });
});
