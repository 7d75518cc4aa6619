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

/**
 * The manifest's EventBridge schedules, run locally with timers: the same handler gets a scheduled
 * event as in AWS. Returns a function that stops them.
 */
export function startLocalSchedules(functions: Record<string, FunctionSpec>): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const [name, spec] of Object.entries(functions)) {
    for (const schedule of spec.schedules ?? []) {
      const every = schedule.expression === undefined ? undefined : rateMs(schedule.expression);
      if (!every) {
        const when = schedule.expression ?? `cron(${schedule.cron}) ${schedule.timeZone}`;
        console.warn(`schedule ${name}/${schedule.name} (${when}) is not run locally`);
        continue;
      }
      const timer = setInterval(async () => {
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
      }, every);
      timer.unref();
      timers.push(timer);
    }
  }
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
