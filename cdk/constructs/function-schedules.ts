import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { ScheduleSpec } from '../../shared/http/manifest-types';
import { pascalCase } from './naming';

export interface FunctionSchedulesProps {
  target: lambda.IFunction;
  schedules: readonly ScheduleSpec[];
}

/**
 * One EventBridge rule per schedule of a manifest entry (reconciliation, reminders). The function
 * receives an event shaped like EventBridge's own "Scheduled Event" whose `detail.schedule` is the
 * schedule's name, so one function can serve several schedules and tell them apart.
 */
export class FunctionSchedules extends Construct {
  readonly rules: readonly events.Rule[];

  constructor(scope: Construct, id: string, props: FunctionSchedulesProps) {
    super(scope, id);
    this.rules = props.schedules.map(
      (schedule) =>
        new events.Rule(this, pascalCase(schedule.name), {
          description: schedule.description,
          schedule: events.Schedule.expression(schedule.expression),
          targets: [
            new targets.LambdaFunction(props.target, {
              retryAttempts: 2,
              maxEventAge: Duration.hours(1),
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
  }
}
