import type { EntityManager } from '@mikro-orm/core';
import {
  type CandidateRanking,
  GATE_REASONS,
  type GateFailureCounts,
  InvalidCursorError,
  type MatchExplanation,
  type MatchingIndex,
  type MatchVacancy,
} from './engine';
import type { MatchingIndexKeeper } from './matching-index-keeper';

/**
 * One ranking request: the vacancy's candidates across everyone in the index (`within` absent,
 * with the engine's cursor), or only among the given people (a lifecoach's caseload, with an
 * offset cursor). Plain data, so it can cross to a Durable Object as JSON.
 */
export type CandidateRankRequest = {
  vacancy: MatchVacancy;
  limit: number;
  cursor: string | null;
  within?: readonly string[] | undefined;
};

/** The ranking and, for each person on the page, the full explanation of their score and gates. */
export type RankedCandidates = {
  ranking: CandidateRanking;
  explanations: Record<string, MatchExplanation>;
};

/**
 * "Rank the candidates for this vacancy". On Node the process's own index answers
 * (inProcessCandidateRanker); on Workers the Durable Object that holds the index does
 * (src/entry/matching-index-object.ts), so a worker never builds the index itself.
 * An invalid cursor throws the engine's InvalidCursorError in both.
 */
export interface CandidateRanker {
  rankCandidates(em: EntityManager, request: CandidateRankRequest): Promise<RankedCandidates>;
  /** One person's full score and gates for the vacancy; null for someone not in the index. */
  explainCandidate(
    em: EntityManager,
    seekerId: string,
    vacancy: MatchVacancy,
  ): Promise<MatchExplanation | null>;
}

/** The ranker over this process's index, brought up to date first (call it outside a transaction). */
export const inProcessCandidateRanker = (keeper: MatchingIndexKeeper): CandidateRanker => ({
  async rankCandidates(em, request) {
    return rankOnIndex(await keeper.current(em), request);
  },
  async explainCandidate(em, seekerId, vacancy) {
    return (await keeper.current(em)).explain(seekerId, vacancy);
  },
});

/** The one ranking both runtimes run, on whichever side holds the index. */
export function rankOnIndex(index: MatchingIndex, request: CandidateRankRequest): RankedCandidates {
  const ranking = request.within
    ? rankWithin(index, request.vacancy, request.within, request)
    : index.rankCandidates(request.vacancy, { limit: request.limit, cursor: request.cursor });
  const explanations: Record<string, MatchExplanation> = {};
  for (const item of ranking.items) {
    const explanation = index.explain(item.seekerId, request.vacancy);
    if (explanation) explanations[item.seekerId] = explanation;
  }
  return { ranking, explanations };
}

/**
 * A lifecoach looks for work for their own caseload only: the same gates and scores, restricted
 * to the people they are responsible for (a caseload is small, so each is explained directly).
 */
function rankWithin(
  index: MatchingIndex,
  vacancy: MatchVacancy,
  people: readonly string[],
  query: { limit: number; cursor: string | null },
): CandidateRanking {
  const gateFailures = Object.fromEntries(GATE_REASONS.map((reason) => [reason, 0])) as GateFailureCounts;
  const passed: { seekerId: string; score: number }[] = [];
  for (const seekerId of people) {
    const explanation = index.explain(seekerId, vacancy);
    if (!explanation) continue;
    for (const reason of explanation.gates.failed) gateFailures[reason]++;
    if (explanation.gates.passed) passed.push({ seekerId, score: explanation.score });
  }
  passed.sort((a, b) => b.score - a.score || a.seekerId.localeCompare(b.seekerId));
  const offset = query.cursor !== null ? Number.parseInt(query.cursor, 10) : 0;
  if (!Number.isInteger(offset) || offset < 0 || (query.cursor !== null && String(offset) !== query.cursor)) {
    throw new InvalidCursorError(query.cursor ?? '');
  }
  const items = passed
    .slice(offset, offset + query.limit)
    .map((item, i) => ({ ...item, rank: offset + i + 1 }));
  const next = offset + query.limit;
  return {
    vacancyId: vacancy.id,
    items,
    gateFailures,
    total: passed.length,
    nextCursor: next < passed.length ? String(next) : null,
  };
}
