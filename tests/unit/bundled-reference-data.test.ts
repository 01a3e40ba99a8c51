import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledReferenceData } from '../../src/reference/bundled-reference-data';
import { loadReferenceData } from '../../src/reference/load-reference-data';

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

describe('bundledReferenceData (the worker) and loadReferenceData (Node)', () => {
  it('give the same catalogue, instruments and postcodes', () => {
    const fromFiles = loadReferenceData({
      referenceDir: dir('../../reference'),
      assessmentsDir: dir('../../assessments'),
      checklistsDir: dir('../../checklists'),
    });
    const bundled = bundledReferenceData();
    expect(bundled.instruments.map((i) => i.version)).toEqual(fromFiles.instruments.map((i) => i.version));
    expect(bundled.instruments).toEqual(fromFiles.instruments);
    expect(bundled.activeInstrument).toEqual(fromFiles.activeInstrument);
    expect(bundled.catalogue.competences).toEqual(fromFiles.catalogue.competences);
    expect(bundled.catalogue.occupations).toEqual(fromFiles.catalogue.occupations);
    expect(bundled.postcodes.size).toBe(fromFiles.postcodes.size);
    expect(bundled.postcodes).toEqual(fromFiles.postcodes);
  });
});
