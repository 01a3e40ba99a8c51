// Pure module: the rules of a preparation plan — who may have one (READY and LATER), how long the
// preparation may last per segment (its planned intensity), which module states there are, how far
// along a plan is, and which gaps a plan addresses ("in voorbereiding"). No database, no HTTP.

import type { ReadinessSegment } from '../job-seekers/job-seeker.entity';
import { addDays, daysBetween } from '../readiness/review-dates';

/** Segments with a preparation phase (PRODUCT.md step 4): ready now, and able to work later. */
export const PREPARATION_SEGMENTS = ['READY', 'LATER'] as const satisfies readonly ReadinessSegment[];
export type PreparationSegment = (typeof PREPARATION_SEGMENTS)[number];

export const isPreparationSegment = (segment: ReadinessSegment | null): segment is PreparationSegment =>
  segment === 'READY' || segment === 'LATER';

/**
 * The planned intensity per segment: the most weeks a preparation may be planned for. READY about
 * three months of tailored modules, LATER longer (PREPARATION_WEEKS_READY, PREPARATION_WEEKS_LATER).
 */
export type PreparationIntensity = Readonly<Record<PreparationSegment, number>>;

export const DEFAULT_PREPARATION_INTENSITY: PreparationIntensity = Object.freeze({ READY: 13, LATER: 26 });

export const moduleStatuses = ['PLANNED', 'BUSY', 'DONE', 'STOPPED'] as const;
export type ModuleStatus = (typeof moduleStatuses)[number];

export const MODULE_STATUS_LABELS_NL: Record<ModuleStatus, string> = {
  PLANNED: 'Gepland',
  BUSY: 'Bezig',
  DONE: 'Afgerond',
  STOPPED: 'Gestopt',
};

export interface PlannedModule {
  offeringId: string;
  status: ModuleStatus;
  competenceCodes: readonly string[];
  durationWeeks: number;
}

export interface PlanCheckInput {
  segment: ReadinessSegment | null;
  startDate: string;
  plannedWeeks: number;
  readyToMeetDate: string | null;
  modules: readonly PlannedModule[];
}

export interface PlanProblem {
  path: (string | number)[];
  messageNl: string;
}

/**
 * What is wrong with a plan, one problem per field: a plan only for READY or LATER; no longer than
 * the segment's planned intensity; no module longer than the plan; the moment to meet employers
 * on or after the start and no later than the end of the planned preparation.
 */
export function checkPreparationPlan(input: PlanCheckInput, intensity: PreparationIntensity): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!isPreparationSegment(input.segment)) {
    problems.push({
      path: ['segment'],
      messageNl:
        'Een voorbereidingsplan is voor mensen die nu kunnen werken of op termijn. Deze persoon zit niet in een van die segmenten.',
    });
    return problems;
  }
  const maxWeeks = intensity[input.segment];
  if (input.plannedWeeks > maxWeeks) {
    problems.push({
      path: ['plannedWeeks'],
      messageNl: `In dit segment duurt de voorbereiding hoogstens ${maxWeeks} weken.`,
    });
  }
  input.modules.forEach((module, index) => {
    if (module.durationWeeks > input.plannedWeeks) {
      problems.push({
        path: ['modules', index, 'offeringId'],
        messageNl: `Deze training duurt ${module.durationWeeks} weken. Dat is langer dan de voorbereiding.`,
      });
    }
  });
  if (input.readyToMeetDate !== null) {
    const end = plannedEndDate(input.startDate, input.plannedWeeks);
    if (input.readyToMeetDate < input.startDate) {
      problems.push({
        path: ['readyToMeetDate'],
        messageNl: 'Kies een moment op of na het begin van de voorbereiding.',
      });
    } else if (input.readyToMeetDate > end) {
      problems.push({
        path: ['readyToMeetDate'],
        messageNl: 'Kies een moment voor het einde van de voorbereiding, of plan de voorbereiding langer.',
      });
    }
  }
  return problems;
}

export const plannedEndDate = (startDate: string, plannedWeeks: number): string =>
  addDays(startDate, plannedWeeks * 7);

export interface PlanProgress {
  modulesDone: number;
  /** Modules that count: every module except those stopped. */
  modulesCounted: number;
  /** 0..100, whole percent of the counted modules done; 0 without modules. */
  percentDone: number;
  /** Weeks since the start (0 before it), at most the planned weeks. */
  weeksUnderway: number;
}

export function progressOf(
  modules: readonly Pick<PlannedModule, 'status'>[],
  startDate: string,
  plannedWeeks: number,
  today: string,
): PlanProgress {
  const counted = modules.filter((module) => module.status !== 'STOPPED');
  const done = counted.filter((module) => module.status === 'DONE').length;
  const weeks = Math.floor(Math.max(0, daysBetween(startDate, today)) / 7);
  return {
    modulesDone: done,
    modulesCounted: counted.length,
    percentDone: counted.length ? Math.round((done / counted.length) * 100) : 0,
    weeksUnderway: Math.min(weeks, plannedWeeks),
  };
}

/**
 * The competences a plan works on: those of the modules that are planned or under way (a module
 * done has raised the level at the next assessment; a module stopped no longer works on anything),
 * and the competences the lifecoach chose from matching's "what to train".
 */
export function competencesInPreparation(
  modules: readonly Pick<PlannedModule, 'status' | 'competenceCodes'>[],
  focusCompetenceCodes: readonly string[],
): Set<string> {
  const codes = new Set<string>();
  for (const module of modules) {
    if (module.status === 'PLANNED' || module.status === 'BUSY') {
      for (const code of module.competenceCodes) codes.add(code);
    }
  }
  for (const code of focusCompetenceCodes) codes.add(code);
  return codes;
}

/**
 * The competences of the language modules in a plan (planned or under way). Language takes longer
 * than the preparation phase in general (engine/weights.ts), but with a language module in the plan
 * a small language gap counts as trainable.
 */
export function languageCodesInPlan(
  modules: readonly Pick<PlannedModule, 'status' | 'competenceCodes'>[],
  isLanguage: (competenceCode: string) => boolean,
): Set<string> {
  const codes = new Set<string>();
  for (const module of modules) {
    if (module.status !== 'PLANNED' && module.status !== 'BUSY') continue;
    for (const code of module.competenceCodes) if (isLanguage(code)) codes.add(code);
  }
  return codes;
}

/**
 * A gap is trainable as the engine says, or — for a language competence a language module in the
 * plan works on — when it is no more than the trainable number of levels.
 */
export const trainableWithPlan = (
  gap: { competenceCode: string; gapLevels: number; trainable: boolean },
  languageInPlan: ReadonlySet<string>,
  maxLevels: number,
): boolean =>
  gap.trainable ||
  (gap.gapLevels > 0 && gap.gapLevels <= maxLevels && languageInPlan.has(gap.competenceCode));
