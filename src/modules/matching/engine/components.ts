// The score's building blocks as functions of plain numbers, shared by scoreMatch and the index
// kernels. Both paths call exactly these functions on exactly the same numbers, so the index
// ranks by bit-for-bit the same scores that an explanation shows.

import type { ScoreComponentName } from './types';

/**
 * A fully met requirement is worth 12 units; partial credit is min(level, required) × 12 / required.
 * 12 is the least common multiple of the levels 1..4, so every credit is a whole number and sums of
 * credits are exact in any order (which lets a matrix product compute them too).
 */
export const UNITS_PER_REQUIREMENT = 12;
/** Units per behaviour are score − 1 (0..4); a behaviour not assessed counts as the middle, 2. */
export const BEHAVIOUR_UNITS_RANGE = 4;
export const UNASSESSED_BEHAVIOUR_UNITS = 2;
/** Scores are rounded to 4 decimals; the index keeps them as whole "score units" of 1/10,000. */
export const SCORE_UNITS = 10_000;

export function requirementUnits(actual: number, required: number): number {
  return Math.min(actual, required) * (UNITS_PER_REQUIREMENT / required);
}

/** 1 when the wanted hours overlap the vacancy's; a gradual build-up scores the share of the start. */
export function hoursFit(
  wantedMin: number,
  wantedMax: number,
  vacancyMin: number,
  vacancyMax: number,
  gradualBuildUp: boolean,
): number {
  if (wantedMin <= vacancyMax && vacancyMin <= wantedMax) return 1;
  if (gradualBuildUp && wantedMax < vacancyMin) return wantedMax / vacancyMin;
  return 0;
}

/** Closer is better, measured against the person's own maximum; beyond it (or unknown) is 0. */
export function distanceFit(distanceKm: number, maxTravelKm: number): number {
  if (!(distanceKm <= maxTravelKm)) return 0;
  if (maxTravelKm <= 0) return 1;
  return 1 - distanceKm / maxTravelKm;
}

/** Effective component weights of one vacancy, in SCORE_COMPONENTS order; 0 when not applicable. */
export type EffectiveWeights = Readonly<Record<ScoreComponentName, number>>;

/** The weighted sum, always in the same order of operations. */
export function combineScore(
  weights: EffectiveWeights,
  competenceFit: number,
  essentialCoverage: number,
  interest: number,
  behaviour: number,
  hours: number,
  distance: number,
  passendWerk: number,
): number {
  return (
    weights.competenceFit * competenceFit +
    weights.essentialCoverage * essentialCoverage +
    weights.interest * interest +
    weights.behaviour * behaviour +
    weights.hours * hours +
    weights.distance * distance +
    weights.passendWerk * passendWerk
  );
}

export function toScoreUnits(rawScore: number): number {
  return Math.round(rawScore * SCORE_UNITS);
}

export function roundScore(rawScore: number): number {
  return toScoreUnits(rawScore) / SCORE_UNITS;
}
