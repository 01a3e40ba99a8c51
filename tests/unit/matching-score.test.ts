import { describe, expect, it } from 'vitest';
import { PostcodeDirectory } from '../../src/modules/geo/postcodes';
import {
  createMatchContext,
  DEFAULT_MATCH_WEIGHTS,
  InvalidMatchWeightsError,
  InvalidSeekerError,
  InvalidVacancyError,
  type MatchSeeker,
  type MatchVacancy,
  resolveMatchWeights,
  scoreMatch,
} from '../../src/modules/matching/engine';

// Hand-computed scores. The postcodes lie on one meridian, 10 and 30 km north of 3011, so the
// distances are round numbers.
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
const competences = [
  { code: 'P-SCHOONMAKEN', kind: 'practical' as const },
  { code: 'L-NL-SPREKEN', kind: 'language' as const },
  { code: 'T-SAFE-WORK', kind: 'transversal' as const },
  { code: 'T-WORK-IN-TEAMS', kind: 'transversal' as const },
];
// The hand-computed examples below predate the passend werk component: they set its weight to 0, so
// the six other weights are exactly the defaults (they sum to 1). The default weight of passend
// werk is computed by hand in its own block (defaultCtx).
const ctx = createMatchContext({ postcodes, competences, weights: { components: { passendWerk: 0 } } });
const defaultCtx = createMatchContext({ postcodes, competences });

const seeker: MatchSeeker = {
  id: 'js-1',
  segment: 'READY',
  matchingConsent: true,
  placed: false,
  pc4: '3011',
  maxTravelKm: 20,
  wantedHours: { min: 16, max: 24 },
  competenceLevels: { 'P-SCHOONMAKEN': 2, 'L-NL-SPREKEN': 3, 'T-SAFE-WORK': 2, 'T-WORK-IN-TEAMS': 1 },
  interests: { occupations: [], sectors: ['91'] },
  behaviourScores: { opTijdKomen: 4, samenwerken: 5 },
  legalQualifications: [],
  ageYears: 40,
  contractWishes: ['vast', 'tijdelijk'],
  workingTimes: ['overdag'],
  inLearnWorkTrajectory: false,
};

const vacancy: MatchVacancy = {
  id: 'vac-1',
  contractType: 'EMPLOYMENT',
  occupationCode: '9112.1',
  sectorCode: null,
  pc4: '3012',
  hours: { min: 24, max: 32 },
  gradualBuildUp: false,
  requirements: [
    { competenceCode: 'P-SCHOONMAKEN', level: 3, tier: 'ESSENTIAL' },
    { competenceCode: 'L-NL-SPREKEN', level: 2, tier: 'ESSENTIAL' },
    { competenceCode: 'T-SAFE-WORK', level: 2, tier: 'IMPORTANT' },
    { competenceCode: 'T-WORK-IN-TEAMS', level: 4, tier: 'NICE_TO_HAVE' },
  ],
  legalRequirements: [],
  behaviours: ['opTijdKomen', 'samenwerken'],
  contractKind: 'vast',
  workingTimes: ['overdag'],
  terms: { paid: true, permanentProspect: true, underCao: true, payIndicated: false },
};

const componentValue = (result: ReturnType<typeof scoreMatch>, name: string) =>
  result.components.find((component) => component.name === name);

