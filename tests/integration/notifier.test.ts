import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeader } from '../../cdk/local/server';
import { mailPut } from '../../shared/email/mail-item';
import { keys } from '../../shared/table/keys';
import { startTestStack, type TestStack } from '../support/local-stack';
import { bodyOf, waitFor } from '../support/wait';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('notifier on the table stream', () => {
  it('renders a mail item in its language and writes it to the outbox as .eml', async () => {
    // Prepare
    const put = mailPut(
      stack.tableName,
      {
        template: 'notice',
        to: 'asa@example.org',
        lang: 'fi',
        data: {
          subject: { sv: 'Hej', fi: 'Tervetuloa verkostoon', en: 'Welcome' },
          body: { sv: 'Välkommen', fi: 'Tervetuloa, Åsa!', en: 'Welcome' },
        },
      },
      process.env.EMAIL_PEPPER ?? '',
      new Date(),
    );
    // Act
    await (await import('../../shared/table/client'))
      .defaultTable()
      .doc.send(new TransactWriteCommand({ TransactItems: [put] }));
    const file = await waitFor(async () =>
      (await readdir(stack.outboxDir).catch(() => [])).find((n) => n === `${put.Put.Item.mailId}.eml`),
    );
    // Assess
    const eml = await readFile(join(stack.outboxDir, file), 'utf8');
    expect(decodeHeader(/^Subject: (.*)$/m.exec(eml)?.[1])).toBe('Tervetuloa verkostoon');
    expect(eml).toContain('To: asa@example.org');
    expect(eml).toContain('Content-Language: fi');
    const body = Buffer.from(eml.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? '', 'base64').toString('utf8');
    expect(body).toContain('Tervetuloa, Åsa!');
    const listing = await bodyOf(await stack.request('/_local/outbox'));
    expect(listing.mails[0]).toMatchObject({ subject: 'Tervetuloa verkostoon', template: 'notice' });
  });

  it('marks the mail item sent once the outbox has it', async () => {
    // Prepare
    const { defaultTable } = await import('../../shared/table/client');
    const put = mailPut(
      stack.tableName,
      {
        template: 'notice',
        to: 'marked@example.org',
        lang: 'en',
        data: { subject: { sv: 'Hej', fi: 'Hei', en: 'Hello' }, body: { sv: 'Hej', fi: 'Hei', en: 'Hello' } },
      },
      process.env.EMAIL_PEPPER ?? '',
      new Date(),
    );
    // Act
    await defaultTable().doc.send(new TransactWriteCommand({ TransactItems: [put] }));
    const sentAt = await waitFor(
      async () =>
        (
          await defaultTable().doc.send(
            new GetCommand({
              TableName: stack.tableName,
              Key: keys.mail(put.Put.Item.mailId),
              ConsistentRead: true,
            }),
          )
        ).Item?.sentAt as string | undefined,
    );
    // Assess
    expect((await readdir(stack.outboxDir)).filter((n) => n === `${put.Put.Item.mailId}.eml`)).toHaveLength(
      1,
    );
    expect(Number.isNaN(Date.parse(sentAt))).toBe(false);
  });

  it('ignores stream records that are not mail', async () => {
    // Prepare
    const before = await readdir(stack.outboxDir).catch(() => [] as string[]);
    const { defaultTable } = await import('../../shared/table/client');
    const mail = mailPut(
      stack.tableName,
      {
        template: 'notice',
        to: 'after@example.org',
        lang: 'sv',
        data: {
          subject: { sv: 'Efter', fi: 'Jälkeen', en: 'After' },
          body: { sv: 'Hej', fi: 'Hei', en: 'Hi' },
        },
      },
      process.env.EMAIL_PEPPER ?? '',
      new Date(),
    );
    // Act: an item of another type with an address, then a mail behind it on the stream
    await defaultTable().doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: stack.tableName,
              Item: { pk: 'X', sk: 'Y', type: 'other', to: 'b@example.org' },
            },
          },
        ],
      }),
    );
    await defaultTable().doc.send(new TransactWriteCommand({ TransactItems: [mail] }));
    await waitFor(async () =>
      (await readdir(stack.outboxDir).catch(() => [] as string[])).includes(`${mail.Put.Item.mailId}.eml`),
    );
    // Assess: the record before the mail was read and sent nothing
    const added = (await readdir(stack.outboxDir)).filter((n) => !before.includes(n));
    expect(added).toEqual([`${mail.Put.Item.mailId}.eml`]);
  });
});
