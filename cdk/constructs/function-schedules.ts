import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type {
  IntervalScheduleSpec,
  LocalTimeScheduleSpec,
  ScheduleSpec,
} from '../../shared/http/manifest-types';
import { pascalCase } from './naming';

export interface FunctionSchedulesProps {
  target: lambda.IFunction;
  schedules: readonly ScheduleSpec[];
}

/** How often a failed invocation is retried, and for how long, before it goes to the dead-letter queue. */
const retryAttempts = 2;
const maxEventAge = Duration.hours(1);

/**
 * The schedules of one manifest entry (reconciliation, reminders). An interval (`expression`) is an
 * EventBridge rule; a local wall-clock time (`cron` + `timeZone`) is an EventBridge Scheduler schedule,
 * which keeps the hour through daylight saving (a rule's cron is UTC only).
 *
 * Either way the function receives an event shaped like EventBridge's own "Scheduled Event" whose
 * `detail.schedule` is the schedule's name, so one function can serve several schedules and tell them
 * apart. An invocation that still fails after its retries lands in the dead-letter queue (an alarm
 * watches it), so a missed run is never silent.
 */
export class FunctionSchedules extends Construct {
  readonly rules: readonly events.Rule[];
  readonly schedules: readonly scheduler.Schedule[];
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: FunctionSchedulesProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'FailedInvocations', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    const queueResource = this.deadLetterQueue.node.defaultChild;
    if (queueResource) {
      Validations.of(queueResource).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason:
          'This queue is itself a dead-letter queue: the DeadLetterConfig of the schedule targets of ' +
          `${props.target.node.path} (cdk-nag only recognises queues named in a redrive policy).`,
      });
    }

    const intervals = props.schedules.filter(
      (spec): spec is IntervalScheduleSpec => spec.expression !== undefined,
    );
    const localTimes = props.schedules.filter(
      (spec): spec is LocalTimeScheduleSpec => spec.cron !== undefined,
    );

    this.rules = intervals.map(
      (schedule) =>
        new events.Rule(this, pascalCase(schedule.name), {
          description: schedule.description,
          schedule: events.Schedule.expression(schedule.expression),
          targets: [
            new targets.LambdaFunction(props.target, {
              retryAttempts,
              maxEventAge,
              deadLetterQueue: this.deadLetterQueue,
              event: events.RuleTargetInput.fromObject({
                id: events.EventField.eventId,
                'detail-type': 'Scheduled Event',
                source: 'aws.events',
                time: events.EventField.time,
                detail: { schedule: schedule.name },
              }),
            }),
          ],
        }),
    );

    // The role EventBridge Scheduler invokes with: this function (unqualified, no `:*` for versions and
    // aliases, which the stock LambdaInvoke target would grant) and this dead-letter queue, nothing else.
    const schedulerRole =
      localTimes.length === 0
        ? undefined
        : new iam.Role(this, 'SchedulerRole', {
            description: 'EventBridge Scheduler: invoke one function on its schedules',
            assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
              conditions: {
                StringEquals: {
                  'aws:SourceAccount': Stack.of(this).account,
                  'aws:SourceArn': Stack.of(this).formatArn({
                    service: 'scheduler',
                    resource: 'schedule-group',
                    resourceName: 'default',
                  }),
                },
              },
            }),
          });
    if (schedulerRole) {
      schedulerRole.addToPolicy(
        new iam.PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [props.target.functionArn],
        }),
      );
      schedulerRole.addToPolicy(
        new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.deadLetterQueue.queueArn] }),
      );
    }

    this.schedules = localTimes.map((schedule) => {
      validateLocalTime(schedule);
      return new scheduler.Schedule(this, pascalCase(schedule.name), {
        description: schedule.description,
        schedule: scheduler.ScheduleExpression.expression(
          `cron(${schedule.cron.trim()})`,
          TimeZone.of(schedule.timeZone),
        ),
        target: {
          bind: () => ({
            arn: props.target.functionArn,
            role: schedulerRole!,
            retryPolicy: {
              maximumRetryAttempts: retryAttempts,
              maximumEventAgeInSeconds: maxEventAge.toSeconds(),
            },
            deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
            input: scheduler.ScheduleTargetInput.fromObject({
              id: scheduler.ContextAttribute.executionId,
              'detail-type': 'Scheduled Event',
              source: 'aws.scheduler',
              time: scheduler.ContextAttribute.scheduledTime,
              detail: { schedule: schedule.name },
            }),
          }),
        },
      });
    });
  }
}

/** Six cron fields and a time zone the runtime knows, or a synth error naming the schedule. */
function validateLocalTime(schedule: LocalTimeScheduleSpec): void {
  if (schedule.cron.trim().split(/\s+/).length !== 6) {
    throw new Error(
      `Schedule ${schedule.name}: cron must have six fields (minutes hours day month weekday year), got "${schedule.cron}"`,
    );
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: schedule.timeZone });
  } catch {
    throw new Error(`Schedule ${schedule.name}: "${schedule.timeZone}" is not an IANA time zone`);
  }
}
