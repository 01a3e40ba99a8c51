import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReferenceFiles, parseCsv, parseCsvRecords } from '../../scripts/build-reference-data';
import { InvalidCatalogueError, parseCatalogue } from '../../src/modules/catalogue/catalogue';
import { loadCatalogue } from '../../src/modules/catalogue/catalogue-files';

const referenceDir = fileURLToPath(new URL('../../reference', import.meta.url));
const catalogue = loadCatalogue(referenceDir);
const ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

const readReference = (name: string) => readFileSync(join(referenceDir, 'esco', name), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: tests edit the raw JSON freely to break it.
const rawFiles = (): { competences: any; occupations: any; sectors: any } => ({
  competences: JSON.parse(readReference('competences.v1.json')),
  occupations: JSON.parse(readReference('occupations.v1.json')),
  sectors: JSON.parse(readReference('sectors.v1.json')),
});

describe('competence catalogue v1', () => {
  const transversal = catalogue.competences.filter((competence) => competence.kind === 'transversal');

  it('holds all 107 ESCO transversal skills, each with its concept URI and ESCO group', () => {
    expect(transversal).toHaveLength(107);
    expect(new Set(transversal.map((competence) => competence.escoUri)).size).toBe(107);
    for (const competence of transversal) {
      expect(competence.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);
      expect(competence.code).toMatch(/^T-[A-Z0-9-]+$/);
      expect(competence.labelNl).not.toBe(competence.labelEn);
    }
    const groups = new Set(transversal.map((competence) => competence.group.labelEn));
    expect(groups).toEqual(
      new Set([
        'attitudes',
        'values',
        'social interaction',
        'thinking',
        'numeracy and mathematics',
        'health and safety',
        'working environment',
        'digital communication and collaboration',
        'digital data processing',
        'digital content creation',
        'ICT safety',
        'problem-solving with digital tools',
      ]),
    );
  });

  it('has unique codes, and known codes keep their ESCO concept', () => {
    const codes = catalogue.competences.map((competence) => competence.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(catalogue.competence('T-WORK-IN-TEAMS')?.escoUri).toBe(
      'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0',
    );
    expect(catalogue.competence('T-ACCEPT-FEEDBACK')?.labelEn).toBe('accept constructive criticism');
    expect(catalogue.competence('T-USE-DATABASES')?.group.code).toBe('digital-data');
  });

  it('adds practical work competences, linked to ESCO skill groups', () => {
    const practical = catalogue.competences.filter((competence) => competence.kind === 'practical');
    expect(practical.map((competence) => competence.code)).toEqual([
      'P-ORDERPICKEN',
      'P-SCHOONMAKEN',
      'P-HORECA-SERVICE',
      'P-ZORG-ONDERSTEUNING',
      'P-BOUW-ASSISTENTIE',
      'P-GEREEDSCHAP',
      'P-KLANTCONTACT',
      'P-KASSAWERK',
      'P-MAGAZIJN',
      'P-GROENVOORZIENING',
      'P-KEUKENHULP',
      'P-PRODUCTIEWERK',
      'P-BEVEILIGING',
      'P-BEZORGING',
      'P-ADMINISTRATIEF',
    ]);
    for (const competence of practical) {
      expect(competence.escoConceptType).toBe('SkillGroup');
      expect(competence.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/S\d/);
    }
  });

  it('maps Dutch reading, speaking and writing to CEFR levels', () => {
    for (const [code, escoLabel] of [
      ['L-NL-LEZEN', '96ab25a3-c89b-43ea-833b-26b637c3b6ed'],
      ['L-NL-SPREKEN', 'c44b765b-76fb-4a16-be7e-9925beee072c'],
      ['L-NL-SCHRIJVEN', 'e35cfb6e-ea8e-4aef-aab9-3cbc7d79647b'],
    ] as const) {
      const competence = catalogue.competence(code);
      expect(competence?.escoUri).toBe(`http://data.europa.eu/esco/skill/${escoLabel}`);
      expect(competence?.levels.map((level) => level.cefr)).toEqual(['pre-A1', 'A1', 'A2', 'B1', 'B2+']);
    }
  });

  it('describes levels 0 to 4 of every competence in Dutch', () => {
    for (const competence of catalogue.competences) {
      expect(competence.levels.map((level) => level.level)).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(competence.levels.map((level) => level.descriptorNl)).size).toBe(5);
    }
  });

  it('carries the ESCO attribution in every file', () => {
    const files = rawFiles();
    expect(catalogue.attribution).toBe(ATTRIBUTION);
    expect(files.occupations.attribution).toBe(ATTRIBUTION);
    expect(files.sectors.attribution).toBe(ATTRIBUTION);
  });
});

describe('occupations and sectors', () => {
  it('holds every ESCO occupation with its Dutch label, sorted by code', () => {
    expect(catalogue.occupations).toHaveLength(3007);
    expect(catalogue.occupation('9333.8.1')).toMatchObject({ labelNl: 'orderpicker', iscoGroup: '9333' });
    const codes = catalogue.occupations.map((occupation) => occupation.code);
    // Numeric per segment: '2166.10' after '2166.9', and a code before its own children.
    const sortKey = (code: string) =>
      code
        .split('.')
        .map((part) => part.padStart(4, '0'))
        .join('.');
    expect(codes).toEqual([...codes].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)));
    expect(codes.indexOf('2166.10')).toBeGreaterThan(codes.indexOf('2166.9'));
  });

  it('names the 10 ISCO major groups and 43 sub-major groups in Dutch', () => {
    expect(catalogue.sectors.filter((sector) => sector.level === 1)).toHaveLength(10);
    expect(catalogue.sectors.filter((sector) => sector.level === 2)).toHaveLength(43);
    expect(catalogue.sector('91')).toMatchObject({
      labelEn: 'Cleaners and helpers',
      labelNl: 'Schoonmakers en huishoudelijke hulpen',
    });
  });
});

