import { defineEntity, p } from '@mikro-orm/core';

export const jobRunStatuses = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobRunStatus = (typeof jobRunStatuses)[number];

/**
 * One run of a scheduled job for one period (a day for the daily digest). The unique pair
 * (job, period) is what makes a job run once per period however many processes are up: the second
 * process's insert finds the row and does nothing.
 */
export const JobRunSchema = defineEntity({
  name: 'JobRun',
  tableName: 'job_run',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobName: p.string().length(60),
    /** e.g. `2026-12-02` for a daily job. */
    periodKey: p.string().length(40),
    status: p.enum(jobRunStatuses),
    /** 1 on the first run; a failed run may be run again for the same period. */
    attempts: p.integer().default(1),
    startedAt: p.datetime().index(),
    finishedAt: p.datetime().nullable(),
    /** What the run did, in counts only (no personal data), e.g. {"queued":3,"sent":3}. */
    summary: p.json<Record<string, number>>().nullable(),
    error: p.text().nullable(),
  },
  uniques: [{ properties: ['jobName', 'periodKey'] }],
});

export class JobRun extends JobRunSchema.class {}
JobRunSchema.setClass(JobRun);
