import { describe, expect, it } from 'vitest';
import { PostcodeDirectory } from '../../src/modules/geo/postcodes';
import {
  CONTRACT_TYPES,
  createMatchContext,
  GATE_REASONS,
  type GateReason,
  gateCheck,
  MatchingIndex,
  type MatchSeeker,
  type MatchVacancy,
  SEGMENTS_BY_CONTRACT,
} from '../../src/modules/matching/engine';

// A seeker who passes every gate of the base vacancy, and variants that each fail one gate.
const KM_IN_DEGREES = 180 / (Math.PI * 6371.0088);
const place = (pc4: string, kmNorth: number) => ({
  pc4,
  place: 'Rotterdam',
  municipality: 'Rotterdam',
  municipalityCode: '0599',
  lat: 51.92 + kmNorth * KM_IN_DEGREES,
  lon: 4.48,
});
const postcodes = PostcodeDirectory.fromJson({
  version: 1,
  source: 'test',
  attribution: 'test',
  postcodes: [place('3011', 0), place('3012', 10), place('3013', 30)],
});
const ctx = createMatchContext({ postcodes, competences: [{ code: 'P-SCHOONMAKEN', kind: 'practical' }] });

const seeker: MatchSeeker = {
  id: 'js-pass',
  segment: 'READY',
  matchingConsent: true,
  placed: false,
  pc4: '3011',
  maxTravelKm: 20,
  wantedHours: { min: 16, max: 24 },
  competenceLevels: { 'P-SCHOONMAKEN': 3 },
  interests: { occupations: [], sectors: [] },
  behaviourScores: {},
  legalQualifications: [],
  ageYears: 30,
  contractWishes: ['vast', 'tijdelijk'],
  workingTimes: ['overdag'],
  inLearnWorkTrajectory: false,
};

const vacancy: MatchVacancy = {
  id: 'vac-1',
  contractType: 'EMPLOYMENT',
  occupationCode: null,
  sectorCode: null,
  pc4: '3012',
  hours: { min: 24, max: 32 },
  gradualBuildUp: false,
  requirements: [{ competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'ESSENTIAL' }],
  legalRequirements: [],
  behaviours: [],
  contractKind: 'vast',
  workingTimes: ['overdag'],
  terms: { paid: true, permanentProspect: true, underCao: true, payIndicated: true },
};

const unpaid = { paid: false, permanentProspect: false, underCao: false, payIndicated: false };

const failing: [GateReason, Partial<MatchSeeker>, Partial<MatchVacancy>][] = [
  ['SEGMENT', { segment: 'LATER' }, {}],
  ['NO_MATCHING_CONSENT', { matchingConsent: false }, {}],
  ['ALREADY_PLACED', { placed: true }, {}],
  ['HOURS', { wantedHours: { min: 0, max: 8 } }, {}],
  ['DISTANCE', { maxTravelKm: 9.9 }, {}],
  ['UNKNOWN_POSTCODE', { pc4: '9999' }, {}],
  ['LEGAL_REQUIREMENT', {}, { legalRequirements: [{ code: 'VCA_BASIS' }] }],
  ['MINIMUM_AGE', { ageYears: 17 }, { legalRequirements: [{ minimumAge: 18 }] }],
  ['CONTRACT_KIND', { contractWishes: ['uitzendwerk'] }, {}],
  ['ON_CALL', {}, { contractKind: 'oproepcontract' }],
  ['WORKING_TIMES', { workingTimes: ['avond', 'nacht'] }, {}],
  ['UNPAID', {}, { terms: unpaid }],
];

