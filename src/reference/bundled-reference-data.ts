import instrumentV1 from '../../assessments/instrument.v1.json';
import startOfWorkV1 from '../../checklists/start-of-work.v1.json';
import competencesV1 from '../../reference/esco/competences.v1.json';
import occupationsV1 from '../../reference/esco/occupations.v1.json';
import sectorsV1 from '../../reference/esco/sectors.v1.json';
import pc4V1 from '../../reference/geo/pc4.v1.json';
import { activeInstrument, parseInstrument } from '../modules/assessments/instrument';

import { parseCatalogue } from '../modules/catalogue/catalogue';
import { PostcodeDirectory } from '../modules/geo/postcodes';
import { activeMoneyChecklist, checklistsFromSources } from '../modules/placements/money-checklist';
import type { ReferenceData } from './reference-data';

/**
 * The reference data for runtimes without a file system (the worker): the same JSON files as
 * loadReferenceData reads on Node, bundled at build time and validated by the same parsers. A new
 * instrument version or catalogue file is added here as well; tests/unit/bundled-reference-data
 * checks that both give the same data.
 */
export function bundledReferenceData(): ReferenceData {
  const catalogue = parseCatalogue({
    competences: competencesV1,
    occupations: occupationsV1,
    sectors: sectorsV1,
  });
  const instruments = [parseInstrument(instrumentV1, 'assessments/instrument.v1.json', catalogue)];
  const moneyChecklists = checklistsFromSources([
    { sourceName: 'checklists/start-of-work.v1.json', raw: startOfWorkV1, versionInName: 1 },
  ]);
  return {
    catalogue,
    instruments,
    activeInstrument: activeInstrument(instruments),
    moneyChecklists,
    activeMoneyChecklist: activeMoneyChecklist(moneyChecklists),
    postcodes: PostcodeDirectory.fromJson(pc4V1),
  };
}