describe('scoreMatch on a hand-computed example', () => {
  const result = scoreMatch(seeker, vacancy, ctx);

  it('credits each requirement min(level, required) / required, weighted by tier 3/2/1', () => {
    // Essential: schoonmaken 2 of 3 → 8/12, spreken 3 of 2 → 12/12; important: 12/12; nice: 1 of 4 → 3/12.
    // (3·20 + 2·12 + 1·3) / (12 · (3·2 + 2·1 + 1·1)) = 87/108
    expect(componentValue(result, 'competenceFit')).toEqual({
      name: 'competenceFit',
      labelNl: expect.any(String),
      applicable: true,
      value: 0.8056,
      weight: 0.35,
      contribution: 0.2819,
    });
  });

  it('counts the share of essential requirements fully met', () => {
    expect(componentValue(result, 'essentialCoverage')).toMatchObject({
      value: 0.5,
      weight: 0.2,
      contribution: 0.1,
    });
  });

  it('scores interest, behaviour, hours and distance', () => {
    // Sector 91 wanted, occupation 9112.1 not: 0.6. Behaviour (4−1 + 5−1) / (4·2) = 0.875.
    // Hours 16–24 touch 24–32: 1. Distance 10 km of at most 20: 1 − 10/20 = 0.5.
    expect(componentValue(result, 'interest')).toMatchObject({ value: 0.6, contribution: 0.09 });
    expect(componentValue(result, 'behaviour')).toMatchObject({ value: 0.875, contribution: 0.0875 });
    expect(componentValue(result, 'hours')).toMatchObject({ value: 1, contribution: 0.1 });
    expect(componentValue(result, 'distance')).toMatchObject({ value: 0.5, contribution: 0.05 });
    expect(result.distanceKm).toBe(10);
  });

  it('sums the weighted components and rounds to 4 decimals', () => {
    // 0.35·87/108 + 0.2·0.5 + 0.15·0.6 + 0.1·0.875 + 0.1·1 + 0.1·0.5 = 0.709444…
    expect(result.score).toBe(0.7094);
  });

  it('shows every requirement as met or as a gap, and which gaps are trainable', () => {
    expect(result.requirements).toEqual([
      {
        competenceCode: 'P-SCHOONMAKEN',
        tier: 'ESSENTIAL',
        required: 3,
        actual: 2,
        met: false,
        gap: 1,
        trainable: true,
        label: 'niveau 2 → 3',
      },
      {
        competenceCode: 'L-NL-SPREKEN',
        tier: 'ESSENTIAL',
        required: 2,
        actual: 3,
        met: true,
        gap: 0,
        trainable: false,
        label: 'niveau 3 (gevraagd 2)',
      },
      {
        competenceCode: 'T-SAFE-WORK',
        tier: 'IMPORTANT',
        required: 2,
        actual: 2,
        met: true,
        gap: 0,
        trainable: false,
        label: 'niveau 2 (gevraagd 2)',
      },
      {
        competenceCode: 'T-WORK-IN-TEAMS',
        tier: 'NICE_TO_HAVE',
        required: 4,
        actual: 1,
        met: false,
        gap: 3,
        trainable: false,
        label: 'niveau 1 → 4',
      },
    ]);
  });
});

describe('components the vacancy gives nothing to measure', () => {
  it('leaves them out and scales the other weights up to 1', () => {
    const result = scoreMatch(seeker, { ...vacancy, occupationCode: null, behaviours: [] }, ctx);
    expect(result.components.map(({ name, applicable, weight }) => [name, applicable, weight])).toEqual([
      ['competenceFit', true, 0.4667],
      ['essentialCoverage', true, 0.2667],
      ['interest', false, 0],
      ['behaviour', false, 0],
      ['hours', true, 0.1333],
      ['distance', true, 0.1333],
      ['passendWerk', true, 0],
    ]);
    expect(componentValue(result, 'interest')?.value).toBeNull();
    // (0.35·87/108 + 0.2·0.5 + 0.1 + 0.05) / 0.75 = 0.709259…
    expect(result.score).toBe(0.7093);
  });

  it('scores a vacancy without requirements on hours and distance only', () => {
    const bare = { ...vacancy, occupationCode: null, behaviours: [], requirements: [] };
    expect(scoreMatch(seeker, bare, ctx).score).toBe(0.75);
  });

  it('leaves out coverage when no requirement is essential', () => {
    const noEssentials = {
      ...vacancy,
      requirements: vacancy.requirements.map((requirement) => ({
        ...requirement,
        tier: 'IMPORTANT' as const,
      })),
    };
    expect(componentValue(scoreMatch(seeker, noEssentials, ctx), 'essentialCoverage')).toMatchObject({
      applicable: false,
      weight: 0,
    });
  });
});

