import {
  BEHAVIOUR_UNITS_RANGE,
  type EffectiveWeights,
  requirementUnits,
  UNITS_PER_REQUIREMENT,
} from './components';
import type { MatchContext } from './context';
import { requiredQualificationMask } from './legal-requirements';
import {
  contractKindMask,
  isLearningPlace,
  isOnCall,
  ON_CALL_BIT,
  passendWerkFit,
  workingTimeMask,
} from './passend-werk';
import { allowedSegmentMask } from './segments';
import {
  CONTRACT_KINDS,
  MAX_COMPETENCE_LEVEL,
  type MatchVacancy,
  REQUIREMENT_TIERS,
  type RequirementTier,
  SCORE_COMPONENTS,
  type ScoreComponentName,
  WORKING_TIMES,
} from './types';

// A vacancy checked once and turned into the numbers every candidate is scored against:
// per-requirement credit tables, the effective weights, masks. Built once per vacancy, so the
// per-candidate work is only lookups and arithmetic.

export interface CompiledRequirement {
  competenceCode: string;
  /** Column in the catalogue order. */
  column: number;
  level: number;
  tier: RequirementTier;
  /** Position of the tier in REQUIREMENT_TIERS: 0 essential, 1 important, 2 nice to have. */
  tierIndex: number;
  /** Credit units for actual level 0..4. */
  units: readonly number[];
  /** The competence's kind allows a gap to count as trainable (language does not). */
  trainableKind: boolean;
}

/** Interest outcome per candidate, as a small code for typed arrays. */
export const INTEREST_NONE = 0;
export const INTEREST_SECTOR = 1;
export const INTEREST_OCCUPATION = 2;
export const INTEREST_NO_PREFERENCE = 3;

export interface CompiledVacancy {
  readonly vacancy: MatchVacancy;
  readonly id: string;
  readonly allowedSegments: number;
  /** Index in the postcode directory, -1 when unknown. */
  readonly pc4Index: number;
  readonly requiredQualifications: number;
  /** The highest legal minimum age, or null when the law sets none for this work. */
  readonly minimumAge: number | null;
  readonly requirements: readonly CompiledRequirement[];
  /** Tier weights in REQUIREMENT_TIERS order. */
  readonly tierWeights: readonly [number, number, number];
  readonly competenceDenominator: number;
  readonly essentialCount: number;
  readonly occupationCode: string | null;
  /** The vacancy's sector, or its occupation's. */
  readonly sectorCode: string | null;
  /** Value per interest code (INTEREST_*). */
  readonly interestValues: readonly [number, number, number, number];
  /** Named behaviours without duplicates, in the vacancy's order. */
  readonly behaviours: readonly string[];
  /** False for a component the vacancy gives nothing to measure; its weight goes to the others. */
  readonly applicable: Readonly<Record<ScoreComponentName, boolean>>;
  readonly weights: EffectiveWeights;
  /** Bit of the contract kind for CONTRACT_KIND; 0 when not stated or on-call (ON_CALL checks that). */
  readonly contractKindBit: number;
  /** On-call or zero-hours work. */
  readonly onCall: boolean;
  /** Working times as a bitmask; 0 when not stated. */
  readonly workingTimes: number;
  readonly paid: boolean;
  /** A learn-work place or an internship: the only kinds of place where unpaid work can fit. */
  readonly learningPlace: boolean;
  /** The passend werk component's value; the same for everyone, it depends on the vacancy only. */
  readonly passendWerk: number;
}

export class InvalidVacancyError extends Error {
  override readonly name = 'InvalidVacancyError';

  constructor(
    readonly vacancyId: string,
    readonly problems: string[],
  ) {
    super(`Vacancy ${vacancyId} cannot be matched: ${problems.join('; ')}`);
  }
}

const SECTOR_PATTERN = /^\d{1,2}$/;

