import { type Occupancy, openRounds } from './occupancy';
import type { Placement, Problem } from './problem';
import { roundBit } from './rounds';
import type { SideRounds } from './select-pairs';

// Step 2 for the round network: its flow already gave each chosen pair a round on the person's side
// and one on the employer's side. Where the two agree the pair is placed there (the flow kept both
// sides within their limits); the others go to either of their two rounds or any round still open,
// most valuable first. When everything fits, the flow's bound is reached.

export function followSideRounds(
  problem: Problem,
  occupancy: Occupancy,
  selection: { pairs: readonly number[]; sideRounds: ReadonlyMap<number, SideRounds> },
): { placed: Placement[]; unplaced: number[] } {
  const free = {
    seekerFreeRounds: [...occupancy.seekerFreeRounds],
    seekerRemaining: [...occupancy.seekerRemaining],
    employerSeats: occupancy.employerSeats.map((seats) => [...seats]),
    employerOpenRounds: [...occupancy.employerOpenRounds],
  };
  const placed: Placement[] = [];
  const place = (pair: number, round: number) => {
    const { seeker, employer } = problem.pairs[pair] as { seeker: number; employer: number };
    placed.push({ pair, round });
    free.seekerFreeRounds[seeker] = (free.seekerFreeRounds[seeker] as number) & ~roundBit(round);
    free.seekerRemaining[seeker] = (free.seekerRemaining[seeker] as number) - 1;
    const seats = free.employerSeats[employer] as number[];
    seats[round - 1] = (seats[round - 1] as number) - 1;
    if (seats[round - 1] === 0)
      free.employerOpenRounds[employer] = (free.employerOpenRounds[employer] as number) & ~roundBit(round);
  };

  const split: number[] = [];
  for (const pair of selection.pairs) {
    const { seekerRound, employerRound } = selection.sideRounds.get(pair) as SideRounds;
    if (seekerRound === employerRound) place(pair, seekerRound);
    else split.push(pair);
  }
  split.sort((a, b) => (problem.pairs[b]?.points as number) - (problem.pairs[a]?.points as number) || a - b);
  const unplaced: number[] = [];
  for (const pair of split) {
    const open = openRounds(problem, free, pair);
    if (open === 0) {
      unplaced.push(pair);
      continue;
    }
    const { seekerRound, employerRound } = selection.sideRounds.get(pair) as SideRounds;
    const earliestOpen = 32 - Math.clz32(open & -open);
    place(pair, [seekerRound, employerRound].find((round) => open & roundBit(round)) ?? earliestOpen);
  }
  return { placed, unplaced: unplaced.sort((a, b) => a - b) };
}
