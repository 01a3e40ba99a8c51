// Pure module: did the person still work there 3, 6 and 12 months after the start? The programme
// counts outcomes, not trajectories (PRODUCT.md step 8). No database, no HTTP.

import { addMonths, type PlacementStatus } from './placement-rules';

export const RETENTION_MONTHS = [3, 6, 12] as const;
export type RetentionMonths = (typeof RETENTION_MONTHS)[number];

export const retentionOutcomes = ['RETAINED', 'NOT_RETAINED', 'PENDING', 'NOT_APPLICABLE'] as const;
export type RetentionOutcome = (typeof retentionOutcomes)[number];

export type RetentionMilestone = {
  months: RetentionMonths;
  /** The day the milestone is reached: the start date plus the months (null while no start date is set). */
  date: string | null;
  /**
   * RETAINED: still working there on that day (a conversion to a permanent contract counts);
   * NOT_RETAINED: ended before it; PENDING: the day has not come yet; NOT_APPLICABLE: never started.
   */
  outcome: RetentionOutcome;
};

export type RetentionInput = {
  status: PlacementStatus;
  startDate: string | null;
  /** The last day of work, for an ended placement. */
  endDate: string | null;
  today: string;
};

/** Retention at 3, 6 and 12 months for one placement. The end date is the last day worked. */
export function retentionOf(input: RetentionInput): RetentionMilestone[] {
  const { status, startDate, endDate, today } = input;
  return RETENTION_MONTHS.map((months) => {
    if (!startDate)
      return { months, date: null, outcome: status === 'CANCELLED' ? 'NOT_APPLICABLE' : 'PENDING' };
    const date = addMonths(startDate, months);
    let outcome: RetentionOutcome;
    if (status === 'CANCELLED') outcome = 'NOT_APPLICABLE';
    else if (status === 'ENDED' && endDate !== null && endDate < date) outcome = 'NOT_RETAINED';
    else if (status === 'DRAFT' || date > today) outcome = 'PENDING';
    else outcome = 'RETAINED';
    return { months, date, outcome };
  });
}

export type RetentionCount = {
  months: RetentionMonths;
  retained: number;
  notRetained: number;
  pending: number;
  /** retained / (retained + notRetained), or null when nobody has reached the milestone yet. */
  rate: number | null;
};

/** Retention over many placements: how many reached each milestone still working, and the rate. */
export function retentionCounts(milestones: readonly RetentionMilestone[][]): RetentionCount[] {
  return RETENTION_MONTHS.map((months) => {
    let retained = 0;
    let notRetained = 0;
    let pending = 0;
    for (const placement of milestones) {
      const milestone = placement.find((m) => m.months === months);
      if (milestone?.outcome === 'RETAINED') retained++;
      else if (milestone?.outcome === 'NOT_RETAINED') notRetained++;
      else if (milestone?.outcome === 'PENDING') pending++;
    }
    const decided = retained + notRetained;
    return { months, retained, notRetained, pending, rate: decided === 0 ? null : retained / decided };
  });
}
