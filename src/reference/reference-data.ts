import type { Instrument } from '../modules/assessments/instrument';
import type { Catalogue } from '../modules/catalogue/catalogue';
import type { PostcodeDirectory } from '../modules/geo/postcodes';

/**
 * Versioned data the service works with, validated once at start: the competence catalogue, every
 * assessment instrument version (profiles keep the version they were made with) and PC4 postcodes.
 */
export type ReferenceData = {
  catalogue: Catalogue;
  instruments: readonly Instrument[];
  activeInstrument: Instrument;
  postcodes: PostcodeDirectory;
};

export function instrumentVersion(reference: ReferenceData, version: number): Instrument | undefined {
  return reference.instruments.find((instrument) => instrument.version === version);
}
