import { describe, expect, it } from 'vitest';
import { addMonths, type PlacementStatus } from '../../src/modules/placements/placement-rules';
import { retentionCounts, retentionOf } from '../../src/modules/placements/retention';

const outcomes = (status: PlacementStatus, startDate: string | null, endDate: string | null, today: string) =>
  retentionOf({ status, startDate, endDate, today }).map((m) => m.outcome);

describe('months after the start', () => {
  it.each([
    ['2027-01-15', 3, '2027-04-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-03-31', 12, '2028-03-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('retention of one placement at 3, 6 and 12 months', () => {
  it.each([
    // status, start, end, today, [3, 6, 12]
    ['ACTIVE', '2027-01-15', null, '2027-03-01', ['PENDING', 'PENDING', 'PENDING']],
    ['ACTIVE', '2027-01-15', null, '2027-04-15', ['RETAINED', 'PENDING', 'PENDING']],
    ['ACTIVE', '2027-01-15', null, '2028-01-15', ['RETAINED', 'RETAINED', 'RETAINED']],
    ['CONVERTED_TO_PERMANENT', '2027-01-15', null, '2027-08-01', ['RETAINED', 'RETAINED', 'PENDING']],
    ['ENDED', '2027-01-15', '2027-02-20', '2027-03-01', ['NOT_RETAINED', 'NOT_RETAINED', 'NOT_RETAINED']],
    ['ENDED', '2027-01-15', '2027-04-15', '2027-05-01', ['RETAINED', 'NOT_RETAINED', 'NOT_RETAINED']],
    ['ENDED', '2027-01-15', '2027-04-14', '2027-05-01', ['NOT_RETAINED', 'NOT_RETAINED', 'NOT_RETAINED']],
    ['ENDED', '2027-01-15', '2027-12-01', '2028-06-01', ['RETAINED', 'RETAINED', 'NOT_RETAINED']],
    ['DRAFT', '2027-01-15', null, '2027-12-01', ['PENDING', 'PENDING', 'PENDING']],
    ['DRAFT', null, null, '2027-12-01', ['PENDING', 'PENDING', 'PENDING']],
    ['CANCELLED', '2027-01-15', null, '2027-12-01', ['NOT_APPLICABLE', 'NOT_APPLICABLE', 'NOT_APPLICABLE']],
  ] as const)('%s from %s, ended %s, on %s', (status, start, end, today, expected) => {
    expect(outcomes(status, start, end, today)).toEqual(expected);
  });

  it('names the milestone dates', () => {
    expect(
      retentionOf({ status: 'ACTIVE', startDate: '2027-08-31', endDate: null, today: '2027-09-01' }).map(
        (m) => [m.months, m.date],
      ),
    ).toEqual([
      [3, '2027-11-30'],
      [6, '2028-02-29'],
      [12, '2028-08-31'],
    ]);
  });
});

describe('retention over many placements', () => {
  it('counts retained, not retained and pending, and the rate over those that reached the milestone', () => {
    const today = '2027-10-01';
    const counts = retentionCounts([
      retentionOf({ status: 'ACTIVE', startDate: '2027-01-01', endDate: null, today }),
      retentionOf({ status: 'ENDED', startDate: '2027-01-01', endDate: '2027-02-01', today }),
      retentionOf({ status: 'ENDED', startDate: '2027-01-01', endDate: '2027-05-01', today }),
      retentionOf({ status: 'ACTIVE', startDate: '2027-09-01', endDate: null, today }),
    ]);
    expect(counts).toEqual([
      { months: 3, retained: 2, notRetained: 1, pending: 1, rate: 2 / 3 },
      { months: 6, retained: 1, notRetained: 2, pending: 1, rate: 1 / 3 },
      { months: 12, retained: 0, notRetained: 2, pending: 2, rate: 0 },
    ]);
    expect(retentionCounts([])[0]?.rate).toBeNull();
  });
});
