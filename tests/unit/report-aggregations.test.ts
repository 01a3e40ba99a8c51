import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/modules/readiness/review-dates';
import {
  ageBandOf,
  type FairnessCandidacy,
  fairnessRates,
  stageIndex,
} from '../../src/modules/reports/fairness';
import { type OutcomePlacement, type OutcomeTrajectory, outcomes } from '../../src/modules/reports/outcomes';
import { type PredictionPerson, prediction } from '../../src/modules/reports/prediction';
import { cell, cellText, shownRate } from '../../src/modules/reports/small-cells';
import {
  daysWorkedIn,
  type SocialReturnPlacement,
  socialReturnTotals,
} from '../../src/modules/reports/social-return';
import { type Journey, median, wayToWork } from '../../src/modules/reports/way-to-work';

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

  it.each([
    [2, 20, undefined, null], // 2 hired is "< 5": 10 % of 20 would name the 2
    [0, 20, undefined, 0],
    [5, 20, undefined, 0.25],
    [3, 4, undefined, null], // the group itself is too small
    [18, 20, 2, null], // 2 not retained is "< 5": 90 % would give it back
    [15, 20, 5, 0.75],
  ])('%i of %i (rest shown as %s) gives rate %s', (part, whole, rest, rate) => {
    expect(shownRate(part, whole, rest)).toBe(rate);
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

  it('inviting: 4/8, 6/9, 1/5; a rate over a hidden count ("< 5" passed) is not given, so not flagged', () => {
    const bands = invited?.bands ?? [];
    expect(bands.map((b) => [b.considered, b.passed])).toEqual([
      [8, 4],
      [9, 6],
      [5, 1],
    ]);
    // 4 of 8 and 1 of 5 would give the hidden counts back beside their group size.
    expect(bands.map((b) => b.rate)).toEqual([null, 6 / 9, null]);
    expect(bands[1]?.ratio).toBe(1);
    expect(bands.map((b) => b.flagged)).toEqual([false, false, false]);
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

describe('the way to work', () => {
  const none: Journey['retention'] = [
    { months: 3, date: null, outcome: 'PENDING' },
    { months: 6, date: null, outcome: 'PENDING' },
    { months: 12, date: null, outcome: 'PENDING' },
  ];
  const registered = (on: string): Journey => ({
    registeredOn: on,
    assessedOn: null,
    segmentedOn: null,
    firstSegment: null,
    trajectoryOn: null,
    meetAndGreetOn: null,
    interviewOn: null,
    hiredOn: null,
    retention: none,
  });
  const assessed = (on: string, days: number, segment: Journey['firstSegment']): Journey => ({
    ...registered(on),
    assessedOn: addDays(on, days),
    segmentedOn: addDays(on, days + 1),
    firstSegment: segment,
  });
  const hired = (): Journey => ({
    ...assessed('2026-01-01', 10, 'READY'),
    meetAndGreetOn: '2026-02-01',
    interviewOn: '2026-02-11',
    hiredOn: '2026-03-01',
    retention: [
      { months: 3, date: '2026-06-01', outcome: 'RETAINED' },
      { months: 6, date: '2026-09-01', outcome: 'NOT_RETAINED' },
      { months: 12, date: '2027-03-01', outcome: 'NOT_RETAINED' },
    ],
  });
  // Hand-counted: 12 registered; 2 never assessed; 4 assessed after 4, 6, 8, 20 days (LATER, one of
  // them in a trajectory 30 days after the segment); 6 hired the same way (assessed after 10 days,
  // READY, a Meet & Greet, an interview 10 days later, work 18 days after that), of whom 5 still
  // worked at 3 months and 1 is still waiting for that day.
  const journeys: Journey[] = [
    registered('2026-01-01'),
    registered('2026-01-02'),
    assessed('2026-01-01', 4, 'LATER'),
    assessed('2026-01-01', 6, 'LATER'),
    { ...assessed('2026-01-01', 8, 'LATER'), trajectoryOn: '2026-02-08' },
    assessed('2026-01-01', 20, 'NOT_NOW'),
    ...Array.from({ length: 5 }, hired),
    { ...hired(), retention: none },
  ];
  const report = wayToWork(journeys);
  const step = (name: string) => report.steps.find((s) => s.step === name);

  it('counts everyone who reached each step', () => {
    expect(report.people).toBe(12);
    expect(report.steps.map((s) => [s.step, s.reached])).toEqual([
      ['REGISTERED', 12],
      ['ASSESSED', 10],
      ['SEGMENTED', 10],
      ['TRAJECTORY', 1],
      ['MEET_AND_GREET', 6],
      ['INTERVIEW', 6],
      ['HIRED', 6],
      ['WORKING_3_MONTHS', 5],
      ['WORKING_6_MONTHS', 0],
      ['WORKING_12_MONTHS', 0],
    ]);
    expect(step('WORKING_3_MONTHS')?.pending).toBe(1);
    expect(report.segments).toEqual([
      { segment: 'READY', count: 6 },
      { segment: 'LATER', count: 3 },
      { segment: 'NOT_NOW', count: 1 },
    ]);
  });

  it('gives the median days from the step before, only for 5 people or more', () => {
    // Assessed after 4, 6, 8, 20 and six times 10 days: sorted 4 6 8 10 10 10 10 10 10 20 → 10.
    expect(step('ASSESSED')?.medianDays).toBe(10);
    expect(step('SEGMENTED')?.medianDays).toBe(1);
    // One trajectory: too few for a median.
    expect(step('TRAJECTORY')?.medianDays).toBeNull();
    // A Meet & Greet 20 days after the segment (1 Jan + 11 days → 1 Feb).
    expect(step('MEET_AND_GREET')?.medianDays).toBe(20);
    expect(step('INTERVIEW')?.medianDays).toBe(10);
    expect(step('HIRED')?.medianDays).toBe(18);
    expect(step('WORKING_3_MONTHS')?.medianDays).toBe(92);
    expect(step('REGISTERED')?.medianDays).toBeNull();
  });

  it('takes the middle two of an even count', () => {
    expect(median([1, 9, 3, 5])).toBe(4);
    expect(median([])).toBeNull();
  });
});

describe('outcomes and their causes', () => {
  const job: OutcomePlacement = {
    status: 'ACTIVE',
    startDate: '2026-01-15',
    endDate: null,
    endReason: null,
    endNote: null,
    convertedOn: null,
    returnsToProgramme: null,
  };
  const ended = (
    endDate: string,
    endReason: OutcomePlacement['endReason'],
    note: string | null,
    back = false,
  ) => ({
    ...job,
    status: 'ENDED' as const,
    endDate,
    endReason,
    endNote: note,
    returnsToProgramme: back,
  });
  // Hand-counted over 2026: 7 started in the period (one of them before, in 2025, does not count),
  // 2 became permanent, 3 ended (2 hours too heavy, 1 conflict), 1 came back; a draft and a
  // cancelled job do not count.
  const placements: OutcomePlacement[] = [
    job,
    job,
    { ...job, status: 'CONVERTED_TO_PERMANENT', convertedOn: '2026-07-15' },
    { ...job, status: 'CONVERTED_TO_PERMANENT', convertedOn: '2026-08-01' },
    ended('2026-02-01', 'HOURS_TOO_HEAVY', 'Vier dagen bleek te veel; drie dagen was beter geweest.', true),
    ended('2026-03-01', 'HOURS_TOO_HEAVY', null),
    ended('2026-05-20', 'CONFLICT_AT_WORK', '  '),
    { ...job, startDate: '2025-06-01' },
    { ...job, status: 'DRAFT', startDate: '2026-03-01' },
    { ...job, status: 'CANCELLED', startDate: '2026-03-01' },
  ];
  const trajectories: OutcomeTrajectory[] = [
    {
      kind: 'LEARN_WORK',
      status: 'COMPLETED',
      startedOn: '2026-01-05',
      finishedOn: '2026-06-30',
      finishReason: null,
    },
    {
      kind: 'LEARN_WORK',
      status: 'ENDED',
      startedOn: '2025-11-01',
      finishedOn: '2026-02-01',
      finishReason: 'Ziek geworden',
    },
    { kind: 'LEARN_WORK', status: 'STARTED', startedOn: '2026-09-01', finishedOn: null, finishReason: null },
    {
      kind: 'ACTIVATION',
      status: 'COMPLETED',
      startedOn: '2025-10-01',
      finishedOn: '2025-12-20',
      finishReason: null,
    },
  ];
  const report = outcomes(placements, trajectories, '2026-01-01', '2026-12-31', '2026-12-31');

  it('counts jobs started, made permanent, ended by cause, and people who came back', () => {
    expect(report.started).toBe(7);
    expect(report.convertedToPermanent).toBe(2);
    expect(report.ended).toBe(3);
    expect(report.endings.map((e) => [e.reason, e.count])).toEqual([
      ['HOURS_TOO_HEAVY', 2],
      ['CONFLICT_AT_WORK', 1],
    ]);
    expect(report.returned).toBe(1);
    expect(report.endingNotes).toEqual([
      {
        reason: 'HOURS_TOO_HEAVY',
        label: 'De uren waren te zwaar',
        month: '2026-02',
        note: 'Vier dagen bleek te veel; drie dagen was beter geweest.',
      },
    ]);
  });

  it('counts retention of the jobs started in the period', () => {
    // Started 15 Jan: 3 months on 15 April. Ended 1 Feb and 1 Mar: not retained; 20 May: retained at 3, not at 6.
    expect(report.retention.map((r) => [r.months, r.retained, r.notRetained, r.pending])).toEqual([
      [3, 5, 2, 0],
      [6, 4, 3, 0],
      [12, 0, 3, 4],
    ]);
  });

  it('counts trajectories started, completed and stopped in the period, with the reasons', () => {
    expect(report.trajectories.map((t) => [t.kind, t.started, t.completed, t.ended])).toEqual([
      ['LEARN_WORK', 2, 1, 1],
      ['ACTIVATION', 0, 0, 0],
      ['TRAINING_MODULE', 0, 0, 0],
    ]);
    expect(report.trajectoryStopReasons).toEqual([
      { kind: 'LEARN_WORK', label: 'Leer-werktraject', month: '2026-02', reason: 'Ziek geworden' },
    ]);
  });
});

describe('does the assessment predict?', () => {
  const person = (over: Partial<PredictionPerson>): PredictionPerson => ({
    firstSegment: 'READY',
    firstDecidedOn: '2026-01-10',
    instrumentVersion: 1,
    currentSegment: 'READY',
    hiredOn: null,
    trajectoryOn: null,
    readyOn: null,
    ...over,
  });
  // Hand-counted, today 2026-12-01:
  //  READY, version 1: 6 decided in January; 4 hired within 3 months (one on the last day, 10 April),
  //    1 hired after 4 months; plus 2 decided in October (not yet 3 months: not counted).
  //  READY, version 2: 2 decided in March, 1 hired within 3 months.
  //  LATER, version 2: 7; 5 followed a trajectory, 3 of them moved up to READY after it, 1 moved up
  //    before the trajectory (not counted); 2 without a trajectory.
  const people: PredictionPerson[] = [
    person({ hiredOn: '2026-02-01' }),
    person({ hiredOn: '2026-03-01' }),
    person({ hiredOn: '2026-03-15' }),
    person({ hiredOn: '2026-04-10' }),
    person({ hiredOn: '2026-05-11' }),
    person({}),
    person({ firstDecidedOn: '2026-10-01' }),
    person({ firstDecidedOn: '2026-10-02', hiredOn: '2026-10-20' }),
    person({ instrumentVersion: 2, firstDecidedOn: '2026-03-01', hiredOn: '2026-04-01' }),
    person({ instrumentVersion: 2, firstDecidedOn: '2026-03-01' }),
    ...[1, 2, 3].map(() =>
      person({
        firstSegment: 'LATER',
        instrumentVersion: 2,
        trajectoryOn: '2026-03-01',
        readyOn: '2026-06-01',
      }),
    ),
    person({
      firstSegment: 'LATER',
      instrumentVersion: 2,
      trajectoryOn: '2026-03-01',
      readyOn: '2026-02-01',
      currentSegment: 'READY',
    }),
    person({
      firstSegment: 'LATER',
      instrumentVersion: 2,
      trajectoryOn: '2026-03-01',
      currentSegment: 'LATER',
    }),
    person({ firstSegment: 'LATER', instrumentVersion: 2, currentSegment: 'LATER' }),
    person({ firstSegment: 'LATER', instrumentVersion: 2, currentSegment: null }),
  ];
  const report = prediction(people, '2026-12-01');

  it('gives the share hired within three months per first segment, counting only who had three months', () => {
    const ready = report.bySegment.find((s) => s.segment === 'READY');
    expect(ready).toEqual({ segment: 'READY', people: 10, counted: 8, hired: 5, rate: 5 / 8 });
    const v1 = report.byInstrument.find((v) => v.instrumentVersion === 1)?.segments[0];
    // 4 hired is a hidden cell: 4 of 6 would give it back.
    expect(v1).toEqual({ segment: 'READY', people: 8, counted: 6, hired: 4, rate: null });
    const v2 = report.byInstrument.find((v) => v.instrumentVersion === 2)?.segments[0];
    // 2 counted: too few for a rate.
    expect(v2).toMatchObject({ counted: 2, hired: 1, rate: null });
    expect(report.byInstrument.map((v) => v.instrumentVersion)).toEqual([1, 2]);
  });

  it('counts the people in LATER who moved up after a trajectory', () => {
    // 3 moved up is a hidden cell, so no rate beside the 5 who followed one.
    expect(report.laterMovedUp).toEqual({ people: 7, followedTrajectory: 5, movedUp: 3, rate: null });
  });

  it('shows how segments changed from the first to now', () => {
    const later = report.changes.find((c) => c.from === 'LATER')?.to;
    // The three who moved up after the trajectory still have their default current segment READY.
    expect(later?.map((t) => [t.segment, t.count])).toEqual([
      ['READY', 4],
      ['LATER', 2],
      ['NOT_NOW', 0],
      [null, 1],
    ]);
  });
});
