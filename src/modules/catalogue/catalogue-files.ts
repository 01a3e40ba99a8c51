import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalogue, parseCatalogue } from './catalogue';

// Node-only counterpart of catalogue.ts; a worker bundles the JSON files and calls parseCatalogue.

/** Locations of the catalogue files relative to the reference directory. */
export function catalogueReferencePaths(version: number) {
  return {
    competences: join('esco', `competences.v${version}.json`),
    occupations: join('esco', `occupations.v${version}.json`),
    sectors: join('esco', `sectors.v${version}.json`),
  };
}

export const CURRENT_CATALOGUE_VERSION = 1;

export function loadCatalogue(referenceDir: string, version = CURRENT_CATALOGUE_VERSION): Catalogue {
  const paths = catalogueReferencePaths(version);
  const read = (relativePath: string): unknown => {
    const path = join(referenceDir, relativePath);
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read catalogue file ${path}; rebuild it with scripts/build-reference-data.ts`, {
        cause: error,
      });
    }
  };
  return parseCatalogue({
    competences: read(paths.competences),
    occupations: read(paths.occupations),
    sectors: read(paths.sectors),
  });
}
