import type { CompetenceKind } from '../../catalogue/catalogue';
import type { PostcodeDirectory } from '../../geo/postcodes';
import { type MatchWeights, type MatchWeightsOverrides, resolveMatchWeights } from './weights';

// What every scoring call needs besides the seeker and the vacancy: the competence catalogue (in
// a fixed order, which is the column order of the index), the postcode centroids and the weights.

export interface CompetenceInfo {
  code: string;
  kind: CompetenceKind;
  labelNl?: string;
}

export interface CompetenceDirectory {
  readonly codes: readonly string[];
  readonly kinds: readonly CompetenceKind[];
  /** Column of the code in the index, or -1 when the catalogue does not have it. */
  indexOf(code: string): number;
}

export interface MatchContext {
  readonly postcodes: PostcodeDirectory;
  readonly competences: CompetenceDirectory;
  readonly weights: MatchWeights;
}

export function createCompetenceDirectory(competences: readonly CompetenceInfo[]): CompetenceDirectory {
  const indexByCode = new Map<string, number>();
  competences.forEach((competence, index) => {
    if (indexByCode.has(competence.code)) throw new Error(`Duplicate competence code ${competence.code}`);
    indexByCode.set(competence.code, index);
  });
  return {
    codes: competences.map((competence) => competence.code),
    kinds: competences.map((competence) => competence.kind),
    indexOf: (code) => indexByCode.get(code) ?? -1,
  };
}

/** `competences` is typically `catalogue.competences`. */
export function createMatchContext(options: {
  postcodes: PostcodeDirectory;
  competences: readonly CompetenceInfo[];
  weights?: MatchWeightsOverrides;
}): MatchContext {
  return {
    postcodes: options.postcodes,
    competences: createCompetenceDirectory(options.competences),
    weights: resolveMatchWeights(options.weights),
  };
}
