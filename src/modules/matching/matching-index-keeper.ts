import type { EntityManager } from '@mikro-orm/core';
import { createMatchContext, type MatchContext, MatchingIndex, type MatchWeights } from './engine';
import { loadAllMatchSeekers, loadMatchSeekers } from './seeker-projection';

/** Changes committed shortly before the last one seen may still become visible (commit order ≠ id order). */
const LOOKBACK_SECONDS = 30;

/**
 * Owns this process's in-memory matching index and keeps it in step with the database.
 *
 * At start it loads every matchable person. Services that change a matching input write a
 * `matching_change` row in the same transaction (see mark-changed.ts). Before every ranking the
 * keeper reads the rows it has not applied yet — plus a short look-back window, because a
 * transaction can commit after one with a higher id — and reloads just those people. So every
 * server process answers from the database's truth, at the cost of one small indexed query.
 *
 * The index is shared by all requests, so it reads committed data only: call `current()` before a
 * request opens its own transaction, never inside one.
 */
export class MatchingIndexKeeper {
  private index: MatchingIndex | null = null;
  private lastChangeId = 0;
  private building: Promise<MatchingIndex> | null = null;
  readonly context: MatchContext;

  constructor(options: { context: MatchContext } | Parameters<typeof createMatchContext>[0]) {
    this.context = 'context' in options ? options.context : createMatchContext(options);
  }

  get weights(): MatchWeights {
    return this.context.weights;
  }

  /** The index, brought up to date with every committed change. */
  async current(em: EntityManager): Promise<MatchingIndex> {
    if (!this.index) {
      this.building ??= this.build(em).finally(() => {
        this.building = null;
      });
      return this.building;
    }
    await this.applyChanges(em, this.index);
    return this.index;
  }

  async build(em: EntityManager): Promise<MatchingIndex> {
    const [{ max }] = (await em
      .getConnection()
      .execute('select max(id)::int as max from matching_change')) as unknown as [{ max: number | null }];
    const index = MatchingIndex.build(this.context, await loadAllMatchSeekers(em));
    this.lastChangeId = max ?? 0;
    this.index = index;
    return index;
  }

  private async applyChanges(em: EntityManager, index: MatchingIndex): Promise<void> {
    const changes = (await em.getConnection().execute(
      `select id::int as id, job_seeker_id from matching_change
        where id > ? or changed_at > now() - interval '${LOOKBACK_SECONDS} seconds' order by id`,
      [this.lastChangeId],
    )) as unknown as { id: number; job_seeker_id: string }[];
    if (changes.length === 0) return;
    const ids = [...new Set(changes.map((change) => change.job_seeker_id))];
    const seekers = await loadMatchSeekers(em, ids);
    const found = new Set(seekers.map((seeker) => seeker.id));
    for (const seeker of seekers) index.upsert(seeker);
    for (const id of ids) if (!found.has(id)) index.remove(id);
    this.lastChangeId = Math.max(this.lastChangeId, ...changes.map((change) => change.id));
  }
}
