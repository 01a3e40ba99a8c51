import { FlowNetwork } from './min-cost-flow';
import type { Occupancy } from './occupancy';
import type { Placement, Problem } from './problem';
import { countRounds, roundBit } from './rounds';

// Step 2: put the chosen pairs into rounds, one round at a time. Each round is a min-cost flow
// (person ─ pair ─ employer, capacities: 1 per person, seats left per employer) with lower bounds
// expressed as a large bonus: a person or employer with d pairs left and room for only c of them in
// later rounds must get at least d − c now, and a pair with no later round must be placed now.
//
// Why it never fails when nobody is absent and nothing is fixed (every person has 1 and every
// employer M_e seats in each round, and step 1 chose at most K_s ≤ R pairs per person and M_e·R
// per employer): with R' rounds left every vertex v has d_v ≤ b_v·R'. A bipartite multigraph has an
// equitable R'-edge-colouring (de Werra 1971: each vertex meets floor(d_v/R') or ceil(d_v/R') edges
// of every colour). One colour class is a subgraph with ceil(d_v/R') ≤ b_v and
// floor(d_v/R') ≥ d_v − b_v·(R' − 1), so a round meeting all lower bounds exists, the flow finds
// it (the bonus is only reached when every bound is met), and afterwards d_v ≤ b_v·(R' − 1):
// by induction every pair is placed. (Equivalently: König's edge-colouring theorem with each
// employer split into M_e seats.)
//
// With fixed conversations this is precolouring extension of a bipartite edge colouring,
// NP-complete in general (Fiala 2003), and absences restrict rounds in the same way; then this is
// a heuristic that may leave pairs unplaced, and the branch-and-bound in search.ts keeps the
// result exact.

export interface RoundAssignment {
  placed: Placement[];
  unplaced: number[];
}

const laterRounds = (rounds: number, round: number) => ((1 << rounds) - 1) & ~((1 << round) - 1);

export function assignRounds(
  problem: Problem,
  occupancy: Occupancy,
  pairs: readonly number[],
): RoundAssignment {
  const seekerFree = [...occupancy.seekerFreeRounds];
  const employerSeats = occupancy.employerSeats.map((seats) => [...seats]);
  const placed: Placement[] = [];
  const unplaced: number[] = [];
  let remaining = [...pairs].sort((a, b) => a - b);
  const covered = new Set<number>();
  occupancy.seekerRemaining.forEach((left, seeker) => {
    if (left < (problem.seekerLimit[seeker] as number)) covered.add(seeker);
  });

  const seekerOf = (pair: number) => (problem.pairs[pair] as { seeker: number }).seeker;
  const employerOf = (pair: number) => (problem.pairs[pair] as { employer: number }).employer;
  const employerOpen = (employer: number, from: number) => {
    let mask = 0;
    const seats = employerSeats[employer] as number[];
    for (let round = from; round <= problem.rounds; round++)
      if ((seats[round - 1] as number) > 0) mask |= roundBit(round);
    return mask;
  };
  const optionsFrom = (pair: number, round: number) =>
    (seekerFree[seekerOf(pair)] as number) & employerOpen(employerOf(pair), round);

  for (let round = 1; round <= problem.rounds; round++) {
    const stillPossible: number[] = [];
    for (const pair of remaining) (optionsFrom(pair, round) === 0 ? unplaced : stillPossible).push(pair);
    remaining = stillPossible;
    if (remaining.length === 0) break;

    const seekerDegree = new Map<number, number>();
    const employerDegree = new Map<number, number>();
    for (const pair of remaining) {
      seekerDegree.set(seekerOf(pair), (seekerDegree.get(seekerOf(pair)) ?? 0) + 1);
      employerDegree.set(employerOf(pair), (employerDegree.get(employerOf(pair)) ?? 0) + 1);
    }
    const later = laterRounds(problem.rounds, round);
    const bit = roundBit(round);

    // Beyond the bounds every pair is worth taking; a person's first conversation most, then pairs
    // with fewer rounds left to choose from.
    const eligible = remaining.filter((pair) => optionsFrom(pair, round) & bit);
    const urgency = eligible.map(
      (pair) =>
        1 +
        problem.rounds -
        countRounds(optionsFrom(pair, round)) +
        (covered.has(seekerOf(pair)) ? 0 : problem.rounds + 1),
    );
    const mustBonus = urgency.reduce((sum, value) => sum + value, 0) + 1;

    const seekerCount = problem.seekerIds.length;
    const network = new FlowNetwork(2 + seekerCount + problem.employerIds.length);
    const source = 0;
    const sink = 1;
    const addBounded = (from: number, to: number, capacity: number, lower: number) => {
      const must = Math.min(Math.max(lower, 0), capacity);
      if (must > 0) network.addArc(from, to, must, -mustBonus);
      if (capacity > must) network.addArc(from, to, capacity - must, 0);
    };
    for (const [seeker, degree] of seekerDegree) {
      const free = seekerFree[seeker] as number;
      addBounded(source, 2 + seeker, free & bit ? 1 : 0, degree - countRounds(free & later));
    }
    for (const [employer, degree] of employerDegree) {
      const seats = employerSeats[employer] as number[];
      const laterSeats = seats.slice(round).reduce((sum, left) => sum + left, 0);
      addBounded(2 + seekerCount + employer, sink, seats[round - 1] as number, degree - laterSeats);
    }
    const arcs = eligible.map((pair, index) => {
      const lastChance = (optionsFrom(pair, round) & later) === 0;
      const profit = (urgency[index] as number) + (lastChance ? mustBonus : 0);
      return network.addArc(2 + seekerOf(pair), 2 + seekerCount + employerOf(pair), 1, -profit);
    });
    network.minimiseCost(source, sink);

    const placedNow = new Set<number>();
    eligible.forEach((pair, index) => {
      if (network.flowOn(arcs[index] as number) === 0) return;
      placed.push({ pair, round });
      placedNow.add(pair);
      covered.add(seekerOf(pair));
      seekerFree[seekerOf(pair)] = (seekerFree[seekerOf(pair)] as number) & ~bit;
      const seats = employerSeats[employerOf(pair)] as number[];
      seats[round - 1] = (seats[round - 1] as number) - 1;
    });
    remaining = remaining.filter((pair) => !placedNow.has(pair));
  }
  unplaced.push(...remaining);
  return { placed, unplaced: unplaced.sort((a, b) => a - b) };
}
