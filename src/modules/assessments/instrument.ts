import { z } from 'zod';
import type { Catalogue, Competence } from '../catalogue/catalogue';

// Pure module (no fs): the assessment instrument as data (assessments/instrument.v<N>.json).
// Wording, items, options and segmentation thresholds change without code changes; a few items
// have a fixed id because the talent profile and the segmentation read them (ROLE_ITEMS).
// A version that has been used is immutable: a change is a new file with a higher version.

export const SECTION_IDS = [
  'stoplicht',
  'kunnen',
  'willen',
  'gedrag',
  'persoonlijkheid',
  'randvoorwaarden',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const STOPLIGHT_PHASES = ['groen', 'oranje', 'rood'] as const;
export type StoplightPhase = (typeof STOPLIGHT_PHASES)[number];
export const RED_PHASE: StoplightPhase = 'rood';

/** How long until an obstacle no longer stands in the way of work, as judged by the lifecoach. */
export const OBSTACLE_HORIZONS = ['drie_maanden', 'anderhalf_jaar', 'onbekend'] as const;
export type ObstacleHorizon = (typeof OBSTACLE_HORIZONS)[number];

/** The gedrag item that measures learnability; the other gedrag items form the behaviour average. */
export const LEARNABILITY_ITEM_ID = 'leerbaarheid';

/** Items the profile and segmentation read, by section, with the type each must have. */
export const ROLE_ITEMS = {
  stoplicht: { fase: 'singleChoice', notitie: 'text' },
  willen: {
    motivatie: 'scale',
    uren: 'numberRange',
    reisafstandKm: 'number',
    contractwensen: 'multiChoice',
    werktijden: 'multiChoice',
    beroepen: 'occupations',
    sectoren: 'sectors',
  },
  gedrag: { leerbaarheid: 'scale' },
  randvoorwaarden: { obstakels: 'obstacles', mobiliteit: 'multiChoice' },
} as const;

/** Role items that must be answered before an assessment can be completed. */
const REQUIRED_ROLE_ITEMS: Record<string, readonly string[]> = {
  stoplicht: ['fase'],
  willen: ['motivatie', 'uren', 'reisafstandKm', 'contractwensen'],
  gedrag: ['leerbaarheid'],
  randvoorwaarden: ['obstakels', 'mobiliteit'],
};

// ---------------------------------------------------------------------------------------------
// Schema

const itemIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'Item ids are camelCase letters and digits');
const textNl = z.string().trim().min(1).max(300);
const helpNl = z.string().trim().min(1).max(1000);
const optionValueSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'Option values are snake_case');

const optionSchema = z.object({ value: optionValueSchema, label: textNl }).strict();

const boundsSchema = z
  .object({ min: z.number(), max: z.number(), integer: z.boolean(), unit: textNl })
  .strict()
  .refine((bounds) => bounds.min < bounds.max, { message: 'min must be below max', path: ['max'] });

const scaleSchema = z
  .object({ min: z.number().int(), max: z.number().int(), labels: z.array(textNl) })
  .strict()
  .refine((scale) => scale.min < scale.max, { message: 'min must be below max', path: ['max'] })
  .refine((scale) => scale.labels.length === scale.max - scale.min + 1, {
    message: 'Give one label per scale point',
    path: ['labels'],
  });

const bipolarScaleSchema = z
  .object({ min: z.number().int(), max: z.number().int() })
  .strict()
  .refine((scale) => scale.min < scale.max, { message: 'min must be below max', path: ['max'] });

const itemBase = {
  id: itemIdSchema,
  label: textNl,
  help: helpNl.optional(),
  required: z.boolean(),
  /** Support needs: only the lifecoach and the programme see these answers. */
  sensitive: z.boolean().optional(),
};

const choiceCount = z.number().int().min(0);

