// Sets of rounds as bit masks: round r is bit r - 1. Events have a handful of rounds; 30 keeps every
// mask a non-negative 32-bit integer.

export const MAX_ROUNDS = 30;

export const roundBit = (round: number) => 1 << (round - 1);

export const allRounds = (rounds: number) => (rounds >= 31 ? -1 >>> 0 : (1 << rounds) - 1);

export function roundMask(rounds: number, available: readonly number[] | undefined): number {
  if (available === undefined) return allRounds(rounds);
  let mask = 0;
  for (const round of available) mask |= roundBit(round);
  return mask & allRounds(rounds);
}

export function countRounds(mask: number): number {
  let count = 0;
  for (let rest = mask >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

export const hasRound = (mask: number, round: number) => (mask & roundBit(round)) !== 0;
