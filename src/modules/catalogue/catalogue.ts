import { z } from 'zod';

// Pure module (no fs): the competence catalogue, ESCO occupations and ISCO sectors that the
// assessment instrument, vacancies and matching refer to. Built by scripts/build-reference-data.ts.

export const COMPETENCE_LEVELS = [0, 1, 2, 3, 4] as const;
export type CompetenceLevel = (typeof COMPETENCE_LEVELS)[number];

const competenceKindSchema = z.enum(['transversal', 'practical', 'language']);
export type CompetenceKind = z.infer<typeof competenceKindSchema>;

const groupRefSchema = z
  .object({ code: z.string().min(1), labelNl: z.string().min(1), labelEn: z.string().min(1) })
  .strict();

const competenceGroupSchema = groupRefSchema
  .extend({ kind: competenceKindSchema, escoUri: z.url().nullable() })
  .strict();

const levelSchema = z
  .object({
    level: z.number().int().min(0).max(4),
    descriptorNl: z.string().min(1),
    cefr: z.enum(['pre-A1', 'A1', 'A2', 'B1', 'B2+']).optional(),
  })
  .strict();

const competenceSchema = z
  .object({
    code: z.string().regex(/^[TPL]-[A-Z0-9-]+$/),
    kind: competenceKindSchema,
    labelNl: z.string().min(1),
    labelEn: z.string().min(1),
    escoUri: z.url().nullable(),
    escoConceptType: z.enum(['KnowledgeSkillCompetence', 'SkillGroup']).nullable(),
    group: groupRefSchema,
    // One descriptor per level, in order, so levels[n] describes level n.
    levels: z
      .array(levelSchema)
      .length(5)
      .refine(
        (levels) => levels.every((entry, index) => entry.level === index),
        'Levels must be 0, 1, 2, 3, 4 in order',
      ),
  })
  .strict();

export const competenceFileSchema = z
  .object({
    catalogue: z.literal('wrw-competences'),
    version: z.number().int().positive(),
    attribution: z.string().min(1),
    scale: z.object({ min: z.literal(0), max: z.literal(4) }).strict(),
    groups: z.array(competenceGroupSchema).min(1),
    competences: z.array(competenceSchema).min(1),
  })
  .strict();

const occupationSchema = z
  .object({
    code: z.string().regex(/^\d{4}(\.\d+)+$/),
    escoUri: z.url(),
    labelNl: z.string().min(1),
    iscoGroup: z.string().regex(/^\d{4}$/),
  })
  .strict();

export const occupationFileSchema = z
  .object({
    dataset: z.literal('esco-occupations'),
    version: z.number().int().positive(),
    attribution: z.string().min(1),
    occupations: z.array(occupationSchema).min(1),
  })
  .strict();

const sectorSchema = z
  .object({
    iscoCode: z.string().regex(/^\d{1,2}$/),
    level: z.union([z.literal(1), z.literal(2)]),
    labelEn: z.string().min(1),
    labelNl: z.string().min(1),
  })
  .strict();

export const sectorFileSchema = z
  .object({
    dataset: z.literal('isco-sectors'),
    version: z.number().int().positive(),
    attribution: z.string().min(1),
    sectors: z.array(sectorSchema).min(1),
  })
  .strict();

export type Competence = z.infer<typeof competenceSchema>;
export type CompetenceGroup = z.infer<typeof competenceGroupSchema>;
export type Occupation = z.infer<typeof occupationSchema>;
export type Sector = z.infer<typeof sectorSchema>;

export interface Catalogue {
  version: number;
  attribution: string;
  groups: readonly CompetenceGroup[];
  competences: readonly Competence[];
  occupations: readonly Occupation[];
  /** ISCO-08 major (1-digit) and sub-major (2-digit) groups, used as sectors. */
  sectors: readonly Sector[];
  competence(code: string): Competence | undefined;
  occupation(code: string): Occupation | undefined;
  sector(iscoCode: string): Sector | undefined;
  hasCompetence(code: string): boolean;
  hasOccupation(code: string): boolean;
  hasSector(iscoCode: string): boolean;
}