const scaleItemSchema = z.object({ ...itemBase, type: z.literal('scale'), scale: scaleSchema }).strict();
const numberItemSchema = z.object({ ...itemBase, type: z.literal('number'), bounds: boundsSchema }).strict();
const numberRangeItemSchema = z
  .object({ ...itemBase, type: z.literal('numberRange'), bounds: boundsSchema })
  .strict();
const singleChoiceItemSchema = z
  .object({ ...itemBase, type: z.literal('singleChoice'), options: z.array(optionSchema).min(2) })
  .strict();
const multiChoiceItemSchema = z
  .object({
    ...itemBase,
    type: z.literal('multiChoice'),
    options: z.array(optionSchema).min(1),
    minSelected: choiceCount.optional(),
    maxSelected: choiceCount.optional(),
  })
  .strict();
const textItemSchema = z
  .object({ ...itemBase, type: z.literal('text'), maxLength: z.number().int().min(1).max(5000) })
  .strict();
const booleanItemSchema = z.object({ ...itemBase, type: z.literal('boolean') }).strict();
const occupationsItemSchema = z
  .object({ ...itemBase, type: z.literal('occupations'), maxSelected: z.number().int().min(1) })
  .strict();
const sectorsItemSchema = z
  .object({ ...itemBase, type: z.literal('sectors'), maxSelected: z.number().int().min(1) })
  .strict();

const preconditionItemSchema = z
  .object({
    ...itemBase,
    type: z.literal('precondition'),
    options: z.array(optionSchema.extend({ inOrder: z.boolean() }).strict()).min(2),
    /** Obstacle types that, when listed, describe the plan for this precondition. */
    obstacleTypes: z.array(optionValueSchema).min(1),
  })
  .strict();

const obstaclesItemSchema = z
  .object({
    ...itemBase,
    type: z.literal('obstacles'),
    obstacleTypes: z.array(optionSchema).min(1),
    horizonLabels: z.object({ drie_maanden: textNl, anderhalf_jaar: textNl, onbekend: textNl }).strict(),
    maxItems: z.number().int().min(1),
    noteMaxLength: z.number().int().min(1).max(5000),
  })
  .strict();

const generalItemSchemas = [
  scaleItemSchema,
  numberItemSchema,
  numberRangeItemSchema,
  singleChoiceItemSchema,
  multiChoiceItemSchema,
  textItemSchema,
  booleanItemSchema,
  occupationsItemSchema,
  sectorsItemSchema,
] as const;

const generalItemSchema = z.discriminatedUnion('type', [...generalItemSchemas]);
const preconditionsItemSchema = z.discriminatedUnion('type', [
  ...generalItemSchemas,
  preconditionItemSchema,
  obstaclesItemSchema,
]);
// In the red phase only the items flagged here are asked.
const stoplightItemSchema = z.discriminatedUnion('type', [
  singleChoiceItemSchema.extend({ requiredInRedPhase: z.boolean().optional() }).strict(),
  textItemSchema.extend({ requiredInRedPhase: z.boolean().optional() }).strict(),
]);

const competenceLevelItemSchema = z
  .object({
    id: z.string().regex(/^[TPL]-[A-Z0-9-]+$/, 'Use a competence code from the catalogue'),
    type: z.literal('competenceLevel'),
    required: z.boolean(),
  })
  .strict();

const behaviourItemSchema = scaleItemSchema
  .extend({
    /** Catalogue competence this behaviour shows, so matching can read it as evidence. */
    relatedCompetence: z.string().optional(),
  })
  .strict();

const workStyleItemSchema = z
  .object({
    ...itemBase,
    type: z.literal('bipolar'),
    poles: z.object({ min: textNl, max: textNl }).strict(),
    scale: bipolarScaleSchema,
  })
  .strict();

const sectionBase = { title: textNl, intro: helpNl.optional() };

