import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { decodeHeader } from '../../cdk/local/server';
import { ulid } from '../../shared/crypto';
import { createDocumentClient } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { waitFor } from './wait';

export interface ParsedMail {
  file: string;
  headers: Record<string, string>;
  subject: string;
  to: string;
  template: string;
  language: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

const decodeBody = (part: string) => {
  const [head = '', ...rest] = part.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n').trim();
  return {
    head,
    content: /base64/i.test(head) ? Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8') : body,
  };
};

/** Reads an .eml as the notifier wrote it: headers, the text part, and attachments decoded. */
export function parseMail(file: string, eml: string): ParsedMail {
  const [headerBlock = ''] = eml.split('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerBlock.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  const boundary = /boundary="([^"]+)"/.exec(headers['content-type'] ?? '')?.[1];
  let text = '';
  const attachments: ParsedMail['attachments'] = [];
  if (boundary) {
    for (const part of eml.split(`--${boundary}`).slice(1, -1)) {
      const { head, content } = decodeBody(part.replace(/^\r\n/, ''));
      const filename = /filename="([^"]+)"/.exec(head)?.[1];
      if (filename)
        attachments.push({
          filename,
          contentType: /Content-Type: ([^;\r\n]+)/.exec(head)?.[1] ?? '',
          content,
        });
      else text = content;
    }
  } else {
    text = decodeBody(eml).content;
  }
  return {
    file,
    headers,
    subject: decodeHeader(headers.subject) ?? '',
    to: headers.to ?? '',
    template: headers['x-mail-template'] ?? '',
    language: headers['content-language'] ?? '',
    text,
    attachments,
  };
}

export async function readOutbox(dir: string): Promise<ParsedMail[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort();
  return Promise.all(names.map(async (n) => parseMail(n, await readFile(join(dir, n), 'utf8'))));
}

/** Waits for the mail to `to` made from `template` (the notifier runs on the stream, a moment later). */
export function waitForMail(dir: string, to: string, template: string, timeoutMs = 10_000) {
  return waitFor(
    async () => (await readOutbox(dir)).find((m) => m.to.includes(to) && m.template === template),
    timeoutMs,
  );
}

/** Unfolds an iCalendar file and reads its properties (last one wins). */
export function icsProperties(ics: string): Record<string, string> {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const out: Record<string, string> = {};
  for (const line of unfolded.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).split(';')[0] ?? ''] = line.slice(i + 1);
  }
  return out;
}

/**
 * Waits until the notifier has caught up with every mail item written so far: puts a mail item of its
 * own behind them on the table stream and waits for it in the outbox. The stream poller delivers in
 * stream order, so once this one is out, every earlier mail was sent (or dropped) too. Use it before
 * asserting that a mail was NOT sent, instead of sleeping and hoping.
 */
export async function settleMail(stack: { dynamoEndpoint: string; tableName: string; outboxDir: string }) {
  const mailId = ulid();
  const to = `settle-${mailId.toLowerCase()}@example.org`;
  await createDocumentClient(stack.dynamoEndpoint).send(
    new PutCommand({
      TableName: stack.tableName,
      Item: {
        ...keys.mail(mailId),
        type: 'mail',
        mailId,
        template: 'notice',
        to,
        lang: 'sv',
        data: { subject: { sv: 'Avstämning' }, body: { sv: 'Testens avstämning av utkorgen.' } },
        createdAt: new Date().toISOString(),
        expiresAt: Math.floor(Date.now() / 1000) + 3600,
      },
    }),
  );
  await waitFor(async () => (await readOutbox(stack.outboxDir)).some((mail) => mail.to.includes(to)), 20_000);
}
