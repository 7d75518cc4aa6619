import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { SecretsManagerServiceException } from '@aws-sdk/client-secrets-manager';
import { SESv2Client, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingRecords, repairEmptyMaps, startStreamPoller } from '../../cdk/local/stream-poller';
import { createNotifier, type NotifierDependencies } from '../../functions/notifier/handler';
import { createMailMetrics, type MailMetricName } from '../../functions/notifier/metrics';
import { seal } from '../../shared/crypto';
import { MAIL_TTL_SECONDS, mailPut } from '../../shared/email/mail-item';
import type { Mailer, MailMessage } from '../../shared/email/message';
import { OutboxMailer } from '../../shared/email/outbox-mailer';
import { SesMailer } from '../../shared/email/ses-mailer';
import { logger } from '../../shared/observability/logger';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { keys } from '../../shared/table/keys';
import { readOutbox } from '../support/mail';
import { freshTable } from '../support/table';
import { at } from '../support/test-clock';
import { waitFor } from '../support/wait';

/**
 * The notifier against DynamoDB Local with its dependencies injected: the mail items are written to a
 * fresh table and the notifier is invoked with the records the table stream really holds for them, as
 * Lambda would, while the pepper, SES and the outbox fail on cue.
 */
const pepper = 'notifier-delivery-pepper-not-a-secret';
const createdAt = new Date(at('2029-06-01T09:00:00.000Z'));
const sendingAt = new Date(at('2029-06-01T09:00:05.000Z'));

let table: Table & { streamArn: string; endpoint: string };
let streams: DynamoDBStreamsClient;
beforeAll(async () => {
  table = await freshTable('notifier');
  streams = new DynamoDBStreamsClient({
    endpoint: table.endpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(() => {
  streams?.destroy();
  table?.doc.destroy();
});

const registration = (n: number) => ({
  registrationId: `reg-${n}`,
  name: `Person ${n}`,
  eventId: 'event-1',
  eventTitle: { sv: 'Seminarium om likabehandling', fi: 'Yhdenvertaisuusseminaari', en: 'Equality seminar' },
  place: { sv: 'Vasa', fi: 'Vaasa', en: 'Vaasa' },
  onlineUrl: null,
  startsAt: at('2029-09-10T09:00:00.000Z'),
  endsAt: at('2029-09-10T12:00:00.000Z'),
});

/** Writes mail items as a write path does (mailPut in a transaction); returns their ids in order. */
async function writeMails(
  count: number,
  options: { sealed?: boolean; into?: typeof table } = {},
): Promise<string[]> {
  const into = options.into ?? table;
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const put = mailPut(
      into.name,
      {
        template: 'registration-link',
        to: `person${n}@example.org`,
        lang: 'sv',
        data: registration(n),
        ...(options.sealed ? { secrets: { manageToken: `manage-token-${n}` } } : {}),
      },
      pepper,
      createdAt,
    );
    await into.doc.send(new TransactWriteCommand({ TransactItems: [put] }));
    ids.push(put.Put.Item.mailId);
  }
  return ids;
}

/** Every record of the table's stream, repaired as the local poller repairs them, in stream order. */
async function allStreamRecords(of = table) {
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: of.streamArn }));
  const out = [];
  for (const shard of StreamDescription?.Shards ?? []) {
    let { ShardIterator: iterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: of.streamArn,
        ShardId: shard.ShardId,
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    while (iterator) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      out.push(...(page.Records ?? []).map(repairEmptyMaps));
      iterator = page.Records?.length ? page.NextShardIterator : undefined;
    }
  }
  return out.sort((a, b) =>
    BigInt(a.dynamodb?.SequenceNumber ?? 0) < BigInt(b.dynamodb?.SequenceNumber ?? 0) ? -1 : 1,
  );
}