describe('gateCheck', () => {
  it('passes the reference seeker', () => {
    expect(gateCheck(seeker, vacancy, ctx)).toEqual({ passed: true, failed: [] });
  });

  it.each(failing)('fails %s for a seeker who misses only that', (reason, seekerChange, vacancyChange) => {
    expect(gateCheck({ ...seeker, ...seekerChange }, { ...vacancy, ...vacancyChange }, ctx)).toEqual({
      passed: false,
      failed: [reason],
    });
  });

  it('lists every failed gate, in the stable order of the reasons', () => {
    const result = gateCheck(
      { ...seeker, placed: true, segment: null, matchingConsent: false, ageYears: null },
      { ...vacancy, legalRequirements: [{ minimumAge: 18 }, { code: 'HEFTRUCK' }] },
      ctx,
    );
    expect(result.failed).toEqual([
      'SEGMENT',
      'NO_MATCHING_CONSENT',
      'ALREADY_PLACED',
      'LEGAL_REQUIREMENT',
      'MINIMUM_AGE',
    ]);
  });
});

describe('segment gate', () => {
  it('opens regular work to READY, and learn-work places and internships also to LATER', () => {
    expect(SEGMENTS_BY_CONTRACT).toEqual({
      EMPLOYMENT: ['READY'],
      SELF_EMPLOYED: ['READY'],
      LEARN_WORK: ['READY', 'LATER'],
      INTERNSHIP: ['READY', 'LATER'],
    });
    for (const contractType of CONTRACT_TYPES) {
      for (const segment of ['READY', 'LATER', 'NOT_NOW', null] as const) {
        const passed = gateCheck({ ...seeker, segment }, { ...vacancy, contractType }, ctx).passed;
        expect(passed, `${contractType} ${segment}`).toBe(
          segment !== null && SEGMENTS_BY_CONTRACT[contractType].includes(segment),
        );
      }
    }
  });
});

describe('hours gate', () => {
  const hoursPass = (wanted: { min: number; max: number }, gradualBuildUp = false) =>
    gateCheck({ ...seeker, wantedHours: wanted }, { ...vacancy, gradualBuildUp }, ctx).passed;

  it('passes overlapping ranges, also when they only touch', () => {
    expect(hoursPass({ min: 28, max: 36 })).toBe(true);
    expect(hoursPass({ min: 16, max: 24 })).toBe(true);
    expect(hoursPass({ min: 32, max: 40 })).toBe(true);
  });

  it('lets a gradual build-up bridge wanting fewer hours, not more', () => {
    expect(hoursPass({ min: 8, max: 16 })).toBe(false);
    expect(hoursPass({ min: 8, max: 16 }, true)).toBe(true);
    expect(hoursPass({ min: 36, max: 40 }, true)).toBe(false);
  });
});

describe('distance gate', () => {
  it('passes at exactly the maximum and fails beyond it', () => {
    expect(gateCheck({ ...seeker, maxTravelKm: 10 }, vacancy, ctx).passed).toBe(true);
    expect(gateCheck({ ...seeker, maxTravelKm: 29 }, { ...vacancy, pc4: '3013' }, ctx).failed).toEqual([
      'DISTANCE',
    ]);
  });

  it('reports an unknown vacancy postcode instead of a distance', () => {
    expect(gateCheck(seeker, { ...vacancy, pc4: '9999' }, ctx).failed).toEqual(['UNKNOWN_POSTCODE']);
  });
});

describe('legal gates', () => {
  const legalPass = (
    held: MatchSeeker['legalQualifications'],
    code: 'VCA_BASIS' | 'RIJBEWIJS_B' | 'VCA_VOL',
  ) =>
    gateCheck({ ...seeker, legalQualifications: held }, { ...vacancy, legalRequirements: [{ code }] }, ctx)
      .passed;

  it('accepts a qualification that includes the one asked', () => {
    expect(legalPass(['VCA_VOL'], 'VCA_BASIS')).toBe(true);
    expect(legalPass(['RIJBEWIJS_CE'], 'RIJBEWIJS_B')).toBe(true);
    expect(legalPass(['VCA_BASIS'], 'VCA_VOL')).toBe(false);
  });

  it('checks a minimum age only when the law sets one, and fails an unknown age then', () => {
    const adult = { ...vacancy, legalRequirements: [{ minimumAge: 18 }] };
    expect(gateCheck({ ...seeker, ageYears: 18 }, adult, ctx).passed).toBe(true);
    expect(gateCheck({ ...seeker, ageYears: null }, adult, ctx).failed).toEqual(['MINIMUM_AGE']);
    expect(gateCheck({ ...seeker, ageYears: null }, vacancy, ctx).passed).toBe(true);
    expect(gateCheck({ ...seeker, ageYears: 15 }, vacancy, ctx).passed).toBe(true);
  });
});

