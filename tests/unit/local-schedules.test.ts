import { describe, expect, it } from 'vitest';
import { cronMatches, rateMs } from '../../cdk/local/schedules';

describe('local schedules', () => {
  it('reads rate expressions in milliseconds', () => {
    // Act / Assess
    expect(rateMs('rate(1 hour)')).toBe(3_600_000);
    expect(rateMs('rate(15 minutes)')).toBe(900_000);
    expect(rateMs('cron(0 9 * * ? *)')).toBeUndefined();
  });

  it('matches 09:00 Helsinki time in winter (UTC+2) and in summer (UTC+3)', () => {
    // Act / Assess
    expect(cronMatches('0 9 * * ? *', 'Europe/Helsinki', new Date('2029-01-15T07:00:00Z'))).toBe(true);
    expect(cronMatches('0 9 * * ? *', 'Europe/Helsinki', new Date('2029-01-15T09:00:00Z'))).toBe(false);
    expect(cronMatches('0 9 * * ? *', 'Europe/Helsinki', new Date('2029-06-15T06:00:00Z'))).toBe(true);
    expect(cronMatches('0 9 * * ? *', 'Europe/Helsinki', new Date('2029-06-15T06:01:00Z'))).toBe(false);
  });

  it('reads day-of-week as EventBridge does (1 = Sunday, or SUN–SAT) and lists', () => {
    // Prepare: 2029-06-18 is a Monday
    const mondayNine = new Date('2029-06-18T06:00:00Z');
    // Act / Assess
    expect(cronMatches('0 9 ? * 2 *', 'Europe/Helsinki', mondayNine)).toBe(true);
    expect(cronMatches('0 9 ? * MON,FRI *', 'Europe/Helsinki', mondayNine)).toBe(true);
    expect(cronMatches('0 9 ? * 1 *', 'Europe/Helsinki', mondayNine)).toBe(false);
    expect(cronMatches('0 8,9 18 6 ? 2029', 'Europe/Helsinki', mondayNine)).toBe(true);
  });

  it('refuses cron fields it cannot run rather than guessing', () => {
    // Act / Assess
    expect(() => cronMatches('0/5 9 * * ? *', 'Europe/Helsinki', new Date())).toThrow(/not run locally/);
    expect(() => cronMatches('0 9 * *', 'Europe/Helsinki', new Date())).toThrow(/six fields/);
  });
});
