import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FunctionSpec } from '../../shared/http/manifest-types';
import { projectRoot } from './settings';

const units: Record<string, number> = {
  minute: 60_000,
  minutes: 60_000,
  hour: 3_600_000,
  hours: 3_600_000,
  day: 86_400_000,
  days: 86_400_000,
};

/** `rate(N unit)` in milliseconds; cron expressions are not run locally (say so rather than guess). */
export function rateMs(expression: string): number | undefined {
  const match = /^rate\((\d+) (\w+)\)$/.exec(expression.trim());
  const unit = match ? units[match[2] ?? ''] : undefined;
  return match && unit ? Number(match[1]) * unit : undefined;
}

const weekdays = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/**
 * Whether a local-time schedule's cron fields (minutes hours day-of-month month day-of-week year, as
 * EventBridge Scheduler reads them) match `at` in `timeZone`. Fields may be `*`, `?`, a number or a
 * comma list of numbers (day-of-week also SUN–SAT, 1 = Sunday as in EventBridge); anything richer
 * (ranges, steps, L, W, #) is refused, so a schedule the local runner cannot read is said, not guessed.
 */
export function cronMatches(cron: string, timeZone: string, at: Date): boolean {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`cron "${cron}" must have six fields`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      minute: 'numeric',
      hour: 'numeric',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      weekday: 'short',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = weekdays.indexOf(String(parts.weekday).toUpperCase()) + 1;
  const actual = [parts.minute, parts.hour, parts.day, parts.month, weekday, parts.year].map(Number);
  return fields.every((field, i) => {
    if (field === '*' || field === '?') return true;
    return field.split(',').some((value) => {
      const number = i === 4 && weekdays.includes(value) ? weekdays.indexOf(value) + 1 : Number(value);
      if (!/^\d+$/.test(value) && !(i === 4 && weekdays.includes(value)))
        throw new Error(`cron field "${field}" is not run locally (only *, ?, numbers and lists)`);
      return number === actual[i];
    });
  });
}

/**
 * The manifest's schedules, run locally with timers: the same handler gets a scheduled event as in
 * AWS. Interval schedules run at their rate; local-time schedules are checked once a minute against
 * their cron fields in their time zone. Returns a function that stops them.
 */
export function startLocalSchedules(functions: Record<string, FunctionSpec>): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const [name, spec] of Object.entries(functions)) {
    for (const schedule of spec.schedules ?? []) {
      const fire = async () => {
        try {
          const module = await import(pathToFileURL(resolve(projectRoot, spec.entry)).href);
          await module.handler({
            'detail-type': 'Scheduled Event',
            source: 'aws.events',
            detail: { schedule: schedule.name },
            time: new Date().toISOString(),
          });
        } catch (error) {
          console.error(`schedule ${name}/${schedule.name} failed:`, (error as Error).message);
        }
      };
      let timer: NodeJS.Timeout;
      if (schedule.cron !== undefined) {
        const { cron, timeZone } = schedule;
        cronMatches(cron, timeZone, new Date()); // refuses at start what it could not run
        // Checked three times a minute, fired once in a matching minute.
        let firedMinute = '';
        timer = setInterval(() => {
          const now = new Date();
          const minute = now.toISOString().slice(0, 16);
          if (minute === firedMinute || !cronMatches(cron, timeZone, now)) return;
          firedMinute = minute;
          void fire();
        }, 20_000);
      } else {
        const every = rateMs(schedule.expression);
        if (!every) {
          console.warn(`schedule ${name}/${schedule.name} (${schedule.expression}) is not run locally`);
          continue;
        }
        timer = setInterval(() => void fire(), every);
      }
      timer.unref();
      timers.push(timer);
    }
  }
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
