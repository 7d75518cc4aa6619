import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '../../cdk/local/local-stack';
import { httpEvent } from '../support/events';
import { median, percentile } from './report';

const REQUESTS = 1000;

/** /health through the local server (HTTP, routing, event shape) next to the bare handler call. */
export async function measureHealth() {
  const stack = await startLocalStack({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-health-')),
    port: 0,
    inMemory: true,
    writeLimitPerMinute: 0,
  });
  try {
    const { handler } = await import('../../functions/service/handler');
    const timed = async (fn: () => Promise<unknown>) => {
      for (let i = 0; i < 50; i++) await fn();
      const samples: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const t = performance.now();
        await fn();
        samples.push(performance.now() - t);
      }
      return {
        p50: median(samples),
        p99: percentile(samples, 99),
        mean: samples.reduce((a, b) => a + b, 0) / samples.length,
      };
    };
    const server = await timed(async () => (await fetch(`${stack.url}/health`)).arrayBuffer());
    const direct = await timed(() => handler(httpEvent('GET /health')));
    return { requests: REQUESTS, server, direct };
  } finally {
    await stack.stop();
  }
}
