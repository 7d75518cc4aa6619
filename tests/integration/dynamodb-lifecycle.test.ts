import { describe, expect, it } from 'vitest';
import { isAlive, runTsx } from '../support/processes';
import { waitFor } from '../support/wait';

const fixture = 'tests/support/fixtures/dynamodb-exit-path.ts';
const javaPid = (output: string) => Number(/pid=(\d+)/.exec(output)?.[1] ?? 0) || undefined;

describe('DynamoDB Local never outlives its Node process', () => {
  it.each([
    ['a normal exit', 'exit', undefined],
    ['an uncaught exception', 'throw', undefined],
    ['SIGTERM', 'signal', 'SIGTERM'],
    ['SIGINT (Ctrl-C)', 'signal', 'SIGINT'],
  ] as const)('stops Java on %s', async (_name, way, signal) => {
    // Prepare
    const run = runTsx(fixture, [way]);
    const pid = await waitFor(async () => javaPid(run.output()), 30_000);
    expect(isAlive(pid)).toBe(true);
    // Act
    if (signal) run.child.kill(signal);
    await run.exited;
    // Assess
    await waitFor(async () => !isAlive(pid), 5_000);
    expect(isAlive(pid)).toBe(false);
  });
});