describe('parseCatalogue', () => {
  it('rejects a duplicate competence code with its path', () => {
    const files = rawFiles();
    files.competences.competences[1].code = files.competences.competences[0].code;
    expect(() => parseCatalogue(files)).toThrow(InvalidCatalogueError);
    expect(() => parseCatalogue(files)).toThrow(/competences: competences\[1\]: Duplicate code T-/);
  });

  it('rejects an occupation whose sector is unknown', () => {
    const files = rawFiles();
    files.sectors.sectors = files.sectors.sectors.filter(
      (sector: { iscoCode: string }) => sector.iscoCode !== '01',
    );
    expect(() => parseCatalogue(files)).toThrow(
      'occupations: occupations[0].iscoGroup: No sector for ISCO group 0110',
    );
  });

  it('rejects a file without attribution', () => {
    const files = rawFiles();
    delete files.occupations.attribution;
    expect(() => parseCatalogue(files)).toThrow('occupations: attribution: Invalid input: expected string');
  });
});

describe('CSV parser of the build script', () => {
  it('reads quoted fields with commas, newlines and doubled quotes', () => {
    const text = '\ufeffcode,label,note\r\n1,"a, b","line one\nline two"\n2,"say ""hi""",\n\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'label', 'note'],
      ['1', 'a, b', 'line one\nline two'],
      ['2', 'say "hi"', ''],
    ]);
    expect(parseCsvRecords(text, 'test.csv')[1]).toEqual({ code: '2', label: 'say "hi"', note: '' });
  });

  it('refuses broken quoting and ragged rows', () => {
    expect(() => parseCsv('a,"open\n')).toThrow('quoted field is not closed');
    expect(() => parseCsv('"a"b,c\n')).toThrow('CSV line 1: unexpected character after a closing quote');
    expect(() => parseCsvRecords('a,b\n1,2,3\n', 'test.csv')).toThrow(
      'test.csv: record 1 has 3 fields, header has 2',
    );
  });
});

const dataDir = fileURLToPath(new URL('../../../shared/data', import.meta.url));

describe('reference build', () => {
  it.skipIf(!existsSync(join(dataDir, 'esco')))(
    'reproduces the committed files from the ESCO exports',
    () => {
      for (const [name, content] of buildReferenceFiles(dataDir)) {
        expect(content, name).toBe(readReference(name));
      }
    },
  );
});
