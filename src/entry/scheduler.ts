import { Cron } from 'croner';
import type { JobDependencies } from '../modules/jobs/job-dependencies';
import { type JobName, jobs } from '../modules/jobs/jobs';
import { runJobOnce } from '../modules/jobs/run-job';

export type Schedule = Record<JobName, string>;

/**
 * Runs the scheduled jobs inside this Node process, on cron expressions in Dutch time. Every process
 * may run a scheduler: the run row per job and period decides which one does the work.
 */
export function startScheduler(deps: JobDependencies, schedule: Schedule): { stop(): void } {
  const crons = (Object.keys(schedule) as JobName[]).map(
    (name) =>
      new Cron(
        schedule[name],
        // protect: a run that takes longer than the interval is not started a second time alongside.
        { name: `wrw:${name}`, timezone: 'Europe/Amsterdam', protect: true },
        async () => {
          try {
            const outcome = await runJobOnce(deps.orm.em.fork(), jobs[name], deps, new Date());
            if (outcome.status === 'FAILED') {
              deps.logger.error('job failed', { job: name, period: outcome.periodKey, error: outcome.error });
            } else if (outcome.status === 'SUCCEEDED') {
              deps.logger.info('job ran', {
                job: name,
                period: outcome.periodKey,
                summary: JSON.stringify(outcome.summary),
              });
            }
          } catch (error) {
            deps.logger.error('job could not start', {
              job: name,
              error: error instanceof Error ? error.message : String(error),
            });
          }
        },
      ),
  );
  return {
    stop() {
      for (const cron of crons) cron.stop();
    },
  };
}
