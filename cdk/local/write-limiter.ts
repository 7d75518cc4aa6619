import { RATE_WINDOW_SECONDS } from '../../shared/http/rate-limits';

export type WriteVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface WriteLimiter {
  /** Counts one write of a client, or refuses it with the seconds until the next one would pass. */
  take(client: string): WriteVerdict;
}

/** Past this many tracked clients, the ones with nothing left in the window are dropped. */
const SWEEP_AT = 10_000;

/**
 * The local stand-in for the WAF rate rule on public writes: at most `limit` writes per client in any
 * sliding window (60 s, as the rule's EvaluationWindowSec). Refused writes are not counted, so the
 * Retry-After it answers is exact: the moment the oldest counted write leaves the window.
 */
export function slidingWindowLimiter(
  limit: number,
  options: { windowMs?: number; now?: () => number } = {},
): WriteLimiter {
  const windowMs = options.windowMs ?? RATE_WINDOW_SECONDS * 1000;
  const now = options.now ?? Date.now;
  const writes = new Map<string, number[]>();

  return {
    take(client) {
      const at = now();
      const since = at - windowMs;
      if (writes.size > SWEEP_AT) {
        for (const [key, times] of writes) if ((times.at(-1) ?? 0) <= since) writes.delete(key);
      }
      const times = writes.get(client) ?? [];
      while (times.length > 0 && (times[0] as number) <= since) times.shift();
      if (times.length >= limit) {
        const wait = (times[0] as number) + windowMs - at;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
      }
      times.push(at);
      writes.set(client, times);
      return { allowed: true };
    },
  };
}
