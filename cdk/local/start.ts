import './quiet-sdk';
import { startLocalStack } from './local-stack';

/**
 * `npm start`: the whole platform on http://localhost:3000 (PORT to change) with its embedded
 * defaults. Ctrl-C or SIGTERM stops the server, the stream poller and DynamoDB Local (Java).
 */
const started = Date.now();
const stack = await startLocalStack();

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

console.log(
  `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: API ${stack.url} · staff console ${stack.url}/sv/console · contract ${stack.url}/openapi.json · outbox ${stack.url}/_local/outbox · ` +
    `DynamoDB Local ${stack.dynamoEndpoint} (table ${stack.tableName}) · content: ${stack.contentDocuments} documents from ${stack.contentDescription} · admin token: npm run token -- coordinator`,
);
