import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { functions } from '../../functions/manifest';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { functionFor, logicalIdOf, type Resource, synthNetwork } from './synth';

const manifest = functions as Record<string, FunctionSpec>;
type Alarm = Resource & { id: string };

function alarmsOf(template: ReturnType<typeof synthNetwork>['template']): Alarm[] {
  return Object.entries(template.findResources('AWS::CloudWatch::Alarm')).map(([id, alarm]) => ({
    id,
    ...(alarm as Resource),
  }));
}

/** The alarms on one plain metric (not metric math), by namespace, name and dimensions. */
function alarmsOn(alarms: Alarm[], namespace: string, metricName: string, dimensions?: unknown): Alarm[] {
  return alarms.filter(
    (alarm) =>
      alarm.Properties.Namespace === namespace &&
      alarm.Properties.MetricName === metricName &&
      (dimensions === undefined ||
        JSON.stringify(alarm.Properties.Dimensions) === JSON.stringify(dimensions)),
  );
}

/** The metrics an alarm on metric math reads, as `namespace/name` with their dimensions. */
function mathMetrics(alarm: Alarm): Array<{ metric: string; dimensions: Record<string, unknown> }> {
  return (alarm.Properties.Metrics as Array<Record<string, any>>)
    .filter((entry) => entry.MetricStat)
    .map((entry) => ({
      metric: `${entry.MetricStat.Metric.Namespace}/${entry.MetricStat.Metric.MetricName}`,
      dimensions: Object.fromEntries(
        (entry.MetricStat.Metric.Dimensions as Array<{ Name: string; Value: unknown }>).map((d) => [
          d.Name,
          d.Value,
        ]),
      ),
    }));
}

