import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ManifestFunction } from './manifest-function';
import { streamDelivery } from './stream-delivery';

export interface StreamSubscriptionProps {
  table: dynamodb.Table;
  target: ManifestFunction;
  /** Values of the item attribute `type` whose insertion invokes the function. */
  itemTypes: readonly string[];
}

/**
 * Invokes a function for the items of the listed types as they are inserted into the table (the
 * notifier: writes that must send mail also write the mail item). Only INSERT events pass the filter,
 * so updates (the notifier marking a mail sent) and TTL deletions never invoke it. The function reports
 * failed records (ReportBatchItemFailures) and the batch is retried from the first of them, a bounded
 * number of times (streamDelivery, which the local stream poller follows too), split to isolate what
 * keeps failing, and what still fails is reported to a dead-letter queue (with the shard positions to
 * replay it) instead of blocking the shard.
 */
export class StreamSubscription extends Construct {
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: StreamSubscriptionProps) {
    super(scope, id);
    const { table, target, itemTypes } = props;
    if (itemTypes.length === 0)
      throw new Error(`${target.node.path}: a stream filter needs at least one item type`);

    this.deadLetterQueue = new sqs.Queue(this, 'FailedBatches', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    const queueResource = this.deadLetterQueue.node.defaultChild;
    if (queueResource) {
      Validations.of(queueResource).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason:
          'This queue is itself a dead-letter queue: the on-failure destination of the table stream mapping ' +
          '(cdk-nag only recognises queues named in a redrive policy or a function DeadLetterConfig).',
      });
    }

    target.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: streamDelivery.batchSize,
        bisectBatchOnError: true,
        retryAttempts: streamDelivery.retryAttempts,
        maxRecordAge: Duration.hours(streamDelivery.maxRecordAgeHours),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { type: { S: lambda.FilterRule.or(...itemTypes) } } },
          }),
        ],
      }),
    );
    target.acknowledgeWildcard(
      'Resource::*',
      'dynamodb:ListStreams has no resource-level permissions (IAM requires "*"); the record-reading ' +
        "actions (DescribeStream, GetRecords, GetShardIterator) are limited to this table's stream.",
    );
  }
}
