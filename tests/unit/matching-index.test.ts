import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  SeededRandom,
  syntheticSeeker,
  syntheticSeekers,
  syntheticVacancies,
} from '../../bench/matching-synthetic-data';
import { loadSyntheticWorld } from '../../bench/matching-world';
import { PostcodeDirectory } from '../../src/modules/geo/postcodes';
import {
  createMatchContext,
  GATE_REASONS,
  type GateFailureCounts,
  gateCheck,
  InvalidCursorError,
  InvalidSeekerError,
  MatchingIndex,
  type MatchSeeker,
  type MatchVacancy,
  scoreMatch,
} from '../../src/modules/matching/engine';

const world = loadSyntheticWorld(fileURLToPath(new URL('../../reference', import.meta.url)), 100);
const ctx = createMatchContext({ postcodes: world.postcodes, competences: world.competences });

// Most synthetic people are made matchable, so rankings are long enough to show ties and pages.
function matchablePeople(seed: number, count: number): MatchSeeker[] {
  const random = new SeededRandom(seed);
  return syntheticSeekers(random, world, count).map((seeker) =>
    random.chance(0.7)
      ? { ...seeker, segment: 'READY', matchingConsent: true, placed: false, maxTravelKm: 60 }
      : seeker,
  );
}
const people = matchablePeople(7, 800);
const vacancies = syntheticVacancies(new SeededRandom(8), world, 40);

/** The ranking by definition: gateCheck and scoreMatch for every person, sorted by score then id. */
function bruteForce(seekers: readonly MatchSeeker[], vacancy: MatchVacancy) {
  const gateFailures = Object.fromEntries(GATE_REASONS.map((reason) => [reason, 0])) as GateFailureCounts;
  const scored: { seekerId: string; score: number }[] = [];
  for (const seeker of seekers) {
    const gates = gateCheck(seeker, vacancy, ctx);
    for (const reason of gates.failed) gateFailures[reason]++;
    if (gates.passed) scored.push({ seekerId: seeker.id, score: scoreMatch(seeker, vacancy, ctx).score });
  }
  scored.sort((a, b) => b.score - a.score || (a.seekerId < b.seekerId ? -1 : 1));
  return {
    items: scored.map((item, index) => ({ ...item, rank: index + 1 })),
    gateFailures,
    total: scored.length,
  };
}

