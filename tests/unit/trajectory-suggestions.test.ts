import { describe, expect, it } from 'vitest';
import { fitsPerson, rankOfferingsForGaps } from '../../src/modules/trajectories/trajectory-suggestions';

const limits = { maxHoursPerWeek: 12, maxTravelKm: 10 };
const offering = (
  id: string,
  competenceCodes: string[],
  overrides: { hoursPerWeek?: number; distanceKm?: number | null } = {},
) => ({
  id,
  competenceCodes,
  hoursPerWeek: overrides.hoursPerWeek ?? 8,
  distanceKm: overrides.distanceKm === undefined ? 3 : overrides.distanceKm,
});

describe('offerings within the person’s hours and travel distance', () => {
  it.each([
    [{}, true],
    [{ hoursPerWeek: 12 }, true],
    [{ hoursPerWeek: 13 }, false],
    [{ distanceKm: 10 }, true],
    [{ distanceKm: 10.1 }, false],
    [{ distanceKm: null }, false],
  ])('%o fits: %s', (overrides, fits) => {
    expect(fitsPerson(offering('o', [], overrides), limits)).toBe(fits);
  });
});

describe('ranking offerings by the gaps they develop', () => {
  const gaps = [
    { competenceCode: 'P-KEUKENHULP', vacancyIds: ['v1', 'v2'] },
    { competenceCode: 'P-ORDERPICKEN', vacancyIds: ['v3'] },
    { competenceCode: 'T-HYGIENIC-WORK', vacancyIds: ['v1'] },
  ];

  it('puts the offering that opens most vacancies first, counting each vacancy once', () => {
    const ranked = rankOfferingsForGaps(
      gaps,
      [
        offering('picking', ['P-ORDERPICKEN']),
        offering('kitchen', ['P-KEUKENHULP', 'T-HYGIENIC-WORK']),
        offering('hygiene', ['T-HYGIENIC-WORK']),
        offering('nothing', ['P-GEREEDSCHAP'], { distanceKm: 0.5 }),
      ],
      limits,
    );
    expect(ranked.map((s) => [s.offeringId, s.vacanciesOpened, s.developsGaps])).toEqual([
      ['kitchen', 2, ['P-KEUKENHULP', 'T-HYGIENIC-WORK']],
      ['hygiene', 1, ['T-HYGIENIC-WORK']],
      ['picking', 1, ['P-ORDERPICKEN']],
      ['nothing', 0, []],
    ]);
  });

  it('breaks ties by gaps developed, then distance, then id', () => {
    const ranked = rankOfferingsForGaps(
      [
        { competenceCode: 'A', vacancyIds: ['v1'] },
        { competenceCode: 'B', vacancyIds: ['v1'] },
      ],
      [
        offering('far', ['A'], { distanceKm: 8 }),
        offering('near-b', ['A'], { distanceKm: 2 }),
        offering('near-a', ['A'], { distanceKm: 2 }),
        offering('both', ['A', 'B'], { distanceKm: 9 }),
      ],
      limits,
    );
    expect(ranked.map((s) => s.offeringId)).toEqual(['both', 'near-a', 'near-b', 'far']);
  });

  it('leaves out what does not fit the person, and caps the list', () => {
    const ranked = rankOfferingsForGaps(
      gaps,
      [
        offering('too-many-hours', ['P-KEUKENHULP'], { hoursPerWeek: 20 }),
        offering('too-far', ['P-KEUKENHULP'], { distanceKm: 30 }),
      ],
      limits,
    );
    expect(ranked).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => offering(`o${String(i).padStart(2, '0')}`, []));
    expect(rankOfferingsForGaps([], many, limits, 20)).toHaveLength(20);
  });
});