describe('the index applies the same gates and counts each reason', () => {
  const vacancyWithLegal: MatchVacancy = {
    ...vacancy,
    legalRequirements: [{ minimumAge: 18 }, { code: 'VCA_BASIS' }],
  };
  const qualified = { ...seeker, legalQualifications: ['VCA_BASIS' as const] };
  const people: MatchSeeker[] = [
    { ...qualified, id: 'js-pass-b' },
    { ...qualified, id: 'js-pass-a' },
    // Each fails one gate; the legal one by holding no certificate. On-call and unpaid are about the
    // vacancy, so they are counted in the passend werk tests below.
    ...failing
      .filter(([reason, , vacancyChange]) => reason !== 'LEGAL_REQUIREMENT' && !vacancyChange.terms)
      .filter(([, , vacancyChange]) => !vacancyChange.contractKind)
      .map(([reason, change]) => ({ ...qualified, ...change, id: `js-${reason}` })),
    { ...seeker, id: 'js-LEGAL_REQUIREMENT' },
  ];
  const index = MatchingIndex.build(ctx, people);
  const ranking = index.rankCandidates(vacancyWithLegal, { limit: 10 });

  it('ranks only those who pass, tie-broken by id', () => {
    expect(ranking.items.map((item) => item.seekerId)).toEqual(['js-pass-a', 'js-pass-b']);
    expect(ranking.items.map((item) => item.rank)).toEqual([1, 2]);
    expect(ranking.items[0]?.score).toBe(ranking.items[1]?.score);
    expect(ranking.total).toBe(2);
  });

  it('counts one failure for every reason a person can fail alone', () => {
    expect(ranking.gateFailures).toEqual(
      Object.fromEntries(
        GATE_REASONS.map((reason) => [reason, reason === 'ON_CALL' || reason === 'UNPAID' ? 0 : 1]),
      ),
    );
  });

  it('explains why someone is not ranked', () => {
    expect(index.explain('js-HOURS', vacancyWithLegal)?.gates).toEqual({ passed: false, failed: ['HOURS'] });
  });
});

