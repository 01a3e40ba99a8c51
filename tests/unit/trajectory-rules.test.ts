import { describe, expect, it } from 'vitest';
import type { ReadinessSegment } from '../../src/modules/job-seekers/job-seeker.entity';
import {
  arrivalCheckCutoff,
  canMovePlacement,
  checkKindForSegment,
  levelChanges,
  mergeLevelChanges,
  needsArrivalCheck,
  nextStartDate,
  type OfferingKind,
  type PlacementStatus,
  placeTakingStatuses,
  startDateProblem,
} from '../../src/modules/trajectories/trajectory-rules';

describe('which kind of offering fits which segment', () => {
  it.each<[OfferingKind, ReadinessSegment | null, boolean]>([
    ['LEARN_WORK', 'LATER', true],
    ['LEARN_WORK', 'READY', true],
    ['LEARN_WORK', 'NOT_NOW', false],
    ['LEARN_WORK', null, false],
    ['ACTIVATION', 'NOT_NOW', true],
    ['ACTIVATION', 'LATER', false],
    ['ACTIVATION', 'READY', false],
    ['TRAINING_MODULE', 'READY', true],
    ['TRAINING_MODULE', 'LATER', true],
    ['TRAINING_MODULE', 'NOT_NOW', false],
  ])('%s for %s: fits = %s', (kind, segment, fits) => {
    expect(checkKindForSegment(kind, segment).fits).toBe(fits);
  });

  it('explains a mismatch in plain Dutch, naming both sides and the way out', () => {
    const check = checkKindForSegment('ACTIVATION', 'LATER');
    if (check.fits) throw new Error('expected a mismatch');
    expect(check.allowedSegments).toEqual(['NOT_NOW']);
    expect(check.messageNl).toBe(
      'Een activeringsprogramma is voor ‘Nu eerst andere stappen’. Deze persoon zit nu in ‘Kansrijk voor werk op termijn’. Kies een ander aanbod, of leg in overrideJustification uit waarom dit aanbod toch past.',
    );
    const none = checkKindForSegment('LEARN_WORK', null);
    expect(none.fits === false && none.messageNl).toContain('nog geen segment');
  });
});

describe('placement steps', () => {
  it.each<[PlacementStatus, PlacementStatus, boolean]>([
    ['PROPOSED', 'ACCEPTED', true],
    ['PROPOSED', 'DECLINED', true],
    ['PROPOSED', 'WITHDRAWN', true],
    ['PROPOSED', 'STARTED', false],
    ['ACCEPTED', 'STARTED', true],
    ['ACCEPTED', 'WITHDRAWN', true],
    ['ACCEPTED', 'ENDED', true],
    ['ACCEPTED', 'COMPLETED', false],
    ['ACCEPTED', 'DECLINED', false],
    ['STARTED', 'COMPLETED', true],
    ['STARTED', 'ENDED', true],
    ['STARTED', 'WITHDRAWN', false],
    ['COMPLETED', 'ENDED', false],
    ['DECLINED', 'ACCEPTED', false],
    ['WITHDRAWN', 'PROPOSED', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canMovePlacement(from, to)).toBe(allowed);
  });

  it('counts a cohort’s places for good, and continuous places while people take part', () => {
    expect(placeTakingStatuses(false)).toEqual(['ACCEPTED', 'STARTED', 'COMPLETED', 'ENDED']);
    expect(placeTakingStatuses(true)).toEqual(['ACCEPTED', 'STARTED']);
  });
});

