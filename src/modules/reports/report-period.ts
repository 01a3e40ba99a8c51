import { addMonths } from '../placements/placement-rules';
import { addDays, programmeToday } from '../readiness/review-dates';
import type { ReportPeriodQuery } from './report.schemas';

/** The period a report covers: the given days, or the year up to today. */
export function reportPeriod(now: Date, query: ReportPeriodQuery): { from: string; to: string } {
  const to = query.to ?? programmeToday(now);
  const from = query.from ?? addDays(addMonths(to, -12), 1);
  return { from, to };
}
