/**
 * Builds the versioned reference data under reference/esco/ from the ESCO CSV exports
 * (../shared/data/esco/ by default) and the hand-written Dutch sources in scripts/reference/.
 *
 *   npx tsx scripts/build-reference-data.ts [dataDir] [--check]
 *
 * The output is deterministic (same inputs, same bytes), so `--check` can verify in CI that the
 * committed files match their sources. A catalogue version that profiles already use must not
 * change: to change the catalogue, raise CATALOGUE_VERSION so that new files are written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

export const CATALOGUE_VERSION = 1;
export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const curatedDir = join(repoRoot, 'scripts', 'reference');
const outputDir = join(repoRoot, 'reference', 'esco');

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180): quoted fields may hold commas, newlines and doubled quotes.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterClosingQuote = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    row.push(field);
    field = '';
    afterClosingQuote = false;
  };
  const endRow = () => {
    endField();
    // A blank line is not a record.
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };

  for (; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          afterClosingQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (afterClosingQuote) {
      throw new Error(`CSV line ${line}: unexpected character after a closing quote`);
    } else if (ch === '"' && field === '') {
      inQuotes = true;
    } else {
      field += ch;
    }
  }
  if (inQuotes) throw new Error(`CSV line ${line}: quoted field is not closed`);
  if (field !== '' || row.length > 0 || afterClosingQuote) endRow();
  return rows;
}

/** Rows as records keyed by the header; every row must have as many fields as the header. */
export function parseCsvRecords(text: string, sourceName: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${sourceName}: file is empty`);
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(
        `${sourceName}: record ${index + 1} has ${fields.length} fields, header has ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column] ?? '']));
  });
}

// ---------------------------------------------------------------------------------------------
// Hand-written sources (scripts/reference/*.json)

const levelsNlSchema = z.array(z.string().min(1)).length(5);

const transversalNlSchema = z.object({
  groups: z.array(
    z.object({
      escoUri: z.url(),
      code: z.string().min(1),
      labelNl: z.string(),
      levelsNl: levelsNlSchema,
    }),
  ),
  skills: z.array(
    z.object({ escoUri: z.url(), code: z.string().regex(/^T-[A-Z0-9-]+$/), labelNl: z.string() }),
  ),
});

const groupSchema = z.object({ code: z.string(), labelNl: z.string(), labelEn: z.string() });

const practicalSchema = z.object({
  group: groupSchema,
  competences: z.array(
    z.object({
      code: z.string().regex(/^P-[A-Z0-9-]+$/),
      labelNl: z.string(),
      labelEn: z.string(),
      escoSkillGroupUri: z.url(),
      levelsNl: levelsNlSchema,
    }),
  ),
});

const languageSchema = z.object({
  group: groupSchema.extend({ escoUri: z.url() }),
  // Level n maps to entry n; the tuple keeps that mapping fixed.
  cefrByLevel: z.tuple([
    z.literal('pre-A1'),
    z.literal('A1'),
    z.literal('A2'),
    z.literal('B1'),
    z.literal('B2+'),
  ]),
  competences: z.array(
    z.object({
      code: z.string().regex(/^L-[A-Z0-9-]+$/),
      labelNl: z.string(),
      labelEn: z.string(),
      escoUri: z.url(),
      levelsNl: levelsNlSchema,
    }),
  ),
});

const iscoNlSchema = z.object({ labelsNl: z.record(z.string().regex(/^\d{1,2}$/), z.string().min(1)) });