/** The INSERT records of these mail items, in the order of the ids, as the notifier's mapping passes them. */
async function insertsOf(mailIds: readonly string[]): Promise<DynamoDBRecord[]> {
  return waitFor(async () => {
    const inserts = matchingRecords(await allStreamRecords(), ['mail']);
    const found = mailIds.map((id) => inserts.find((r) => r.dynamodb?.NewImage?.mailId?.S === id));
    return found.every(Boolean) ? (found as DynamoDBRecord[]) : undefined;
  });
}

const sequenceNumbers = (records: readonly DynamoDBRecord[]) =>
  records.map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber }));

/** The local outbox, with every send counted by mail id, failing on cue with the errors in `faults`. */
function outboxWithFaults() {
  const dir = mkdtempSync(join(tmpdir(), 'notifier-outbox-'));
  const outbox = new OutboxMailer(dir);
  const sends: string[] = [];
  const faults: Array<{ mailId?: string; error: () => Error }> = [];
  const mailer: Mailer = {
    async send(message: MailMessage) {
      const fault = faults.findIndex((f) => !f.mailId || f.mailId === message.id);
      if (fault >= 0) throw faults.splice(fault, 1)[0]?.error();
      await outbox.send(message);
      sends.push(message.id);
    },
  };
  return { dir, mailer, sends, faults };
}

/** What the notifier counted, read from the EMF documents it would have written. */
function metricsRecorder() {
  const documents: Array<Record<string, any>> = [];
  const metrics = createMailMetrics((document) => documents.push(document));
  const total = (name: MailMetricName) =>
    documents.reduce((sum, document) => {
      const value = document[name] ?? 0;
      return sum + (Array.isArray(value) ? value.reduce((a: number, b: number) => a + b, 0) : value);
    }, 0);
  return { metrics, documents, total };
}

function notifier(overrides: Partial<NotifierDependencies>) {
  return createNotifier({
    table,
    pepper: async () => pepper,
    now: () => sendingAt,
    ...overrides,
  });
}

const sentAtOf = async (mailId: string, of = table) =>
  (await of.doc.send(new GetCommand({ TableName: of.name, Key: keys.mail(mailId), ConsistentRead: true })))
    .Item?.sentAt;

/** Runs `act` with the shared logger at INFO and returns the JSON lines it wrote (not shown). */
async function capturingLogs(act: () => Promise<unknown>): Promise<Array<Record<string, any>>> {
  const written: string[] = [];
  const streamsOut = [process.stdout, process.stderr] as const;
  const writes = streamsOut.map((stream) => stream.write);
  for (const stream of streamsOut)
    stream.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof stream.write;
  logger.setLogLevel('INFO');
  try {
    await act();
  } finally {
    streamsOut.forEach((stream, i) => {
      stream.write = writes[i] as typeof stream.write;
    });
    logger.setLogLevel('SILENT');
  }
  return written.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((line) => JSON.parse(line));
}