describe('interest', () => {
  const interestOf = (interests: MatchSeeker['interests']) =>
    componentValue(scoreMatch({ ...seeker, interests }, vacancy, ctx), 'interest')?.value;

  it.each([
    ['the occupation itself', { occupations: ['9112.1'], sectors: [] }, 1],
    ['another occupation in the same sector', { occupations: ['9112.3'], sectors: [] }, 0.6],
    ['the sector', { occupations: [], sectors: ['91'] }, 0.6],
    ['the major group around the sector', { occupations: [], sectors: ['9'] }, 0.6],
    ['no wishes stated (open to any work)', { occupations: [], sectors: [] }, 0.5],
    ['only other work', { occupations: ['5131.2'], sectors: ['52'] }, 0],
  ])('wanting %s scores %s', (_, interests, expected) => {
    expect(interestOf(interests)).toBe(expected);
  });

  it('uses the explicit sector of a vacancy without an occupation', () => {
    const result = scoreMatch(
      { ...seeker, interests: { occupations: [], sectors: ['52'] } },
      { ...vacancy, occupationCode: null, sectorCode: '52' },
      ctx,
    );
    expect(componentValue(result, 'interest')?.value).toBe(0.6);
  });
});

describe('behaviour, hours and distance', () => {
  it('counts a behaviour that was not assessed as the middle of the scale', () => {
    const result = scoreMatch(seeker, { ...vacancy, behaviours: ['opTijdKomen', 'leerbaarheid'] }, ctx);
    // (4 − 1 + 2) / (4 · 2)
    expect(componentValue(result, 'behaviour')?.value).toBe(0.625);
  });

  it('scores a gradual build-up as the share of the starting hours the person wants', () => {
    const result = scoreMatch(
      { ...seeker, wantedHours: { min: 8, max: 16 } },
      { ...vacancy, gradualBuildUp: true },
      ctx,
    );
    expect(componentValue(result, 'hours')?.value).toBe(0.6667);
  });

  it('gives 0 for distance at exactly the maximum and 1 next door', () => {
    const far = scoreMatch({ ...seeker, maxTravelKm: 30 }, { ...vacancy, pc4: '3013' }, ctx);
    expect(far.distanceKm).toBe(30);
    expect(componentValue(far, 'distance')?.value).toBe(0);
    const near = scoreMatch(seeker, { ...vacancy, pc4: '3011' }, ctx);
    expect(componentValue(near, 'distance')?.value).toBe(1);
  });
});

describe('passend werk component (default weights)', () => {
  const passendWerkOf = (terms: Partial<MatchVacancy['terms']>) =>
    componentValue(
      scoreMatch(seeker, { ...vacancy, terms: { ...vacancy.terms, ...terms } }, defaultCtx),
      'passendWerk',
    );

  it('scores a third each for a permanent prospect, a cao and a pay indication, and names them', () => {
    // 2 of 3; weight 0.1 / 1.1 (all seven apply) = 0.0909.
    expect(passendWerkOf({})).toEqual({
      name: 'passendWerk',
      labelNl: 'Passend werk: vast contract in zicht, cao',
      applicable: true,
      value: 0.6667,
      weight: 0.0909,
      contribution: 0.0606,
    });
    expect(passendWerkOf({ payIndicated: true })).toMatchObject({
      value: 1,
      labelNl: 'Passend werk: vast contract in zicht, cao, loon bekend',
    });
    expect(passendWerkOf({ permanentProspect: false, underCao: false })).toMatchObject({
      value: 0,
      labelNl: 'Passend werk: geen vast contract in zicht, geen cao, geen loon genoemd',
    });
    expect(passendWerkOf({ permanentProspect: false })?.value).toBe(0.3333);
  });

  it('adds its share to the hand-computed score', () => {
    // (0.709444… + 0.1 · 2/3) / 1.1 = 0.705555…
    expect(scoreMatch(seeker, vacancy, defaultCtx).score).toBe(0.7056);
  });

  it('is the same for everyone, so it never changes who ranks above whom for one vacancy', () => {
    const other = { ...seeker, id: 'js-2', competenceLevels: { 'P-SCHOONMAKEN': 4 }, maxTravelKm: 40 };
    const better = { ...vacancy, terms: { ...vacancy.terms, payIndicated: true } };
    const difference = (work: MatchVacancy) =>
      scoreMatch(other, work, defaultCtx).score - scoreMatch(seeker, work, defaultCtx).score;
    expect(Math.sign(difference(better))).toBe(Math.sign(difference(vacancy)));
    expect(scoreMatch(seeker, better, defaultCtx).score).toBeGreaterThan(
      scoreMatch(seeker, vacancy, defaultCtx).score,
    );
  });
});

