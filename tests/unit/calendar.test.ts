import { describe, expect, it } from 'vitest';
import {
  ageOn,
  DATE_OF_BIRTH_MESSAGES,
  dateOfBirthProblem,
  dutchCalendarDate,
  isCalendarDate,
} from '../../src/modules/job-seekers/calendar';
import { isLanguageCode, languageCodeCount } from '../../src/modules/job-seekers/languages';

describe('dutchCalendarDate', () => {
  const cases: [moment: string, date: string][] = [
    ['2026-06-15T12:00:00Z', '2026-06-15'],
    ['2026-12-31T22:59:59Z', '2026-12-31'], // 23:59:59 in winter time
    ['2026-12-31T23:00:00Z', '2027-01-01'], // midnight in Rotterdam
    ['2026-07-14T22:30:00Z', '2026-07-15'], // 00:30 in summer time
  ];
  it.each(cases)('%s is %s in the Netherlands', (moment, date) => {
    expect(dutchCalendarDate(new Date(moment))).toBe(date);
  });
});

describe('isCalendarDate', () => {
  it.each(['2000-02-29', '1985-04-23', '1999-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });
  it.each([
    '2023-02-29',
    '1985-13-01',
    '1985-04-31',
    '1985-4-23',
    '23-04-1985',
    '1985/04/23',
    '',
    '1985-04-23T00:00',
  ])('rejects %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('ageOn', () => {
  const cases: [born: string, day: string, age: number][] = [
    ['1990-06-15', '2026-06-14', 35],
    ['1990-06-15', '2026-06-15', 36],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
  ];
  it.each(cases)('born %s is %i on %s', (born, day, age) => {
    expect(ageOn(born, day)).toBe(age);
  });
});

describe('dateOfBirthProblem', () => {
  const today = '2026-11-22';
  const cases: [value: string, problem: string | null][] = [
    ['1985-04-23', null],
    ['2011-11-22', null], // 15 today
    ['2011-11-23', DATE_OF_BIRTH_MESSAGES.implausible], // 15 tomorrow
    ['1926-11-22', null], // 100 today
    ['1925-11-21', DATE_OF_BIRTH_MESSAGES.implausible], // 101
    ['2026-11-23', DATE_OF_BIRTH_MESSAGES.future],
    ['2030-01-01', DATE_OF_BIRTH_MESSAGES.future],
    ['2023-02-29', DATE_OF_BIRTH_MESSAGES.format],
    ['23-04-1985', DATE_OF_BIRTH_MESSAGES.format],
  ];
  it.each(cases)('%s → %j', (value, problem) => {
    expect(dateOfBirthProblem(value, today)).toBe(problem);
  });
});

describe('isLanguageCode', () => {
  it('knows the ISO 639-1 codes, and only those', () => {
    expect(languageCodeCount).toBe(183);
    for (const code of ['nl', 'en', 'ar', 'tr', 'pl', 'ti', 'so', 'pap'.slice(0, 2)])
      expect(isLanguageCode(code)).toBe(true);
    for (const code of ['NL', 'xx', 'nld', 'sh', 'pap', '']) expect(isLanguageCode(code)).toBe(false);
  });
});