export function compileVacancy(vacancy: MatchVacancy, ctx: MatchContext): CompiledVacancy {
  const problems: string[] = [];
  const { weights } = ctx;
  const hours = vacancy.hours;
  if (
    !(Number.isFinite(hours.min) && Number.isFinite(hours.max) && hours.min >= 0 && hours.min <= hours.max)
  ) {
    problems.push('hours must be 0 <= min <= max');
  }

  const seen = new Set<string>();
  const requirements: CompiledRequirement[] = [];
  for (const requirement of vacancy.requirements) {
    const column = ctx.competences.indexOf(requirement.competenceCode);
    const { level } = requirement;
    if (column < 0) problems.push(`unknown competence ${requirement.competenceCode}`);
    if (seen.has(requirement.competenceCode)) problems.push(`competence ${requirement.competenceCode} twice`);
    if (!Number.isInteger(level) || level < 1 || level > MAX_COMPETENCE_LEVEL) {
      problems.push(`level of ${requirement.competenceCode} must be 1..${MAX_COMPETENCE_LEVEL}`);
    }
    const tierIndex = REQUIREMENT_TIERS.indexOf(requirement.tier);
    if (tierIndex < 0) problems.push(`unknown tier ${requirement.tier}`);
    seen.add(requirement.competenceCode);
    const kind = ctx.competences.kinds[column];
    requirements.push({
      competenceCode: requirement.competenceCode,
      column,
      level,
      tier: requirement.tier,
      tierIndex,
      units: [0, 1, 2, 3, 4].map((actual) => requirementUnits(actual, level)),
      trainableKind: kind !== undefined && !weights.trainableGap.untrainableKinds.includes(kind),
    });
  }

  const qualificationCodes: string[] = [];
  let minimumAge: number | null = null;
  for (const legal of vacancy.legalRequirements) {
    if ('code' in legal) qualificationCodes.push(legal.code);
    else if (Number.isFinite(legal.minimumAge) && legal.minimumAge >= 0) {
      minimumAge = Math.max(minimumAge ?? 0, legal.minimumAge);
    } else problems.push('minimumAge must be a number >= 0');
  }
  let requiredQualifications = 0;
  try {
    requiredQualifications = requiredQualificationMask(qualificationCodes);
  } catch (error) {
    problems.push((error as Error).message);
  }

  if (vacancy.contractKind !== null && !CONTRACT_KINDS.includes(vacancy.contractKind))
    problems.push(`unknown contract kind ${vacancy.contractKind}`);
  for (const time of vacancy.workingTimes ?? []) {
    if (!WORKING_TIMES.includes(time)) problems.push(`unknown working time ${time}`);
  }

  const sectorCode = vacancy.sectorCode ?? vacancy.occupationCode?.slice(0, 2) ?? null;
  if (sectorCode !== null && !SECTOR_PATTERN.test(sectorCode))
    problems.push(`sector ${sectorCode} is not ISCO`);
  if (problems.length > 0) throw new InvalidVacancyError(vacancy.id, problems);

  const tierWeights = [weights.tiers.ESSENTIAL, weights.tiers.IMPORTANT, weights.tiers.NICE_TO_HAVE] as const;
  let tierWeightSum = 0;
  for (const requirement of requirements) tierWeightSum += tierWeights[requirement.tierIndex] as number;
  const essentialCount = requirements.filter((requirement) => requirement.tierIndex === 0).length;
  const behaviours = [...new Set(vacancy.behaviours)];
  const applicable: Record<ScoreComponentName, boolean> = {
    competenceFit: requirements.length > 0,
    essentialCoverage: essentialCount > 0,
    interest: vacancy.occupationCode !== null || sectorCode !== null,
    behaviour: behaviours.length > 0,
    hours: true,
    distance: true,
    passendWerk: true,
  };
  const kindBit = contractKindMask(vacancy.contractKind === null ? null : [vacancy.contractKind]);

  return {
    vacancy,
    id: vacancy.id,
    allowedSegments: allowedSegmentMask(vacancy.contractType),
    pc4Index: ctx.postcodes.indexOf(vacancy.pc4),
    requiredQualifications,
    minimumAge,
    requirements,
    tierWeights,
    competenceDenominator: UNITS_PER_REQUIREMENT * tierWeightSum,
    essentialCount,
    occupationCode: vacancy.occupationCode,
    sectorCode,
    interestValues: [
      0,
      weights.interestValues.sector,
      weights.interestValues.occupation,
      weights.interestValues.noPreference,
    ],
    behaviours,
    applicable,
    weights: effectiveWeights(weights.components, applicable),
    contractKindBit: kindBit === ON_CALL_BIT ? 0 : kindBit,
    onCall: isOnCall(vacancy.contractKind, hours.min),
    workingTimes: workingTimeMask(vacancy.workingTimes),
    paid: vacancy.terms.paid,
    learningPlace: isLearningPlace(vacancy.contractType),
    passendWerk: passendWerkFit(vacancy.terms),
  };
}

function effectiveWeights(
  configured: Readonly<Record<ScoreComponentName, number>>,
  applicable: Record<ScoreComponentName, boolean>,
): EffectiveWeights {
  let total = 0;
  for (const name of SCORE_COMPONENTS) if (applicable[name]) total += configured[name];
  const effective = {} as Record<ScoreComponentName, number>;
  for (const name of SCORE_COMPONENTS) effective[name] = applicable[name] ? configured[name] / total : 0;
  return effective;
}

/** Tier-weighted credit over the maximum, from the whole-number credit per tier. */
export function competenceFitValue(
  compiled: CompiledVacancy,
  essentialUnits: number,
  importantUnits: number,
  niceUnits: number,
): number {
  if (compiled.requirements.length === 0) return 0;
  const [essential, important, nice] = compiled.tierWeights;
  return (
    (essential * essentialUnits + important * importantUnits + nice * niceUnits) /
    compiled.competenceDenominator
  );
}

export function essentialCoverageValue(compiled: CompiledVacancy, essentialMet: number): number {
  return compiled.essentialCount === 0 ? 0 : essentialMet / compiled.essentialCount;
}

export function behaviourValue(compiled: CompiledVacancy, behaviourUnits: number): number {
  const count = compiled.behaviours.length;
  return count === 0 ? 0 : behaviourUnits / (BEHAVIOUR_UNITS_RANGE * count);
}

/** A wanted sector key (1 or 2 ISCO digits) covers the vacancy's sector when one contains the other. */
export function sectorCovers(key: string, sectorCode: string): boolean {
  return sectorCode.startsWith(key) || key.startsWith(sectorCode);
}

/** The sector keys a person's interests stand for: wanted sectors and the sectors of wanted occupations. */
export function sectorKeysOf(interests: {
  occupations: readonly string[];
  sectors: readonly string[];
}): string[] {
  return [...new Set([...interests.sectors, ...interests.occupations.map((code) => code.slice(0, 2))])];
}

export function interestCodeOf(
  compiled: CompiledVacancy,
  interests: { occupations: readonly string[]; sectors: readonly string[] },
): number {
  if (compiled.occupationCode !== null && interests.occupations.includes(compiled.occupationCode)) {
    return INTEREST_OCCUPATION;
  }
  const { sectorCode } = compiled;
  if (sectorCode !== null && sectorKeysOf(interests).some((key) => sectorCovers(key, sectorCode))) {
    return INTEREST_SECTOR;
  }
  if (interests.occupations.length === 0 && interests.sectors.length === 0) return INTEREST_NO_PREFERENCE;
  return INTEREST_NONE;
}
