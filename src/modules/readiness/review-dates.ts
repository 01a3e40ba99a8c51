// Pure module: the calendar days that review dates are counted in (the programme works in
// Rotterdam, so "today" is the date in the Netherlands), as YYYY-MM-DD strings.

const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in the Netherlands at this moment: 23:30 UTC on 31 December is already 1 January there. */
export const programmeToday = (moment: Date): string => DUTCH_DATE.format(moment);

const midnightUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const result = midnightUtc(date);
  result.setUTCDate(result.getUTCDate() + days);
  return result.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((midnightUtc(to).getTime() - midnightUtc(from).getTime()) / 86_400_000);

/**
 * The moment to hand to segmentProfile / segmentRedPhase, which count review days from the UTC
 * date of `asOf`: midnight UTC of today's Dutch date, so review dates count from the Dutch day.
 */
export const segmentationMoment = (now: Date): Date => midnightUtc(programmeToday(now));