describe('notifier: no mail dropped for a dependency failure, none sent twice', () => {
  it('reports the record while the pepper and then SES fail, and after recovery the mail is in the outbox once', async () => {
    // Prepare: a mail with a sealed manage link; Secrets Manager throttles once, then SES does
    const [mailId = ''] = await writeMails(1, { sealed: true });
    const records = await insertsOf([mailId]);
    const outbox = outboxWithFaults();
    outbox.faults.push({
      error: () =>
        new TooManyRequestsException({ message: 'Too Many Requests', $metadata: { httpStatusCode: 429 } }),
    });
    const secretFailures = [
      () =>
        new SecretsManagerServiceException({
          name: 'ThrottlingException',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
          message: 'Rate exceeded',
        }),
    ];
    const { metrics, total } = metricsRecorder();
    const handler = notifier({
      mailer: outbox.mailer,
      metrics,
      pepper: async () => {
        const failure = secretFailures.shift();
        if (failure) throw failure();
        return pepper;
      },
    });

    // Act
    const whileSecretsFail = await handler({ Records: records });
    const whileSesThrottles = await handler({ Records: records });
    const recovered = await handler({ Records: records });
    const replayed = await handler({ Records: records });

    // Assess
    expect(whileSecretsFail.batchItemFailures).toEqual(sequenceNumbers(records));
    expect(whileSesThrottles.batchItemFailures).toEqual(sequenceNumbers(records));
    expect(recovered.batchItemFailures).toEqual([]);
    expect(replayed.batchItemFailures).toEqual([]);
    expect(outbox.sends).toEqual([mailId]);
    const mails = await readOutbox(outbox.dir);
    expect(mails.map((m) => m.file)).toEqual([`${mailId}.eml`]);
    expect(mails[0]?.to).toBe('person1@example.org');
    expect(mails[0]?.text).toContain('/sv/registrations/manage-token-1');
    expect(await sentAtOf(mailId)).toBe(sendingAt.toISOString());
    expect([total('MailFailed'), total('MailSent'), total('MailDropped')]).toEqual([2, 1, 0]);
  });

  it('reports the record while SES answers 429 or 5xx through the SDK, and sends it once when SES accepts', async () => {
    // Prepare: the real SES mailer over a transport that answers as SES does
    const [mailId = ''] = await writeMails(1);
    const records = await insertsOf([mailId]);
    const answers = [
      { status: 429, type: 'TooManyRequestsException' },
      { status: 500, type: 'InternalFailure' },
      { status: 503, type: 'ServiceUnavailable' },
    ];
    const accepted: string[] = [];
    const configurationSets: unknown[] = [];
    const requestHandler = {
      async handle(request: { body?: unknown }) {
        const answer = answers.shift();
        if (!answer) {
          const json =
            typeof request.body === 'string'
              ? request.body
              : new TextDecoder().decode(request.body as Uint8Array);
          const sent = JSON.parse(json);
          configurationSets.push(sent.ConfigurationSetName);
          accepted.push(Buffer.from(sent.Content.Raw.Data, 'base64').toString('utf8'));
        }
        const body = answer ? { message: answer.type } : { MessageId: 'ses-message-1' };
        return {
          response: {
            statusCode: answer?.status ?? 200,
            headers: {
              'content-type': 'application/json',
              ...(answer ? { 'x-amzn-errortype': answer.type } : {}),
            },
            body: Readable.from([Buffer.from(JSON.stringify(body))]),
          },
        };
      },
    };
    const ses = new SESv2Client({
      region: 'eu-north-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
      requestHandler: requestHandler as never,
    });
    const { metrics, total } = metricsRecorder();
    const handler = notifier({ mailer: new SesMailer(ses, 'network-mail'), metrics });

    // Act
    const failed = [];
    for (let i = 0; i < 3; i++) failed.push((await handler({ Records: records })).batchItemFailures);
    const recovered = await handler({ Records: records });
    const replayed = await handler({ Records: records });

    // Assess
    expect(failed).toEqual([sequenceNumbers(records), sequenceNumbers(records), sequenceNumbers(records)]);
    expect(recovered.batchItemFailures).toEqual([]);
    expect(replayed.batchItemFailures).toEqual([]);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toContain(`Message-ID: <${mailId}@equality-network>`);
    expect(configurationSets).toEqual(['network-mail']);
    expect([total('MailFailed'), total('MailSent')]).toEqual([3, 1]);
    ses.destroy();
  });

  it('sends records 1–3 of 10 when record 4 fails and reports 4–10; the retry sends 4–10 once; a replay sends nothing', async () => {
    // Prepare
    const ids = await writeMails(10);
    const records = await insertsOf(ids);
    const outbox = outboxWithFaults();
    outbox.faults.push({ mailId: ids[3], error: () => Object.assign(new Error('EIO'), { name: 'EIO' }) });
    const { metrics, total } = metricsRecorder();
    const handler = notifier({ mailer: outbox.mailer, metrics });

    // Act
    const first = await handler({ Records: records });
    const sentAfterFirst = [...outbox.sends];
    const marksAfterFirst = await Promise.all(ids.map((id) => sentAtOf(id)));
    const retried = await handler({ Records: records.slice(3) });
    const replayed = await handler({ Records: records });

    // Assess
    expect(first.batchItemFailures).toEqual(sequenceNumbers(records.slice(3)));
    expect(sentAfterFirst).toEqual(ids.slice(0, 3));
    expect(marksAfterFirst.map(Boolean)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(retried.batchItemFailures).toEqual([]);
    expect(replayed.batchItemFailures).toEqual([]);
    expect(outbox.sends).toEqual(ids);
    expect((await readOutbox(outbox.dir)).map((m) => m.file).sort()).toEqual(
      ids.map((id) => `${id}.eml`).sort(),
    );
    expect([total('MailSent'), total('MailFailed'), total('MailDropped')]).toEqual([10, 1, 0]);
  });

  it('drops a mail that can never render (not reported), logs it without the address and counts MailDropped', async () => {
    // Prepare: an unknown template, invalid data, a sealed blob that cannot be opened; then a good mail
    const broken = [
      { mailId: 'broken-template', template: 'no-such-template', data: {} },
      { mailId: 'broken-data', template: 'registration-link', data: { name: 'Person' } },
      {
        mailId: 'broken-seal',
        template: 'registration-link',
        data: registration(1),
        sealed: seal(JSON.stringify({ manageToken: 'token' }), 'some-other-pepper'),
      },
    ];
    for (const mail of broken)
      await table.doc.send(
        new PutCommand({
          TableName: table.name,
          Item: {
            ...keys.mail(mail.mailId),
            type: 'mail',
            to: `${mail.mailId}@example.org`,
            lang: 'fi',
            createdAt: createdAt.toISOString(),
            expiresAt: Math.floor(createdAt.getTime() / 1000) + MAIL_TTL_SECONDS,
            ...mail,
          },
        }),
      );
    const [good = ''] = await writeMails(1, { sealed: true });
    const records = await insertsOf([...broken.map((m) => m.mailId), good]);
    const outbox = outboxWithFaults();
    const { metrics, documents, total } = metricsRecorder();
    const handler = notifier({ mailer: outbox.mailer, metrics });

    // Act
    let result: Awaited<ReturnType<typeof handler>> | undefined;
    const logs = await capturingLogs(async () => {
      result = await handler({ Records: records });
    });

    // Assess
    expect(result?.batchItemFailures).toEqual([]);
    expect(outbox.sends).toEqual([good]);
    const dropped = logs.filter((entry) => entry.message === 'mail dropped: it can never be rendered');
    expect(dropped.map(({ mailId, template, error }) => ({ mailId, template, error }))).toEqual([
      { mailId: 'broken-template', template: 'no-such-template', error: 'Error' },
      { mailId: 'broken-data', template: 'registration-link', error: 'RangeError' },
      { mailId: 'broken-seal', template: 'registration-link', error: 'Error' },
    ]);
    expect(dropped.every((entry) => entry.level === 'ERROR')).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('@example.org');
    expect(JSON.stringify(logs)).not.toContain('Person');
    expect(total('MailDropped')).toBe(3);
    expect(total('MailSent')).toBe(1);
    expect(documents[0]?.service).toBe('notifier');
    expect(documents[0]?._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'EqualityNetwork',
        Dimensions: [['service']],
        Metrics: expect.arrayContaining([
          { Name: 'MailDropped', Unit: 'Count' },
          { Name: 'MailSent', Unit: 'Count' },
        ]),
      },
    ]);
  });

  it('sends nothing for a mail item erased by a data-subject request or expired, and reports nothing', async () => {
    // Prepare: one mail erased before the notifier sees it, one whose TTL has passed
    const [erased = '', expired = ''] = await writeMails(2);
    const records = await insertsOf([erased, expired]);
    await table.doc.send(new DeleteCommand({ TableName: table.name, Key: keys.mail(erased) }));
    const outbox = outboxWithFaults();
    const { metrics, total } = metricsRecorder();
    const later = new Date(createdAt.getTime() + (MAIL_TTL_SECONDS + 60) * 1000);
    const erasedOnly = notifier({ mailer: outbox.mailer, metrics });
    const afterExpiry = notifier({ mailer: outbox.mailer, metrics, now: () => later });

    // Act
    const first = await erasedOnly({ Records: records.slice(0, 1) });
    const second = await afterExpiry({ Records: records.slice(1) });

    // Assess
    expect([first.batchItemFailures, second.batchItemFailures]).toEqual([[], []]);
    expect(outbox.sends).toEqual([]);
    expect(await sentAtOf(expired)).toBeUndefined();
    expect([total('MailSent'), total('MailFailed'), total('MailDropped')]).toEqual([0, 0, 0]);
  });

  it('does not report a mail that was sent although marking it sent failed (reporting it would send it again)', async () => {
    // Prepare: a table client whose UpdateItem fails
    const [mailId = ''] = await writeMails(1);
    const records = await insertsOf([mailId]);
    const doc = createDocumentClient(table.endpoint);
    doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'UpdateItemCommand')
          throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
        return next(args);
      },
      { step: 'initialize', name: 'failUpdates' },
    );
    const outbox = outboxWithFaults();
    const handler = notifier({ mailer: outbox.mailer, table: { name: table.name, doc } });

    // Act
    const result = await handler({ Records: records });

    // Assess
    expect(result.batchItemFailures).toEqual([]);
    expect(outbox.sends).toEqual([mailId]);
    expect(await sentAtOf(mailId)).toBeUndefined();
    doc.destroy();
  });
});

