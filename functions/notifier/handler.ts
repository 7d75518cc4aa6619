import { type AttributeValue, ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '../../shared/config';
import { unseal } from '../../shared/crypto';
import type { Mailer } from '../../shared/email/message';
import { OutboxMailer } from '../../shared/email/outbox-mailer';
import { senderFor, senderSettings } from '../../shared/email/sender';
import { SesMailer } from '../../shared/email/ses-mailer';
import { type RenderedMail, renderTemplate } from '../../shared/email/templates';
import type { Language } from '../../shared/http/route';
import { isLanguage } from '../../shared/i18n/language';
import { logger } from '../../shared/observability/logger';
import { getSecret } from '../../shared/secrets';
import { defaultTable, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { createMailMetrics, type MailMetrics } from './metrics';

/** What the notifier talks to; tests pass their own, the exported `handler` the real ones. */
export interface NotifierDependencies {
  mailer: Mailer;
  /** The email pepper, which opens the sealed links inside mail items. */
  pepper: () => Promise<string>;
  table: Table;
  now: () => Date;
  metrics: MailMetrics;
}

interface MailFields {
  mailId: string;
  template: string;
  to: string;
  lang: Language;
  data: unknown;
  sealed?: string;
}

let realMailer: Mailer | undefined;
const defaultMailer = (): Mailer =>
  (realMailer ??=
    config.mailTransport === 'ses'
      ? new SesMailer(undefined, config.mailConfigurationSet)
      : new OutboxMailer(config.outboxDir));

/** Error names only: a JSON or template error message can quote the mail's content. */
const nameOf = (error: unknown) => (error instanceof Error ? error.name : 'UnknownError');

/**
 * Sends the mail items that writes put on the table stream, each at most once, and never gives one up
 * because a dependency failed.
 *
 * Per record: read the mail item (consistent GetItem) and skip it if it is gone (erased by a
 * data-subject request, or expired) or already marked sent; render it (opening its sealed links with
 * the pepper); send it, from the network's name in the mail's language with Reply-To its contact
 * address (settings); mark it sent (`sentAt`, conditional UpdateItem). That update is a MODIFY on
 * the stream, which the INSERT-only filter of the subscription (and of the local poller) never delivers.
 *
 * Any dependency failure (the pepper, SES or the outbox, the table) stops the batch there: that record
 * and every later one are reported (ReportBatchItemFailures), so the retried batch starts at it and
 * nothing after it was sent yet. Only a mail that can never be rendered (unknown template, invalid
 * data, a sealed blob that cannot be opened) is dropped: logged with its id, template and the error
 * name, and counted as `EqualityNetwork/MailDropped`. `MailSent` and `MailFailed` are counted too.
 */
export function createNotifier(dependencies: Partial<NotifierDependencies> = {}) {
  const metrics = dependencies.metrics ?? createMailMetrics();
  const now = dependencies.now ?? (() => new Date());
  const pepper = dependencies.pepper ?? (() => getSecret('emailPepper'));

  function drop(mail: { mailId?: unknown; template?: unknown }, error: string) {
    logger.error('mail dropped: it can never be rendered', {
      mailId: typeof mail.mailId === 'string' ? mail.mailId : undefined,
      template: typeof mail.template === 'string' ? mail.template : undefined,
      error,
    });
    metrics.count('MailDropped');
  }

  async function deliver(record: DynamoDBRecord, table: Table, mailer: Mailer): Promise<void> {
    if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return;
    let item: Record<string, unknown>;
    try {
      item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
    } catch (error) {
      drop({}, nameOf(error));
      return;
    }
    if (item.type !== 'mail') return;
    const mail = mailFields(item);
    if (!mail) {
      drop(item, 'InvalidMailItem');
      return;
    }

    const { Item: stored } = await table.doc.send(
      new GetCommand({
        TableName: table.name,
        Key: keys.mail(mail.mailId),
        ConsistentRead: true,
        ProjectionExpression: '#pk, #sentAt, #expiresAt',
        ExpressionAttributeNames: { '#pk': 'pk', '#sentAt': 'sentAt', '#expiresAt': 'expiresAt' },
      }),
    );
    const log = { mailId: mail.mailId, template: mail.template };
    const skipped = !stored
      ? 'its item is gone (erased or expired)'
      : stored.sentAt
        ? 'already sent'
        : typeof stored.expiresAt === 'number' && stored.expiresAt * 1000 <= now().getTime()
          ? 'expired'
          : undefined;
    if (skipped) {
      logger.info(`mail skipped: ${skipped}`, log);
      return;
    }

    // Outside the render `try`: a pepper that cannot be fetched now is a retry, not a drop.
    const sealed = mail.sealed === undefined ? undefined : { blob: mail.sealed, pepper: await pepper() };
    let rendered: RenderedMail;
    try {
      const secrets = sealed ? JSON.parse(unseal(sealed.blob, sealed.pepper)) : undefined;
      rendered = renderTemplate(
        mail.template,
        { ...(mail.data as object), ...(secrets ? { secrets } : {}) },
        mail.lang,
      );
    } catch (error) {
      drop(mail, nameOf(error));
      return;
    }

    // The sender's name and Reply-To come from settings; a failed read is a retry like any dependency.
    const sender = senderFor(await senderSettings(table, now().getTime()), mail.lang, config.mailFrom);
    await mailer.send({
      id: mail.mailId,
      to: mail.to,
      ...sender,
      language: mail.lang,
      template: mail.template,
      ...rendered,
    });
    metrics.count('MailSent');
    logger.info('mail sent', log);

    try {
      await table.doc.send(
        new UpdateCommand({
          TableName: table.name,
          Key: keys.mail(mail.mailId),
          UpdateExpression: 'SET #sentAt = :now',
          ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#sentAt)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sentAt': 'sentAt' },
          ExpressionAttributeValues: { ':now': now().toISOString() },
        }),
      );
    } catch (error) {
      // The mail is out: failing the record now would send it again. Erased or marked meanwhile is
      // fine; anything else leaves it unmarked, so only a replay of this record could repeat it.
      if (error instanceof ConditionalCheckFailedException)
        logger.info('mail sent: its item was erased or marked meanwhile', log);
      else logger.error('mail sent but not marked sent', { ...log, error: nameOf(error) });
    }
  }

  return async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
    const table = dependencies.table ?? defaultTable();
    const mailer = dependencies.mailer ?? defaultMailer();
    try {
      for (const [index, record] of event.Records.entries()) {
        try {
          await deliver(record, table, mailer);
        } catch (error) {
          const image = record.dynamodb?.NewImage;
          logger.warn('mail not sent: it and the rest of its batch are retried', {
            mailId: image?.mailId?.S,
            template: image?.template?.S,
            error: nameOf(error),
            reported: event.Records.length - index,
          });
          metrics.count('MailFailed');
          // An empty identifier (a record without a sequence number) makes Lambda retry the whole batch.
          return {
            batchItemFailures: event.Records.slice(index).map((later) => ({
              itemIdentifier: later.dynamodb?.SequenceNumber ?? '',
            })),
          };
        }
      }
      return { batchItemFailures: [] };
    } finally {
      metrics.flush();
    }
  };
}

/** The fields a mail item must have to be sent; undefined when it can never be. */
function mailFields(item: Record<string, unknown>): MailFields | undefined {
  const { mailId, template, to, lang, data, sealed } = item;
  if (typeof mailId !== 'string' || !mailId || typeof template !== 'string' || !template) return undefined;
  if (typeof to !== 'string' || !to.includes('@')) return undefined;
  if (sealed !== undefined && typeof sealed !== 'string') return undefined;
  if (data !== undefined && (typeof data !== 'object' || data === null)) return undefined;
  return { mailId, template, to, lang: isLanguage(lang) ? lang : 'sv', data: data ?? {}, sealed };
}

export const handler = createNotifier();
