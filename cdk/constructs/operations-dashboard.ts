import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { iteratorAgeLimit, mailMetricNames, serviceMetric, sesReputation } from './operational-alarms';

export interface OperationsDashboardProps {
  /** Every function of the manifest, by manifest name. */
  functions: ReadonlyMap<string, lambda.IFunction>;
  /** The functions whose invocations count a flow, by a label: e.g. registrations. */
  flows: ReadonlyMap<string, lambda.IFunction>;
  /** The functions the table stream invokes, by manifest name. */
  streamReaders: ReadonlyMap<string, lambda.IFunction>;
  /** Manifest names of the functions that send mail (they emit the mail metrics). */
  mailSenders: readonly string[];
  api: apigw.IHttpApi;
  alarms: readonly cloudwatch.IAlarm[];
}

const oneHour = Duration.hours(1);
const fiveMinutes = Duration.minutes(5);

/**
 * One CloudWatch dashboard with the health of the flows, top to bottom: the alarms; the flows per hour
 * (invocations of the functions that serve them) and the API's requests and error rates; mail sent,
 * failed and dropped per hour and the SES reputation; p99 duration per function; how far the stream
 * readers (the notifier) are behind the table.
 */
export class OperationsDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
    });

    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 4 }),
    );

    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Flows per hour (function invocations)',
        left: [...props.flows].map(([label, fn]) =>
          fn.metricInvocations({ label, period: oneHour, statistic: cloudwatch.Stats.SUM }),
        ),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'API requests, and 4xx and 5xx rates (%)',
        left: [
          props.api.metricCount({ label: 'Requests', period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        ],
        right: [
          errorRate('4xx rate (%)', 'clientErrors', props.api.metricClientError(), props.api),
          errorRate('5xx rate (%)', 'serverErrors', props.api.metricServerError(), props.api),
        ],
        width: 12,
      }),
    );

    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Mail per hour',
        left: props.mailSenders.flatMap((service) =>
          mailMetricNames.map((metricName) =>
            serviceMetric(metricName, service, { label: `${metricName} (${service})`, period: oneHour }),
          ),
        ),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'SES reputation (account)',
        left: [
          sesReputation('Reputation.BounceRate').with({ label: 'Bounce rate' }),
          sesReputation('Reputation.ComplaintRate').with({ label: 'Complaint rate' }),
        ],
        width: 12,
      }),
    );

    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Duration p99 per function (ms)',
        left: [...props.functions].map(([name, fn]) =>
          fn.metricDuration({ label: name, period: fiveMinutes, statistic: cloudwatch.Stats.p(99) }),
        ),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Table stream iterator age (ms)',
        left: [...props.streamReaders].map(([name, fn]) =>
          fn.metric('IteratorAge', { label: name, period: fiveMinutes, statistic: cloudwatch.Stats.MAXIMUM }),
        ),
        leftAnnotations: [{ value: iteratorAgeLimit.toMilliseconds(), label: 'Alarm' }],
        width: 12,
      }),
    );
  }
}

function errorRate(label: string, id: string, errors: cloudwatch.Metric, api: apigw.IHttpApi) {
  return new cloudwatch.MathExpression({
    label,
    expression: `100 * FILL(${id}, 0) / requests`,
    usingMetrics: {
      [id]: errors.with({ statistic: cloudwatch.Stats.SUM }),
      requests: api.metricCount({ statistic: cloudwatch.Stats.SUM }),
    },
    period: fiveMinutes,
  });
}
