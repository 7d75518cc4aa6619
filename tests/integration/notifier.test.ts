import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeader } from '../../cdk/local/server';
import { mailPut } from '../../shared/email/mail-item';
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

  it('ignores stream records that are not mail', async () => {
    // Prepare
    const before = (await readdir(stack.outboxDir).catch(() => [])).length;
    const { defaultTable } = await import('../../shared/table/client');
    // Act
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
    await new Promise((r) => setTimeout(r, 1500));
    // Assess
    expect((await readdir(stack.outboxDir).catch(() => [])).length).toBe(before);
  });
});