function readCurated<T>(fileName: string, schema: z.ZodType<T>): T {
  const path = join(curatedDir, fileName);
  const result = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path}: ${z.prettifyError(result.error)}`);
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// Derivations

export interface OccupationRecord {
  code: string;
  escoUri: string;
  labelNl: string;
  iscoGroup: string;
}

/** ESCO codes are dotted numbers ("9333.8.1"): compare segment by segment, numerically. */
export function compareDottedCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function buildOccupations(rows: Record<string, string>[]): OccupationRecord[] {
  const occupations = rows.map((row, index) => {
    const occupation = {
      code: row.code ?? '',
      escoUri: row.conceptUri ?? '',
      labelNl: (row.preferredLabel ?? '').trim(),
      iscoGroup: row.iscoGroup ?? '',
    };
    if (!/^\d{4}(\.\d+)+$/.test(occupation.code) || !/^\d{4}$/.test(occupation.iscoGroup)) {
      throw new Error(`occupations_nl.csv record ${index + 1}: unexpected code or iscoGroup`);
    }
    if (!occupation.labelNl || !occupation.escoUri) {
      throw new Error(`occupations_nl.csv record ${index + 1}: missing label or concept URI`);
    }
    return occupation;
  });
  assertUnique(
    occupations.map((occupation) => occupation.code),
    'occupation code',
  );
  return occupations.sort((a, b) => compareDottedCodes(a.code, b.code));
}

export interface SectorRecord {
  iscoCode: string;
  level: 1 | 2;
  labelEn: string;
  labelNl: string;
}

export function buildSectors(
  rows: Record<string, string>[],
  labelsNl: Record<string, string>,
): SectorRecord[] {
  const sectors = rows
    .filter((row) => /^\d{1,2}$/.test(row.code ?? ''))
    .map((row): SectorRecord => {
      const iscoCode = row.code ?? '';
      const labelNl = labelsNl[iscoCode];
      if (!labelNl)
        throw new Error(`scripts/reference/isco-nl.json: no Dutch label for ISCO group ${iscoCode}`);
      return { iscoCode, level: iscoCode.length === 1 ? 1 : 2, labelEn: row.preferredLabel ?? '', labelNl };
    });
  const known = new Set(sectors.map((sector) => sector.iscoCode));
  const unused = Object.keys(labelsNl).filter((code) => !known.has(code));
  if (unused.length > 0)
    throw new Error(`scripts/reference/isco-nl.json: unknown ISCO groups ${unused.join(', ')}`);
  return sectors.sort((a, b) => (a.iscoCode < b.iscoCode ? -1 : a.iscoCode > b.iscoCode ? 1 : 0));
}

export interface TransversalSkillRecord {
  escoUri: string;
  labelEn: string;
  descriptionEn: string;
  broader: { escoUri: string; labelEn: string }[];
  group: { escoUri: string; labelEn: string };
}

/**
 * The ESCO group of a transversal skill is its broader concept in the transversal-groups scheme.
 * Some skills sit under another transversal skill ("use databases" under "manage data, …"):
 * their group is found by following that skill upwards.
 */
export function buildTransversalSkills(
  skillRows: Record<string, string>[],
  skillGroupRows: Record<string, string>[],
): TransversalSkillRecord[] {
  const transversalGroups = new Map(
    skillGroupRows
      .filter((row) => (row.inScheme ?? '').includes('concept-scheme/skill-transversal-groups'))
      .map((row) => [row.conceptUri ?? '', row.preferredLabel ?? '']),
  );
  const skillsByUri = new Map(skillRows.map((row) => [row.conceptUri ?? '', row]));

  const broaderOf = (row: Record<string, string>) => {
    const uris = (row.broaderConceptUri ?? '').split(' | ');
    const labels = (row.broaderConceptPT ?? '').split(' | ');
    if (uris.length !== labels.length)
      throw new Error(`${row.conceptUri}: broader URIs and labels differ in count`);
    return uris.map((escoUri, index) => ({ escoUri, labelEn: labels[index] ?? '' }));
  };

  const groupsOf = (row: Record<string, string>, visited: Set<string>): Set<string> => {
    const found = new Set<string>();
    for (const broader of broaderOf(row)) {
      if (transversalGroups.has(broader.escoUri)) found.add(broader.escoUri);
      const parentSkill = skillsByUri.get(broader.escoUri);
      if (parentSkill && !visited.has(broader.escoUri)) {
        for (const uri of groupsOf(parentSkill, new Set([...visited, broader.escoUri]))) found.add(uri);
      }
    }
    return found;
  };

  return skillRows
    .map((row) => {
      const groups = [...groupsOf(row, new Set([row.conceptUri ?? '']))];
      const [groupUri] = groups;
      if (groups.length !== 1 || !groupUri) {
        throw new Error(
          `${row.conceptUri}: expected exactly one ESCO transversal group, found ${groups.length}`,
        );
      }
      return {
        escoUri: row.conceptUri ?? '',
        labelEn: row.preferredLabel ?? '',
        descriptionEn: row.description ?? '',
        broader: broaderOf(row),
        group: { escoUri: groupUri, labelEn: transversalGroups.get(groupUri) ?? '' },
      };
    })
    .sort((a, b) => (a.escoUri < b.escoUri ? -1 : 1));
}

export interface CompetenceRecord {
  code: string;
  kind: 'transversal' | 'practical' | 'language';
  labelNl: string;
  labelEn: string;
  escoUri: string | null;
  escoConceptType: 'KnowledgeSkillCompetence' | 'SkillGroup' | null;
  group: { code: string; labelNl: string; labelEn: string };
  levels: { level: number; descriptorNl: string; cefr?: string }[];
}

export interface CompetenceGroupRecord {
  code: string;
  kind: CompetenceRecord['kind'];
  labelNl: string;
  labelEn: string;
  escoUri: string | null;
}

interface CompetenceSources {
  transversalSkills: TransversalSkillRecord[];
  transversalNl: z.infer<typeof transversalNlSchema>;
  practical: z.infer<typeof practicalSchema>;
  language: z.infer<typeof languageSchema>;
  skillGroupRows: Record<string, string>[];
  languageSkillRows: Record<string, string>[];
}

const toLevels = (levelsNl: string[], cefr?: readonly string[]) =>
  levelsNl.map((descriptorNl, level) => ({ level, descriptorNl, ...(cefr ? { cefr: cefr[level] } : {}) }));

export function buildCompetences(sources: CompetenceSources): {
  groups: CompetenceGroupRecord[];
  competences: CompetenceRecord[];
} {
  const { transversalSkills, transversalNl, practical, language } = sources;
  const skillGroupUris = new Set(sources.skillGroupRows.map((row) => row.conceptUri));
  const languageSkillUris = new Set(sources.languageSkillRows.map((row) => row.conceptUri));

  const groupNlByUri = new Map(transversalNl.groups.map((group) => [group.escoUri, group]));
  const skillNlByUri = new Map(transversalNl.skills.map((skill) => [skill.escoUri, skill]));
  const escoUris = new Set(transversalSkills.map((skill) => skill.escoUri));
  const stray = transversalNl.skills.filter((skill) => !escoUris.has(skill.escoUri));
  if (stray.length > 0) {
    throw new Error(
      `transversal-nl.json: not an ESCO transversal skill: ${stray.map((s) => s.escoUri).join(', ')}`,
    );
  }

  const groups: CompetenceGroupRecord[] = [];
  const competences: CompetenceRecord[] = [];

  for (const groupNl of transversalNl.groups) {
    const members = transversalSkills.filter((skill) => skill.group.escoUri === groupNl.escoUri);
    const labelEn = members[0]?.group.labelEn;
    if (!labelEn) throw new Error(`transversal-nl.json: group ${groupNl.code} has no ESCO skills`);
    const group = { code: groupNl.code, labelNl: groupNl.labelNl, labelEn };
    groups.push({ ...group, kind: 'transversal', escoUri: groupNl.escoUri });
    const groupCompetences = members.map((skill): CompetenceRecord => {
      const skillNl = skillNlByUri.get(skill.escoUri);
      if (!skillNl) throw new Error(`transversal-nl.json: no code and Dutch label for ${skill.escoUri}`);
      return {
        code: skillNl.code,
        kind: 'transversal',
        labelNl: skillNl.labelNl,
        labelEn: skill.labelEn,
        escoUri: skill.escoUri,
        escoConceptType: 'KnowledgeSkillCompetence',
        group,
        levels: toLevels(groupNl.levelsNl),
      };
    });
    competences.push(...groupCompetences.sort((a, b) => (a.code < b.code ? -1 : 1)));
  }
  const ungrouped = transversalSkills.filter((skill) => !groupNlByUri.has(skill.group.escoUri));
  if (ungrouped.length > 0) {
    throw new Error(`transversal-nl.json: no Dutch group for ${ungrouped[0]?.group.labelEn}`);
  }

  groups.push({ ...practical.group, kind: 'practical', escoUri: null });
  for (const competence of practical.competences) {
    if (!skillGroupUris.has(competence.escoSkillGroupUri)) {
      throw new Error(`practical-competences.json: ${competence.code}: unknown ESCO skill group`);
    }
    competences.push({
      code: competence.code,
      kind: 'practical',
      labelNl: competence.labelNl,
      labelEn: competence.labelEn,
      escoUri: competence.escoSkillGroupUri,
      escoConceptType: 'SkillGroup',
      group: practical.group,
      levels: toLevels(competence.levelsNl),
    });
  }

  const { escoUri: languageGroupUri, ...languageGroup } = language.group;
  groups.push({ ...languageGroup, kind: 'language', escoUri: languageGroupUri });
  for (const competence of language.competences) {
    if (!languageSkillUris.has(competence.escoUri)) {
      throw new Error(`language-competences.json: ${competence.code}: unknown ESCO language skill`);
    }
    competences.push({
      code: competence.code,
      kind: 'language',
      labelNl: competence.labelNl,
      labelEn: competence.labelEn,
      escoUri: competence.escoUri,
      escoConceptType: 'KnowledgeSkillCompetence',
      group: languageGroup,
      levels: toLevels(competence.levelsNl, language.cefrByLevel),
    });
  }

  assertUnique(
    competences.map((competence) => competence.code),
    'competence code',
  );
  assertUnique(
    groups.map((group) => group.code),
    'competence group code',
  );
  return { groups, competences };
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`duplicate ${what}: ${value}`);
    seen.add(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Files

export function buildReferenceFiles(dataDir: string): Map<string, string> {
  const readCsv = (fileName: string) =>
    parseCsvRecords(readFileSync(join(dataDir, 'esco', fileName), 'utf8'), fileName);

  const skillGroupRows = readCsv('skillGroups_en.csv');
  const transversalSkills = buildTransversalSkills(
    readCsv('transversalSkillsCollection_en.csv'),
    skillGroupRows,
  );
  const { groups, competences } = buildCompetences({
    transversalSkills,
    transversalNl: readCurated('transversal-nl.json', transversalNlSchema),
    practical: readCurated('practical-competences.json', practicalSchema),
    language: readCurated('language-competences.json', languageSchema),
    skillGroupRows,
    languageSkillRows: readCsv('languageSkillsCollection_en.csv'),
  });
  const occupations = buildOccupations(readCsv('occupations_nl.csv'));
  const sectors = buildSectors(
    readCsv('ISCOGroups_en.csv'),
    readCurated('isco-nl.json', iscoNlSchema).labelsNl,
  );

  const version = CATALOGUE_VERSION;
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    [
      `competences.v${version}.json`,
      json({
        catalogue: 'wrw-competences',
        version,
        attribution: ESCO_ATTRIBUTION,
        scale: { min: 0, max: 4 },
        groups,
        competences,
      }),
    ],
    [
      `occupations.v${version}.json`,
      json({ dataset: 'esco-occupations', version, attribution: ESCO_ATTRIBUTION, occupations }),
    ],
    [
      `sectors.v${version}.json`,
      json({ dataset: 'isco-sectors', version, attribution: ESCO_ATTRIBUTION, sectors }),
    ],
    [
      `transversal-skills.v${version}.json`,
      json({
        dataset: 'esco-transversal-skills',
        version,
        attribution: ESCO_ATTRIBUTION,
        skills: transversalSkills,
      }),
    ],
  ]);
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const dataDir = resolve(repoRoot, argv.find((arg) => !arg.startsWith('--')) ?? '../shared/data');
  const files = buildReferenceFiles(dataDir);
  mkdirSync(outputDir, { recursive: true });
  let stale = 0;
  for (const [fileName, content] of files) {
    const path = join(outputDir, fileName);
    if (check) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (current !== content) {
        stale++;
        console.error(`out of date: reference/esco/${fileName}`);
      }
    } else {
      writeFileSync(path, content);
      console.log(`wrote reference/esco/${fileName}`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
