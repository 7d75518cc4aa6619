import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { pascalCase } from './naming';

/** The CloudWatch namespace of the functions' own metrics (Powertools, POWERTOOLS_METRICS_NAMESPACE). */
export const metricsNamespace = 'EqualityNetwork';

/** The mail metrics the mail-sending functions emit (Powertools, dimension `service` = function name). */
export const mailMetricNames = ['MailSent', 'MailFailed', 'MailDropped'] as const;

/**
 * A metric of the functions' own namespace as Powertools emits it: with the default dimension
 * `service`, the manifest name of the function (POWERTOOLS_SERVICE_NAME).
 */
export function serviceMetric(
  metricName: string,
  service: string,
  options: cloudwatch.MetricOptions = {},
): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: metricsNamespace,
    metricName,
    dimensionsMap: { service },
    statistic: cloudwatch.Stats.SUM,
    ...options,
  });
}

/** A queue whose messages mean work was given up on, and what that work was. */
export interface DeadLetterQueue {
  queue: sqs.IQueue;
  description: string;
}

export interface OperationalAlarmsProps {
  /** Every function of the manifest, by manifest name. */
  functions: ReadonlyMap<string, lambda.IFunction>;
  /** The functions the table stream invokes, by manifest name. */
  streamReaders: ReadonlyMap<string, lambda.IFunction>;
  /** Manifest names of the functions that send mail (they emit the mail metrics). */
  mailSenders: readonly string[];
  table: dynamodb.ITable;
  /** The table's global secondary indexes (the person index). */
  indexNames: readonly string[];
  api: apigw.IHttpApi;
  /** Queues whose messages mean work was given up on, by a name for the alarm. */
  deadLetterQueues: ReadonlyMap<string, DeadLetterQueue>;
  /** EventBridge rules that invoke functions, by a name for the alarm. */
  rules: ReadonlyMap<string, events.IRule>;
  /** Who receives alarm notifications; without it they only reach the topic (and CloudWatch). */
  alarmEmail?: string;
}

const fiveMinutes = Duration.minutes(5);
const oneHour = Duration.hours(1);

/** The notifier should be at most minutes behind the table; older records mean mail is stuck. */
export const iteratorAgeLimit = Duration.minutes(10);
/** SES reviews an account at a 5 % bounce rate and a 0.1 % complaint rate (and pauses it at 10 % / 0.5 %). */
export const sesBounceRateLimit = 0.05;
export const sesComplaintRateLimit = 0.001;
/** Share of API requests answered with a 5xx, in percent, that raises the alarm. */
export const serverErrorRateLimitPercent = 1;

/**
 * Alarms on what must not happen unnoticed, each notifying one SNS topic (TLS-only publishing) that
 * always exists; the alarm email, required outside `dev`, is subscribed to it.
 *
 * - every function: errors and throttles;
 * - the table: throttled reads or writes, on the table and on each index (the person index);
 * - the API: the 5xx rate (server errors / requests; docs/ARCHITECTURE.md, Errors: never a 5xx for
 *   anything a client sent);
 * - the stream readers (the notifier): iterator age, i.e. mail waiting behind a failing batch;
 * - mail: any mail dropped (it can never be sent); SES bounce and complaint rates at the levels where
 *   SES puts the account under review;
 * - schedules: EventBridge rule invocations that failed for good, and any message in a dead-letter
 *   queue (stream batches, schedule invocations).
 */
