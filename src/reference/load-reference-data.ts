import { activeInstrument, loadInstruments } from '../modules/assessments/instrument-files';
import { loadCatalogue } from '../modules/catalogue/catalogue-files';
import { loadPostcodeDirectory } from '../modules/geo/postcode-files';
import { activeMoneyChecklist } from '../modules/placements/money-checklist';
import { loadMoneyChecklists } from '../modules/placements/money-checklist-files';
import type { ReferenceData } from './reference-data';

/** Node-only: reads and validates the reference files. Throws, naming the file and path, when one is invalid. */
export function loadReferenceData(paths: {
  referenceDir: string;
  assessmentsDir: string;
  checklistsDir: string;
}): ReferenceData {
  const catalogue = loadCatalogue(paths.referenceDir);
  const instruments = loadInstruments(paths.assessmentsDir, catalogue);
  const moneyChecklists = loadMoneyChecklists(paths.checklistsDir);
  return {
    catalogue,
    instruments,
    activeInstrument: activeInstrument(instruments),
    postcodes: loadPostcodeDirectory(paths.referenceDir),
    moneyChecklists,
    activeMoneyChecklist: activeMoneyChecklist(moneyChecklists),
  };
}
