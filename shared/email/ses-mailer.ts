import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, MailMessage } from './message';
import { renderMime } from './mime';

/** SES v2 with the raw MIME message, so attachments (.ics) travel as rendered. */
export class SesMailer implements Mailer {
  constructor(private readonly client: SESv2Client = new SESv2Client({})) {}

  async send(message: MailMessage): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        Destination: { ToAddresses: [message.to] },
        Content: { Raw: { Data: Buffer.from(renderMime(message), 'utf8') } },
      }),
    );
  }
}
