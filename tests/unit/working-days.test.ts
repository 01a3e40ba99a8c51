import { describe, expect, it } from 'vitest';
import { startOfDutchDay } from '../../src/modules/job-seekers/calendar';
import {
  isWorkingDay,
  workingDaysBefore,
  workingDaysBetween,
} from '../../src/modules/job-seekers/working-days';

describe('working days in the Netherlands', () => {
  it('skips weekends and the national holidays, Easter and Whitsun moving with the year', () => {
    // 2026: Easter Monday 6 April, King's Day Monday 27 April, Ascension 14 May, Whit Monday 25 May.
    for (const holiday of [
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
    ]) {
      expect(isWorkingDay(holiday), holiday).toBe(false);
    }
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday is a working day
    expect(isWorkingDay('2026-05-05')).toBe(true); // Liberation Day is a day off every fifth year
    expect(isWorkingDay('2025-05-05')).toBe(false);
    expect(isWorkingDay('2025-04-21')).toBe(false); // Easter Monday 2025
    expect(isWorkingDay('2025-04-26')).toBe(false); // a Saturday
    expect(isWorkingDay('2027-04-27')).toBe(false); // King's Day 2027 is a Tuesday
    expect(isWorkingDay('2025-04-28')).toBe(true); // 27 April 2025 was a Sunday: King's Day was Saturday the 26th
  });

  it('counts back and between without the day itself', () => {
    expect(workingDaysBefore('2026-12-04', 5)).toBe('2026-11-27'); // Friday to the Friday before
    expect(workingDaysBefore('2026-12-28', 5)).toBe('2026-12-18'); // over Christmas
    expect(workingDaysBefore('2026-12-04', 0)).toBe('2026-12-04');
    expect(workingDaysBetween('2026-11-27', '2026-12-04')).toBe(5);
    expect(workingDaysBetween('2026-12-24', '2026-12-28')).toBe(1);
    expect(workingDaysBetween('2026-12-04', '2026-12-01')).toBe(0);
  });
});

describe('startOfDutchDay', () => {
  it('is midnight in Rotterdam in winter and in summer time', () => {
    expect(startOfDutchDay('2026-12-03').toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // clocks go forward at 2:00
  });
});