describe('start dates', () => {
  const fixed = { continuousIntake: false, startDates: ['2026-11-02', '2026-12-07', '2027-01-04'] };
  const continuous = { continuousIntake: true, startDates: [] };

  it.each([
    [fixed, '2026-12-07', '2026-11-20', null],
    [fixed, '2026-11-02', '2026-11-20', 'verleden'],
    [fixed, '2026-12-08', '2026-11-20', 'Kies een van de startdata van dit aanbod: 2026-12-07, 2027-01-04'],
    [{ ...fixed, startDates: ['2026-11-02'] }, '2026-11-21', '2026-11-20', 'geen startdatum meer'],
    [continuous, '2026-11-20', '2026-11-20', null],
    [continuous, '2026-11-19', '2026-11-20', 'verleden'],
    [continuous, '2027-11-20', '2026-11-20', null],
    [continuous, '2027-11-21', '2026-11-20', 'binnen 365 dagen'],
  ])('%o on %s (today %s): %s', (offering, startDate, today, problem) => {
    const result = startDateProblem(offering, startDate, today);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });

  it('finds the next possible start', () => {
    expect(nextStartDate(fixed, '2026-11-20')).toBe('2026-12-07');
    expect(nextStartDate(fixed, '2026-12-07')).toBe('2026-12-07');
    expect(nextStartDate(fixed, '2027-01-05')).toBeNull();
    expect(nextStartDate(continuous, '2026-11-20')).toBe('2026-11-20');
  });
});

describe('"did they arrive?"', () => {
  const accepted = (startDate: string) => ({ status: 'ACCEPTED' as const, startDate, actualStartDate: null });

  it.each([
    ['2026-11-06', '2026-11-20', false],
    ['2026-11-05', '2026-11-20', true],
    ['2026-10-01', '2026-11-20', true],
    ['2026-11-25', '2026-11-20', false],
  ])('start %s, today %s: check = %s', (startDate, today, due) => {
    expect(needsArrivalCheck(accepted(startDate), today)).toBe(due);
    // The query's cutoff says the same.
    expect(startDate <= arrivalCheckCutoff(today)).toBe(due);
  });

  it('is answered by a recorded start, and only asked of accepted placements', () => {
    expect(
      needsArrivalCheck({ ...accepted('2026-10-01'), actualStartDate: '2026-10-01' }, '2026-11-20'),
    ).toBe(false);
    expect(needsArrivalCheck({ ...accepted('2026-10-01'), status: 'STARTED' }, '2026-11-20')).toBe(false);
    expect(needsArrivalCheck({ ...accepted('2026-10-01'), status: 'WITHDRAWN' }, '2026-11-20')).toBe(false);
  });
});

describe('observed levels against the talent profile', () => {
  const profile = { 'P-SCHOONMAKEN': 3, 'T-WORK-IN-TEAMS': 2 };

  it('reports only competences whose observed level differs (missing counts as 0), latest observation first', () => {
    expect(
      levelChanges(profile, [
        { competenceCode: 'P-SCHOONMAKEN', level: 3, observedOn: '2026-11-01' },
        { competenceCode: 'T-WORK-IN-TEAMS', level: 3, observedOn: '2026-11-01' },
        { competenceCode: 'T-WORK-IN-TEAMS', level: 2, observedOn: '2026-11-10' },
        { competenceCode: 'P-KEUKENHULP', level: 1, observedOn: '2026-11-02' },
        { competenceCode: 'P-ORDERPICKEN', level: 0, observedOn: '2026-11-02' },
      ]),
    ).toEqual([
      { competenceCode: 'P-KEUKENHULP', profileLevel: 0, observedLevel: 1, observedOn: '2026-11-02' },
    ]);
  });

  it('treats every observation as news when there is no profile', () => {
    expect(
      levelChanges(null, [{ competenceCode: 'P-ORDERPICKEN', level: 0, observedOn: '2026-11-02' }]),
    ).toEqual([
      { competenceCode: 'P-ORDERPICKEN', profileLevel: null, observedLevel: 0, observedOn: '2026-11-02' },
    ]);
  });

  it('merges changes, keeping the newer observation of a competence', () => {
    const earlier = [
      { competenceCode: 'T-B', profileLevel: 1, observedLevel: 2, observedOn: '2026-11-01' },
      { competenceCode: 'T-A', profileLevel: 1, observedLevel: 2, observedOn: '2026-11-01' },
    ];
    expect(
      mergeLevelChanges(earlier, [
        { competenceCode: 'T-B', profileLevel: 1, observedLevel: 3, observedOn: '2026-11-09' },
      ]),
    ).toEqual([
      earlier[1],
      { competenceCode: 'T-B', profileLevel: 1, observedLevel: 3, observedOn: '2026-11-09' },
    ]);
  });
});
