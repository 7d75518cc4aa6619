import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger } from '../../shared/observability/logger';

/** The CloudWatch namespace of the notifier's metrics (the MailDropped alarm and the dashboard read it). */
export const MAIL_METRICS_NAMESPACE = 'EqualityNetwork';

/**
 * What happened to a mail record: sent (SES or the outbox accepted it), failed (a dependency failed,
 * the stream retries it) or dropped (it can never be rendered, so it is given up on for good).
 */
export type MailMetricName = 'MailSent' | 'MailFailed' | 'MailDropped';

export interface MailMetrics {
  count(name: MailMetricName): void;
  /** Writes what was counted in this invocation (one EMF line) and starts again from zero. */
  flush(): void;
}

/**
 * Powertools Metrics as CloudWatch embedded metric format, with Powertools' default dimension
 * `service` = `notifier`: exactly the metric the MailDropped alarm and the dashboard name
 * (cdk/constructs/operational-alarms.ts, `serviceMetric`).
 *
 * EMF lines are log lines: with the log level SILENT (tests) nothing is written. `emit` replaces
 * standard output (tests read the serialized document there).
 */
export function createMailMetrics(emit?: (document: Record<string, unknown>) => void): MailMetrics {
  const metrics = new Metrics({ namespace: MAIL_METRICS_NAMESPACE, serviceName: 'notifier', logger });
  return {
    count(name) {
      metrics.addMetric(name, MetricUnit.Count, 1);
    },
    flush() {
      if (!metrics.hasStoredMetrics()) return;
      if (emit) {
        emit(metrics.serializeMetrics() as unknown as Record<string, unknown>);
        metrics.clearMetrics();
        metrics.clearDimensions();
      } else if (logger.getLevelName() === 'SILENT') {
        metrics.clearMetrics();
        metrics.clearDimensions();
      } else {
        metrics.publishStoredMetrics();
      }
    },
  };
}