describe('alarms, every one notifying the alarm topic', () => {
  const { stack, template } = synthNetwork();
  const alarms = alarmsOf(template);
  const topicId = logicalIdOf(stack, stack.alarms.topic);
  const functionDimensions = (name: string) => [
    { Name: 'FunctionName', Value: { Ref: functionFor(template, name).id } },
  ];

  it('has a topic even without an alarm email, and every alarm and its recovery notify it', () => {
    // Act
    const topics = Object.keys(template.findResources('AWS::SNS::Topic'));

    // Assess
    expect(topics).toEqual([topicId]);
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    expect(alarms.length).toBeGreaterThan(20);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions, alarm.id).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.OKActions, alarm.id).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.ComparisonOperator, alarm.id).toBe('GreaterThanOrEqualToThreshold');
    }
  });

  it('alarms on the errors and the throttles of every function', () => {
    for (const name of Object.keys(manifest)) {
      // Act
      const errors = alarmsOn(alarms, 'AWS/Lambda', 'Errors', functionDimensions(name));
      const throttles = alarmsOn(alarms, 'AWS/Lambda', 'Throttles', functionDimensions(name));

      // Assess
      expect(errors, name).toHaveLength(1);
      expect(throttles, name).toHaveLength(1);
      expect(throttles[0]?.Properties.Threshold, name).toBe(1);
      expect(throttles[0]?.Properties.Statistic, name).toBe('Sum');
    }
  });

  it("alarms when the notifier's stream mapping falls ten minutes behind the table", () => {
    // Prepare
    const readers = Object.entries(manifest).filter(([, spec]) => spec.streamFilter);
    expect(readers.map(([name]) => name)).toContain('notifier');

    for (const [name] of readers) {
      // Act
      const iteratorAge = alarmsOn(alarms, 'AWS/Lambda', 'IteratorAge', functionDimensions(name));

      // Assess
      expect(iteratorAge, name).toHaveLength(1);
      expect(iteratorAge[0]?.Properties.Statistic).toBe('Maximum');
      expect(iteratorAge[0]?.Properties.Threshold).toBe(10 * 60 * 1000);
    }
  });

  it('alarms on failed invocations of every EventBridge rule', () => {
    // Prepare
    const rules = Object.keys(template.findResources('AWS::Events::Rule'));
    expect(rules.length).toBeGreaterThan(0);

    for (const ruleId of rules) {
      // Act
      const failed = alarmsOn(alarms, 'AWS/Events', 'FailedInvocations', [
        { Name: 'RuleName', Value: { Ref: ruleId } },
      ]);

      // Assess
      expect(failed, ruleId).toHaveLength(1);
      expect(failed[0]?.Properties.Threshold).toBe(1);
    }
  });

  it('alarms on any message in any dead-letter queue', () => {
    // Prepare
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
    expect(queues.length).toBeGreaterThanOrEqual(3);

    for (const queueId of queues) {
      // Act
      const depth = alarmsOn(alarms, 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } },
      ]);

      // Assess
      expect(depth, queueId).toHaveLength(1);
      expect(depth[0]?.Properties.Threshold).toBe(1);
    }
  });

  it('alarms at the SES review levels: a 5 % bounce rate and a 0.1 % complaint rate', () => {
    // Act
    const bounces = alarmsOn(alarms, 'AWS/SES', 'Reputation.BounceRate');
    const complaints = alarmsOn(alarms, 'AWS/SES', 'Reputation.ComplaintRate');

    // Assess
    expect(bounces).toHaveLength(1);
    expect(bounces[0]?.Properties.Threshold).toBe(0.05);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]?.Properties.Threshold).toBe(0.001);
  });

  it('alarms on any mail the mail senders drop (EqualityNetwork/MailDropped)', () => {
    // Prepare
    const senders = Object.entries(manifest).filter(([, spec]) => spec.permissions.sendsMail);
    expect(senders.map(([name]) => name)).toEqual(['notifier']);

    for (const [name] of senders) {
      // Act
      const dropped = alarmsOn(alarms, 'EqualityNetwork', 'MailDropped', [{ Name: 'service', Value: name }]);

      // Assess
      expect(dropped, name).toHaveLength(1);
      expect(dropped[0]?.Properties.Threshold).toBe(1);
      expect(dropped[0]?.Properties.Statistic).toBe('Sum');
    }
  });

  it('alarms on read and write throttles of the table and of the person index', () => {
    // Prepare
    const tableRef = { Ref: logicalIdOf(stack, stack.table.table) };
    const throttleAlarms = alarms.filter((alarm) =>
      JSON.stringify(alarm.Properties.Metrics ?? []).includes('ThrottleEvents'),
    );

    // Act
    const onIndex = throttleAlarms.filter((alarm) =>
      mathMetrics(alarm).every((m) => m.dimensions.GlobalSecondaryIndexName === 'person-index'),
    );
    const onTable = throttleAlarms.filter((alarm) =>
      mathMetrics(alarm).every((m) => m.dimensions.GlobalSecondaryIndexName === undefined),
    );

    // Assess
    expect(stack.table.indexNames).toEqual(['person-index']);
    for (const found of [onIndex, onTable]) {
      expect(found).toHaveLength(1);
      const metrics = mathMetrics(found[0] as Alarm);
      expect(metrics.map((m) => m.metric).sort()).toEqual([
        'AWS/DynamoDB/ReadThrottleEvents',
        'AWS/DynamoDB/WriteThrottleEvents',
      ]);
      for (const metric of metrics) expect(metric.dimensions.TableName).toEqual(tableRef);
    }
  });

  it('alarms on the rate of API 5xx (server errors / requests), not on a count', () => {
    // Prepare
    const apiRef = { Ref: logicalIdOf(stack, stack.httpApi.api) };

    // Act
    const rate = alarms.filter((alarm) =>
      (alarm.Properties.Metrics as Array<Record<string, any>> | undefined)?.some((entry) =>
        String(entry.Expression ?? '').includes('/'),
      ),
    );

    // Assess
    expect(rate).toHaveLength(1);
    const entries = rate[0]?.Properties.Metrics as Array<Record<string, any>>;
    const expression = entries.find((entry) => entry.Expression);
    const byId = Object.fromEntries(
      entries
        .filter((entry) => entry.MetricStat)
        .map((entry) => [entry.Id as string, entry.MetricStat as Record<string, any>]),
    );
    const [numerator, denominator] = String(expression?.Expression)
      .split('/')
      .map((side) => /([A-Za-z]\w*)\s*(?:,\s*0\))?\s*$/.exec(side.trim())?.[1] ?? '');
    expect(byId[numerator ?? '']?.Metric).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx' });
    expect(byId[denominator ?? '']?.Metric).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Count',
    });
    for (const stat of Object.values(byId)) {
      expect(stat.Stat).toBe('Sum');
      expect(stat.Metric.Dimensions).toEqual([{ Name: 'ApiId', Value: apiRef }]);
    }
    expect(expression?.ReturnData).toBe(true);
    expect(rate[0]?.Properties.Threshold).toBe(1);
    expect(alarmsOn(alarms, 'AWS/ApiGateway', '5xx')).toEqual([]);
  });

  it('subscribes the alarm email to the TLS-only topic when one is given', () => {
    // Act
    const { stack: withEmail, template: withEmailTemplate } = synthNetwork({
      context: { alarmEmail: 'ops@network.example' },
    });

    // Assess
    const topicRef = { Ref: logicalIdOf(withEmail, withEmail.alarms.topic) };
    withEmailTemplate.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@network.example',
      TopicArn: topicRef,
    });
    withEmailTemplate.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

