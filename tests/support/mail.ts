import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { decodeHeader } from '../../cdk/local/server';
import { resetRetentionCache } from '../../shared/content/settings-cache';
import { emailHash, ulid, unseal } from '../../shared/crypto';
import type { MailBudget } from '../../shared/email/mail-budget';
import { getSecret } from '../../shared/secrets';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { tableDefinition } from '../../shared/table/definition';
import { keys, personIndexKeys } from '../../shared/table/keys';
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

/** A mail item as written with the change that asked for it, its secret links opened. */
export interface MailItem {
  mailId: string;
  template: string;
  to: string;
  lang: string;
  data: Record<string, any>;
  secrets: Record<string, string>;
  createdAt: string;
}

/**
 * Every mail item to an address, oldest first: one Query on the person index (mail items carry the
 * address's HMAC), the sealed links opened with the pepper as the notifier does. Secret links travel
 * only in mail, so this is how a test gets them; it sees the mail the moment the write is made, and
 * only mail that was queued (over the mail budget nothing is).
 */
export async function mailItemsTo(table: Table, pepper: string, email: string): Promise<MailItem[]> {
  const items: MailItem[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: tableDefinition.personIndex.name,
        KeyConditionExpression: 'personKey = :person AND begins_with(personSort, :mail)',
        ExpressionAttributeValues: {
          ':person': personIndexKeys.person(emailHash(email, pepper)),
          ':mail': personIndexKeys.sort('MAIL', ''),
        },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? [])
      items.push({
        mailId: String(item.mailId),
        template: String(item.template),
        to: String(item.to),
        lang: String(item.lang),
        data: item.data ?? {},
        secrets: item.sealed ? JSON.parse(unseal(String(item.sealed), pepper)) : {},
        createdAt: String(item.createdAt),
      });
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items.sort((a, b) => a.mailId.localeCompare(b.mailId));
}

/** The mail of a running local stack (its table, the pepper its handlers use). */
export function stackMail(stack: { dynamoEndpoint: string; tableName: string }) {
  const table: Table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
  const to = async (email: string, template?: string) =>
    (await mailItemsTo(table, await getSecret('emailPepper'), email)).filter(
      (m) => !template || m.template === template,
    );
  const newestSecret = async (email: string, secret: string, idField: string, id?: string) => {
    const mail = await waitFor(async () =>
      (await to(email)).filter((m) => m.secrets[secret] && (!id || m.data[idField] === id)).at(-1),
    );
    return String(mail.secrets[secret]);
  };
  return {
    /** Every mail item to `email` (of `template`), oldest first. */
    to,
    /** The newest mail item to `email` of `template`, waiting for it to be written. */
    latest: (email: string, template: string) => waitFor(async () => (await to(email, template)).at(-1)),
    /** The registration's manage link mailed to `email` (the newest one; of that registration, if given). */
    manageToken: (email: string, registrationId?: string) =>
      newestSecret(email, 'manageToken', 'registrationId', registrationId),
    /** The application's edit link mailed to `email` (the newest one; of that application, if given). */
    editToken: (email: string, applicationId?: string) =>
      newestSecret(email, 'editToken', 'applicationId', applicationId),
  };
}

/**
 * Sets the mail budget in the running stack's settings (as an editor would in the Studio), for a test
 * that mails the same few seed addresses more often than a network normally does (several nomination
 * rounds opened within minutes), so the budget does not decide what it asserts.
 */
export async function setMailBudget(
  stack: { dynamoEndpoint: string; tableName: string },
  budget: MailBudget,
) {
  await createDocumentClient(stack.dynamoEndpoint).send(
    new UpdateCommand({
      TableName: stack.tableName,
      Key: keys.contentSnapshot('settings'),
      UpdateExpression: 'SET mailBudget = :budget',
      ExpressionAttributeValues: { ':budget': budget },
    }),
  );
  resetRetentionCache();
}
