/**
 * Fixed test dates, moved to the present: `at('2027-01-10T12:00:00Z')` is that instant shifted by the
 * whole weeks between the day these tests were written (2026-11-24) and today. A test keeps its fixed
 * timeline (order, durations, weekdays) while its items' TTLs stay in the future: DynamoDB Local deletes
 * expired items by its own clock, so dates that today's calendar has passed would vanish mid-test.
 */
const WEEK = 7 * 24 * 60 * 60 * 1000;
const WRITTEN = Date.parse('2026-11-24T00:00:00Z');
const offsetMs = Math.floor((Date.now() - WRITTEN) / WEEK) * WEEK;

export const at = (iso: string): string => new Date(Date.parse(iso) + offsetMs).toISOString();