/** The dashboard's JSON, with each reference to a resource written as `{{LogicalId}}`. */
function dashboardOf(template: ReturnType<typeof synthNetwork>['template']) {
  const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard')) as Resource[];
  expect(dashboards).toHaveLength(1);
  const body = dashboards[0]?.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] };
  const text = body['Fn::Join'][1]
    .map((part) => {
      if (typeof part === 'string') return part;
      const token = part as { Ref?: string; 'Fn::GetAtt'?: string[] };
      return `{{${token.Ref ?? token['Fn::GetAtt']?.join('.')}}}`;
    })
    .join('');
  return JSON.parse(text) as {
    widgets: Array<{ properties: { title?: string; metrics?: unknown[][]; alarms?: string[] } }>;
  };
}

describe('the operations dashboard', () => {
  const { template } = synthNetwork();
  const dashboard = dashboardOf(template);
  const widget = (title: string) => {
    const found = dashboard.widgets.find((w) => w.properties.title === title);
    expect(found, title).toBeDefined();
    return found?.properties ?? {};
  };
  const ref = (name: string) => `{{${functionFor(template, name).id}}}`;

  it('shows registrations per hour from the invocations of the registrations function', () => {
    // Act
    const metrics = widget('Flows per hour (function invocations)').metrics ?? [];

    // Assess
    expect(metrics).toContainEqual([
      'AWS/Lambda',
      'Invocations',
      'FunctionName',
      ref('registrations'),
      { label: 'registrations', period: 3600, stat: 'Sum' },
    ]);
  });

  it('shows mail sent, failed and dropped per hour', () => {
    // Act
    const metrics = JSON.stringify(widget('Mail per hour').metrics);

    // Assess
    for (const name of ['MailSent', 'MailFailed', 'MailDropped']) {
      expect(metrics).toContain(`["EqualityNetwork","${name}","service","notifier"`);
    }
  });

  it('shows the p99 duration of every function and the stream iterator age', () => {
    // Act
    const durations = widget('Duration p99 per function (ms)').metrics ?? [];
    const iteratorAge = widget('Table stream iterator age (ms)').metrics ?? [];

    // Assess
    for (const name of Object.keys(manifest)) {
      expect(durations, name).toContainEqual([
        'AWS/Lambda',
        'Duration',
        'FunctionName',
        ref(name),
        { label: name, stat: 'p99' },
      ]);
    }
    expect(iteratorAge).toContainEqual([
      'AWS/Lambda',
      'IteratorAge',
      'FunctionName',
      ref('notifier'),
      { label: 'notifier', stat: 'Maximum' },
    ]);
  });

  it('shows the state of every alarm', () => {
    // Act
    const shown = widget('Alarms').alarms ?? [];

    // Assess
    expect(shown).toHaveLength(alarmsOf(template).length);
  });
});
