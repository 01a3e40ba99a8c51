import { describe, expect, it } from 'vitest';
import {
  absenceProblems,
  agreedHoursInWeek,
  buildUpProblems,
  canMovePlacement,
  workWeekOf,
} from '../../src/modules/placements/placement-rules';

const schedule = [
  { fromWeek: 1, hours: 12 },
  { fromWeek: 3, hours: 20 },
  { fromWeek: 6, hours: 28 },
  { fromWeek: 9, hours: 32 },
];

describe('the hours build-up', () => {
  it.each([
    [0, null],
    [1, 12],
    [2, 12],
    [3, 20],
    [8, 28],
    [9, 32],
    [60, 32],
  ])('in week %i the agreed hours are %s', (week, hours) => {
    expect(agreedHoursInWeek(schedule, week)).toBe(hours);
  });

  it.each([
    ['2027-01-04', '2027-01-03', 0],
    ['2027-01-04', '2027-01-04', 1],
    ['2027-01-04', '2027-01-10', 1],
    ['2027-01-04', '2027-01-11', 2],
    ['2027-01-04', '2027-03-29', 13],
  ])('from a start on %s, %s is in week %i', (start, date, week) => {
    expect(workWeekOf(start, date)).toBe(week);
  });

  it('accepts 12 → 20 → 28 → 32 under a 32-hour contract', () => {
    expect(buildUpProblems(schedule, 32)).toEqual([]);
  });

  it('refuses a week above the contract hours, naming the step', () => {
    expect(buildUpProblems(schedule, 28)).toEqual([
      { path: ['steps', 3, 'hours'], message: expect.stringContaining('28 uur') },
    ]);
  });

  it('refuses a schedule that does not start in week 1, or whose weeks do not go up', () => {
    expect(buildUpProblems([{ fromWeek: 2, hours: 10 }], 32).map((p) => p.path)).toEqual([
      ['steps', 0, 'fromWeek'],
    ]);
    expect(
      buildUpProblems(
        [
          { fromWeek: 1, hours: 10 },
          { fromWeek: 4, hours: 16 },
          { fromWeek: 4, hours: 20 },
        ],
        32,
      ).map((p) => p.path),
    ).toEqual([['steps', 2, 'fromWeek']]);
    expect(buildUpProblems([], 32).map((p) => p.path)).toEqual([['steps']]);
  });

  it('allows going back down (for example when the hours were too heavy)', () => {
    expect(
      buildUpProblems(
        [
          { fromWeek: 1, hours: 20 },
          { fromWeek: 5, hours: 12 },
        ],
        32,
      ),
    ).toEqual([]);
  });
});

describe('absences', () => {
  it('accepts separate periods in any order', () => {
    expect(
      absenceProblems([
        { from: '2027-07-20', to: '2027-08-02' },
        { from: '2027-05-01', to: '2027-05-01' },
      ]),
    ).toEqual([]);
  });

  it('refuses an end before the beginning, overlaps and absurdly long periods', () => {
    expect(absenceProblems([{ from: '2027-05-10', to: '2027-05-01' }]).map((p) => p.path)).toEqual([
      ['absences', 0, 'to'],
    ]);
    expect(
      absenceProblems([
        { from: '2027-05-01', to: '2027-05-10' },
        { from: '2027-05-10', to: '2027-05-12' },
      ]).map((p) => p.path),
    ).toEqual([['absences', 1, 'from']]);
    expect(absenceProblems([{ from: '2027-01-01', to: '2027-12-31' }]).map((p) => p.path)).toEqual([
      ['absences', 0, 'to'],
    ]);
  });
});

describe('placement statuses', () => {
  it.each([
    ['DRAFT', 'ACTIVE', true],
    ['DRAFT', 'CANCELLED', true],
    ['DRAFT', 'ENDED', false],
    ['ACTIVE', 'ENDED', true],
    ['ACTIVE', 'CONVERTED_TO_PERMANENT', true],
    ['CONVERTED_TO_PERMANENT', 'ENDED', true],
    ['ENDED', 'ACTIVE', false],
    ['CANCELLED', 'ACTIVE', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMovePlacement(from, to)).toBe(allowed);
  });
});
