import type { Placement, Problem } from './problem';
import { roundBit } from './rounds';

// What is still free once some conversations are fixed (staff's pins, or the search's decisions):
// the rounds a person can still use, how many more conversations they may have, and the seats
// left at each employer per round.

export interface Occupancy {
  /** Rounds the person attends and has no conversation in yet. */
  seekerFreeRounds: number[];
  /** Conversations the person may still have (K_s minus fixed ones). */
  seekerRemaining: number[];
  /** Seats left per employer per round (index round - 1); 0 when absent. */
  employerSeats: number[][];
  /** Rounds in which the employer has a seat left. */
  employerOpenRounds: number[];
}

export function occupancyAfter(problem: Problem, fixed: readonly Placement[]): Occupancy {
  const seekerFreeRounds = [...problem.seekerRounds];
  const seekerRemaining = [...problem.seekerLimit];
  const employerSeats = problem.employerCapacity.map((capacity, employer) =>
    Array.from({ length: problem.rounds }, (_, index) =>
      (problem.employerRounds[employer] as number) & roundBit(index + 1) ? capacity : 0,
    ),
  );
  for (const { pair, round } of fixed) {
    const { seeker, employer } = problem.pairs[pair] as { seeker: number; employer: number };
    seekerFreeRounds[seeker] = (seekerFreeRounds[seeker] as number) & ~roundBit(round);
    seekerRemaining[seeker] = (seekerRemaining[seeker] as number) - 1;
    const seats = employerSeats[employer] as number[];
    seats[round - 1] = (seats[round - 1] as number) - 1;
  }
  const employerOpenRounds = employerSeats.map((seats) =>
    seats.reduce((mask, left, index) => (left > 0 ? mask | roundBit(index + 1) : mask), 0),
  );
  return { seekerFreeRounds, seekerRemaining, employerSeats, employerOpenRounds };
}

/** Rounds in which a pair could still meet: the person is free and the employer has a seat. */
export function openRounds(problem: Problem, occupancy: Occupancy, pair: number): number {
  const { seeker, employer } = problem.pairs[pair] as { seeker: number; employer: number };
  return (occupancy.seekerFreeRounds[seeker] as number) & (occupancy.employerOpenRounds[employer] as number);
}
