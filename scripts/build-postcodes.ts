// Builds reference/geo/pc4.v1.json from the GeoNames NL postal code export.
// Usage: npx tsx scripts/build-postcodes.ts [sharedDataDir]   (default: ../shared/data from the repo root)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type PostcodeDataset,
  type PostcodeEntry,
  postcodeDatasetSchema,
} from '../src/modules/geo/postcodes';

const SOURCE_FILE = 'geo/NL-postcodes.tsv';
const SOURCE = `GeoNames postal code export for the Netherlands (snapshot 2017), https://www.geonames.org — ${SOURCE_FILE}`;
const ATTRIBUTION = 'Postcode coordinates: GeoNames (CC BY 4.0).';

// Column positions in the headerless TSV (see the shared data README).
const COLUMN = { pc4: 1, place: 2, municipality: 5, municipalityCode: 6, lat: 9, lon: 10 } as const;
const COLUMN_COUNT = 11;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDataDir = resolve(process.argv[2] ?? resolve(repoRoot, '../shared/data'));
const sourcePath = resolve(sharedDataDir, SOURCE_FILE);
const outputPath = resolve(repoRoot, 'reference/geo/pc4.v1.json');

function parseRow(line: string, lineNumber: number): PostcodeEntry {
  const columns = line.split('\t');
  if (columns.length !== COLUMN_COUNT) {
    throw new Error(`${sourcePath}:${lineNumber}: expected ${COLUMN_COUNT} columns, got ${columns.length}`);
  }
  const column = (index: number): string => (columns[index] ?? '').trim();
  return {
    pc4: column(COLUMN.pc4),
    place: column(COLUMN.place),
    municipality: column(COLUMN.municipality),
    municipalityCode: column(COLUMN.municipalityCode),
    lat: Number(column(COLUMN.lat)),
    lon: Number(column(COLUMN.lon)),
  };
}

function readEntries(): PostcodeEntry[] {
  const lines = readFileSync(sourcePath, 'utf8').split(/\r?\n/);
  const entries: PostcodeEntry[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') entries.push(parseRow(line, index + 1));
  });
  return entries;
}

// GeoNames lists 213 PC4 areas more than once (240 extra rows), once per place (1244 Ankeveen,
// Kortenhoef). Most extra rows lie within a few km of the first (median ~2 km), but some are stray
// entries far away (3181 Rozenburg, then Numansdorp 24 km off). We keep the first row per pc4 so each
// pc4 has one centroid and the build is deterministic. The first row is usually, not always, the right
// one: 5591 is Heeze, yet a stray Baarlo row comes first. Fix such cases in the source, not here.
function keepFirstPerPc4(entries: readonly PostcodeEntry[]): { unique: PostcodeEntry[]; dropped: number } {
  const byPc4 = new Map<string, PostcodeEntry>();
  for (const entry of entries) {
    if (!byPc4.has(entry.pc4)) byPc4.set(entry.pc4, entry);
  }
  const unique = [...byPc4.values()].sort((a, b) => a.pc4.localeCompare(b.pc4));
  return { unique, dropped: entries.length - unique.length };
}

// One entry per line: compact, yet a rebuild shows up in git diffs as per-postcode changes.
function serialise(dataset: PostcodeDataset): string {
  const { postcodes, ...header } = dataset;
  const headerLines = Object.entries(header).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`,
  );
  const rows = postcodes.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return `{\n${headerLines.join('\n')}\n  "postcodes": [\n${rows}\n  ]\n}\n`;
}

const entries = readEntries();
const { unique, dropped } = keepFirstPerPc4(entries);
// Validate before writing so a bad source row fails here, not when the service starts.
const dataset = postcodeDatasetSchema.parse({
  version: 1,
  source: SOURCE,
  attribution: ATTRIBUTION,
  postcodes: unique,
});
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, serialise(dataset));
console.log(
  `Wrote ${relative(process.cwd(), outputPath)}: ${dataset.postcodes.length} PC4 areas from ${entries.length} rows ` +
    `(${dropped} duplicate rows dropped, first row per pc4 kept).`,
);
