import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { pascalCase } from './naming';

export interface OperationalAlarmsProps {
  /** Every function of the manifest, by manifest name. */
  functions: ReadonlyMap<string, lambda.IFunction>;
  table: dynamodb.ITable;
  api: apigw.IHttpApi;
  /** Queues whose messages mean work was given up on (stream batches that kept failing). */
  deadLetterQueues: ReadonlyMap<string, sqs.IQueue>;
  /** Where alarm notifications go; without it the alarms only show in CloudWatch. */
  alarmEmail?: string;
}

const fiveMinutes = Duration.minutes(5);

/**
 * Alarms on what must not happen unnoticed: any function error, any table throttling, server errors at
 * the API (docs/ARCHITECTURE.md, Errors: never a 5xx for anything a client sent) and any message in a dead-letter queue. With
 * an alarm email they notify an SNS topic (TLS-only publishing) that mails the operator.
 */
export class OperationalAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly topic?: sns.Topic;

  constructor(scope: Construct, id: string, props: OperationalAlarmsProps) {
    super(scope, id);
    if (props.alarmEmail) {
      this.topic = new sns.Topic(this, 'Topic', { displayName: 'Equality network alarms', enforceSSL: true });
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }

    for (const [name, fn] of props.functions) {
      this.add(`${pascalCase(name)}Errors`, `The ${name} function failed (unhandled error or timeout)`, {
        metric: fn.metricErrors({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
      });
    }

    this.add('TableThrottles', 'The table throttled reads or writes', {
      metric: new cloudwatch.MathExpression({
        label: 'Throttle events',
        expression: 'FILL(readThrottles, 0) + FILL(writeThrottles, 0)',
        usingMetrics: {
          readThrottles: props.table.metric('ReadThrottleEvents', { statistic: cloudwatch.Stats.SUM }),
          writeThrottles: props.table.metric('WriteThrottleEvents', { statistic: cloudwatch.Stats.SUM }),
        },
        period: fiveMinutes,
      }),
    });

    this.add('ApiServerErrors', 'The HTTP API answered with a 5xx', {
      metric: props.api.metricServerError({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
    });

    for (const [name, queue] of props.deadLetterQueues) {
      this.add(`${pascalCase(name)}DeadLetters`, `Stream records for the ${name} function were given up on`, {
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: fiveMinutes,
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
      });
    }
  }

  private add(id: string, description: string, props: { metric: cloudwatch.IMetric }): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmDescription: description,
      metric: props.metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    if (this.topic) {
      alarm.addAlarmAction(new actions.SnsAction(this.topic));
      alarm.addOkAction(new actions.SnsAction(this.topic));
    }
    this.alarms.push(alarm);
  }
}
