import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, MailMessage } from './message';
import { renderMime } from './mime';

/** Local stand-in for SES: each mail becomes `<id>.eml` in the outbox folder (written atomically). */
export class OutboxMailer implements Mailer {
  constructor(private readonly dir: string) {}

  async send(message: MailMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `${message.id}.eml`);
    await writeFile(`${file}.tmp`, renderMime(message), 'utf8');
    await rename(`${file}.tmp`, file);
  }
}
