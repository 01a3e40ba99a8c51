// Pure module: the rules of a placement after a hire — its statuses and how it moves between them,
// the reasons a placement ends, the hours build-up (which hours are agreed in which week) and the
// calendar arithmetic they need. No database, no HTTP.

import { say } from '../../http/messages';
import { addDays, daysBetween } from '../readiness/review-dates';

export const placementStatuses = ['DRAFT', 'ACTIVE', 'CONVERTED_TO_PERMANENT', 'ENDED', 'CANCELLED'] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

export const PLACEMENT_STATUS_LABELS_NL: Record<PlacementStatus, string> = {
  DRAFT: 'In voorbereiding: mentor, leidinggevende en startdatum nog vastleggen',
  ACTIVE: 'Aan het werk',
  CONVERTED_TO_PERMANENT: 'Aan het werk met een vast contract',
  ENDED: 'Gestopt',
  CANCELLED: 'Niet begonnen',
};

/** Placements that hold the person: they work there (or will, once started), so matching leaves them out. */
export const RUNNING_STATUSES = ['DRAFT', 'ACTIVE', 'CONVERTED_TO_PERMANENT'] as const;
/** The person works under this placement: placed, for matching. */
export const WORKING_STATUSES = ['ACTIVE', 'CONVERTED_TO_PERMANENT'] as const;

const transitions: Record<PlacementStatus, readonly PlacementStatus[]> = {
  DRAFT: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['CONVERTED_TO_PERMANENT', 'ENDED'],
  // A permanent contract can still end; retention at 12 months must know.
  CONVERTED_TO_PERMANENT: ['ENDED'],
  ENDED: [],
  CANCELLED: [],
};

export const canMovePlacement = (from: PlacementStatus, to: PlacementStatus): boolean =>
  transitions[from].includes(to);

export const isWorking = (status: PlacementStatus): boolean =>
  (WORKING_STATUSES as readonly string[]).includes(status);

/**
 * Why a placement ended (or never started). A fixed list, so the programme can count the causes and
 * learn from them (PRODUCT.md step 7), always with a free text beside it.
 */
export const endReasons = [
  'PERSONAL_CIRCUMSTANCES',
  'HOURS_TOO_HEAVY',
  'TASK_MISMATCH',
  'CONFLICT_AT_WORK',
  'EMPLOYER_REASONS',
  'CONTRACT_NOT_EXTENDED',
  'BETTER_JOB_ELSEWHERE',
  'TRAVEL_TOO_HARD',
  'MONEY_MATTERS',
  'OTHER',
] as const;
export type EndReason = (typeof endReasons)[number];

/**
 * Reasons that tell something about the person's money (benefit, allowances, debts): only the
 * lifecoach and the programme give them, and an employer reads them as personal circumstances.
 */
export const PRIVATE_END_REASONS: readonly EndReason[] = ['MONEY_MATTERS'];
/** The reason as an employer reads it. */
export const endReasonForEmployer = (reason: EndReason): EndReason =>
  PRIVATE_END_REASONS.includes(reason) ? 'PERSONAL_CIRCUMSTANCES' : reason;

export const END_REASON_LABELS_NL: Record<EndReason, string> = {
  PERSONAL_CIRCUMSTANCES: 'Persoonlijke omstandigheden',
  HOURS_TOO_HEAVY: 'De uren waren te zwaar',
  TASK_MISMATCH: 'Het werk paste niet',
  CONFLICT_AT_WORK: 'Conflict op het werk',
  EMPLOYER_REASONS: 'Reden van de werkgever',
  CONTRACT_NOT_EXTENDED: 'Contract niet verlengd',
  BETTER_JOB_ELSEWHERE: 'Betere baan gevonden',
  TRAVEL_TOO_HARD: 'Reizen naar het werk lukte niet',
  MONEY_MATTERS: 'Geldzaken: uitkering, toeslagen of schulden',
  OTHER: 'Andere reden',
};

// ---- calendar -----------------------------------------------------------------------------------

/**
 * `date` plus whole months; the day is kept where it exists and otherwise the month's last day
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The week of work `date` falls in: week 1 is the start date and the six days after it; 0 before the start. */
export function workWeekOf(startDate: string, date: string): number {
  const days = daysBetween(startDate, date);
  return days < 0 ? 0 : Math.floor(days / 7) + 1;
}

