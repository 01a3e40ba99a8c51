import type { CompiledVacancy } from './compiled-vacancy';
import { roundScore } from './components';
import type { MatchContext } from './context';
import { checkCompiledGates } from './gates';
import { compareIds } from './ranking';
import { type ComponentValues, componentValues, type LevelOverride, levelOf } from './score';
import type { MatchSeeker } from './types';

/**
 * What to train: for one person, the competences whose improvement would open the most vacancies.
 *
 * A vacancy is open for a person when the gates pass, every ESSENTIAL requirement is met and the
 * score is at least `opensAtScore` (weights.ts). Training one competence up to the level a vacancy
 * asks opens it when that alone makes it open. Vacancies whose gates fail are left out: hours,
 * distance, consent or a licence are not closed by training a competence.
 */
export interface TrainingOpening {
  vacancyId: string;
  requiredLevel: number;
  /** The gap can be closed in the preparation phase (weights.ts). */
  trainable: boolean;
}

export interface TrainingSuggestion {
  competenceCode: string;
  currentLevel: number;
  /** The vacancies it would open, by id ascending. */
  vacancyIds: string[];
  opens: TrainingOpening[];
}

function isOpen(values: ComponentValues, compiled: CompiledVacancy, ctx: MatchContext): boolean {
  return (
    values.essentialMet === compiled.essentialCount && roundScore(values.raw) >= ctx.weights.opensAtScore
  );
}

/** Sorted by number of vacancies opened (most first), then competence code. */
export function suggestTraining(
  seeker: MatchSeeker,
  vacancies: readonly CompiledVacancy[],
  ctx: MatchContext,
): TrainingSuggestion[] {
  const openings = new Map<string, TrainingOpening[]>();
  const { maxLevels } = ctx.weights.trainableGap;
  for (const compiled of vacancies) {
    if (!checkCompiledGates(seeker, compiled, ctx).passed) continue;
    const now = componentValues(seeker, compiled, ctx);
    if (isOpen(now, compiled, ctx)) continue;
    const unmetEssentials = compiled.requirements.filter(
      (requirement) =>
        requirement.tierIndex === 0 && levelOf(seeker, requirement.competenceCode) < requirement.level,
    );
    // Training one competence can only open a vacancy with at most one essential gap.
    if (unmetEssentials.length > 1) continue;
    const candidates = unmetEssentials.length === 1 ? unmetEssentials : compiled.requirements;
    for (const requirement of candidates) {
      const current = levelOf(seeker, requirement.competenceCode);
      if (current >= requirement.level) continue;
      const override: LevelOverride = {
        competenceCode: requirement.competenceCode,
        level: requirement.level,
      };
      if (!isOpen(componentValues(seeker, compiled, ctx, override), compiled, ctx)) continue;
      const gap = requirement.level - current;
      const list = openings.get(requirement.competenceCode) ?? [];
      list.push({
        vacancyId: compiled.id,
        requiredLevel: requirement.level,
        trainable: gap <= maxLevels && requirement.trainableKind,
      });
      openings.set(requirement.competenceCode, list);
    }
  }
  const suggestions = [...openings].map(([competenceCode, opens]) => {
    opens.sort((a, b) => compareIds(a.vacancyId, b.vacancyId));
    return {
      competenceCode,
      currentLevel: levelOf(seeker, competenceCode),
      vacancyIds: opens.map((opening) => opening.vacancyId),
      opens,
    };
  });
  return suggestions.sort(
    (a, b) => b.opens.length - a.opens.length || compareIds(a.competenceCode, b.competenceCode),
  );
}
