import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, MailMessage } from './message';
import { renderMime } from './mime';

/**
 * Bounds on one SES attempt (connect; inactivity on a connected socket). The SDK's defaults wait for
 * ever on a socket that never answers; with these a stuck attempt fails, the SDK retries it (as it
 * does throttling and 5xx), and what still fails is an error the notifier reports, so the stream
 * retries the record well inside the function's 30 s timeout.
 */
export const SES_TIMEOUTS = { connectionTimeoutMs: 1_000, socketTimeoutMs: 5_000 } as const;

const defaultClient = () =>
  new SESv2Client({
    maxAttempts: 3,
    requestHandler: {
      connectionTimeout: SES_TIMEOUTS.connectionTimeoutMs,
      socketTimeout: SES_TIMEOUTS.socketTimeoutMs,
    },
  });

/**
 * SES v2 with the raw MIME message, so attachments (.ics) travel as rendered. Every failure (throttling,
 * 5xx, a timeout, a rejection) is thrown as the SDK raised it: the caller decides what is retried.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client = defaultClient(),
    /** The SES configuration set (reputation metrics, TLS required, suppression list), when the stack has one. */
    private readonly configurationSet?: string,
  ) {}

  async send(message: MailMessage): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        ...(this.configurationSet ? { ConfigurationSetName: this.configurationSet } : {}),
        Destination: { ToAddresses: [message.to] },
        Content: { Raw: { Data: Buffer.from(renderMime(message), 'utf8') } },
      }),
    );
  }
}
