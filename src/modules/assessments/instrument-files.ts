import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue';
import { type Instrument, InvalidInstrumentError, parseInstrument } from './instrument';

// Node-only counterpart of instrument.ts; a worker bundles the JSON files and calls parseInstrument.

const INSTRUMENT_FILE = /^instrument\.v([1-9]\d*)\.json$/;

/**
 * Reads and validates every assessments/instrument.v<N>.json, oldest first. Throws
 * InvalidInstrumentError (naming the file and JSON path) on the first invalid file, so the
 * service refuses to start rather than serve a broken form.
 */
export function loadInstruments(dir: string, catalogue: Catalogue): Instrument[] {
  const fileNames = readdirSync(dir)
    .filter((name) => name.startsWith('instrument.') && name.endsWith('.json'))
    .sort();
  const instruments = fileNames.map((fileName) => {
    const sourceName = join(dir, fileName);
    const match = INSTRUMENT_FILE.exec(fileName);
    if (!match) {
      throw new InvalidInstrumentError(sourceName, [
        { path: [], message: 'File name must be instrument.v<version>.json' },
      ]);
    }
    const instrument = parseInstrument(readJson(sourceName), sourceName, catalogue);
    const versionInName = Number(match[1]);
    if (instrument.version !== versionInName) {
      throw new InvalidInstrumentError(sourceName, [
        {
          path: ['version'],
          message: `File name says version ${versionInName}, the file says ${instrument.version}`,
        },
      ]);
    }
    return { instrument, sourceName };
  });
  if (instruments.length === 0) throw new Error(`No instrument.v<version>.json files in ${dir}`);

  const [first] = instruments;
  for (const { instrument, sourceName } of instruments) {
    if (first && instrument.id !== first.instrument.id) {
      throw new InvalidInstrumentError(sourceName, [
        { path: ['id'], message: `Expected '${first.instrument.id}' like ${first.sourceName}` },
      ]);
    }
  }
  return instruments.map(({ instrument }) => instrument).sort((a, b) => a.version - b.version);
}

// activeInstrument lives in instrument.ts (no Node imports) so the worker can use it too.
export { activeInstrument } from './instrument';

/**
 * SHA-256 of the instrument's content with keys in a fixed order: formatting changes keep the
 * fingerprint, content changes do not. Store it with the first assessment of a version and
 * compare at startup, so a used version cannot change unnoticed.
 */
export function instrumentFingerprint(instrument: Instrument): string {
  return createHash('sha256').update(canonicalJson(instrument)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidInstrumentError(path, [
      { path: [], message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
    ]);
  }
}
