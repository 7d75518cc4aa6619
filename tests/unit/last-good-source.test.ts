import { describe, expect, it } from 'vitest';
import type { ContentSource } from '../../shared/content/content-source';
import { LastGoodContentSource } from '../../shared/content/last-good-source';

const unreachable = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
const serverError = () =>
  Object.assign(new Error('GET-request resulted in HTTP 502'), {
    statusCode: 502,
    response: { statusCode: 502 },
  });

function flaky() {
  let failure: (() => Error) | undefined;
  let calls = 0;
  const source: ContentSource = {
    description: 'test',
    fetch: async <T>(query: string, params: Record<string, unknown> = {}) => {
      calls++;
      if (failure) throw failure();
      return { query, id: params.id, call: calls } as T;
    },
  };
  const fail = (next: (() => Error) | undefined) => {
    failure = next;
  };
  return { source, fail, calls: () => calls };
}

describe('LastGoodContentSource', () => {
  it('fetches fresh while the source answers, and serves the last good answer while it fails', async () => {
    // Prepare
    let now = 0;
    const inner = flaky();
    const cache = new LastGoodContentSource(inner.source, { maxStaleMs: 60_000, clock: () => now });
    const first = await cache.fetch('q', { id: 'a', now: '2026-01-01' });
    const second = await cache.fetch('q', { id: 'a', now: '2026-01-02' });

    // Act
    inner.fail(unreachable);
    now = 59_000;
    const stale = await cache.fetch('q', { id: 'a', now: '2026-01-03' });
    inner.fail(serverError);
    const staleAgain = await cache.fetch('q', { id: 'a', now: '2026-01-04' });

    // Assess
    expect(first).toMatchObject({ call: 1 });
    expect(second).toMatchObject({ call: 2 });
    expect(stale).toEqual(second);
    expect(staleAgain).toEqual(second);
  });

  it('fails with the dependency error when nothing is kept, or what it kept is too old', async () => {
    // Prepare
    let now = 0;
    const inner = flaky();
    const cache = new LastGoodContentSource(inner.source, { maxStaleMs: 60_000, clock: () => now });
    await cache.fetch('q', { id: 'a' });
    inner.fail(unreachable);

    // Act & Assess
    await expect(cache.fetch('q', { id: 'b' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    now = 60_001;
    await expect(cache.fetch('q', { id: 'a' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('never masks an error that is not a dependency failing', async () => {
    // Prepare
    const inner = flaky();
    const cache = new LastGoodContentSource(inner.source);
    await cache.fetch('q');
    inner.fail(() => new SyntaxError('bad GROQ'));

    // Act & Assess
    await expect(cache.fetch('q')).rejects.toThrow('bad GROQ');
  });

  it('keeps at most maxEntries answers, forgetting the oldest', async () => {
    // Prepare
    const inner = flaky();
    const cache = new LastGoodContentSource(inner.source, { maxEntries: 2 });
    await cache.fetch('q', { id: 'a' });
    await cache.fetch('q', { id: 'b' });
    await cache.fetch('q', { id: 'c' });
    inner.fail(unreachable);

    // Act & Assess
    await expect(cache.fetch('q', { id: 'a' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(cache.fetch('q', { id: 'c' })).resolves.toMatchObject({ id: 'c' });
  });
});
