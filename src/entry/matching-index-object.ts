import { DurableObject } from 'cloudflare:workers';
import type { MikroORM } from '@mikro-orm/core';
import { openWorkerDatabase } from '../db/worker-orm';
import { cronNamesMinute } from '../modules/jobs/cron-minute';
import { type JobName, jobs } from '../modules/jobs/jobs';
import { runJobOnce } from '../modules/jobs/run-job';
import {
  type CandidateRanker,
  type CandidateRankRequest,
  type RankedCandidates,
  rankOnIndex,
} from '../modules/matching/candidate-ranker';
import { InvalidCursorError, type MatchExplanation, type MatchVacancy } from '../modules/matching/engine';
import { MatchingIndexKeeper } from '../modules/matching/matching-index-keeper';
import { type WorkerBindings, workerJobDependencies, workerServices } from './worker-services';

/** What crosses from the Durable Object to the worker: the ranking, or the cursor it could not read. */
export type RankAnswer = ({ ok: true } & RankedCandidates) | { ok: false; invalidCursor: string };

/**
 * The matching index on Cloudflare Workers: one Durable Object (named "matching-index") holds it in
 * memory, follows the `matching_change` rows with the same MatchingIndexKeeper the Node processes
 * use, and answers the workers' ranking requests. Building the index in every worker isolate would
 * repeat seconds of work per isolate and exceed a worker's CPU limit.
 *
 * The scheduled jobs run here too: the Meet & Greet agenda mails need the index for candidate codes.
 * Each call opens its own ORM (one kept across calls hangs workerd's I/O) and closes it afterwards.
 */
export class MatchingIndexObject extends DurableObject<WorkerBindings> {
  private keeper: MatchingIndexKeeper | null = null;

  private keeperOf(): MatchingIndexKeeper {
    const services = workerServices(this.env);
    this.keeper ??= new MatchingIndexKeeper({
      postcodes: services.reference.postcodes,
      competences: services.reference.catalogue.competences,
      weights: services.env.MATCH_WEIGHTS,
    });
    return this.keeper;
  }

  private async withOrm<T>(work: (orm: MikroORM) => Promise<T>): Promise<T> {
    const orm = await openWorkerDatabase(this.env.HYPERDRIVE.connectionString);
    try {
      return await work(orm);
    } finally {
      this.ctx.waitUntil(orm.close(true));
    }
  }

  async rankCandidates(request: CandidateRankRequest): Promise<RankAnswer> {
    return this.withOrm(async (orm) => {
      const index = await this.keeperOf().current(orm.em.fork());
      try {
        return { ok: true, ...rankOnIndex(index, request) };
      } catch (error) {
        if (error instanceof InvalidCursorError) return { ok: false, invalidCursor: error.cursor };
        throw error;
      }
    });
  }

  async explainCandidate(seekerId: string, vacancy: MatchVacancy): Promise<MatchExplanation | null> {
    return this.withOrm(async (orm) =>
      (await this.keeperOf().current(orm.em.fork())).explain(seekerId, vacancy),
    );
  }

  /** Runs every job whose schedule names this minute; the run rows keep each period to one run. */
  async runScheduledJobs(scheduledTime: number): Promise<void> {
    const services = workerServices(this.env);
    const now = new Date(scheduledTime);
    const due = (Object.keys(services.schedule) as JobName[]).filter((name) =>
      cronNamesMinute(services.schedule[name], now),
    );
    if (due.length === 0) return;
    await this.withOrm(async (orm) => {
      const deps = {
        ...workerJobDependencies(services, orm),
        meetAndGreets: async () => ({ keeper: this.keeperOf(), reference: services.reference }),
      };
      for (const name of due) {
        try {
          const outcome = await runJobOnce(orm.em.fork(), jobs[name], deps, now);
          if (outcome.status === 'FAILED') {
            services.logger.error('job failed', {
              job: name,
              period: outcome.periodKey,
              error: outcome.error,
            });
          } else if (outcome.status === 'SUCCEEDED') {
            services.logger.info('job ran', {
              job: name,
              period: outcome.periodKey,
              summary: JSON.stringify(outcome.summary),
            });
          }
        } catch (error) {
          services.logger.error('job could not start', {
            job: name,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    });
  }
}

/** The worker's side: "rank candidates" asked of the one Durable Object that holds the index. */
export const durableObjectCandidateRanker = (
  namespace: WorkerBindings['MATCHING_INDEX'],
): CandidateRanker => ({
  async rankCandidates(_em, request) {
    const stub = namespace.get(namespace.idFromName('matching-index'));
    const answer = await stub.rankCandidates(request);
    if (!answer.ok) throw new InvalidCursorError(answer.invalidCursor);
    return { ranking: answer.ranking, explanations: answer.explanations };
  },
  async explainCandidate(_em, seekerId, vacancy) {
    return namespace.get(namespace.idFromName('matching-index')).explainCandidate(seekerId, vacancy);
  },
});
