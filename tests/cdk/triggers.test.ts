import { describe, expect, it } from 'vitest';
import { streamDelivery } from '../../cdk/constructs/stream-delivery';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { functionFor, logicalIdOf, type Resource, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;

/**
 * Whether an event matches a Lambda filter pattern, for the pattern forms the subscriptions use: every
 * key of the pattern must be present, an array lists the allowed values, an object is matched within.
 */
function matchesPattern(pattern: Record<string, unknown>, event: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    const value = event[key];
    if (Array.isArray(rule)) return rule.includes(value);
    return (
      typeof value === 'object' &&
      value !== null &&
      matchesPattern(rule as Record<string, unknown>, value as Record<string, unknown>)
    );
  });
}

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

  it('retries a failing batch a bounded number of times (as the local poller does), bisecting it, from the reported records', () => {
    // Prepare
    const subscribed = Object.keys(manifest).filter((name) => manifest[name]?.streamFilter);

    for (const name of subscribed) {
      // Act
      const properties = mappingFor(name)[0]?.Properties ?? {};

      // Assess: -1 (the default) would retry until the record expires, blocking the shard.
      expect(properties.MaximumRetryAttempts, name).toBe(streamDelivery.retryAttempts);
      expect(streamDelivery.retryAttempts).toBeGreaterThan(0);
      expect(streamDelivery.retryAttempts).toBeLessThanOrEqual(10);
      expect(properties.MaximumRecordAgeInSeconds, name).toBe(streamDelivery.maxRecordAgeHours * 3600);
      expect(properties.BisectBatchOnFunctionError, name).toBe(true);
      expect(properties.FunctionResponseTypes, name).toEqual(['ReportBatchItemFailures']);
      expect(properties.BatchSize, name).toBe(streamDelivery.batchSize);
      const queueId = properties.DestinationConfig?.OnFailure?.Destination?.['Fn::GetAtt']?.[0];
      expect(template.findResources('AWS::SQS::Queue')[queueId], name).toBeDefined();
    }
  });

  it('lets the INSERT of a mail item through and not the MODIFY that marks it sent, nor its removal', () => {
    // Prepare: the stream records of one mail item's life, as Lambda filters them
    const pattern = JSON.parse(mappingFor('notifier')[0]?.Properties.FilterCriteria.Filters[0].Pattern);
    const image = { pk: { S: 'MAIL#01J' }, sk: { S: 'MAIL' }, type: { S: 'mail' }, mailId: { S: '01J' } };
    const sent = { ...image, sentAt: { S: '2029-06-01T10:00:00.000Z' } };
    const records = {
      insert: { eventName: 'INSERT', dynamodb: { NewImage: image } },
      markedSent: { eventName: 'MODIFY', dynamodb: { OldImage: image, NewImage: sent } },
      expired: { eventName: 'REMOVE', dynamodb: { OldImage: sent } },
      otherInsert: { eventName: 'INSERT', dynamodb: { NewImage: { ...image, type: { S: 'registration' } } } },
    };

    // Act
    const passed = Object.entries(records)
      .filter(([, record]) => matchesPattern(pattern, record))
      .map(([name]) => name);

    // Assess
    expect(passed).toEqual(['insert']);
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
  it('creates one rule per interval schedule and one Scheduler schedule per local-time schedule of the real manifest', () => {
    // Prepare
    const schedules = Object.values(manifest).flatMap((spec) => spec.schedules ?? []);
    const intervals = schedules.filter((s) => s.expression !== undefined).length;
    const localTimes = schedules.filter((s) => s.cron !== undefined).length;

    // Act
    const { template } = synthNetwork();

    // Assess
    template.resourceCountIs('AWS::Events::Rule', intervals);
    template.resourceCountIs('AWS::Scheduler::Schedule', localTimes);
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
