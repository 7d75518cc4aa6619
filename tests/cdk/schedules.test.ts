import { describe, expect, it } from 'vitest';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { functionFor, type Resource, statementsFor, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;
type Template = ReturnType<typeof synthNetwork>['template'];

/** Every invocation target of every rule and schedule, with where it came from. */
function targetsOf(template: Template): Array<{ from: string; target: Record<string, any> }> {
  const rules = Object.entries(template.findResources('AWS::Events::Rule')) as Array<[string, Resource]>;
  const schedules = Object.entries(template.findResources('AWS::Scheduler::Schedule')) as Array<
    [string, Resource]
  >;
  return [
    ...rules.flatMap(([id, rule]) =>
      (rule.Properties.Targets as Array<Record<string, any>>).map((target) => ({ from: id, target })),
    ),
    ...schedules.map(([id, schedule]) => ({ from: id, target: schedule.Properties.Target })),
  ];
}

function scheduleOf(template: Template, name: string): Resource {
  const found = (Object.values(template.findResources('AWS::Scheduler::Schedule')) as Resource[]).filter(
    (schedule) => JSON.parse(schedule.Properties.Target.Input).detail.schedule === name,
  );
  expect(found, name).toHaveLength(1);
  return found[0] as Resource;
}

describe('schedules from the manifest', () => {
  const { template } = synthNetwork();

  it('builds one rule or schedule per schedule of the manifest', () => {
    // Prepare
    const specs = Object.values(manifest).flatMap((spec) => spec.schedules ?? []);

    // Act
    const rules = Object.keys(template.findResources('AWS::Events::Rule'));
    const schedules = Object.keys(template.findResources('AWS::Scheduler::Schedule'));

    // Assess
    expect(rules).toHaveLength(specs.filter((spec) => spec.expression !== undefined).length);
    expect(schedules).toHaveLength(specs.filter((spec) => spec.cron !== undefined).length);
    expect(rules.length + schedules.length).toBe(specs.length);
  });

  it('sends the nomination reminders at 09:00 Helsinki time through EventBridge Scheduler', () => {
    // Act
    const reminders = scheduleOf(template, 'reminders');

    // Assess
    expect(reminders.Properties.ScheduleExpression).toBe('cron(0 9 * * ? *)');
    expect(reminders.Properties.ScheduleExpressionTimezone).toBe('Europe/Helsinki');
    expect(reminders.Properties.FlexibleTimeWindow).toEqual({ Mode: 'OFF' });
    expect(reminders.Properties.State).toBe('ENABLED');
    expect(reminders.Properties.Target.Arn).toEqual({
      'Fn::GetAtt': [functionFor(template, 'nominations').id, 'Arn'],
    });
    expect(JSON.parse(reminders.Properties.Target.Input)).toMatchObject({
      'detail-type': 'Scheduled Event',
      detail: { schedule: 'reminders' },
    });
  });

  it('reminds the jury daily at 08:00 Helsinki time through the applications function', () => {
    // Act
    const jury = scheduleOf(template, 'juryReminders');

    // Assess
    expect(jury.Properties.ScheduleExpression).toBe('cron(0 8 * * ? *)');
    expect(jury.Properties.ScheduleExpressionTimezone).toBe('Europe/Helsinki');
    expect(jury.Properties.Target.Arn).toEqual({
      'Fn::GetAtt': [functionFor(template, 'applications').id, 'Arn'],
    });
    expect(JSON.parse(jury.Properties.Target.Input)).toMatchObject({ detail: { schedule: 'juryReminders' } });
  });

  it('keeps the hourly reconciliation an EventBridge rate rule', () => {
    // Act
    const rules = Object.values(template.findResources('AWS::Events::Rule')) as Resource[];

    // Assess
    const reconcile = rules.filter((rule) =>
      String(rule.Properties.Targets[0].InputTransformer?.InputTemplate).includes('"schedule":"reconcile"'),
    );
    expect(reconcile).toHaveLength(1);
    expect(reconcile[0]?.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(reconcile[0]?.Properties.Targets[0].Arn).toEqual({
      'Fn::GetAtt': [functionFor(template, 'contentReconcile').id, 'Arn'],
    });
  });

  it('gives every rule and schedule target a dead-letter queue (SQS, encrypted, TLS-only) and retries', () => {
    // Prepare
    const queues = template.findResources('AWS::SQS::Queue');
    const queuePolicies = Object.values(template.findResources('AWS::SQS::QueuePolicy')) as Resource[];
    const targets = targetsOf(template);
    expect(targets.length).toBeGreaterThanOrEqual(2);

    for (const { from, target } of targets) {
      // Act
      const queueId = target.DeadLetterConfig?.Arn?.['Fn::GetAtt']?.[0] as string | undefined;
      const queue = queues[queueId ?? ''] as Resource | undefined;
      const policy = queuePolicies.find(
        (candidate) => JSON.stringify(candidate.Properties.Queues) === JSON.stringify([{ Ref: queueId }]),
      );

      // Assess
      expect(queue, `${from} has no dead-letter queue`).toBeDefined();
      expect(target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
      expect(queue?.Properties.SqsManagedSseEnabled, from).toBe(true);
      expect(queue?.Properties.MessageRetentionPeriod, from).toBe(14 * 24 * 3600);
      const statements = policy?.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
      expect(
        statements.some((s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false'),
        from,
      ).toBe(true);
      expect(target.RetryPolicy.MaximumRetryAttempts, from).toBe(2);
    }
  });

  it('lets EventBridge deliver to a rule dead-letter queue from that rule only', () => {
    // Prepare
    const rules = Object.entries(template.findResources('AWS::Events::Rule')) as Array<[string, Resource]>;
    const queuePolicies = Object.values(template.findResources('AWS::SQS::QueuePolicy')) as Resource[];

    for (const [ruleId, rule] of rules) {
      // Act
      const queueId = rule.Properties.Targets[0].DeadLetterConfig.Arn['Fn::GetAtt'][0] as string;
      const statements = queuePolicies
        .filter((policy) => JSON.stringify(policy.Properties.Queues) === JSON.stringify([{ Ref: queueId }]))
        .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>);

      // Assess
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Allow',
          Action: 'sqs:SendMessage',
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [ruleId, 'Arn'] } } },
        }),
      );
    }
  });

  it('runs a schedule with a role that may invoke its function and write its dead-letter queue, nothing else', () => {
    // Prepare
    const reminders = scheduleOf(template, 'reminders');
    const roleId = reminders.Properties.Target.RoleArn['Fn::GetAtt'][0] as string;
    const role = template.findResources('AWS::IAM::Role')[roleId] as Resource;
    const policies = (Object.values(template.findResources('AWS::IAM::Policy')) as Resource[]).filter(
      (policy) => JSON.stringify(policy.Properties.Roles).includes(`"Ref":"${roleId}"`),
    );

    // Act
    const statements = policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);

    // Assess
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({
      Service: 'scheduler.amazonaws.com',
    });
    expect(JSON.stringify(role.Properties.AssumeRolePolicyDocument.Statement[0].Condition)).toContain(
      'schedule-group/default',
    );
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(statements).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [functionFor(template, 'nominations').id, 'Arn'] },
      },
      {
        Action: 'sqs:SendMessage',
        Effect: 'Allow',
        Resource: reminders.Properties.Target.DeadLetterConfig.Arn,
      },
    ]);
    // The function's own role gains nothing from being scheduled.
    expect(JSON.stringify(statementsFor(template, 'nominations'))).not.toContain('sqs:SendMessage');
  });

  it('refuses a local-time schedule with a bad time zone or a cron of the wrong shape', () => {
    // Prepare
    const withSchedule = (cron: string, timeZone: string): Record<string, FunctionSpec> => ({
      ...manifest,
      tick: {
        description: 'Variant: one local-time schedule',
        entry: functions.service.entry,
        memoryMB: 128,
        timeoutSeconds: 10,
        routes: {},
        permissions: { table: 'none', secrets: [] },
        schedules: [{ name: 'morning', cron, timeZone, description: 'Variant' }],
      },
    });

    // Act
    const badZone = () =>
      synthNetwork({ overrides: { manifest: withSchedule('0 9 * * ? *', 'Europe/Hki') } });
    const badCron = () =>
      synthNetwork({ overrides: { manifest: withSchedule('0 9 * * ?', 'Europe/Helsinki') } });

    // Assess
    expect(badZone).toThrow(/morning: "Europe\/Hki" is not an IANA time zone/);
    expect(badCron).toThrow(/morning: cron must have six fields/);
  });
});