describe('MatchingIndex.rankCandidates', () => {
  const index = MatchingIndex.build(ctx, people);

  it('equals gateCheck and scoreMatch over every person, for every vacancy', () => {
    let ranked = 0;
    for (const vacancy of vacancies) {
      const expected = bruteForce(people, vacancy);
      const actual = index.rankCandidates(vacancy, { limit: people.length });
      expect(actual.items).toEqual(expected.items);
      expect(actual.gateFailures).toEqual(expected.gateFailures);
      expect(actual.total).toBe(expected.total);
      expect(actual.nextCursor).toBeNull();
      ranked += actual.total;
    }
    expect(ranked).toBeGreaterThan(1000);
  });

  it('pages through the same ranking with cursors, with ranks that carry on', () => {
    const vacancy = vacancies.find((candidate) => index.rankCandidates(candidate).total > 30) as MatchVacancy;
    const full = index.rankCandidates(vacancy, { limit: people.length }).items;
    const paged: typeof full = [];
    let cursor: string | null = null;
    do {
      const page = index.rankCandidates(vacancy, { limit: 7, cursor });
      expect(page.items.length).toBeLessThanOrEqual(7);
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(full);
  });

  it('returns the first 50 by default and refuses a bad cursor or limit', () => {
    const vacancy = vacancies[0] as MatchVacancy;
    const page = index.rankCandidates(vacancy);
    expect(page.items).toEqual(index.rankCandidates(vacancy, { limit: people.length }).items.slice(0, 50));
    expect(() => index.rankCandidates(vacancy, { cursor: 'nonsense' })).toThrow(InvalidCursorError);
    expect(() => index.rankCandidates(vacancy, { limit: 0 })).toThrow(RangeError);
  });

  it('gives the same ranking whatever order people were added in', () => {
    const shuffled = new SeededRandom(3).sample(people, people.length);
    const other = MatchingIndex.build(ctx, shuffled);
    for (const vacancy of vacancies.slice(0, 10)) {
      expect(other.rankCandidates(vacancy, { limit: 1000 })).toEqual(
        index.rankCandidates(vacancy, { limit: 1000 }),
      );
    }
  });

  it('breaks ties on the id', () => {
    const twin = people.find((person) =>
      index
        .rankCandidates(vacancies[0] as MatchVacancy, { limit: 1000 })
        .items.some((item) => item.seekerId === person.id),
    ) as MatchSeeker;
    const twins = MatchingIndex.build(
      ctx,
      ['zz', 'aa', 'mm'].map((id) => ({ ...twin, id })),
    );
    const ranking = twins.rankCandidates(vacancies[0] as MatchVacancy);
    expect(ranking.items.map(({ seekerId, rank }) => [seekerId, rank])).toEqual([
      ['aa', 1],
      ['mm', 2],
      ['zz', 3],
    ]);
    expect(new Set(ranking.items.map((item) => item.score)).size).toBe(1);
  });
});

describe('MatchingIndex.rankAll', () => {
  const index = MatchingIndex.build(ctx, people);

  it.each(['loop', 'matrix'] as const)('with the %s kernel equals rankCandidates per vacancy', (kernel) => {
    const batch = index.rankAll(vacancies, 25, { kernel });
    expect(batch.map((ranking) => ranking.vacancyId)).toEqual(vacancies.map((vacancy) => vacancy.id));
    batch.forEach((ranking, position) => {
      expect(ranking).toEqual(index.rankCandidates(vacancies[position] as MatchVacancy, { limit: 25 }));
    });
  });
});

describe('keeping the index current', () => {
  it('after upserts and removes ranks exactly like an index built fresh from the same people', () => {
    const random = new SeededRandom(11);
    const current = new Map(matchablePeople(12, 300).map((person) => [person.id, person]));
    const index = MatchingIndex.build(ctx, current.values(), { initialCapacity: 16 });
    let nextId = 1000;
    for (let step = 0; step < 600; step++) {
      const ids = [...current.keys()];
      const roll = random.next();
      if (roll < 0.3 && ids.length > 0) {
        const id = random.pick(ids);
        current.delete(id);
        expect(index.remove(id)).toBe(true);
      } else if (roll < 0.5) {
        const person = syntheticSeeker(random, world, `js-new-${nextId++}`);
        current.set(person.id, person);
        index.upsert(person);
      } else if (ids.length > 0) {
        // A changed profile, segment, consent or placement of someone already in the index.
        const person = {
          ...syntheticSeeker(random, world, random.pick(ids)),
          matchingConsent: random.chance(0.8),
        };
        current.set(person.id, person);
        index.upsert(person);
      }
    }
    const fresh = MatchingIndex.build(ctx, current.values());
    expect(index.size).toBe(current.size);
    expect(index.rankAll(vacancies, 1000)).toEqual(fresh.rankAll(vacancies, 1000));
    for (const id of current.keys()) expect(index.seeker(id)).toEqual(fresh.seeker(id));
  });

  it('refuses an invalid person and leaves the index unchanged', () => {
    const index = MatchingIndex.build(ctx, people.slice(0, 5));
    const before = index.rankAll(vacancies.slice(0, 3), 10);
    const invalid = { ...(people[0] as MatchSeeker), competenceLevels: { 'P-SCHOONMAKEN': 7 } };
    expect(() => index.upsert(invalid)).toThrow(InvalidSeekerError);
    expect(index.rankAll(vacancies.slice(0, 3), 10)).toEqual(before);
    expect(index.remove('nobody')).toBe(false);
  });

  it('reports its size and memory', () => {
    const index = MatchingIndex.build(ctx, people);
    expect(index.size).toBe(people.length);
    expect(index.has(people[0]?.id as string)).toBe(true);
    // 100 level columns of one byte per person at least.
    expect(index.memoryBytes()).toBeGreaterThan(people.length * 100);
  });
});

describe('explain and rankVacancies', () => {
  const index = MatchingIndex.build(ctx, people);

  it('explain gives the gates and the score of scoreMatch', () => {
    for (const person of people.slice(0, 30)) {
      const vacancy = vacancies[0] as MatchVacancy;
      expect(index.explain(person.id, vacancy)).toEqual({
        seekerId: person.id,
        vacancyId: vacancy.id,
        gates: gateCheck(person, vacancy, ctx),
        ...scoreMatch(person, vacancy, ctx),
      });
    }
    expect(index.explain('nobody', vacancies[0] as MatchVacancy)).toBeNull();
  });

  it('rankVacancies ranks the vacancies whose gates a person passes, by score then id', () => {
    const person = people.find(
      (candidate) => (index.rankVacancies(candidate.id, vacancies)?.total ?? 0) > 3,
    ) as MatchSeeker;
    const expected = vacancies
      .filter((vacancy) => gateCheck(person, vacancy, ctx).passed)
      .map((vacancy) => ({ vacancyId: vacancy.id, score: scoreMatch(person, vacancy, ctx).score }))
      .sort((a, b) => b.score - a.score || (a.vacancyId < b.vacancyId ? -1 : 1))
      .map((item, position) => ({ ...item, rank: position + 1 }));
    const ranking = index.rankVacancies(person.id, vacancies, { limit: 100 });
    expect(ranking?.items).toEqual(expected);
    expect(ranking?.total).toBe(expected.length);
    const failedGates = Object.values(ranking?.gateFailures ?? {}).reduce((sum, count) => sum + count, 0);
    expect(failedGates).toBeGreaterThanOrEqual(vacancies.length - expected.length);
    expect(index.rankVacancies('nobody', vacancies)).toBeNull();
  });
});

describe('whatToTrain on a hand-made example', () => {
  const KM_IN_DEGREES = 180 / (Math.PI * 6371.0088);
  const place = (pc4: string, kmNorth: number) => ({
    pc4,
    place: 'Rotterdam',
    municipality: 'Rotterdam',
    municipalityCode: '0599',
    lat: 51.92 + kmNorth * KM_IN_DEGREES,
    lon: 4.48,
  });
  // Scores below are hand-computed without the passend werk component (weight 0): it is the same for
  // every vacancy here, and the "opens at 0.5" threshold stays where the example puts it.
  const small = createMatchContext({
    weights: { components: { passendWerk: 0 } },
    postcodes: PostcodeDirectory.fromJson({
      version: 1,
      source: 'test',
      attribution: 'test',
      postcodes: [place('3011', 0), place('3012', 10)],
    }),
    competences: [
      { code: 'P-SCHOONMAKEN', kind: 'practical' },
      { code: 'L-NL-SPREKEN', kind: 'language' },
      { code: 'T-SAFE-WORK', kind: 'transversal' },
    ],
  });
  const seeker: MatchSeeker = {
    id: 'js-1',
    segment: 'READY',
    matchingConsent: true,
    placed: false,
    pc4: '3011',
    maxTravelKm: 20,
    wantedHours: { min: 16, max: 24 },
    competenceLevels: { 'P-SCHOONMAKEN': 2, 'L-NL-SPREKEN': 3, 'T-SAFE-WORK': 1 },
    interests: { occupations: [], sectors: ['91'] },
    behaviourScores: {},
    legalQualifications: [],
    ageYears: null,
    contractWishes: ['vast'],
    workingTimes: null,
    inLearnWorkTrajectory: false,
  };
  const vacancy = (
    id: string,
    requirements: MatchVacancy['requirements'],
    change: Partial<MatchVacancy> = {},
  ) => ({
    id,
    contractType: 'EMPLOYMENT' as const,
    occupationCode: '9112.1',
    sectorCode: null,
    pc4: '3012',
    hours: { min: 24, max: 32 },
    gradualBuildUp: false,
    requirements,
    legalRequirements: [],
    behaviours: [],
    contractKind: null,
    workingTimes: null,
    terms: { paid: true, permanentProspect: false, underCao: false, payIndicated: false },
    ...change,
  });
  const open: MatchVacancy[] = [
    // Score 0.5259 now; training schoonmaken to 3 gives 0.8778 and meets the only essential.
    vacancy('V-A', [{ competenceCode: 'P-SCHOONMAKEN', level: 3, tier: 'ESSENTIAL' }]),
    // Two essential gaps: no single competence opens it.
    vacancy('V-B', [
      { competenceCode: 'P-SCHOONMAKEN', level: 3, tier: 'ESSENTIAL' },
      { competenceCode: 'L-NL-SPREKEN', level: 4, tier: 'ESSENTIAL' },
    ]),
    // Already open.
    vacancy('V-C', [{ competenceCode: 'L-NL-SPREKEN', level: 2, tier: 'ESSENTIAL' }]),
    // Hours do not fit: training does not change that.
    vacancy('V-D', [{ competenceCode: 'P-SCHOONMAKEN', level: 3, tier: 'ESSENTIAL' }], {
      hours: { min: 36, max: 40 },
    }),
    vacancy('V-E', [{ competenceCode: 'T-SAFE-WORK', level: 3, tier: 'ESSENTIAL' }]),
    vacancy('V-F', [
      { competenceCode: 'P-SCHOONMAKEN', level: 4, tier: 'ESSENTIAL' },
      { competenceCode: 'T-SAFE-WORK', level: 1, tier: 'IMPORTANT' },
    ]),
    // No essentials; score 0.3095 now. Safe work to 4 gives 0.5595, schoonmaken to 4 only 0.3929.
    vacancy(
      'V-G',
      [
        { competenceCode: 'T-SAFE-WORK', level: 4, tier: 'IMPORTANT' },
        { competenceCode: 'P-SCHOONMAKEN', level: 4, tier: 'NICE_TO_HAVE' },
      ],
      { occupationCode: '2211.1', hours: { min: 32, max: 40 }, gradualBuildUp: true },
    ),
    vacancy('V-H', [{ competenceCode: 'T-SAFE-WORK', level: 2, tier: 'ESSENTIAL' }]),
  ];
  const index = MatchingIndex.build(small, [seeker]);

  it('lists competences by the number of vacancies they would open, with those vacancies', () => {
    expect(index.explain('js-1', open[0] as MatchVacancy)?.score).toBe(0.5259);
    expect(index.whatToTrain('js-1', open)).toEqual([
      {
        competenceCode: 'T-SAFE-WORK',
        currentLevel: 1,
        vacancyIds: ['V-E', 'V-G', 'V-H'],
        opens: [
          { vacancyId: 'V-E', requiredLevel: 3, trainable: false },
          { vacancyId: 'V-G', requiredLevel: 4, trainable: false },
          { vacancyId: 'V-H', requiredLevel: 2, trainable: true },
        ],
      },
      {
        competenceCode: 'P-SCHOONMAKEN',
        currentLevel: 2,
        vacancyIds: ['V-A', 'V-F'],
        opens: [
          { vacancyId: 'V-A', requiredLevel: 3, trainable: true },
          { vacancyId: 'V-F', requiredLevel: 4, trainable: false },
        ],
      },
    ]);
    expect(index.whatToTrain('nobody', open)).toBeNull();
  });
});