const sectionsSchema = z
  .object({
    stoplicht: z.object({ ...sectionBase, items: z.array(stoplightItemSchema).min(1) }).strict(),
    kunnen: z
      .object({
        ...sectionBase,
        scale: z.object({ min: z.literal(0), max: z.literal(4), labels: z.array(textNl).length(5) }).strict(),
        /** Whether the lifecoach may also score catalogue competences that are not listed. */
        acceptOtherCatalogueCompetences: z.boolean(),
        /** How many competences must have a level before the assessment can be completed. */
        minimumScored: z.number().int().min(0),
        items: z.array(competenceLevelItemSchema).min(1),
      })
      .strict(),
    willen: z.object({ ...sectionBase, items: z.array(generalItemSchema).min(1) }).strict(),
    gedrag: z.object({ ...sectionBase, items: z.array(behaviourItemSchema).min(2) }).strict(),
    persoonlijkheid: z
      .object({
        ...sectionBase,
        // Descriptive only: the work-style profile never decides a segment or a pass/fail.
        usedInSegmentation: z.literal(false),
        items: z.array(workStyleItemSchema).min(1),
      })
      .strict(),
    randvoorwaarden: z.object({ ...sectionBase, items: z.array(preconditionsItemSchema).min(1) }).strict(),
  })
  .strict();

const thresholdsSchema = z
  .object({
    minBehaviourAverage: z.number(),
    minLearnability: z.number(),
    minMotivation: z.number(),
    minHoursPerWeek: z.number(),
    maxObstacleHorizon: z.enum(['drie_maanden', 'anderhalf_jaar']),
  })
  .strict();

const reviewDaysSchema = z.number().int().min(1).max(365);

const segmentationRulesSchema = z
  .object({
    ready: thresholdsSchema,
    later: thresholdsSchema,
    reviewAfterDays: z
      .object({ READY: reviewDaysSchema, LATER: reviewDaysSchema, NOT_NOW: reviewDaysSchema })
      .strict(),
    // Product rule: someone in the red phase is seen again within four weeks.
    redPhaseReviewAfterDays: reviewDaysSchema.max(28),
  })
  .strict();

export const instrumentSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.number().int().positive(),
    status: z.enum(['draft', 'active', 'retired']),
    /** Lowest catalogue version that holds every competence code used here. */
    catalogueVersion: z.number().int().positive(),
    title: textNl,
    intro: helpNl.optional(),
    sections: sectionsSchema,
    segmentationRules: segmentationRulesSchema,
  })
  .strict();

export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentSections = Instrument['sections'];
export type SegmentationRules = z.infer<typeof segmentationRulesSchema>;
export type SegmentThresholds = z.infer<typeof thresholdsSchema>;
export type InstrumentItem = InstrumentSections[SectionId]['items'][number];
export type InstrumentItemType = InstrumentItem['type'];
export type PreconditionItem = z.infer<typeof preconditionItemSchema>;
export type ObstaclesItem = z.infer<typeof obstaclesItemSchema>;

// ---------------------------------------------------------------------------------------------
// Parsing and cross-checks

export interface InstrumentIssue {
  path: (string | number)[];
  message: string;
}

export function formatJsonPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(root)' : z.core.toDotPath(path);
}

export class InvalidInstrumentError extends Error {
  override readonly name = 'InvalidInstrumentError';

  constructor(
    readonly sourceName: string,
    readonly issues: InstrumentIssue[],
  ) {
    super(issues.map((issue) => `${sourceName}: ${formatJsonPath(issue.path)}: ${issue.message}`).join('\n'));
  }
}

/**
 * Validates an instrument and cross-checks it against the catalogue. Throws InvalidInstrumentError
 * whose message names the source and every failing JSON path, one per line.
 */
export function parseInstrument(raw: unknown, sourceName: string, catalogue: Catalogue): Instrument {
  const result = instrumentSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.flatMap((issue): InstrumentIssue[] => {
      const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
      // Name each unknown key in the path itself, so the message points at the offending line.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ path: [...path, key], message: 'Unknown key' }));
      }
      return [{ path, message: issue.message }];
    });
    throw new InvalidInstrumentError(sourceName, issues);
  }
  const issues = crossCheckInstrument(result.data, catalogue);
  if (issues.length > 0) throw new InvalidInstrumentError(sourceName, issues);
  return result.data;
}

