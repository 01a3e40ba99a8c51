import { buildProblem } from './problem';
import { scheduleOutput } from './schedule-output';
import { DEFAULT_MAX_SEARCH_NODES, searchSchedule } from './search';
import type { AllocationInput, AllocationOptions, ConversationSchedule } from './types';

/**
 * Proposes the conversation schedule of a Meet & Greet: who meets which employer in which round.
 *
 * Objective (lexicographic, exact): first as many people as possible with at least one
 * conversation, then the highest sum of pair points: match quality plus a wish bonus for WANT over
 * MAYBE (scoring.ts). Both go into one integer: coverage × a bonus larger than all points together,
 * plus points. NO pairs and pairs ruled out by staff never meet; fixed conversations stay put.
 *
 * Rules: a person has at most K_s conversations, at most one per round, only in rounds they attend;
 * an employer holds at most M_e conversations per round, only in rounds it is present; a person
 * meets an employer at most once.
 *
 * Method: an assignment problem solved with network flows, not greedily.
 *   1. Which pairs meet: a b-matching as a min-cost flow, person capacity K_s, employer capacity
 *      M_e × rounds (select-pairs.ts).
 *   2. In which round: round by round a flow with lower bounds (assign-rounds.ts). When everyone
 *      attends every round and nothing is fixed, this places every pair step 1 chose (König /
 *      de Werra, proof in assign-rounds.ts), so step 1's optimum is the schedule's optimum and the
 *      whole proposal is polynomial.
 *   3. Absences and fixed conversations can make step 1's pairs impossible to place. Whether pairs
 *      fit around fixed conversations is precolouring extension of a bipartite edge colouring,
 *      NP-complete in general (Fiala 2003), so no flow alone settles it. Then a best-first
 *      branch-and-bound (search.ts) bounds with a flow through person- and employer-rounds (usually
 *      tight) and branches on a pair that did not fit. It is exact, exponential only in the worst
 *      case; the node cap (default 100) can stop it early, and then the result says so and gives
 *      an upper bound.
 *
 * Complexity: each flow is successive shortest paths, O(F · E log V) with F ≤ Σ K_s conversations,
 * E ≈ candidate pairs (× rounds in the round network), V = people + employers (+ their rounds);
 * step 2 is R such flows. Measured by bench/allocation.ts. Deterministic: ids are sorted first and
 * every tie breaks on that order, so the same input (in any order) gives the same schedule.
 */
export function allocateConversations(
  input: AllocationInput,
  options: AllocationOptions = {},
): ConversationSchedule {
  const problem = buildProblem(input, options);
  const search = searchSchedule(problem, options.maxSearchNodes ?? DEFAULT_MAX_SEARCH_NODES);
  return scheduleOutput(problem, search.placements, search);
}
