import type { Instrument } from '../modules/assessments/instrument';
import type { Catalogue } from '../modules/catalogue/catalogue';
import type { PostcodeDirectory } from '../modules/geo/postcodes';
import type { MoneyChecklist } from '../modules/placements/money-checklist';

/**
 * Versioned data the service works with, validated once at start: the competence catalogue, every
 * assessment instrument version (profiles keep the version they were made with), PC4 postcodes and
 * the start-of-work money checklist versions.
 */
export type ReferenceData = {
  catalogue: Catalogue;
  instruments: readonly Instrument[];
  activeInstrument: Instrument;
  postcodes: PostcodeDirectory;
  /** Every version of the start-of-work money checklist; a placement keeps the version it was made from. */
  moneyChecklists: readonly MoneyChecklist[];
  activeMoneyChecklist: MoneyChecklist;
};

export function instrumentVersion(reference: ReferenceData, version: number): Instrument | undefined {
  return reference.instruments.find((instrument) => instrument.version === version);
}
