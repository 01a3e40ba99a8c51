// Pure module: the way to work. A funnel over the people who registered in a period — registered,
// assessed, segment, trajectory, Meet & Greet, interview, started work, still working at 3, 6 and
// 12 months — with the median days each step took. No database, no HTTP.

import type { ReadinessSegment } from '../job-seekers/job-seeker.entity';
import { readinessSegments } from '../job-seekers/job-seeker.entity';
import type { RetentionOutcome } from '../placements/retention';
import { daysBetween } from '../readiness/review-dates';
import { SMALL_CELL_LIMIT } from './small-cells';

export const wayToWorkSteps = [
  'REGISTERED',
  'ASSESSED',
  'SEGMENTED',
  'TRAJECTORY',
  'MEET_AND_GREET',
  'INTERVIEW',
  'HIRED',
  'WORKING_3_MONTHS',
  'WORKING_6_MONTHS',
  'WORKING_12_MONTHS',
] as const;
export type WayToWorkStep = (typeof wayToWorkSteps)[number];

export const WAY_TO_WORK_STEP_LABELS_NL: Record<WayToWorkStep, string> = {
  REGISTERED: 'Aangemeld',
  ASSESSED: 'Assessment gedaan',
  SEGMENTED: 'Segment bepaald',
  TRAJECTORY: 'Traject begonnen',
  MEET_AND_GREET: 'Naar een Meet & Greet geweest',
  INTERVIEW: 'Sollicitatiegesprek gehad',
  HIRED: 'Aan het werk begonnen',
  WORKING_3_MONTHS: 'Na 3 maanden nog aan het werk',
  WORKING_6_MONTHS: 'Na 6 maanden nog aan het werk',
  WORKING_12_MONTHS: 'Na 12 maanden nog aan het werk',
};

/** One person's way so far: the first day each step was reached (null: not yet). */
export type Journey = {
  registeredOn: string;
  assessedOn: string | null;
  segmentedOn: string | null;
  /** The first segment the person got. */
  firstSegment: ReadinessSegment | null;
  trajectoryOn: string | null;
  meetAndGreetOn: string | null;
  interviewOn: string | null;
  hiredOn: string | null;
  /** Retention of the first job: the milestone's day and whether the person still worked there then. */
  retention: { months: 3 | 6 | 12; date: string | null; outcome: RetentionOutcome }[];
};

export type StepCount = {
  step: WayToWorkStep;
  reached: number;
  /** For the retention steps: people whose milestone day has not come yet (not counted as reached). */
  pending: number;
  /** Median days from the step before it that the person reached; null for fewer than 5 people. */
  medianDays: number | null;
};

export type WayToWork = {
  people: number;
  steps: StepCount[];
  /** How many got each segment first. */
  segments: { segment: ReadinessSegment; count: number }[];
};

/** The median of a list of numbers (the mean of the two middle ones for an even count), or null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The day a person reached a step, or null. */
function reachedOn(journey: Journey, step: WayToWorkStep): string | null {
  switch (step) {
    case 'REGISTERED':
      return journey.registeredOn;
    case 'ASSESSED':
      return journey.assessedOn;
    case 'SEGMENTED':
      return journey.segmentedOn;
    case 'TRAJECTORY':
      return journey.trajectoryOn;
    case 'MEET_AND_GREET':
      return journey.meetAndGreetOn;
    case 'INTERVIEW':
      return journey.interviewOn;
    case 'HIRED':
      return journey.hiredOn;
    default: {
      const months = step === 'WORKING_3_MONTHS' ? 3 : step === 'WORKING_6_MONTHS' ? 6 : 12;
      const milestone = journey.retention.find((m) => m.months === months);
      return milestone?.outcome === 'RETAINED' ? milestone.date : null;
    }
  }
}

/**
 * The funnel over people who registered in the period. Not every way passes every step (someone
 * ready for work needs no trajectory, a job can come without a Meet & Greet), so each step counts
 * everyone who reached it, and its days are counted from the latest earlier step that person reached.
 */
export function wayToWork(journeys: readonly Journey[]): WayToWork {
  const steps = wayToWorkSteps.map((step, index): StepCount => {
    let reached = 0;
    let pending = 0;
    const days: number[] = [];
    for (const journey of journeys) {
      const on = reachedOn(journey, step);
      if (on === null) {
        const months =
          step === 'WORKING_3_MONTHS'
            ? 3
            : step === 'WORKING_6_MONTHS'
              ? 6
              : step === 'WORKING_12_MONTHS'
                ? 12
                : null;
        if (
          months !== null &&
          journey.retention.find((m) => m.months === months)?.outcome === 'PENDING' &&
          journey.hiredOn
        )
          pending++;
        continue;
      }
      reached++;
      for (let before = index - 1; before >= 0; before--) {
        const earlier = reachedOn(journey, wayToWorkSteps[before] as WayToWorkStep);
        if (earlier !== null) {
          days.push(Math.max(0, daysBetween(earlier, on)));
          break;
        }
      }
    }
    return {
      step,
      reached,
      pending,
      medianDays: index > 0 && days.length >= SMALL_CELL_LIMIT ? median(days) : null,
    };
  });
  const segments = readinessSegments.map((segment) => ({
    segment,
    count: journeys.filter((j) => j.segmentedOn !== null && j.firstSegment === segment).length,
  }));
  return { people: journeys.length, steps, segments };
}
