import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';

export type JobSummary = Record<string, number>;

export type JobDefinition<Deps> = {
  name: string;
  /** Plain Dutch, for the programme's overview page and `npm run job`. */
  descriptionNl: string;
  /** The period a run belongs to; one run per period. */
  periodOf: (now: Date) => string;
  /** When true, there is nothing to do and no run is recorded (the every-minute mail job). */
  idle?: (deps: Deps, now: Date) => Promise<boolean>;
  run: (deps: Deps, now: Date) => Promise<JobSummary>;
};

export type JobOutcome =
  | { status: 'SUCCEEDED'; periodKey: string; summary: JobSummary }
  | { status: 'FAILED'; periodKey: string; error: string }
  | { status: 'SKIPPED'; periodKey: string; reason: 'ALREADY_RAN' | 'IDLE' };

/**
 * Takes the run of `job` for its period: a new row, or a failed run taken again. The unique
 * (job, period) constraint decides between processes; the loser gets nothing and skips.
 */
async function claimRun(em: EntityManager, job: string, periodKey: string, now: Date): Promise<boolean> {
  const inserted = await rawQuery<{ id: string }>(
    em,
    `insert into job_run (id, job_name, period_key, status, attempts, started_at)
     values (?, ?, ?, 'RUNNING', 1, ?::timestamptz)
     on conflict (job_name, period_key) do nothing returning id`,
    [crypto.randomUUID(), job, periodKey, now.toISOString()],
  );
  if (inserted.length > 0) return true;
  const retaken = await rawQuery<{ id: string }>(
    em,
    `update job_run set status = 'RUNNING', attempts = attempts + 1, started_at = ?::timestamptz,
       finished_at = null, error = null, summary = null
     where job_name = ? and period_key = ? and status = 'FAILED' returning id`,
    [now.toISOString(), job, periodKey],
  );
  return retaken.length > 0;
}

/** Runs `job` once for the period `now` falls in, and records how it went. */
export async function runJobOnce<Deps>(
  em: EntityManager,
  job: JobDefinition<Deps>,
  deps: Deps,
  now: Date,
): Promise<JobOutcome> {
  const periodKey = job.periodOf(now);
  if (job.idle && (await job.idle(deps, now))) return { status: 'SKIPPED', periodKey, reason: 'IDLE' };
  if (!(await claimRun(em, job.name, periodKey, now))) {
    return { status: 'SKIPPED', periodKey, reason: 'ALREADY_RAN' };
  }
  try {
    const summary = await job.run(deps, now);
    await rawQuery(
      em,
      `update job_run set status = 'SUCCEEDED', finished_at = ?::timestamptz, summary = ?::jsonb
       where job_name = ? and period_key = ?`,
      [new Date().toISOString(), JSON.stringify(summary), job.name, periodKey],
    );
    return { status: 'SUCCEEDED', periodKey, summary };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    await rawQuery(
      em,
      `update job_run set status = 'FAILED', finished_at = ?::timestamptz, error = ?
       where job_name = ? and period_key = ?`,
      [new Date().toISOString(), message, job.name, periodKey],
    );
    return { status: 'FAILED', periodKey, error: message };
  }
}
