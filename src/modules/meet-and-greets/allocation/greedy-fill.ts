import { occupancyAfter, openRounds } from './occupancy';
import type { Placement, Problem } from './problem';

// Extends a valid schedule with pairs that still fit, people without a conversation first, then by
// points. Only a quick lower bound that lets the search prune; never the final word on optimality.

export function greedyFill(problem: Problem, placements: readonly Placement[]): Placement[] {
  const result = [...placements];
  const occupancy = occupancyAfter(problem, result);
  const used = new Set(result.map((placement) => placement.pair));
  const covered = new Set(
    result.map((placement) => (problem.pairs[placement.pair] as { seeker: number }).seeker),
  );
  const byPoints = problem.pairs
    .map((_, pair) => pair)
    .filter((pair) => !used.has(pair))
    .sort((a, b) => (problem.pairs[b]?.points as number) - (problem.pairs[a]?.points as number) || a - b);

  const tryPlace = (pair: number) => {
    const { seeker, employer } = problem.pairs[pair] as { seeker: number; employer: number };
    const open = openRounds(problem, occupancy, pair);
    if (used.has(pair) || open === 0 || (occupancy.seekerRemaining[seeker] as number) <= 0) return;
    const earliest = open & -open;
    const round = 32 - Math.clz32(earliest);
    result.push({ pair, round });
    used.add(pair);
    covered.add(seeker);
    occupancy.seekerFreeRounds[seeker] = (occupancy.seekerFreeRounds[seeker] as number) & ~earliest;
    occupancy.seekerRemaining[seeker] = (occupancy.seekerRemaining[seeker] as number) - 1;
    const seats = occupancy.employerSeats[employer] as number[];
    seats[round - 1] = (seats[round - 1] as number) - 1;
    if (seats[round - 1] === 0)
      occupancy.employerOpenRounds[employer] = (occupancy.employerOpenRounds[employer] as number) & ~earliest;
  };
  for (const pair of byPoints)
    if (!covered.has((problem.pairs[pair] as { seeker: number }).seeker)) tryPlace(pair);
  for (const pair of byPoints) tryPlace(pair);
  return result;
}
