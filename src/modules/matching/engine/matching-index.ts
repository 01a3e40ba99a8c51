import { type CompiledVacancy, compileVacancy } from './compiled-vacancy';
import { toScoreUnits } from './components';
import type { MatchContext } from './context';
import { checkCompiledGates, emptyGateFailureCounts } from './gates';
import { type CompetenceUnitColumns, KernelScratch, scoreAllSeekers } from './loop-kernel';
import { competenceUnitsByMatrix } from './matrix-kernel';
import { assertLimit, decodeCursor, type RankCursor, rankPage } from './ranking';
import { componentValues, scoreCompiled } from './score';
import { SeekerStore } from './seeker-store';
import type { GateFailureCounts, GateResult, MatchSeeker, MatchVacancy, ScoreResult } from './types';
import { suggestTraining, type TrainingSuggestion } from './what-to-train';

// In-memory index of everyone who can be matched, and the ranking verbs on top of it. Built once
// at start from the current profiles; the service calls upsert/remove whenever a profile,
// segment, consent or placement changes (each costs O(catalogue size)).
//
// Kernels, measured with bench/matching-engine.ts (50,000 people, 100 competences, 5,000
// vacancies of 4–12 requirements, real PC4 centroids; 2-core Intel Xeon VM, Node 22.23, Nov 2026):
//   one vacancy, top 50   loop kernel (loop-kernel.ts)         median 2.4 ms, p95 3.2–4.9 ms
//                         ml-matrix kernel (matrix-kernel.ts)  median 50 ms
//   all 5,000, top 50     loop kernel                          12.1–12.9 s
//                         ml-matrix, blocks of 16 vacancies    ~340–490 s (64 measured, extrapolated)
// The loop wins both cases by 20–40 times. A vacancy names a few of the 100 competences, and the
// loop reads only those columns; the exact matrix form (matrix-kernel.ts) needs 4 indicator
// features per competence and multiplies all of them, and ml-matrix's mmul is plain JavaScript
// without SIMD, so batching vacancies into one product does not pay it back. The loop therefore
// serves both rankCandidates and rankAll; rankAll({ kernel: 'matrix' }) keeps the alternative
// measurable and is tested to give identical rankings. The people are kept in typed arrays rather
// than a resident Matrix for the same reason (and 1 byte per level instead of 8).

export const DEFAULT_PAGE_SIZE = 50;
const MATRIX_VACANCY_BLOCK = 16;

export interface RankOptions {
  /** Items per page; default 50. */
  limit?: number;
  /** nextCursor of the previous page. */
  cursor?: string | null;
}

export interface RankedCandidate {
  seekerId: string;
  score: number;
  /** Position in the whole ranking, from 1. */
  rank: number;
}

export interface CandidateRanking {
  vacancyId: string;
  items: RankedCandidate[];
  /** Per reason, how many people failed that gate (someone failing two counts in both). */
  gateFailures: GateFailureCounts;
  /** People who passed every gate. */
  total: number;
  nextCursor: string | null;
}

export interface RankedVacancy {
  vacancyId: string;
  score: number;
  rank: number;
}

export interface VacancyRanking {
  seekerId: string;
  items: RankedVacancy[];
  gateFailures: GateFailureCounts;
  total: number;
  nextCursor: string | null;
}

export interface MatchExplanation extends ScoreResult {
  seekerId: string;
  vacancyId: string;
  gates: GateResult;
}

export type BatchKernel = 'loop' | 'matrix';

export class MatchingIndex {
  private readonly store: SeekerStore;
  private readonly scratch: KernelScratch;

  constructor(
    readonly ctx: MatchContext,
    options: { initialCapacity?: number } = {},
  ) {
    this.store = new SeekerStore(ctx.competences, ctx.postcodes, options.initialCapacity);
    this.scratch = new KernelScratch(ctx.postcodes.size);
  }

  static build(
    ctx: MatchContext,
    seekers: Iterable<MatchSeeker>,
    options: { initialCapacity?: number } = {},
  ) {
    const index = new MatchingIndex(ctx, options);
    for (const seeker of seekers) index.upsert(seeker);
    return index;
  }

  get size(): number {
    return this.store.size;
  }

  has(seekerId: string): boolean {
    return this.store.slotOf(seekerId) !== undefined;
  }

  /** Adds or replaces a person; throws InvalidSeekerError and leaves the index unchanged. */
  upsert(seeker: MatchSeeker): void {
    this.store.upsert(seeker);
  }

  remove(seekerId: string): boolean {
    return this.store.remove(seekerId);
  }

  /** The person as stored, or null. */
  seeker(seekerId: string): MatchSeeker | null {
    const slot = this.store.slotOf(seekerId);
    return slot === undefined ? null : this.store.seekerAt(slot);
  }

