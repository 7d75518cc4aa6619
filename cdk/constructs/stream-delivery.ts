/**
 * How table stream records reach a subscribed function, shared by the event source mapping
 * (stream-subscription.ts) and the local stream poller (cdk/local/stream-poller.ts) so they agree:
 * batches of `batchSize`, and a batch that reports a failure retried `retryAttempts` times from its first
 * failed record before it is given up on (in AWS: sent to the on-failure queue; locally: logged).
 * Kept free of imports so the local stack does not load aws-cdk-lib.
 */
export const streamDelivery = {
  batchSize: 10,
  retryAttempts: 5,
  maxRecordAgeHours: 12,
} as const;
