import { loadCatalogue } from '../src/modules/catalogue/catalogue-files';
import { loadPostcodeDirectory } from '../src/modules/geo/postcode-files';
import type { PostcodeDirectory } from '../src/modules/geo/postcodes';
import type { CompetenceInfo } from '../src/modules/matching/engine/context';
import type { SyntheticWorld } from './matching-synthetic-data';

// Node-only: the real reference data (catalogue, PC4 centroids) that synthetic people live in.

/** PC4 areas of the Rotterdam region (Rijnmond and surroundings). */
const NEARBY_PC4_PREFIXES = ['26', '27', '29', '30', '31', '32', '33'];
/** ISCO major groups of most work open to people without diplomas. */
const OCCUPATION_MAJOR_GROUPS = ['4', '5', '7', '8', '9'];

export interface LoadedWorld extends SyntheticWorld {
  postcodes: PostcodeDirectory;
}

/** A catalogue of `competenceCount` competences: every language and practical one, then transversal. */
export function loadSyntheticWorld(referenceDir: string, competenceCount = 100): LoadedWorld {
  const catalogue = loadCatalogue(referenceDir);
  const postcodes = loadPostcodeDirectory(referenceDir);
  const byKind = (kind: string) => catalogue.competences.filter((competence) => competence.kind === kind);
  const competences: CompetenceInfo[] = [
    ...byKind('language'),
    ...byKind('practical'),
    ...byKind('transversal'),
  ]
    .slice(0, competenceCount)
    .map(({ code, kind, labelNl }) => ({ code, kind, labelNl }));
  // PC4 codes are 1000..9999; the directory lists no codes, so ask it for each.
  const allPc4s: string[] = [];
  for (let code = 1000; code <= 9999; code++) if (postcodes.has(String(code))) allPc4s.push(String(code));
  return {
    postcodes,
    competences,
    allPc4s,
    nearbyPc4s: allPc4s.filter((pc4) => NEARBY_PC4_PREFIXES.includes(pc4.slice(0, 2))),
    occupationCodes: catalogue.occupations
      .filter((occupation) => OCCUPATION_MAJOR_GROUPS.includes(occupation.iscoGroup.slice(0, 1)))
      .map((occupation) => occupation.code),
  };
}
