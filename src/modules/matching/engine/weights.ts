import type { CompetenceKind } from '../../catalogue/catalogue';
import type { RequirementTier, ScoreComponentName } from './types';

/**
 * Configuration of the score. Every number here is shown in the explanation of a match, so a
 * change is visible, not hidden.
 *
 * Component weights (defaults sum to 1.1: passendWerk was added on top of the six that summed
 * to 1, so their proportions stay as they were). A component the vacancy gives nothing to measure is left
 * out, and the others are scaled up to sum to 1 again, so "the employer named no behaviours"
 * neither helps nor hurts anyone:
 *   competenceFit      0.35  per requirement min(level, required) / required, weighted by tier
 *   essentialCoverage  0.20  share of the ESSENTIAL requirements fully met
 *   interest           0.15  occupation wanted 1, sector wanted 0.6, no wishes stated 0.5, else 0
 *   behaviour          0.10  mean of (score − 1) / 4 over the behaviours the vacancy names;
 *                            a behaviour not assessed counts as the middle of the scale (0.5)
 *   hours              0.10  1 when the wanted hours overlap the vacancy's; with a gradual
 *                            build-up bridging a shortfall: wanted max / vacancy min
 *   distance           0.10  1 − distance / the person's own maximum travel distance
 *   passendWerk        0.10  one third each for a permanent prospect ("vast contract in zicht"),
 *                            a cao and a pay indication; the same for every person, so it never
 *                            changes who ranks above whom for one vacancy, only how a vacancy
 *                            compares with others for one person (effective weight 0.1/1.1 ≈ 0.09)
 *
 * Tier weights: ESSENTIAL 3, IMPORTANT 2, NICE_TO_HAVE 1.
 *
 * Trainable gap: a gap of at most 1 level on a transversal or practical competence can be closed
 * in the preparation phase (about three months of tailored modules, PRODUCT.md step 4). Language
 * takes longer than that, so a language gap is never counted as trainable here.
 *
 * A vacancy "opens" for a person (whatToTrain) when every ESSENTIAL requirement is met, the gates
 * pass and the score is at least 0.5.
 */
export interface MatchWeights {
  components: Readonly<Record<ScoreComponentName, number>>;
  tiers: Readonly<Record<RequirementTier, number>>;
  interestValues: Readonly<{ occupation: number; sector: number; noPreference: number }>;
  trainableGap: Readonly<{ maxLevels: number; untrainableKinds: readonly CompetenceKind[] }>;
  opensAtScore: number;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  components: Object.freeze({
    competenceFit: 0.35,
    essentialCoverage: 0.2,
    interest: 0.15,
    behaviour: 0.1,
    hours: 0.1,
    distance: 0.1,
    passendWerk: 0.1,
  }),
  tiers: Object.freeze({ ESSENTIAL: 3, IMPORTANT: 2, NICE_TO_HAVE: 1 }),
  interestValues: Object.freeze({ occupation: 1, sector: 0.6, noPreference: 0.5 }),
  trainableGap: Object.freeze({ maxLevels: 1, untrainableKinds: Object.freeze(['language'] as const) }),
  opensAtScore: 0.5,
});

export interface MatchWeightsOverrides {
  components?: Partial<Record<ScoreComponentName, number>>;
  tiers?: Partial<Record<RequirementTier, number>>;
  interestValues?: Partial<MatchWeights['interestValues']>;
  trainableGap?: Partial<MatchWeights['trainableGap']>;
  opensAtScore?: number;
}

export class InvalidMatchWeightsError extends Error {
  override readonly name = 'InvalidMatchWeightsError';

  constructor(readonly problems: string[]) {
    super(`Invalid match weights: ${problems.join('; ')}`);
  }
}

/** The defaults with the overrides applied; throws InvalidMatchWeightsError when inconsistent. */
export function resolveMatchWeights(overrides: MatchWeightsOverrides = {}): MatchWeights {
  const weights: MatchWeights = {
    components: { ...DEFAULT_MATCH_WEIGHTS.components, ...overrides.components },
    tiers: { ...DEFAULT_MATCH_WEIGHTS.tiers, ...overrides.tiers },
    interestValues: { ...DEFAULT_MATCH_WEIGHTS.interestValues, ...overrides.interestValues },
    trainableGap: { ...DEFAULT_MATCH_WEIGHTS.trainableGap, ...overrides.trainableGap },
    opensAtScore: overrides.opensAtScore ?? DEFAULT_MATCH_WEIGHTS.opensAtScore,
  };
  const problems: string[] = [];
  const checkRange = (path: string, value: number, min: number, max: number) => {
    if (!Number.isFinite(value) || value < min || value > max)
      problems.push(`${path} must be ${min}..${max}`);
  };
  for (const [name, value] of Object.entries(weights.components))
    checkRange(`components.${name}`, value, 0, 1e6);
  // Always-applicable components must carry weight, or a vacancy without requirements divides by 0.
  if (weights.components.hours + weights.components.distance <= 0) {
    problems.push('components.hours + components.distance must be above 0');
  }
  for (const [tier, value] of Object.entries(weights.tiers)) {
    checkRange(`tiers.${tier}`, value, 0, 1e6);
    if (value === 0) problems.push(`tiers.${tier} must be above 0`);
  }
  for (const [name, value] of Object.entries(weights.interestValues))
    checkRange(`interestValues.${name}`, value, 0, 1);
  if (!Number.isInteger(weights.trainableGap.maxLevels))
    problems.push('trainableGap.maxLevels must be an integer');
  checkRange('trainableGap.maxLevels', weights.trainableGap.maxLevels, 0, 4);
  checkRange('opensAtScore', weights.opensAtScore, 0, 1);
  if (problems.length > 0) throw new InvalidMatchWeightsError(problems);
  return weights;
}
