import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  programmeToday,
  segmentationMoment,
} from '../../src/modules/readiness/review-dates';

describe('review dates', () => {
  it.each([
    ['2026-12-31T22:30:00Z', '2026-12-31'],
    ['2026-12-31T23:30:00Z', '2027-01-01'],
    ['2026-07-15T21:59:00Z', '2026-07-15'],
    ['2026-07-15T22:01:00Z', '2026-07-16'],
  ])('counts %s as Dutch date %s', (moment, date) => {
    expect(programmeToday(new Date(moment))).toBe(date);
  });

  it.each([
    ['2026-02-27', 2, '2026-03-01'],
    ['2028-02-27', 2, '2028-02-29'],
    ['2026-12-20', 28, '2027-01-17'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('adds days: %s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('hands segmentation midnight UTC of the Dutch date, across daylight saving time', () => {
    expect(segmentationMoment(new Date('2026-10-24T23:30:00Z')).toISOString()).toBe(
      '2026-10-25T00:00:00.000Z',
    );
    expect(segmentationMoment(new Date('2026-03-28T23:30:00Z')).toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
  });
});
