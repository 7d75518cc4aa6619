import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { functions } from '../../functions/manifest';
import { config, setLocalEnvironment } from '../../shared/config';
import { contentSources } from '../../shared/content/default-source';
import { reconcile } from '../../shared/content/operational-copy';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { createDocumentClient } from '../../shared/table/client';
import { ensureTable } from './bootstrap-table';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local';
import { localIssuer } from './issuer';
import { startLocalSchedules } from './schedules';
import { createLocalServer } from './server';
import { localSecrets, localSettings, projectRoot } from './settings';
import { type StreamConsumer, startStreamPoller } from './stream-poller';

export interface LocalStackOptions {
  port?: number;
  host?: string;
  /** Folder for DynamoDB Local's files, the outbox, the issuer key and local secrets. */
  dataDir?: string;
  /** Use a DynamoDB Local that is already running instead of starting one. */
  dynamoEndpoint?: string;
  /** Keep DynamoDB Local in memory (tests). */
  inMemory?: boolean;
  tableName?: string;
  functions?: Record<string, FunctionSpec>;
  /** Public writes per client address per minute (cdk/local/server.ts); 0 for none. Default: WRITE_LIMIT_PER_MINUTE. */
  writeLimitPerMinute?: number;
}

export interface LocalStack {
  url: string;
  dynamoEndpoint: string;
  tableName: string;
  outboxDir: string;
  dataDir: string;
  contentDescription: string;
  contentDocuments: number;
  server: Server;
  stop(): Promise<void>;
}

/**
 * The whole system on one machine: DynamoDB Local with the table from the shared definition, the
 * content dataset, the notifier on the table stream writing .eml files, and every manifest route
 * served through the same handlers Lambda runs.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const defaults = localSettings();
  const dataDir = options.dataDir ? resolve(options.dataDir) : defaults.dataDir;
  const outboxDir = resolve(dataDir, 'outbox');
  const tableName = options.tableName ?? defaults.tableName;
  const manifest = options.functions ?? (functions as Record<string, FunctionSpec>);
  const secrets = localSecrets(dataDir);

  const dynamo: DynamoDbLocal | undefined = options.dynamoEndpoint
    ? undefined
    : await startDynamoDbLocal(options.inMemory ? {} : { dbPath: resolve(dataDir, 'dynamodb') });
  const dynamoEndpoint = options.dynamoEndpoint ?? (dynamo as DynamoDbLocal).endpoint;

  // The handlers run in this process and read their settings as in Lambda; a pepper, webhook secret
  // or dataset the caller already set is kept.
  setLocalEnvironment({ tableName, dynamoEndpoint, outboxDir, mailTransport: 'outbox', quietAwsSdk: 'true' });
  setLocalEnvironment(
    {
      region: config.region,
      emailPepper: secrets.emailPepper,
      webhookSecret: secrets.webhookSecret,
      contentDataset: defaults.datasetPath,
    },
    { keepExisting: true },
  );

  try {
    const doc = createDocumentClient(dynamoEndpoint);
    const { streamArn } = await ensureTable(doc, tableName);

    // The whole dataset is synced into the operational copy before the first request is served.
    const content = (await contentSources()).fresh;
    const synced = await reconcile({ name: tableName, doc }, content);
    doc.destroy();

    const consumers: StreamConsumer[] = [];
    for (const [name, spec] of Object.entries(manifest)) {
      if (!spec.streamFilter) continue;
      const module = await import(pathToFileURL(resolve(projectRoot, spec.entry)).href);
      consumers.push({ name, itemTypes: spec.streamFilter.itemTypes, handler: module.handler });
    }
    const poller = startStreamPoller({
      endpoint: dynamoEndpoint,
      streamArn,
      consumers,
      onError: (error) => console.error('stream poller:', (error as Error).message),
    });

    const stopSchedules = startLocalSchedules(manifest);
    const server = createLocalServer({
      functions: manifest,
      issuer: localIssuer(dataDir),
      outboxDir,
      writeLimitPerMinute: options.writeLimitPerMinute ?? config.writeLimitPerMinute,
      contentDataset: config.contentDataset,
    });
    const port = options.port ?? defaults.port;
    const host = options.host ?? defaults.host;
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(port, host, () => ok());
    });
    const address = server.address() as AddressInfo;
    const url = `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
    setLocalEnvironment({ publicBaseUrl: url }, { keepExisting: true });

    return {
      url,
      dynamoEndpoint,
      tableName,
      outboxDir,
      dataDir,
      contentDescription: content.description,
      contentDocuments: synced.documents,
      server,
      async stop() {
        await new Promise<void>((ok) => {
          server.close(() => ok());
          server.closeAllConnections();
        });
        stopSchedules();
        await poller.stop();
        await dynamo?.stop();
      },
    };
  } catch (error) {
    await dynamo?.stop();
    throw error;
  }
}
