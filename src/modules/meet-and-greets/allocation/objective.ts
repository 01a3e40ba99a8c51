import type { Placement, Problem } from './problem';

/** The lexicographic objective as one integer: coverage × bonus + points (see scoring.ts). */
export function objectiveValue(problem: Problem, placements: readonly Placement[]): number {
  const covered = new Set<number>();
  let points = 0;
  for (const { pair } of placements) {
    const { seeker, points: pairPoints } = problem.pairs[pair] as { seeker: number; points: number };
    covered.add(seeker);
    points += pairPoints;
  }
  return covered.size * problem.coverageBonus + points;
}
