import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../cdk/local/ports';
import { isAlive, runTsx } from '../support/processes';
import { waitFor } from '../support/wait';

describe('npm start', () => {
  it('prints the ready line within 20 s, serves /health, and Ctrl-C leaves no Java behind', async () => {
    // Prepare
    const port = await freePort();
    const started = Date.now();
    const run = runTsx('cdk/local/start.ts', [], {
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'npm-start-')),
    });
    // Act
    const ready = await waitFor(async () => /^Ready in .*$/m.exec(run.output())?.[0], 20_000);
    const elapsed = Date.now() - started;
    const health = await fetch(`http://localhost:${port}/health`);
    const javaPid = await findJava(run.child.pid ?? 0);
    run.child.kill('SIGINT');
    const exit = await run.exited;
    // Assess
    expect(elapsed).toBeLessThan(20_000);
    expect(ready).toContain(`http://localhost:${port}`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(exit.code).toBe(0);
    expect(javaPid).toBeGreaterThan(0);
    await waitFor(async () => !isAlive(javaPid), 5_000);
  });
});

/** The Java child of a process, from /proc (Linux, as on these machines). */
async function findJava(parentPid: number): Promise<number> {
  const { readdir, readFile } = await import('node:fs/promises');
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (ppid === parentPid && cmdline.includes('DynamoDBLocal')) return Number(entry);
  }
  return 0;
}