export function crossCheckInstrument(instrument: Instrument, catalogue: Catalogue): InstrumentIssue[] {
  const issues: InstrumentIssue[] = [];
  const { sections } = instrument;
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });

  if (instrument.catalogueVersion > catalogue.version) {
    add(
      ['catalogueVersion'],
      `Catalogue version ${catalogue.version} is loaded; this instrument needs a newer one`,
    );
  }

  for (const sectionId of SECTION_IDS) {
    const seen = new Map<string, number>();
    sections[sectionId].items.forEach((item, index) => {
      const path = ['sections', sectionId, 'items', index];
      const earlier = seen.get(item.id);
      if (earlier !== undefined)
        add([...path, 'id'], `Duplicate item id '${item.id}' (also items[${earlier}])`);
      else seen.set(item.id, index);
      checkItemOptions(item, path, add);
    });
  }

  checkRoleItems(instrument, add);
  checkKunnen(instrument, catalogue, add);
  checkGedrag(instrument, catalogue, add);
  checkStoplight(instrument, add);
  checkSensitivity(instrument, add);
  checkPreconditions(instrument, add);
  checkThresholds(instrument, add);
  return issues;
}

type AddIssue = (path: (string | number)[], message: string) => void;

function checkItemOptions(item: InstrumentItem, path: (string | number)[], add: AddIssue): void {
  const values =
    'options' in item
      ? item.options.map((option) => option.value)
      : item.type === 'obstacles'
        ? item.obstacleTypes.map((o) => o.value)
        : [];
  const listName = item.type === 'obstacles' ? 'obstacleTypes' : 'options';
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index)
      add([...path, listName, index, 'value'], `Duplicate option '${value}'`);
  });
  if (item.type === 'multiChoice') {
    const min = item.minSelected ?? 0;
    const max = item.maxSelected ?? item.options.length;
    if (min > max) add([...path, 'minSelected'], 'minSelected is above maxSelected');
    if (max > item.options.length)
      add([...path, 'maxSelected'], 'maxSelected is above the number of options');
  }
}

function findItem(instrument: Instrument, sectionId: SectionId, itemId: string) {
  const items: readonly InstrumentItem[] = instrument.sections[sectionId].items;
  const index = items.findIndex((item) => item.id === itemId);
  return index === -1 ? undefined : { item: items[index] as InstrumentItem, index };
}

function checkRoleItems(instrument: Instrument, add: AddIssue): void {
  for (const [sectionId, roles] of Object.entries(ROLE_ITEMS) as [SectionId, Record<string, string>][]) {
    for (const [itemId, type] of Object.entries(roles)) {
      const found = findItem(instrument, sectionId, itemId);
      if (!found) {
        add(['sections', sectionId, 'items'], `Missing item '${itemId}' of type '${type}'`);
        continue;
      }
      if (found.item.type !== type) {
        add(
          ['sections', sectionId, 'items', found.index, 'type'],
          `Item '${itemId}' must have type '${type}'`,
        );
      } else if (REQUIRED_ROLE_ITEMS[sectionId]?.includes(itemId) && !found.item.required) {
        add(['sections', sectionId, 'items', found.index, 'required'], `Item '${itemId}' must be required`);
      }
    }
  }
}

function checkKunnen(instrument: Instrument, catalogue: Catalogue, add: AddIssue): void {
  const kunnen = instrument.sections.kunnen;
  kunnen.items.forEach((item, index) => {
    if (!catalogue.hasCompetence(item.id)) {
      add(
        ['sections', 'kunnen', 'items', index, 'id'],
        `Unknown competence '${item.id}' (not in the catalogue)`,
      );
    }
  });
  const scoreable = kunnen.acceptOtherCatalogueCompetences
    ? catalogue.competences.length
    : kunnen.items.length;
  if (kunnen.minimumScored > scoreable) {
    add(['sections', 'kunnen', 'minimumScored'], `Only ${scoreable} competences can be scored`);
  }
}