  /** Typed-array columns (exact) plus an estimate for ids and interest lists, in bytes. */
  memoryBytes(): number {
    const { columns, estimatedObjects } = this.store.memoryBytes();
    return columns + estimatedObjects;
  }

  memoryBreakdown(): { columns: number; estimatedObjects: number } {
    return this.store.memoryBytes();
  }

  /** Everyone who passes the gates for this vacancy, best first. Throws InvalidVacancyError. */
  rankCandidates(vacancy: MatchVacancy, options: RankOptions = {}): CandidateRanking {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    assertLimit(limit);
    const after = options.cursor ? decodeCursor(options.cursor) : null;
    return this.rankCompiled(compileVacancy(vacancy, this.ctx), limit, after);
  }

  /** The full score and gates of one person for one vacancy; null for an unknown person. */
  explain(seekerId: string, vacancy: MatchVacancy): MatchExplanation | null {
    const seeker = this.seeker(seekerId);
    if (!seeker) return null;
    const compiled = compileVacancy(vacancy, this.ctx);
    return {
      seekerId,
      vacancyId: vacancy.id,
      gates: checkCompiledGates(seeker, compiled, this.ctx),
      ...scoreCompiled(seeker, compiled, this.ctx),
    };
  }

  /** The vacancies whose gates this person passes, best first; null for an unknown person. */
  rankVacancies(
    seekerId: string,
    vacancies: readonly MatchVacancy[],
    options: RankOptions = {},
  ): VacancyRanking | null {
    const seeker = this.seeker(seekerId);
    if (!seeker) return null;
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    assertLimit(limit);
    const after = options.cursor ? decodeCursor(options.cursor) : null;
    const gateFailures = emptyGateFailureCounts();
    const ids: string[] = [];
    const units: number[] = [];
    for (const vacancy of vacancies) {
      const compiled = compileVacancy(vacancy, this.ctx);
      const gates = checkCompiledGates(seeker, compiled, this.ctx);
      for (const reason of gates.failed) gateFailures[reason]++;
      if (!gates.passed) continue;
      ids.push(vacancy.id);
      units.push(toScoreUnits(componentValues(seeker, compiled, this.ctx).raw));
    }
    const page = rankPage(ids.length, units, (p) => ids[p] as string, limit, after);
    return {
      seekerId,
      items: page.items.map(({ id, score, rank }) => ({ vacancyId: id, score, rank })),
      gateFailures,
      total: ids.length,
      nextCursor: page.nextCursor,
    };
  }

  /** Competences whose improvement would open the most of these vacancies; null for an unknown person. */
  whatToTrain(seekerId: string, openVacancies: readonly MatchVacancy[]): TrainingSuggestion[] | null {
    const seeker = this.seeker(seekerId);
    if (!seeker) return null;
    const compiled = openVacancies.map((vacancy) => compileVacancy(vacancy, this.ctx));
    return suggestTraining(seeker, compiled, this.ctx);
  }

  /** The top `topN` candidates of every vacancy, in the order given. */
  rankAll(
    vacancies: readonly MatchVacancy[],
    topN: number,
    options: { kernel?: BatchKernel } = {},
  ): CandidateRanking[] {
    assertLimit(topN);
    const compiled = vacancies.map((vacancy) => compileVacancy(vacancy, this.ctx));
    if (options.kernel !== 'matrix') return compiled.map((vacancy) => this.rankCompiled(vacancy, topN, null));
    const rankings: CandidateRanking[] = [];
    for (let start = 0; start < compiled.length; start += MATRIX_VACANCY_BLOCK) {
      const block = compiled.slice(start, start + MATRIX_VACANCY_BLOCK);
      const units = competenceUnitsByMatrix(this.store, block);
      block.forEach((vacancy, v) => {
        rankings.push(this.rankCompiled(vacancy, topN, null, units[v]));
      });
    }
    return rankings;
  }

  private rankCompiled(
    compiled: CompiledVacancy,
    limit: number,
    after: RankCursor | null,
    precomputed?: CompetenceUnitColumns,
  ): CandidateRanking {
    const { count, gateFailures } = scoreAllSeekers(
      this.store,
      compiled,
      this.ctx,
      this.scratch,
      precomputed,
    );
    const { passingSlots, scoreUnits } = this.scratch;
    const ids = this.store.ids;
    const idAt = (p: number) => ids[passingSlots[p] as number] as string;
    const page = rankPage(count, scoreUnits, idAt, limit, after);
    return {
      vacancyId: compiled.id,
      items: page.items.map(({ id, score, rank }) => ({ seekerId: id, score, rank })),
      gateFailures,
      total: count,
      nextCursor: page.nextCursor,
    };
  }
}
