import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '../../shared/config';
import { unseal } from '../../shared/crypto';
import type { Mailer } from '../../shared/email/message';
import { OutboxMailer } from '../../shared/email/outbox-mailer';
import { SesMailer } from '../../shared/email/ses-mailer';
import { renderTemplate } from '../../shared/email/templates';
import { isLanguage } from '../../shared/i18n/language';
import { logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';

let mailer: Mailer | undefined;
const defaultMailer = (): Mailer =>
  (mailer ??= config.mailTransport === 'ses' ? new SesMailer() : new OutboxMailer(config.outboxDir));

/**
 * Sends the mail items that writes put on the table stream. A record that fails is reported back
 * (ReportBatchItemFailures) so only it is retried; one that can never render is logged and dropped.
 */
export function createNotifier(getMailer: () => Mailer = defaultMailer) {
  return async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) continue;
      const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
      if (item.type !== 'mail') continue;
      const lang = isLanguage(item.lang) ? item.lang : 'sv';
      let rendered: ReturnType<typeof renderTemplate>;
      try {
        const secrets = item.sealed
          ? JSON.parse(unseal(String(item.sealed), await getSecret('emailPepper')))
          : undefined;
        rendered = renderTemplate(
          String(item.template),
          { ...item.data, ...(secrets ? { secrets } : {}) },
          lang,
        );
      } catch (error) {
        logger.error('mail cannot be rendered', {
          mailId: item.mailId,
          template: item.template,
          // The name only: a JSON or template error message can quote the mail's content.
          error: (error as Error).name,
        });
        continue;
      }
      try {
        await getMailer().send({
          id: String(item.mailId),
          to: String(item.to),
          from: config.mailFrom,
          language: lang,
          template: String(item.template),
          ...rendered,
        });
        logger.info('mail sent', { mailId: item.mailId, template: item.template });
      } catch (error) {
        logger.warn('mail send failed', { mailId: item.mailId, error: (error as Error).name });
        if (record.dynamodb.SequenceNumber)
          batchItemFailures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
      }
    }
    return { batchItemFailures };
  };
}

export const handler = createNotifier();
