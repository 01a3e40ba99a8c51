import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InvalidInstrumentError,
  instrumentForForm,
  parseInstrument,
} from '../../src/modules/assessments/instrument';
import {
  activeInstrument,
  instrumentFingerprint,
  loadInstruments,
} from '../../src/modules/assessments/instrument-files';
import { loadCatalogue } from '../../src/modules/catalogue/catalogue-files';

const assessmentsDir = fileURLToPath(new URL('../../assessments', import.meta.url));
const catalogue = loadCatalogue(fileURLToPath(new URL('../../reference', import.meta.url)));
const SOURCE = 'assessments/instrument.v1.json';
const rawText = readFileSync(join(assessmentsDir, 'instrument.v1.json'), 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: tests edit the raw JSON freely to break it.
type Json = any;
const freshRaw = (): Json => JSON.parse(rawText);

function rejectionOf(raw: unknown): string[] {
  try {
    parseInstrument(raw, SOURCE, catalogue);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInstrumentError);
    return (error as Error).message.split('\n');
  }
  throw new Error('The instrument was accepted');
}

describe('the instrument file in the repository', () => {
  const instrument = parseInstrument(freshRaw(), SOURCE, catalogue);

  it('parses and is the active version 1', () => {
    expect(instrument).toMatchObject({ id: 'wrw-instrument', version: 1, status: 'active' });
    expect(activeInstrument(loadInstruments(assessmentsDir, catalogue))).toEqual(instrument);
  });

  it('asks all practical and Dutch language competences, on the scale 0 to 4', () => {
    const codes = instrument.sections.kunnen.items.map((item) => item.id);
    const practical = catalogue.competences.filter((c) => c.kind === 'practical').map((c) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining([...practical, 'L-NL-LEZEN', 'L-NL-SPREKEN', 'L-NL-SCHRIJVEN']),
    );
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(codes.length).toBeLessThanOrEqual(40);
    expect(instrument.sections.kunnen.scale).toMatchObject({ min: 0, max: 4 });
  });

  it('marks every support need as sensitive, and nothing an employer sees', () => {
    const sensitive = instrument.sections.randvoorwaarden.items
      .filter((item) => item.sensitive)
      .map((i) => i.id);
    expect(sensitive).toEqual([
      'huisvesting',
      'inkomen',
      'levenssituatie',
      'kinderopvang',
      'obstakels',
      'steunNodig',
    ]);
    expect(instrument.sections.willen.items.some((item) => item.sensitive)).toBe(false);
    expect(instrument.sections.persoonlijkheid.usedInSegmentation).toBe(false);
  });

  it('renders the kunnen items with their catalogue label and level descriptors', () => {
    const form = instrumentForForm(instrument, catalogue);
    const picking = form.sections.kunnen.items.find((item) => item.id === 'P-ORDERPICKEN');
    expect(picking).toMatchObject({ label: 'Orderpicken', group: { code: 'practical-work' } });
    expect(picking?.levels).toHaveLength(5);
  });
});

