import { Cron } from 'croner';

/**
 * Whether a cron expression in Dutch time (Europe/Amsterdam, as the Node scheduler reads it) names
 * the minute of `time`. Workers' cron triggers fire in UTC, every minute here; this keeps the job
 * schedules (DAILY_DIGEST_CRON, DATA_RETENTION_CRON) the same on both runtimes, summer time included.
 */
export function cronNamesMinute(expression: string, time: Date): boolean {
  const minute = Math.floor(time.getTime() / 60_000) * 60_000;
  const next = new Cron(expression, { timezone: 'Europe/Amsterdam' }).nextRun(new Date(minute - 1));
  return next?.getTime() === minute;
}
