import { describe, expect, it } from 'vitest';
import {
  ageBandOf,
  type FairnessCandidacy,
  fairnessRates,
  stageIndex,
} from '../../src/modules/reports/fairness';
import { cell, cellText } from '../../src/modules/reports/small-cells';
import {
  daysWorkedIn,
  type SocialReturnPlacement,
  socialReturnTotals,
} from '../../src/modules/reports/social-return';

describe('small cells', () => {
  it.each([
    [0, '0'],
    [1, '< 5'],
    [4, '< 5'],
    [5, '5'],
    [17, '17'],
  ])('%i people is written as %s', (count, text) => {
    expect(cellText(cell(count))).toBe(text);
    expect(cell(count).count === null).toBe(text === '< 5');
  });
});

describe('age bands', () => {
  it.each([
    ['2000-03-02', '2027-03-01', 'UNDER_27'],
    ['2000-03-02', '2027-03-02', 'FROM_27_TO_49'],
    ['1977-03-02', '2027-03-01', 'FROM_27_TO_49'],
    ['1977-03-02', '2027-03-02', 'FROM_50'],
    [null, '2027-03-02', null],
  ])('born %s, on %s: %s', (born, day, band) => {
    expect(ageBandOf(born, day)).toBe(band);
  });
});

/** n candidacies of one band that got as far as `status`, closed (or open). */
const many = (
  n: number,
  ageBand: FairnessCandidacy['ageBand'],
  status: Parameters<typeof stageIndex>[0],
  open = false,
): FairnessCandidacy[] =>
  Array.from({ length: n }, () => ({ employerId: 'e', ageBand, furthest: stageIndex(status), open }));

describe('four-fifths rule over a hand-counted fixture', () => {
  // Under 27: 10 proposed; 8 shortlisted (of them 4 invited), 2 stopped at proposed.
  // 27–49:   10 proposed; 9 shortlisted (of them 6 invited), 1 stopped at proposed.
  // 50+:     10 proposed; 5 shortlisted (of them 1 invited), 5 stopped at proposed; plus 3 still open at PROPOSED.
  const fixture = [
    ...many(2, 'UNDER_27', 'PROPOSED'),
    ...many(4, 'UNDER_27', 'SHORTLISTED'),
    ...many(4, 'UNDER_27', 'INVITED'),
    ...many(1, 'FROM_27_TO_49', 'PROPOSED'),
    ...many(3, 'FROM_27_TO_49', 'SHORTLISTED'),
    ...many(6, 'FROM_27_TO_49', 'INTERVIEWED'),
    ...many(5, 'FROM_50', 'PROPOSED'),
    ...many(4, 'FROM_50', 'SHORTLISTED'),
    ...many(1, 'FROM_50', 'HIRED'),
    ...many(3, 'FROM_50', 'PROPOSED', true),
    ...many(2, null, 'HIRED'),
  ];
  const [shortlisted, invited, offered] = fairnessRates(fixture);

  it('shortlisting: 0.8, 0.9, 0.5; 50+ is 0.5/0.9 of the highest and flagged', () => {
    const bands = shortlisted?.bands ?? [];
    expect(bands.map((b) => [b.considered, b.passed])).toEqual([
      [10, 8],
      [10, 9],
      [10, 5],
    ]);
    expect(bands.map((b) => b.rate)).toEqual([0.8, 0.9, 0.5]);
    expect(bands[0]?.ratio).toBeCloseTo(0.889, 3);
    expect(bands[2]?.ratio).toBeCloseTo(0.556, 3);
    expect(bands.map((b) => b.flagged)).toEqual([false, false, true]);
    expect(shortlisted?.flagged).toBe(true);
  });

  it('inviting: 4/8, 6/9, 1/5; under 27 is 0.75 of the highest and flagged, 50+ too', () => {
    const bands = invited?.bands ?? [];
    expect(bands.map((b) => [b.considered, b.passed])).toEqual([
      [8, 4],
      [9, 6],
      [5, 1],
    ]);
    expect(bands[0]?.ratio).toBeCloseTo(0.75, 3);
    expect(bands.map((b) => b.flagged)).toEqual([true, false, true]);
  });

  it('a group smaller than 5 gets no rate and is never flagged', () => {
    const bands = offered?.bands ?? [];
    // Offered: only 50+ has 1 considered (the hire); under 27: 4 invited, none further; 27–49: 6 considered, 0 offered.
    expect(bands.map((b) => [b.considered, b.passed])).toEqual([
      [4, 0],
      [6, 0],
      [1, 1],
    ]);
    expect(bands.map((b) => b.rate)).toEqual([null, 0, null]);
    expect(bands.some((b) => b.flagged)).toBe(false);
  });
});

describe('social return', () => {
  const base: SocialReturnPlacement = {
    employerId: 'a',
    startDate: '2026-01-01',
    endDate: null,
    contractType: 'EMPLOYMENT',
    contractHoursPerWeek: 28,
    paid: true,
    underCao: true,
    zeroHoursContract: false,
    convertedOn: null,
  };

  it('counts the days worked inside the period only', () => {
    expect(daysWorkedIn(base, '2026-01-01', '2026-01-14')).toBe(14);
    expect(
      daysWorkedIn({ ...base, startDate: '2025-12-01', endDate: '2026-01-07' }, '2026-01-01', '2026-12-31'),
    ).toBe(7);
    expect(daysWorkedIn({ ...base, startDate: '2027-01-01' }, '2026-01-01', '2026-12-31')).toBe(0);
  });

  it('adds up per employer: hires in the period, hours, months and contract kinds', () => {
    const totals = socialReturnTotals(
      [
        base, // 28 h × 14 days = 56 h
        { ...base, startDate: '2025-06-01', contractHoursPerWeek: 14 }, // started before: not a hire; 14 h × 14 days = 28 h
        { ...base, contractType: 'LEARN_WORK', paid: false, underCao: false, contractHoursPerWeek: 7 }, // 14 h
        { ...base, employerId: 'b', zeroHoursContract: true },
      ],
      '2026-01-01',
      '2026-01-14',
    );
    const a = totals.find((t) => t.employerId === 'a');
    expect(a).toMatchObject({
      people: 3,
      hired: 2,
      hoursWorked: 98,
      paid: 2,
      underCao: 2,
      permanentProspect: 2,
      learnWork: 1,
      zeroHours: 0,
    });
    expect(a?.monthsEmployed).toBeCloseTo((3 * 14) / 30.44, 1);
    expect(totals.find((t) => t.employerId === 'b')).toMatchObject({
      people: 1,
      permanentProspect: 0,
      zeroHours: 1,
    });
  });
});