export class OperationalAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: OperationalAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Equality network alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    for (const [name, fn] of props.functions) {
      this.add(`${pascalCase(name)}Errors`, `The ${name} function failed (unhandled error or timeout)`, {
        metric: fn.metricErrors({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
      });
      this.add(`${pascalCase(name)}Throttles`, `Invocations of the ${name} function were throttled`, {
        metric: fn.metricThrottles({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
      });
    }

    this.add('TableThrottles', 'The table throttled reads or writes', {
      metric: throttleEvents({ TableName: props.table.tableName }),
    });
    for (const indexName of props.indexNames) {
      this.add(`${pascalCase(indexName)}Throttles`, `The index ${indexName} throttled reads or writes`, {
        metric: throttleEvents({
          TableName: props.table.tableName,
          GlobalSecondaryIndexName: indexName,
        }),
      });
    }

    this.add(
      'ApiServerErrorRate',
      `At least ${serverErrorRateLimitPercent} % of the HTTP API's requests were answered with a 5xx`,
      {
        metric: new cloudwatch.MathExpression({
          label: '5xx rate (%)',
          expression: '100 * FILL(serverErrors, 0) / requests',
          usingMetrics: {
            serverErrors: props.api.metricServerError({ statistic: cloudwatch.Stats.SUM }),
            requests: props.api.metricCount({ statistic: cloudwatch.Stats.SUM }),
          },
          period: fiveMinutes,
        }),
        threshold: serverErrorRateLimitPercent,
      },
    );

    for (const [name, fn] of props.streamReaders) {
      this.add(
        `${pascalCase(name)}IteratorAge`,
        `The ${name} function is more than ${iteratorAgeLimit.toMinutes()} minutes behind the table stream`,
        {
          metric: fn.metric('IteratorAge', { period: fiveMinutes, statistic: cloudwatch.Stats.MAXIMUM }),
          threshold: iteratorAgeLimit.toMilliseconds(),
        },
      );
    }

    for (const service of props.mailSenders) {
      this.add(
        `${pascalCase(service)}MailDropped`,
        `The ${service} function dropped mail it can never send`,
        {
          metric: serviceMetric('MailDropped', service, { period: fiveMinutes }),
        },
      );
    }
    this.add('SesBounceRate', `The account's SES bounce rate reached ${sesBounceRateLimit * 100} %`, {
      metric: sesReputation('Reputation.BounceRate'),
      threshold: sesBounceRateLimit,
    });
    this.add(
      'SesComplaintRate',
      `The account's SES complaint rate reached ${sesComplaintRateLimit * 100} %`,
      {
        metric: sesReputation('Reputation.ComplaintRate'),
        threshold: sesComplaintRateLimit,
      },
    );

    for (const [name, rule] of props.rules) {
      this.add(`${pascalCase(name)}FailedInvocations`, `The rule ${name} failed to invoke its target`, {
        metric: new cloudwatch.Metric({
          namespace: 'AWS/Events',
          metricName: 'FailedInvocations',
          dimensionsMap: { RuleName: rule.ruleName },
          period: fiveMinutes,
          statistic: cloudwatch.Stats.SUM,
        }),
      });
    }

    for (const [name, { queue, description }] of props.deadLetterQueues) {
      this.add(`${pascalCase(name)}DeadLetters`, description, {
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: fiveMinutes,
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
      });
    }
  }

  private add(
    id: string,
    description: string,
    props: { metric: cloudwatch.IMetric; threshold?: number },
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmDescription: description,
      metric: props.metric,
      threshold: props.threshold ?? 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

function throttleEvents(dimensionsMap: Record<string, string>): cloudwatch.IMetric {
  const metric = (metricName: string) =>
    new cloudwatch.Metric({ namespace: 'AWS/DynamoDB', metricName, dimensionsMap, statistic: 'Sum' });
  return new cloudwatch.MathExpression({
    label: 'Throttle events',
    expression: 'FILL(readThrottles, 0) + FILL(writeThrottles, 0)',
    usingMetrics: {
      readThrottles: metric('ReadThrottleEvents'),
      writeThrottles: metric('WriteThrottleEvents'),
    },
    period: fiveMinutes,
  });
}

/**
 * The account's SES reputation (a fraction: 0.05 is 5 %): what SES itself acts on, whichever identity or
 * configuration set the mail went through.
 */
export function sesReputation(metricName: string): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: 'AWS/SES',
    metricName,
    period: oneHour,
    statistic: cloudwatch.Stats.MAXIMUM,
  });
}