function checkGedrag(instrument: Instrument, catalogue: Catalogue, add: AddIssue): void {
  const items = instrument.sections.gedrag.items;
  const first = items[0];
  items.forEach((item, index) => {
    const path = ['sections', 'gedrag', 'items', index];
    // Behaviour scores are averaged, so they must all be given and share one scale.
    if (!item.required) add([...path, 'required'], 'Behaviour items must be required');
    if (first && (item.scale.min !== first.scale.min || item.scale.max !== first.scale.max)) {
      add(
        [...path, 'scale'],
        `All behaviour items must use the scale of items[0] (${first.scale.min}-${first.scale.max})`,
      );
    }
    if (item.relatedCompetence !== undefined && !catalogue.hasCompetence(item.relatedCompetence)) {
      add(
        [...path, 'relatedCompetence'],
        `Unknown competence '${item.relatedCompetence}' (not in the catalogue)`,
      );
    }
  });
}

function checkStoplight(instrument: Instrument, add: AddIssue): void {
  const found = findItem(instrument, 'stoplicht', 'fase');
  if (found?.item.type === 'singleChoice') {
    const values = found.item.options.map((option) => option.value).sort();
    if (values.join(',') !== [...STOPLIGHT_PHASES].sort().join(',')) {
      add(
        ['sections', 'stoplicht', 'items', found.index, 'options'],
        `Options must be exactly ${STOPLIGHT_PHASES.join(', ')}`,
      );
    }
    if (!('requiredInRedPhase' in found.item) || found.item.requiredInRedPhase !== true) {
      add(
        ['sections', 'stoplicht', 'items', found.index, 'requiredInRedPhase'],
        "Item 'fase' must be required in the red phase",
      );
    }
  }
  const note = findItem(instrument, 'stoplicht', 'notitie');
  if (note && (!('requiredInRedPhase' in note.item) || note.item.requiredInRedPhase !== true)) {
    add(
      ['sections', 'stoplicht', 'items', note.index, 'requiredInRedPhase'],
      "Item 'notitie' must be required in the red phase",
    );
  }
}

/** Support needs must be marked sensitive; what employers may see must not be. */
function checkSensitivity(instrument: Instrument, add: AddIssue): void {
  for (const sectionId of SECTION_IDS) {
    instrument.sections[sectionId].items.forEach((item: InstrumentItem, index) => {
      const sensitive = 'sensitive' in item && item.sensitive === true;
      const path = ['sections', sectionId, 'items', index, 'sensitive'];
      const mustBeSensitive =
        sectionId === 'stoplicht' || item.type === 'precondition' || item.type === 'obstacles';
      const roles: Record<string, string> | undefined = (
        ROLE_ITEMS as Record<string, Record<string, string>>
      )[sectionId];
      const sharedRole =
        sectionId === 'kunnen' ||
        sectionId === 'gedrag' ||
        sectionId === 'persoonlijkheid' ||
        (roles !== undefined && item.id in roles && !mustBeSensitive);
      if (mustBeSensitive && !sensitive)
        add(path, `Item '${item.id}' is a support need and must be sensitive`);
      if (sharedRole && sensitive)
        add(path, `Item '${item.id}' is part of the shared profile and cannot be sensitive`);
    });
  }
}

function checkPreconditions(instrument: Instrument, add: AddIssue): void {
  const obstacles = findItem(instrument, 'randvoorwaarden', 'obstakels');
  const obstacleTypes = new Set(
    obstacles?.item.type === 'obstacles' ? obstacles.item.obstacleTypes.map((option) => option.value) : [],
  );
  instrument.sections.randvoorwaarden.items.forEach((item, index) => {
    if (item.type !== 'precondition') return;
    const path = ['sections', 'randvoorwaarden', 'items', index];
    if (!item.options.some((option) => option.inOrder))
      add([...path, 'options'], 'At least one option must be in order');
    item.obstacleTypes.forEach((type, typeIndex) => {
      if (!obstacleTypes.has(type))
        add([...path, 'obstacleTypes', typeIndex], `Unknown obstacle type '${type}'`);
    });
  });
}

