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
 * Powertools Metrics as CloudWatch embedded metric format. The metrics carry no dimension (Powertools'
 * default `service` dimension is cleared and one empty dimension set is published), so each is exactly
 * `EqualityNetwork/<name>`: the metric an alarm or a dashboard names without dimensions.
 *
 * EMF lines are log lines: with the log level SILENT (tests) nothing is written. `emit` replaces
 * standard output (tests read the serialized document there).
 */
export function createMailMetrics(emit?: (document: Record<string, unknown>) => void): MailMetrics {
  const metrics = new Metrics({ namespace: MAIL_METRICS_NAMESPACE, serviceName: 'notifier', logger });
  metrics.clearDefaultDimensions();
  return {
    count(name) {
      metrics.addMetric(name, MetricUnit.Count, 1);
    },
    flush() {
      if (!metrics.hasStoredMetrics()) return;
      metrics.addDimensions({});
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
