// Pure module: which offerings best develop what stands between a person and the vacancies they
// want. The gaps come from the matching engine's "what to train" (competences whose improvement
// would open vacancies); this module only filters offerings on the person's hours and travel
// distance and ranks them by how many vacancies the competences they develop would open.

export interface TrainingGap {
  competenceCode: string;
  /** Vacancies that training this competence would open (ids). */
  vacancyIds: readonly string[];
}

export interface OfferingCandidate {
  id: string;
  competenceCodes: readonly string[];
  hoursPerWeek: number;
  /** Distance from the person's postcode in km; null when a postcode is unknown. */
  distanceKm: number | null;
}

export interface OfferingSuggestion {
  offeringId: string;
  distanceKm: number;
  /** The gaps this offering develops, in the order of `gaps`. */
  developsGaps: string[];
  /** Distinct vacancies that the developed gaps would open together. */
  vacanciesOpened: number;
}

export interface PersonLimits {
  /** The most hours a week the person wants to spend. */
  maxHoursPerWeek: number;
  maxTravelKm: number;
}

/** Whether an offering fits within the person's hours and travel distance. */
export const fitsPerson = (offering: OfferingCandidate, limits: PersonLimits): boolean =>
  offering.hoursPerWeek <= limits.maxHoursPerWeek &&
  offering.distanceKm !== null &&
  offering.distanceKm <= limits.maxTravelKm;

/**
 * Offerings within the person's hours and distance, best first: most vacancies opened, then most
 * gaps developed, then nearest, then id (stable). Offerings that develop none of the gaps are kept
 * at the end: they still fit the person, there is just no vacancy evidence for them.
 */
export function rankOfferingsForGaps(
  gaps: readonly TrainingGap[],
  offerings: readonly OfferingCandidate[],
  limits: PersonLimits,
  maxResults = 20,
): OfferingSuggestion[] {
  const suggestions = offerings
    .filter((offering) => fitsPerson(offering, limits))
    .map((offering): OfferingSuggestion => {
      const developed = new Set(offering.competenceCodes);
      const developsGaps = gaps.filter((gap) => developed.has(gap.competenceCode));
      const vacancies = new Set(developsGaps.flatMap((gap) => gap.vacancyIds));
      return {
        offeringId: offering.id,
        distanceKm: offering.distanceKm as number,
        developsGaps: developsGaps.map((gap) => gap.competenceCode),
        vacanciesOpened: vacancies.size,
      };
    });
  suggestions.sort(
    (a, b) =>
      b.vacanciesOpened - a.vacanciesOpened ||
      b.developsGaps.length - a.developsGaps.length ||
      a.distanceKm - b.distanceKm ||
      (a.offeringId < b.offeringId ? -1 : a.offeringId > b.offeringId ? 1 : 0),
  );
  return suggestions.slice(0, maxResults);
}
