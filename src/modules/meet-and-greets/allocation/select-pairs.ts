import { FlowNetwork } from './min-cost-flow';
import { type Occupancy, openRounds } from './occupancy';
import type { Placement, Problem } from './problem';
import { countRounds, roundBit } from './rounds';

// Step 1: which pairs meet, as a min-cost flow. The person's first unit of flow earns the coverage
// bonus (larger than all points together), so the most profitable flow first reaches as many people
// as possible, then maximises points. Both shapes below are relaxations (every schedule is a flow),
// so their profit is an upper bound on the objective.
//
// 'pairs': a b-matching, rounds left out.
//   source ─(1, −bonus)─┬► person ─(1, −points)─► employer ─(seats left over all rounds)─► sink
//   source ─(K_s − 1)───┘     (person capacity: min(K_s, rounds still free))
// With every round alike (nobody absent, nothing fixed) step 2 always fits its pairs into rounds
// (assign-rounds.ts), so then this bound is the optimum.
//
// 'rounds': the flow also passes through the rounds.
//   person ─(1)─► person in round r ─► pair ─(1, −points)─► employer in round r' ─(seats in r')─► sink
// Every rule holds except that r and r' may differ. With absences this bound is much tighter: a
// person's or an employer's pairs that compete for the same few rounds are counted as such. The
// flow's r and r' also tell step 2 where to put each pair (follow-side-rounds.ts). Costs several
// times the b-matching, so search.ts only builds it when the b-matching's pairs do not fit.

/** The rounds a chosen pair used in the round network, on the person's side and on the employer's. */
export interface SideRounds {
  seekerRound: number;
  employerRound: number;
}

export interface PairSelection {
  /** Pairs chosen besides the fixed ones. */
  pairs: number[];
  /** Objective of fixed plus chosen pairs: an upper bound for every schedule containing the fixed ones. */
  bound: number;
  /** Round network only: the round each chosen pair used on the person's and on the employer's side. */
  sideRounds?: Map<number, SideRounds>;
}

export function selectPairs(
  problem: Problem,
  occupancy: Occupancy,
  fixed: readonly Placement[],
  excluded: ReadonlySet<number>,
  shape: 'pairs' | 'rounds',
): PairSelection {
  const fixedPairs = new Set(fixed.map((placement) => placement.pair));
  const covered = new Set<number>();
  let fixedPoints = 0;
  for (const pair of fixedPairs) {
    const { seeker, points } = problem.pairs[pair] as { seeker: number; points: number };
    covered.add(seeker);
    fixedPoints += points;
  }
  const room = occupancy.seekerRemaining.map((left, seeker) =>
    Math.min(left, countRounds(occupancy.seekerFreeRounds[seeker] as number)),
  );
  const candidates = problem.pairs
    .map((_, pair) => pair)
    .filter(
      (pair) =>
        !fixedPairs.has(pair) &&
        !excluded.has(pair) &&
        (room[problem.pairs[pair]?.seeker as number] as number) > 0 &&
        openRounds(problem, occupancy, pair) !== 0,
    );

  const network =
    shape === 'pairs'
      ? bMatchingNetwork(problem, occupancy, candidates)
      : roundNetwork(problem, occupancy, candidates);
  const { flow, pairArcs, seekerNode, sideArcs } = network;
  problem.seekerIds.forEach((_, seeker) => {
    const capacity = room[seeker] as number;
    if (capacity <= 0) return;
    if (covered.has(seeker)) {
      flow.addArc(SOURCE, seekerNode(seeker), capacity, 0);
    } else {
      flow.addArc(SOURCE, seekerNode(seeker), 1, -problem.coverageBonus);
      if (capacity > 1) flow.addArc(SOURCE, seekerNode(seeker), capacity - 1, 0);
    }
  });

  const { cost } = flow.minimiseCost(SOURCE, SINK);
  const pairs = candidates.filter((_, index) => flow.flowOn(pairArcs[index] as number) > 0);
  const bound = covered.size * problem.coverageBonus + fixedPoints - cost;
  if (!sideArcs) return { pairs, bound };
  const sideRounds = new Map<number, SideRounds>();
  candidates.forEach((pair, index) => {
    if (flow.flowOn(pairArcs[index] as number) === 0) return;
    const usedRound = (arcs: { arc: number; round: number }[]) =>
      (arcs.find(({ arc }) => flow.flowOn(arc) > 0) as { round: number }).round;
    const { seekerSide, employerSide } = sideArcs[index] as SideArcs;
    sideRounds.set(pair, { seekerRound: usedRound(seekerSide), employerRound: usedRound(employerSide) });
  });
  return { pairs, bound, sideRounds };
}

