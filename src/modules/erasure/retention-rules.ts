import { addMonths } from '../placements/placement-rules';
import { addDays } from '../readiness/review-dates';

/** How long data is kept without activity, unless RETENTION_MONTHS says otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;
/** How many days ahead the person and their lifecoach are told. */
export const RETENTION_NOTICE_DAYS = 30;

/** The day the data of someone last active on `lastActivityOn` is anonymised (YYYY-MM-DD). Pure. */
export const anonymiseOnFor = (lastActivityOn: string, months: number): string =>
  addMonths(lastActivityOn, months);

/** The day the notice goes out: 30 days before the anonymisation. Pure. */
export const noticeOnFor = (lastActivityOn: string, months: number): string =>
  addDays(anonymiseOnFor(lastActivityOn, months), -RETENTION_NOTICE_DAYS);

export type RetentionStep =
  | { step: 'NONE' }
  | { step: 'WAIT' }
  | { step: 'NOTIFY'; anonymiseOn: string }
  | { step: 'ANONYMISE' };

/**
 * What the daily job does today for one person, from the day of their last activity and the notice
 * given for that activity (if any). Nobody is anonymised without a notice at least 30 days before:
 * when the job was not running on the notice day, the anonymisation moves to 30 days after the
 * notice. Pure.
 */
export function retentionStep(input: {
  today: string;
  lastActivityOn: string;
  months: number;
  notice: { anonymiseOn: string } | null;
}): RetentionStep {
  const { today, lastActivityOn, months, notice } = input;
  if (notice) return today >= notice.anonymiseOn ? { step: 'ANONYMISE' } : { step: 'WAIT' };
  if (today < noticeOnFor(lastActivityOn, months)) return { step: 'NONE' };
  const planned = anonymiseOnFor(lastActivityOn, months);
  const earliest = addDays(today, RETENTION_NOTICE_DAYS);
  return { step: 'NOTIFY', anonymiseOn: planned > earliest ? planned : earliest };
}