describe('trainable gaps', () => {
  const gapOf = (levels: Record<string, number>, overrides = {}) => {
    const custom = createMatchContext({ postcodes, competences, weights: { trainableGap: overrides } });
    return scoreMatch({ ...seeker, competenceLevels: levels }, vacancy, custom).requirements;
  };

  it('counts a gap of one level on a non-language competence as trainable', () => {
    expect(gapOf({ 'P-SCHOONMAKEN': 2 })[0]).toMatchObject({ gap: 1, trainable: true });
  });

  it('does not count a gap of two levels, or any language gap, by default', () => {
    const requirements = gapOf({ 'P-SCHOONMAKEN': 1, 'L-NL-SPREKEN': 1 });
    expect(requirements[0]).toMatchObject({ gap: 2, trainable: false });
    expect(requirements[1]).toMatchObject({ competenceCode: 'L-NL-SPREKEN', gap: 1, trainable: false });
  });

  it('follows the configured rule', () => {
    const requirements = gapOf(
      { 'P-SCHOONMAKEN': 1, 'L-NL-SPREKEN': 1 },
      { maxLevels: 2, untrainableKinds: [] },
    );
    expect(requirements[0]).toMatchObject({ gap: 2, trainable: true });
    expect(requirements[1]).toMatchObject({ gap: 1, trainable: true });
  });
});

describe('weights', () => {
  it('has documented defaults: six that sum to 1, and passend werk 0.1 on top', () => {
    const { passendWerk, ...others } = DEFAULT_MATCH_WEIGHTS.components;
    const sum = Object.values(others).reduce((total, weight) => total + weight, 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(passendWerk).toBe(0.1);
    expect(DEFAULT_MATCH_WEIGHTS.tiers).toEqual({ ESSENTIAL: 3, IMPORTANT: 2, NICE_TO_HAVE: 1 });
  });

  it('changes the score when configured', () => {
    const equalTiers = createMatchContext({
      postcodes,
      competences,
      weights: { tiers: { ESSENTIAL: 1, IMPORTANT: 1 } },
    });
    // (20 + 12 + 3) / (12 · 4) = 0.729166…
    expect(componentValue(scoreMatch(seeker, vacancy, equalTiers), 'competenceFit')?.value).toBe(0.7292);
  });

  it('refuses a passend werk weight below 0', () => {
    expect(() => resolveMatchWeights({ components: { passendWerk: -0.1 } })).toThrow(
      InvalidMatchWeightsError,
    );
  });

  it.each([
    [{ components: { hours: 0, distance: 0 } }],
    [{ components: { interest: -1 } }],
    [{ tiers: { ESSENTIAL: 0 } }],
    [{ interestValues: { sector: 2 } }],
    [{ trainableGap: { maxLevels: 1.5 } }],
    [{ opensAtScore: 1.2 }],
  ])('refuses %j', (overrides) => {
    expect(() => resolveMatchWeights(overrides)).toThrow(InvalidMatchWeightsError);
  });
});

describe('invalid input', () => {
  it('refuses a level outside 0..4 and a behaviour outside 1..5', () => {
    expect(() => scoreMatch({ ...seeker, competenceLevels: { 'P-SCHOONMAKEN': 5 } }, vacancy, ctx)).toThrow(
      InvalidSeekerError,
    );
    expect(() => scoreMatch({ ...seeker, behaviourScores: { opTijdKomen: 0 } }, vacancy, ctx)).toThrow(
      InvalidSeekerError,
    );
  });

  it.each([
    ['an unknown competence', [{ competenceCode: 'P-ONBEKEND', level: 2, tier: 'ESSENTIAL' as const }]],
    ['a competence twice', [vacancy.requirements[0], vacancy.requirements[0]]],
    ['level 0', [{ competenceCode: 'P-SCHOONMAKEN', level: 0, tier: 'ESSENTIAL' as const }]],
  ])('refuses a vacancy with %s', (_, requirements) => {
    expect(() => scoreMatch(seeker, { ...vacancy, requirements } as MatchVacancy, ctx)).toThrow(
      InvalidVacancyError,
    );
  });
});
