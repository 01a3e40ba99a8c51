import type { EmployerWish } from './types';

// The objective is lexicographic: first as many people with at least one conversation as possible,
// then the most pair points. Points are integers so the flow solver compares exactly (no float
// drift decides who meets whom): quality has a resolution of 0.001.

export const POINTS_PER_QUALITY_UNIT = 1000;

/** A WANT is worth one full quality unit more than a MAYBE: any WANT outweighs any MAYBE one-for-one. */
export const DEFAULT_WANT_BONUS = 1;

export function pairPoints(quality: number, wish: EmployerWish, wantBonus = DEFAULT_WANT_BONUS): number {
  const bonus = wish === 'WANT' ? wantBonus : 0;
  return Math.round(quality * POINTS_PER_QUALITY_UNIT) + Math.round(bonus * POINTS_PER_QUALITY_UNIT);
}

/**
 * Worth of one more person with a conversation: more than all pair points together, so no amount of
 * match quality can buy a schedule that leaves one more person without a conversation.
 */
export function coverageBonus(allPairPoints: readonly number[]): number {
  let total = 0;
  for (const points of allPairPoints) total += points;
  return total + 1;
}