const HORIZON_ORDER: Record<ObstacleHorizon, number> = { drie_maanden: 0, anderhalf_jaar: 1, onbekend: 2 };

export function horizonRank(horizon: ObstacleHorizon): number {
  return HORIZON_ORDER[horizon];
}

function checkThresholds(instrument: Instrument, add: AddIssue): void {
  const rules = instrument.segmentationRules;
  const behaviourScale = instrument.sections.gedrag.items[0]?.scale;
  const scaleOf = (sectionId: SectionId, itemId: string) => {
    const found = findItem(instrument, sectionId, itemId);
    if (found?.item.type === 'scale') return found.item.scale;
    if (found?.item.type === 'numberRange') return found.item.bounds;
    return undefined;
  };
  const ranges = {
    minBehaviourAverage: { range: behaviourScale, source: 'the behaviour scale' },
    minLearnability: {
      range: scaleOf('gedrag', LEARNABILITY_ITEM_ID),
      source: `gedrag.${LEARNABILITY_ITEM_ID}`,
    },
    minMotivation: { range: scaleOf('willen', 'motivatie'), source: 'willen.motivatie' },
    minHoursPerWeek: { range: scaleOf('willen', 'uren'), source: 'willen.uren' },
  } as const;

  for (const level of ['ready', 'later'] as const) {
    for (const [key, { range, source }] of Object.entries(ranges) as [
      keyof typeof ranges,
      (typeof ranges)[keyof typeof ranges],
    ][]) {
      const value = rules[level][key];
      if (range && (value < range.min || value > range.max)) {
        add(
          ['segmentationRules', level, key],
          `Must be within the range of ${source} (${range.min}-${range.max})`,
        );
      }
      // LATER bridges what READY cannot yet meet, so its bar can never be higher.
      if (level === 'later' && value > rules.ready[key]) {
        add(['segmentationRules', 'later', key], `Must not be above segmentationRules.ready.${key}`);
      }
    }
  }
  if (horizonRank(rules.later.maxObstacleHorizon) < horizonRank(rules.ready.maxObstacleHorizon)) {
    add(
      ['segmentationRules', 'later', 'maxObstacleHorizon'],
      'Must not be shorter than segmentationRules.ready.maxObstacleHorizon',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The form as a client renders it

export interface CompetenceFormItem {
  id: string;
  type: 'competenceLevel';
  required: boolean;
  label: string;
  group: Competence['group'];
  levels: Competence['levels'];
}

/**
 * The instrument with each kunnen item resolved to its catalogue label and level descriptors,
 * so a client can render the whole form from one response.
 */
export function instrumentForForm(instrument: Instrument, catalogue: Catalogue) {
  const kunnenItems = instrument.sections.kunnen.items.flatMap((item): CompetenceFormItem[] => {
    const competence = catalogue.competence(item.id);
    // parseInstrument has checked every code; a miss means another catalogue was passed.
    if (!competence)
      throw new Error(`Competence ${item.id} is not in catalogue version ${catalogue.version}`);
    return [{ ...item, label: competence.labelNl, group: competence.group, levels: competence.levels }];
  });
  return {
    ...instrument,
    sections: { ...instrument.sections, kunnen: { ...instrument.sections.kunnen, items: kunnenItems } },
  };
}

/** The instrument new assessments use: the highest version with status 'active'. */
export function activeInstrument(instruments: readonly Instrument[]): Instrument {
  const active = instruments.filter((instrument) => instrument.status === 'active');
  const newest = active.reduce<Instrument | undefined>(
    (best, instrument) => (best && best.version > instrument.version ? best : instrument),
    undefined,
  );
  if (!newest) throw new Error('No instrument has status "active"');
  return newest;
}