/** The first day of work week `week` (week ≥ 1). */
export const firstDayOfWeek = (startDate: string, week: number): string => addDays(startDate, (week - 1) * 7);

// ---- hours build-up -----------------------------------------------------------------------------

/** From work week `fromWeek` on, the agreed hours per week are `hours` (until the next step). */
export type BuildUpStep = { fromWeek: number; hours: number };

export const MAX_BUILD_UP_WEEK = 104;
export const MAX_BUILD_UP_STEPS = 26;

export type BuildUpProblem = { path: (string | number)[]; message: string };

/**
 * What is wrong with a build-up schedule: it starts in week 1, the weeks go up, and no week's hours
 * are above the contract hours. Empty when it is fine.
 */
export function buildUpProblems(steps: readonly BuildUpStep[], contractHours: number): BuildUpProblem[] {
  const problems: BuildUpProblem[] = [];
  if (steps.length === 0) {
    return [
      {
        path: ['steps'],
        message: say({ nl: 'Geef minstens één stap, vanaf week 1.', en: 'Give at least one step.' }),
      },
    ];
  }
  if (steps[0]?.fromWeek !== 1) {
    problems.push({
      path: ['steps', 0, 'fromWeek'],
      message: say({ nl: 'De eerste stap begint in week 1.', en: 'The first step starts in week 1.' }),
    });
  }
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous && step.fromWeek <= previous.fromWeek) {
      problems.push({
        path: ['steps', index, 'fromWeek'],
        message: say(
          { nl: 'Deze week moet na week {fromWeek} komen.', en: 'Weeks must go up.' },
          { fromWeek: previous.fromWeek },
        ),
      });
    }
    if (step.hours > contractHours) {
      problems.push({
        path: ['steps', index, 'hours'],
        message: say(
          {
            nl: 'Meer dan de {contractHours} uur van het contract. Spreek minder uren af, of pas eerst het contract aan.',
            en: 'Above the {contractHours} contract hours.',
          },
          { contractHours },
        ),
      });
    }
  });
  return problems;
}

/** The agreed hours in work week `week` (the last step that has begun); null before week 1. */
export function agreedHoursInWeek(steps: readonly BuildUpStep[], week: number): number | null {
  if (week < 1) return null;
  let hours: number | null = null;
  for (const step of steps) if (step.fromWeek <= week) hours = step.hours;
  return hours;
}

/** The schedule with a step for the contract hours from week 1: when nothing else is agreed (yet). */
export const flatBuildUp = (contractHours: number): BuildUpStep[] => [{ fromWeek: 1, hours: contractHours }];

// ---- absences -----------------------------------------------------------------------------------

/** A period without work and without follow-up conversations, such as a holiday (both days included). */
export type Absence = { from: string; to: string };

export const MAX_ABSENCE_DAYS = 183;

export function absenceProblems(absences: readonly Absence[]): BuildUpProblem[] {
  const problems: BuildUpProblem[] = [];
  const sorted = absences
    .map((absence, index) => ({ ...absence, index }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  sorted.forEach((absence, position) => {
    if (absence.to < absence.from) {
      problems.push({
        path: ['absences', absence.index, 'to'],
        message: say({ nl: 'De einddatum ligt voor de begindatum.', en: 'The end is before the beginning.' }),
      });
    } else if (daysBetween(absence.from, absence.to) + 1 > MAX_ABSENCE_DAYS) {
      problems.push({
        path: ['absences', absence.index, 'to'],
        message: say(
          {
            nl: 'Een afwezigheid duurt hier hoogstens {MAX_ABSENCE_DAYS} dagen.',
            en: 'At most {MAX_ABSENCE_DAYS} days.',
          },
          { MAX_ABSENCE_DAYS },
        ),
      });
    }
    const previous = sorted[position - 1];
    if (previous && absence.from <= previous.to) {
      problems.push({
        path: ['absences', absence.index, 'from'],
        message: say({
          nl: 'Deze periode overlapt met een andere.',
          en: 'This period overlaps another one.',
        }),
      });
    }
  });
  return problems;
}