export interface CatalogueIssue {
  file: 'competences' | 'occupations' | 'sectors';
  path: (string | number)[];
  message: string;
}

export class InvalidCatalogueError extends Error {
  override readonly name = 'InvalidCatalogueError';

  constructor(readonly issues: CatalogueIssue[]) {
    super(
      `Invalid competence catalogue:\n${issues
        .map((issue) => `  ${issue.file}: ${z.core.toDotPath(issue.path) || '(root)'}: ${issue.message}`)
        .join('\n')}`,
    );
  }
}

export interface RawCatalogue {
  competences: unknown;
  occupations: unknown;
  sectors: unknown;
}

/** Validates the three reference files and cross-checks them; throws InvalidCatalogueError. */
export function parseCatalogue(raw: RawCatalogue): Catalogue {
  const issues: CatalogueIssue[] = [];
  const parse = <T>(file: CatalogueIssue['file'], schema: z.ZodType<T>, value: unknown): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
      issues.push({ file, path, message: issue.message });
    }
    return undefined;
  };
  const competenceFile = parse('competences', competenceFileSchema, raw.competences);
  const occupationFile = parse('occupations', occupationFileSchema, raw.occupations);
  const sectorFile = parse('sectors', sectorFileSchema, raw.sectors);
  if (!competenceFile || !occupationFile || !sectorFile) throw new InvalidCatalogueError(issues);

  const competencesByCode = indexUnique(competenceFile.competences, (c) => c.code, 'competences', issues);
  const occupationsByCode = indexUnique(occupationFile.occupations, (o) => o.code, 'occupations', issues);
  const sectorsByCode = indexUnique(sectorFile.sectors, (s) => s.iscoCode, 'sectors', issues);
  const groupCodes = new Set(competenceFile.groups.map((group) => group.code));

  competenceFile.competences.forEach((competence, index) => {
    if (!groupCodes.has(competence.group.code)) {
      issues.push({
        file: 'competences',
        path: ['competences', index, 'group', 'code'],
        message: `Unknown group ${competence.group.code}`,
      });
    }
    const hasCefr = competence.levels.some((level) => level.cefr !== undefined);
    if (hasCefr !== (competence.kind === 'language')) {
      issues.push({
        file: 'competences',
        path: ['competences', index, 'levels'],
        message: 'Language competences, and only those, map their levels to CEFR',
      });
    }
  });
  // Occupations are grouped into sectors through the first two digits of their ISCO unit group.
  occupationFile.occupations.forEach((occupation, index) => {
    if (!sectorsByCode.has(occupation.iscoGroup.slice(0, 2))) {
      issues.push({
        file: 'occupations',
        path: ['occupations', index, 'iscoGroup'],
        message: `No sector for ISCO group ${occupation.iscoGroup}`,
      });
    }
  });
  if (issues.length > 0) throw new InvalidCatalogueError(issues);

  return {
    version: competenceFile.version,
    attribution: competenceFile.attribution,
    groups: competenceFile.groups,
    competences: competenceFile.competences,
    occupations: occupationFile.occupations,
    sectors: sectorFile.sectors,
    competence: (code) => competencesByCode.get(code),
    occupation: (code) => occupationsByCode.get(code),
    sector: (iscoCode) => sectorsByCode.get(iscoCode),
    hasCompetence: (code) => competencesByCode.has(code),
    hasOccupation: (code) => occupationsByCode.has(code),
    hasSector: (iscoCode) => sectorsByCode.has(iscoCode),
  };
}

/** The 2-digit ISCO sub-major group (the sector) of an occupation. */
export function sectorCodeOf(occupation: Occupation): string {
  return occupation.iscoGroup.slice(0, 2);
}

function indexUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  file: CatalogueIssue['file'],
  issues: CatalogueIssue[],
): Map<string, T> {
  const index = new Map<string, T>();
  items.forEach((item, position) => {
    const key = keyOf(item);
    // Each file keeps its items in a list named like the file.
    if (index.has(key)) issues.push({ file, path: [file, position], message: `Duplicate code ${key}` });
    else index.set(key, item);
  });
  return index;
}
