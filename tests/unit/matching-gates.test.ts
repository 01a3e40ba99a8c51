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
};

const failing: [GateReason, Partial<MatchSeeker>, Partial<MatchVacancy>][] = [
  ['SEGMENT', { segment: 'LATER' }, {}],
  ['NO_MATCHING_CONSENT', { matchingConsent: false }, {}],
  ['ALREADY_PLACED', { placed: true }, {}],
  ['HOURS', { wantedHours: { min: 0, max: 8 } }, {}],
  ['DISTANCE', { maxTravelKm: 9.9 }, {}],
  ['UNKNOWN_POSTCODE', { pc4: '9999' }, {}],
  ['LEGAL_REQUIREMENT', {}, { legalRequirements: [{ code: 'VCA_BASIS' }] }],
  ['MINIMUM_AGE', { ageYears: 17 }, { legalRequirements: [{ minimumAge: 18 }] }],
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
    // Each fails one gate; the legal one by holding no certificate.
    ...failing
      .filter(([reason]) => reason !== 'LEGAL_REQUIREMENT')
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

  it('counts one failure for every reason', () => {
    expect(ranking.gateFailures).toEqual(Object.fromEntries(GATE_REASONS.map((reason) => [reason, 1])));
  });

  it('explains why someone is not ranked', () => {
    expect(index.explain('js-HOURS', vacancyWithLegal)?.gates).toEqual({ passed: false, failed: ['HOURS'] });
  });
});