describe('passend werk gates', () => {
  const failed = (person: Partial<MatchSeeker>, work: Partial<MatchVacancy>) =>
    gateCheck({ ...seeker, ...person }, { ...vacancy, ...work }, ctx).failed;

  it('passes a contract kind the person chose, and fails one they did not', () => {
    expect(failed({}, { contractKind: 'tijdelijk' })).toEqual([]);
    expect(failed({}, { contractKind: 'uitzendwerk' })).toEqual(['CONTRACT_KIND']);
    expect(failed({ contractWishes: ['leerwerkbaan'] }, { contractKind: 'leerwerkbaan' })).toEqual([]);
  });

  it('does not refuse what was not asked or not stated', () => {
    expect(failed({ contractWishes: null }, { contractKind: 'uitzendwerk' })).toEqual([]);
    expect(failed({}, { contractKind: null })).toEqual([]);
    expect(failed({ workingTimes: null }, { workingTimes: ['nacht'] })).toEqual([]);
    expect(failed({}, { workingTimes: null })).toEqual([]);
    expect(failed({}, { workingTimes: [] })).toEqual([]);
  });

  it('never passes on-call or zero-hours work for someone who did not choose on-call work', () => {
    expect(failed({}, { contractKind: 'oproepcontract' })).toEqual(['ON_CALL']);
    // Zero hours minimum is on-call work whatever the stated kind, also when the kind is not stated.
    expect(failed({}, { hours: { min: 0, max: 32 } })).toEqual(['ON_CALL']);
    expect(failed({}, { contractKind: null, hours: { min: 0, max: 32 } })).toEqual(['ON_CALL']);
    // Not having answered is not having chosen it.
    expect(failed({ contractWishes: null }, { contractKind: 'oproepcontract' })).toEqual(['ON_CALL']);
    expect(failed({ contractWishes: ['oproepcontract'] }, { contractKind: 'oproepcontract' })).toEqual([]);
    expect(
      failed(
        { contractWishes: ['vast', 'oproepcontract'] },
        { contractKind: 'vast', hours: { min: 0, max: 32 } },
      ),
    ).toEqual([]);
  });

  it('passes working times that overlap in at least one moment', () => {
    expect(failed({ workingTimes: ['overdag', 'weekend'] }, { workingTimes: ['weekend', 'nacht'] })).toEqual(
      [],
    );
    expect(failed({ workingTimes: ['overdag'] }, { workingTimes: ['avond', 'nacht'] })).toEqual([
      'WORKING_TIMES',
    ]);
  });

  it('allows unpaid work only as a learn-work place or internship for someone on the learn-work route', () => {
    const learnWork = { contractType: 'LEARN_WORK' as const, terms: unpaid };
    const internship = { contractType: 'INTERNSHIP' as const, terms: unpaid };
    expect(failed({ segment: 'READY' }, learnWork)).toEqual(['UNPAID']);
    expect(failed({ segment: 'LATER' }, learnWork)).toEqual([]);
    expect(failed({ segment: 'LATER' }, internship)).toEqual([]);
    expect(failed({ segment: 'READY', inLearnWorkTrajectory: true }, learnWork)).toEqual([]);
    expect(failed({ segment: 'READY', inLearnWorkTrajectory: true }, { terms: unpaid })).toEqual(['UNPAID']);
    expect(failed({ segment: 'READY' }, { contractType: 'LEARN_WORK' })).toEqual([]);
  });

  it('counts in the index exactly what gateCheck finds, person by person', () => {
    const kinds = [null, 'vast', 'tijdelijk', 'uitzendwerk', 'leerwerkbaan', 'oproepcontract'] as const;
    const people: MatchSeeker[] = [];
    let n = 0;
    for (const wishes of [
      null,
      ['vast'],
      ['tijdelijk', 'oproepcontract'],
      ['uitzendwerk', 'leerwerkbaan'],
    ] as const)
      for (const times of [null, ['overdag'], ['avond', 'weekend'], ['nacht']] as const)
        for (const segment of ['READY', 'LATER'] as const)
          for (const inLearnWorkTrajectory of [false, true])
            people.push({
              ...seeker,
              id: `js-${String(n++).padStart(3, '0')}`,
              segment,
              contractWishes: wishes,
              workingTimes: times,
              inLearnWorkTrajectory,
            });
    const index = MatchingIndex.build(ctx, people);
    for (const contractKind of kinds)
      for (const workingTimes of [null, ['overdag'], ['nacht', 'weekend']] as const)
        for (const [contractType, paid] of [
          ['EMPLOYMENT', true],
          ['LEARN_WORK', false],
          ['INTERNSHIP', true],
        ] as const)
          for (const hoursMin of [0, 24]) {
            const work: MatchVacancy = {
              ...vacancy,
              contractKind,
              workingTimes,
              contractType,
              hours: { min: hoursMin, max: 32 },
              terms: { ...vacancy.terms, paid },
            };
            const expected = Object.fromEntries(GATE_REASONS.map((reason) => [reason, 0]));
            const passing: string[] = [];
            for (const person of people) {
              const result = gateCheck(person, work, ctx);
              for (const reason of result.failed) expected[reason] = (expected[reason] as number) + 1;
              if (result.passed) passing.push(person.id);
            }
            const ranking = index.rankCandidates(work, { limit: 1000 });
            expect(ranking.gateFailures).toEqual(expected);
            expect(ranking.items.map((item) => item.seekerId).sort()).toEqual(passing);
          }
  });
});