const SOURCE = 0;
const SINK = 1;

interface SideArcs {
  seekerSide: { arc: number; round: number }[];
  employerSide: { arc: number; round: number }[];
}

interface SelectionNetwork {
  flow: FlowNetwork;
  /** The arc of each candidate pair, in candidate order: its flow says whether the pair meets. */
  pairArcs: number[];
  seekerNode: (seeker: number) => number;
  /** Round network only: per candidate, its arcs from the person's and to the employer's rounds. */
  sideArcs?: SideArcs[];
}

function bMatchingNetwork(problem: Problem, occupancy: Occupancy, candidates: number[]): SelectionNetwork {
  const seekerCount = problem.seekerIds.length;
  const seekerNode = (seeker: number) => 2 + seeker;
  const employerNode = (employer: number) => 2 + seekerCount + employer;
  const flow = new FlowNetwork(2 + seekerCount + problem.employerIds.length);
  const pairArcs = candidates.map((pair) => {
    const { seeker, employer, points } = problem.pairs[pair] as {
      seeker: number;
      employer: number;
      points: number;
    };
    return flow.addArc(seekerNode(seeker), employerNode(employer), 1, -points);
  });
  occupancy.employerSeats.forEach((seats, employer) => {
    const total = seats.reduce((sum, left) => sum + left, 0);
    if (total > 0) flow.addArc(employerNode(employer), SINK, total, 0);
  });
  return { flow, pairArcs, seekerNode };
}

function roundNetwork(problem: Problem, occupancy: Occupancy, candidates: number[]): SelectionNetwork {
  const { rounds } = problem;
  const seekerCount = problem.seekerIds.length;
  const seekerNode = (seeker: number) => 2 + seeker;
  const seekerRoundNode = (seeker: number, round: number) => 2 + seekerCount + seeker * rounds + round - 1;
  const pairBase = 2 + seekerCount * (1 + rounds);
  const employerRoundBase = pairBase + 2 * candidates.length;
  const employerRoundNode = (employer: number, round: number) =>
    employerRoundBase + employer * rounds + round - 1;
  const flow = new FlowNetwork(employerRoundBase + problem.employerIds.length * rounds);

  problem.seekerIds.forEach((_, seeker) => {
    for (let round = 1; round <= rounds; round++) {
      if ((occupancy.seekerFreeRounds[seeker] as number) & roundBit(round))
        flow.addArc(seekerNode(seeker), seekerRoundNode(seeker, round), 1, 0);
    }
  });
  const sideArcs: SideArcs[] = [];
  const pairArcs = candidates.map((pair, index) => {
    const { seeker, employer, points } = problem.pairs[pair] as {
      seeker: number;
      employer: number;
      points: number;
    };
    const pairIn = pairBase + 2 * index;
    const open = openRounds(problem, occupancy, pair);
    const sides: SideArcs = { seekerSide: [], employerSide: [] };
    for (let round = 1; round <= rounds; round++) {
      if (!(open & roundBit(round))) continue;
      sides.seekerSide.push({ arc: flow.addArc(seekerRoundNode(seeker, round), pairIn, 1, 0), round });
      sides.employerSide.push({
        arc: flow.addArc(pairIn + 1, employerRoundNode(employer, round), 1, 0),
        round,
      });
    }
    sideArcs.push(sides);
    return flow.addArc(pairIn, pairIn + 1, 1, -points);
  });
  occupancy.employerSeats.forEach((seats, employer) => {
    seats.forEach((left, index) => {
      if (left > 0) flow.addArc(employerRoundNode(employer, index + 1), SINK, left, 0);
    });
  });
  return { flow, pairArcs, seekerNode, sideArcs };
}
