import { assignRounds } from './assign-rounds';
import { followSideRounds } from './follow-side-rounds';
import { greedyFill } from './greedy-fill';
import { objectiveValue } from './objective';
import { type Occupancy, occupancyAfter, openRounds } from './occupancy';
import type { Placement, Problem } from './problem';
import { roundBit } from './rounds';
import { type SideRounds, selectPairs } from './select-pairs';

// Best-first branch-and-bound over the two steps. A node fixes some pairs to rounds and rules some
// pairs out. Its bound is step 1's flow (select-pairs.ts); when step 2 fits every chosen pair into
// rounds, a real schedule reaches the bound and the node is solved. When it cannot (only possible
// with absences or fixed conversations), the node branches on one pair that did not fit: the pair
// meets in round 1, or 2, …, or not at all. Every schedule of the node lies in exactly one child,
// so the search is exact; it stops when no open node can beat the best schedule found. Without
// absences and fixed conversations the root is always solved: one node, polynomial time.
//
// Children start with their parent's bound and get their own flows only when they come up, so a
// child that reaches the bound spares its siblings' flows. Among equal bounds the newest node goes
// first: the search dives towards a complete schedule before widening.

export const DEFAULT_MAX_SEARCH_NODES = 100;

export interface SearchResult {
  placements: Placement[];
  provenOptimal: boolean;
  /** Nodes whose flows were solved. */
  nodes: number;
  /** Upper bound on the objective when optimality was not proven. */
  bound: number;
}

interface Evaluation {
  bound: number;
  occupancy: Occupancy;
  /** The best schedule step 2 made of the flow, and the chosen pairs it could not fit. */
  schedule: Placement[];
  unplaced: number[];
  sideRounds?: Map<number, SideRounds>;
}

interface SearchNode {
  fixed: Placement[];
  excluded: ReadonlySet<number>;
  bound: number;
  evaluation?: Evaluation;
  order: number;
}

export function searchSchedule(problem: Problem, maxNodes = DEFAULT_MAX_SEARCH_NODES): SearchResult {
  let created = 0;
  const queue: SearchNode[] = [];
  const enqueue = (fixed: Placement[], excluded: ReadonlySet<number>, bound: number) =>
    queue.push({ fixed, excluded, bound, order: created++ });

  let best: Placement[] = [...problem.pins];
  let bestValue = objectiveValue(problem, best);
  const offer = (candidate: Placement[]) => {
    const value = objectiveValue(problem, candidate);
    if (value > bestValue) {
      best = candidate;
      bestValue = value;
    }
  };

  enqueue([...problem.pins], new Set(), Number.POSITIVE_INFINITY);
  let nodes = 0;
  while (queue.length > 0) {
    const node = takeBest(queue);
    const result = { placements: best, nodes, bound: node.bound };
    if (node.bound <= bestValue) return { ...result, provenOptimal: true };
    if (!node.evaluation) {
      if (nodes === maxNodes) return { ...result, provenOptimal: false };
      nodes++;
      const evaluation = evaluate(problem, node.fixed, node.excluded);
      if (evaluation.unplaced.length === 0) {
        offer(evaluation.schedule);
      } else {
        offer(greedyFill(problem, evaluation.schedule));
        queue.push({ ...node, bound: evaluation.bound, evaluation });
      }
      continue;
    }

    const { occupancy, schedule, unplaced, sideRounds } = node.evaluation;
    const pair = mostValuable(problem, schedule, unplaced);
    // Equal bounds are taken newest first, so children go in reverse order of trial: first the
    // rounds the flow gave this pair, then its other rounds, last not meeting at all.
    const sides = sideRounds?.get(pair);
    const preferred = sides ? [sides.seekerRound, sides.employerRound] : [];
    const openMask = openRounds(problem, occupancy, pair);
    const rounds = Array.from({ length: problem.rounds }, (_, index) => index + 1)
      .filter((round) => openMask & roundBit(round))
      .sort((a, b) => Number(preferred.includes(a)) - Number(preferred.includes(b)) || b - a);
    enqueue(node.fixed, new Set([...node.excluded, pair]), node.bound);
    for (const round of rounds) enqueue([...node.fixed, { pair, round }], node.excluded, node.bound);
  }
  return { placements: best, provenOptimal: true, nodes, bound: bestValue };
}

/**
 * Both steps for one node. The b-matching first: it is cheap, and when its pairs fit into rounds
 * (always, when every round is alike) its bound is reached. Otherwise the round network gives the
 * tighter bound and, through its own rounds, usually a schedule that reaches it.
 */
function evaluate(problem: Problem, fixed: Placement[], excluded: ReadonlySet<number>): Evaluation {
  const occupancy = occupancyAfter(problem, fixed);
  const realise = (placed: Placement[], unplaced: number[]) => ({
    schedule: [...fixed, ...placed],
    unplaced,
  });

  const matching = selectPairs(problem, occupancy, fixed, excluded, 'pairs');
  const matched = assignRounds(problem, occupancy, matching.pairs);
  if (matched.unplaced.length === 0)
    return { bound: matching.bound, occupancy, ...realise(matched.placed, []) };

  const network = selectPairs(problem, occupancy, fixed, excluded, 'rounds');
  const sideRounds = network.sideRounds as Map<number, SideRounds>;
  const followed = followSideRounds(problem, occupancy, { pairs: network.pairs, sideRounds });
  const attempts = [followed, assignRounds(problem, occupancy, network.pairs), matched].map(
    ({ placed, unplaced }) => realise(placed, unplaced),
  );
  const complete = attempts.find((attempt) => attempt.unplaced.length === 0);
  const attempt =
    complete ??
    attempts.reduce((a, b) =>
      objectiveValue(problem, b.schedule) > objectiveValue(problem, a.schedule) ? b : a,
    );
  return { bound: network.bound, occupancy, sideRounds, ...attempt };
}

/** Removes and returns the open node with the highest bound (the newest among equals). */
function takeBest(queue: SearchNode[]): SearchNode {
  let bestIndex = 0;
  for (let index = 1; index < queue.length; index++) {
    const candidate = queue[index] as SearchNode;
    const current = queue[bestIndex] as SearchNode;
    if (
      candidate.bound > current.bound ||
      (candidate.bound === current.bound && candidate.order > current.order)
    )
      bestIndex = index;
  }
  return queue.splice(bestIndex, 1)[0] as SearchNode;
}

/** The unplaced pair that costs most to lose: a person's only conversation first, then points. */
function mostValuable(problem: Problem, schedule: readonly Placement[], unplaced: readonly number[]): number {
  const covered = new Set(schedule.map(({ pair }) => problem.pairs[pair]?.seeker));
  const worth = (pair: number) => {
    const { seeker, points } = problem.pairs[pair] as { seeker: number; points: number };
    return (covered.has(seeker) ? 0 : problem.coverageBonus) + points;
  };
  return unplaced.reduce((best, pair) => (worth(pair) > worth(best) ? pair : best));
}