describe('parseInstrument rejects an invalid instrument with the exact path', () => {
  it.each<[string, (raw: Json) => void, string[]]>([
    [
      'a value of the wrong type',
      (raw) => {
        raw.sections.gedrag.items[2].scale.max = '5';
      },
      [`${SOURCE}: sections.gedrag.items[2].scale.max: Invalid input: expected number, received string`],
    ],
    [
      'an unknown key',
      (raw) => {
        raw.sections.willen.items[0].weight = 2;
      },
      [`${SOURCE}: sections.willen.items[0].weight: Unknown key`],
    ],
    [
      'an unknown item type',
      (raw) => {
        raw.sections.willen.items[1].type = 'slider';
      },
      [
        `${SOURCE}: sections.willen.items[1].type: Invalid discriminator value. Expected 'scale' | 'number' | 'numberRange' | 'singleChoice' | 'multiChoice' | 'text' | 'boolean' | 'occupations' | 'sectors'`,
      ],
    ],
    [
      'a scale with too few labels',
      (raw) => {
        raw.sections.willen.items[0].scale.labels.pop();
      },
      [`${SOURCE}: sections.willen.items[0].scale.labels: Give one label per scale point`],
    ],
    [
      'a competence that is not in the catalogue',
      (raw) => {
        raw.sections.kunnen.items[5].id = 'P-BESTAAT-NIET';
      },
      [`${SOURCE}: sections.kunnen.items[5].id: Unknown competence 'P-BESTAAT-NIET' (not in the catalogue)`],
    ],
    [
      'a duplicate item id',
      (raw) => {
        raw.sections.gedrag.items[3].id = 'afsprakenNakomen';
      },
      [`${SOURCE}: sections.gedrag.items[3].id: Duplicate item id 'afsprakenNakomen' (also items[0])`],
    ],
    [
      'a missing item that the profile needs',
      (raw) => {
        raw.sections.willen.items.shift();
      },
      [`${SOURCE}: sections.willen.items: Missing item 'motivatie' of type 'scale'`],
    ],
    [
      'a threshold outside the scale it refers to',
      (raw) => {
        raw.segmentationRules.ready.minMotivation = 7;
      },
      [
        `${SOURCE}: segmentationRules.ready.minMotivation: Must be within the range of willen.motivatie (1-5)`,
      ],
    ],
    [
      'a LATER threshold above the READY one',
      (raw) => {
        raw.segmentationRules.later.minHoursPerWeek = 20;
      },
      [
        `${SOURCE}: segmentationRules.later.minHoursPerWeek: Must not be above segmentationRules.ready.minHoursPerWeek`,
      ],
    ],
    [
      'a red-phase review later than four weeks',
      (raw) => {
        raw.segmentationRules.redPhaseReviewAfterDays = 42;
      },
      [`${SOURCE}: segmentationRules.redPhaseReviewAfterDays: Too big: expected number to be <=28`],
    ],
    [
      'a work-style profile used for segmentation',
      (raw) => {
        raw.sections.persoonlijkheid.usedInSegmentation = true;
      },
      [`${SOURCE}: sections.persoonlijkheid.usedInSegmentation: Invalid input: expected false`],
    ],
    [
      'a support need that is not marked sensitive',
      (raw) => {
        raw.sections.randvoorwaarden.items[0].sensitive = false;
      },
      [
        `${SOURCE}: sections.randvoorwaarden.items[0].sensitive: Item 'huisvesting' is a support need and must be sensitive`,
      ],
    ],
    [
      'a precondition that refers to an unknown obstacle type',
      (raw) => {
        raw.sections.randvoorwaarden.items[1].obstacleTypes.push('loterij');
      },
      [`${SOURCE}: sections.randvoorwaarden.items[1].obstacleTypes[2]: Unknown obstacle type 'loterij'`],
    ],
  ])('%s', (_name, breakIt, expectedLines) => {
    const raw = freshRaw();
    breakIt(raw);
    expect(rejectionOf(raw)).toEqual(expectedLines);
  });

  it('lists every problem, one line each', () => {
    const raw = freshRaw();
    raw.version = 0;
    raw.sections.gedrag.items[0].label = '';
    expect(rejectionOf(raw)).toEqual([
      `${SOURCE}: version: Too small: expected number to be >0`,
      `${SOURCE}: sections.gedrag.items[0].label: Too small: expected string to have >=1 characters`,
    ]);
  });
});

describe('loadInstruments', () => {
  const dirs: string[] = [];
  const dirWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'wrw-instruments-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };
  const version = (number: number, status: string) =>
    JSON.stringify({ ...freshRaw(), version: number, status });

  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('picks the highest active version and keeps older versions readable', () => {
    const dir = dirWith({
      'instrument.v1.json': version(1, 'retired'),
      'instrument.v2.json': version(2, 'active'),
      'instrument.v3.json': version(3, 'draft'),
    });
    const instruments = loadInstruments(dir, catalogue);
    expect(instruments.map((instrument) => instrument.version)).toEqual([1, 2, 3]);
    expect(activeInstrument(instruments).version).toBe(2);
  });

  it('refuses a file whose name and version differ', () => {
    const dir = dirWith({ 'instrument.v1.json': rawText, 'instrument.v2.json': version(1, 'draft') });
    expect(() => loadInstruments(dir, catalogue)).toThrow(
      `${join(dir, 'instrument.v2.json')}: version: File name says version 2, the file says 1`,
    );
  });

  it('refuses a file that is not JSON, naming the file', () => {
    const dir = dirWith({ 'instrument.v1.json': '{ "id": ' });
    expect(() => loadInstruments(dir, catalogue)).toThrow(
      `${join(dir, 'instrument.v1.json')}: (root): Not valid JSON`,
    );
  });

  it('refuses an invalid instrument, naming the file and the path', () => {
    const raw = freshRaw();
    raw.sections.gedrag.items[2].scale.max = '5';
    const dir = dirWith({ 'instrument.v1.json': JSON.stringify(raw) });
    expect(() => loadInstruments(dir, catalogue)).toThrow(
      `${join(dir, 'instrument.v1.json')}: sections.gedrag.items[2].scale.max: Invalid input: expected number`,
    );
  });
});

describe('instrumentFingerprint', () => {
  const instrument = parseInstrument(freshRaw(), SOURCE, catalogue);

  it('ignores formatting and key order, and sees every content change', () => {
    const reordered = parseInstrument(JSON.parse(JSON.stringify(freshRaw(), null, 0)), SOURCE, catalogue);
    const { id, ...rest } = freshRaw();
    const keysMoved = parseInstrument({ ...rest, id }, SOURCE, catalogue);
    expect(instrumentFingerprint(reordered)).toBe(instrumentFingerprint(instrument));
    expect(instrumentFingerprint(keysMoved)).toBe(instrumentFingerprint(instrument));

    const changed = freshRaw();
    changed.sections.gedrag.items[0].label = 'Afspraken nakomen, ook als het tegenzit';
    expect(instrumentFingerprint(parseInstrument(changed, SOURCE, catalogue))).not.toBe(
      instrumentFingerprint(instrument),
    );
  });
});