describe('notifier behind the local stream poller', () => {
  it('retries a failed send from the stream, sends it once, and is not invoked for the MODIFY of sentAt', async () => {
    // Prepare: a table of its own with the poller on its stream; the outbox fails the mail's first send
    const own = await freshTable('notifier-poller');
    const outbox = outboxWithFaults();
    const invoked: string[] = [];
    const handler = notifier({ mailer: outbox.mailer, table: own });
    const [mailId = ''] = await writeMails(1, { into: own });
    outbox.faults.push({ mailId, error: () => Object.assign(new Error('ENOSPC'), { name: 'ENOSPC' }) });
    const poller = startStreamPoller({
      endpoint: own.endpoint,
      streamArn: own.streamArn,
      intervalMs: 20,
      retryDelayMs: 10,
      consumers: [
        {
          name: 'notifier',
          itemTypes: ['mail'],
          handler: async (event) => {
            invoked.push(...event.Records.map((r) => `${r.eventName} ${r.dynamodb?.NewImage?.mailId?.S}`));
            return handler(event);
          },
        },
      ],
    });

    try {
      // Act: the mail is sent and marked (a MODIFY on the stream); a second mail comes after it
      await waitFor(() => sentAtOf(mailId, own));
      const [next = ''] = await writeMails(1, { into: own });
      await waitFor(() => sentAtOf(next, own));
      const stream = await allStreamRecords(own);

      // Assess: the poller read past the MODIFY (same shard, before the second mail) and left it alone
      const modify = stream.find(
        (r) => r.eventName === 'MODIFY' && r.dynamodb?.NewImage?.mailId?.S === mailId,
      );
      const nextInsert = stream.find(
        (r) => r.eventName === 'INSERT' && r.dynamodb?.NewImage?.mailId?.S === next,
      );
      expect(modify?.dynamodb?.NewImage?.sentAt?.S).toBe(sendingAt.toISOString());
      expect(BigInt(modify?.dynamodb?.SequenceNumber ?? 'x')).toBeLessThan(
        BigInt(nextInsert?.dynamodb?.SequenceNumber ?? 'x'),
      );
      expect(outbox.sends).toEqual([mailId, next]);
      expect(invoked).toEqual([`INSERT ${mailId}`, `INSERT ${mailId}`, `INSERT ${next}`]);
    } finally {
      await poller.stop();
      own.doc.destroy();
    }
  });
});
