import {
  behaviourValue,
  type CompiledVacancy,
  competenceFitValue,
  compileVacancy,
  essentialCoverageValue,
  interestCodeOf,
} from './compiled-vacancy';
import { combineScore, distanceFit, hoursFit, roundScore, UNASSESSED_BEHAVIOUR_UNITS } from './components';
import type { MatchContext } from './context';
import { seekerDistanceKm } from './gates';
import { passendWerkLabelNl } from './passend-werk';
import { assertValidSeeker } from './seeker-checks';
import type {
  MatchSeeker,
  MatchVacancy,
  RequirementResult,
  ScoreComponent,
  ScoreComponentName,
  ScoreResult,
} from './types';
import { SCORE_COMPONENTS } from './types';

// The explainable score of one person for one vacancy (the formula is documented in weights.ts).
// It never reads age, and the seeker type has no name, gender, origin, address or diploma.

const COMPONENT_LABELS_NL: Record<ScoreComponentName, string> = {
  competenceFit: 'Kunnen: niveau per gevraagde competentie',
  essentialCoverage: 'Kunnen: alle onmisbare competenties gehaald',
  interest: 'Willen: dit werk of deze sector',
  behaviour: 'Gedrag dat het werk vraagt',
  hours: 'Uren',
  distance: 'Reisafstand',
  passendWerk: 'Passend werk',
};

/** The component's words; passend werk names what the vacancy offers ("vast contract in zicht", "cao"). */
function componentLabelNl(name: ScoreComponentName, compiled: CompiledVacancy): string {
  return name === 'passendWerk' ? passendWerkLabelNl(compiled.vacancy.terms) : COMPONENT_LABELS_NL[name];
}

/** A temporary level for one competence, for "what if this were trained" questions. */
export interface LevelOverride {
  competenceCode: string;
  level: number;
}

export interface ComponentValues extends Record<ScoreComponentName, number> {
  /** ESSENTIAL requirements fully met. */
  essentialMet: number;
  /** The unrounded score. */
  raw: number;
}

/** The component values and the unrounded score, exactly as the index computes them. */
export function componentValues(
  seeker: MatchSeeker,
  compiled: CompiledVacancy,
  ctx: MatchContext,
  override?: LevelOverride,
): ComponentValues {
  const tierUnits = [0, 0, 0];
  let essentialMet = 0;
  for (const requirement of compiled.requirements) {
    const actual = levelOf(seeker, requirement.competenceCode, override);
    tierUnits[requirement.tierIndex] =
      (tierUnits[requirement.tierIndex] as number) + (requirement.units[actual] as number);
    if (requirement.tierIndex === 0 && actual >= requirement.level) essentialMet++;
  }
  let behaviourUnits = 0;
  for (const item of compiled.behaviours) {
    const score = seeker.behaviourScores[item];
    behaviourUnits += score === undefined ? UNASSESSED_BEHAVIOUR_UNITS : score - 1;
  }
  const { vacancy } = compiled;
  const distance = seekerDistanceKm(seeker, compiled, ctx);
  const values = {
    competenceFit: competenceFitValue(
      compiled,
      tierUnits[0] as number,
      tierUnits[1] as number,
      tierUnits[2] as number,
    ),
    essentialCoverage: essentialCoverageValue(compiled, essentialMet),
    interest: compiled.interestValues[interestCodeOf(compiled, seeker.interests)] as number,
    behaviour: behaviourValue(compiled, behaviourUnits),
    hours: hoursFit(
      seeker.wantedHours.min,
      seeker.wantedHours.max,
      vacancy.hours.min,
      vacancy.hours.max,
      vacancy.gradualBuildUp,
    ),
    distance: distance === null ? 0 : distanceFit(distance, seeker.maxTravelKm),
    passendWerk: compiled.passendWerk,
  };
  const raw = combineScore(
    compiled.weights,
    values.competenceFit,
    values.essentialCoverage,
    values.interest,
    values.behaviour,
    values.hours,
    values.distance,
    values.passendWerk,
  );
  return { ...values, essentialMet, raw };
}

export function levelOf(seeker: MatchSeeker, competenceCode: string, override?: LevelOverride): number {
  if (override !== undefined && override.competenceCode === competenceCode) return override.level;
  return seeker.competenceLevels[competenceCode] ?? 0;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function requirementResults(
  seeker: MatchSeeker,
  compiled: CompiledVacancy,
  ctx: MatchContext,
): RequirementResult[] {
  const { maxLevels } = ctx.weights.trainableGap;
  return compiled.requirements.map((requirement) => {
    const actual = levelOf(seeker, requirement.competenceCode);
    const gap = Math.max(0, requirement.level - actual);
    return {
      competenceCode: requirement.competenceCode,
      tier: requirement.tier,
      required: requirement.level,
      actual,
      met: gap === 0,
      gap,
      trainable: gap > 0 && gap <= maxLevels && requirement.trainableKind,
      label:
        gap === 0
          ? `niveau ${actual} (gevraagd ${requirement.level})`
          : `niveau ${actual} → ${requirement.level}`,
    };
  });
}

export function scoreCompiled(
  seeker: MatchSeeker,
  compiled: CompiledVacancy,
  ctx: MatchContext,
): ScoreResult {
  const values = componentValues(seeker, compiled, ctx);
  const components: ScoreComponent[] = SCORE_COMPONENTS.map((name) => {
    const applicable = compiled.applicable[name];
    const weight = compiled.weights[name];
    return {
      name,
      labelNl: componentLabelNl(name, compiled),
      applicable,
      value: applicable ? round4(values[name]) : null,
      weight: round4(weight),
      contribution: round4(weight * values[name]),
    };
  });
  return {
    score: roundScore(values.raw),
    components,
    requirements: requirementResults(seeker, compiled, ctx),
    distanceKm: seekerDistanceKm(seeker, compiled, ctx),
  };
}

/** Score and explanation of one person for one vacancy; gates are checked separately (gateCheck). */
export function scoreMatch(seeker: MatchSeeker, vacancy: MatchVacancy, ctx: MatchContext): ScoreResult {
  assertValidSeeker(seeker);
  return scoreCompiled(seeker, compileVacancy(vacancy, ctx), ctx);
}
