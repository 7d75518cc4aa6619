import { afterEach, describe, expect, it } from 'vitest';
import { slidingWindowLimiter } from '../../cdk/local/write-limiter';
import { config } from '../../shared/config';
import { PUBLIC_WRITES_PER_MINUTE, rateClassOf } from '../../shared/http/rate-limits';

const start = Date.UTC(2029, 5, 1, 10, 0, 0);

function clock() {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('slidingWindowLimiter', () => {
  it('lets N writes of a client through in a minute and refuses the next with the seconds to wait', () => {
    // Prepare
    const time = clock();
    const limiter = slidingWindowLimiter(3, { now: time.now });
    // Act
    const first = [limiter.take('10.0.0.1')];
    time.advance(10_000);
    first.push(limiter.take('10.0.0.1'), limiter.take('10.0.0.1'));
    time.advance(20_500);
    const fourth = limiter.take('10.0.0.1');
    // Assess
    expect(first).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    // The first write leaves the window 60 s after it was made: 29.5 s from now, rounded up.
    expect(fourth).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('lets the client write again once its oldest write has left the window, and not before', () => {
    // Prepare
    const time = clock();
    const limiter = slidingWindowLimiter(2, { now: time.now });
    limiter.take('c');
    time.advance(1_000);
    limiter.take('c');
    // Act
    time.advance(58_999);
    const justBefore = limiter.take('c');
    time.advance(1);
    const atTheEdge = limiter.take('c');
    const next = limiter.take('c');
    // Assess
    expect(justBefore).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(atTheEdge).toEqual({ allowed: true });
    expect(next).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('keeps a budget per client', () => {
    // Prepare
    const limiter = slidingWindowLimiter(1, { now: clock().now });
    // Act
    const verdicts = [limiter.take('a'), limiter.take('b'), limiter.take('a'), limiter.take('b')];
    // Assess
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, false, false]);
  });
});

describe('rateClassOf', () => {
  it('counts POST, PUT and DELETE outside /admin/ and /webhooks/ as public writes, as the WAF rule does', () => {
    // Act
    const classes = [
      rateClassOf('POST', '/events/e1/registrations'),
      rateClassOf('PUT', '/applications/t'),
      rateClassOf('delete', '/registrations/t'),
      rateClassOf('POST', '/sv/events/e1'),
      rateClassOf('GET', '/sv/events'),
      rateClassOf('POST', '/webhooks/sanity'),
      rateClassOf('DELETE', '/admin/people'),
      rateClassOf('GET', '/admin/people'),
      rateClassOf('POST', '/sv/console/events/e1/registrations/r1/cancel'),
      rateClassOf('GET', '/fi/console'),
      rateClassOf('POST', '/auth/sign-out'),
      rateClassOf('POST', '/sv/consoles'),
    ];
    // Assess
    expect(classes).toEqual([
      'publicWrite',
      'publicWrite',
      'publicWrite',
      'publicWrite',
      undefined,
      'webhook',
      'admin',
      'admin',
      'console',
      'console',
      'console',
      'publicWrite',
    ]);
  });
});

describe('config.writeLimitPerMinute (WRITE_LIMIT_PER_MINUTE)', () => {
  afterEach(() => {
    delete process.env.WRITE_LIMIT_PER_MINUTE;
  });

  it('defaults to the per-minute rate of the WAF rule and takes a whole number, 0 for no limit', () => {
    // Act
    const unset = config.writeLimitPerMinute;
    process.env.WRITE_LIMIT_PER_MINUTE = '0';
    const off = config.writeLimitPerMinute;
    process.env.WRITE_LIMIT_PER_MINUTE = ' 500 ';
    const many = config.writeLimitPerMinute;
    // Assess
    expect(unset).toBe(PUBLIC_WRITES_PER_MINUTE);
    expect(off).toBe(0);
    expect(many).toBe(500);
  });

  it('refuses anything else with a message naming the variable', () => {
    for (const value of ['-1', '2.5', 'many']) {
      // Prepare
      process.env.WRITE_LIMIT_PER_MINUTE = value;
      // Act
      const read = () => config.writeLimitPerMinute;
      // Assess
      expect(read, value).toThrow(/WRITE_LIMIT_PER_MINUTE/);
    }
  });
});
