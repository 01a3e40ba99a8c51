import { z } from 'zod';
import type { Catalogue, CompetenceLevel } from '../catalogue/catalogue';
import {
  type Instrument,
  type InstrumentItem,
  OBSTACLE_HORIZONS,
  type ObstacleHorizon,
  RED_PHASE,
  ROLE_ITEMS,
  SECTION_IDS,
  type SectionId,
  type StoplightPhase,
} from './instrument';

// Pure module: the answers of an assessment, checked against the instrument version it uses,
// and the talent profile computed from them.
//
// Answers are one JSON object keyed by section and item id, saved in parts over several
// conversations. In a patch, null removes an answer. Kunnen items are keyed by competence code.

export interface NumberRangeAnswer {
  min: number;
  max: number;
}

export interface ObstacleAnswer {
  type: string;
  /** Is it clear what is going on? An obstacle that is not yet clear has no known horizon. */
  bekend: boolean;
  oplosbaarBinnen: ObstacleHorizon;
  toelichting?: string;
}

export type AnswerValue = number | string | boolean | string[] | NumberRangeAnswer | ObstacleAnswer[];
export type SectionAnswers = Record<string, AnswerValue>;
export type Answers = Partial<Record<SectionId, SectionAnswers>>;
export type AnswerPatch = Partial<Record<SectionId, Record<string, AnswerValue | null>>>;

export interface AnswerError {
  path: (string | number)[];
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: AnswerError[] };

// ---------------------------------------------------------------------------------------------
// Validation of a patch: all or nothing, every error with the path of the item.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateAnswerPatch(
  instrument: Instrument,
  catalogue: Catalogue,
  patch: unknown,
): ValidationResult<AnswerPatch> {
  if (!isRecord(patch)) {
    return { ok: false, errors: [{ path: [], message: 'Geef de antwoorden als object, per onderdeel.' }] };
  }
  const errors: AnswerError[] = [];
  const value: AnswerPatch = {};
  for (const [sectionId, sectionPatch] of Object.entries(patch)) {
    if (!(SECTION_IDS as readonly string[]).includes(sectionId)) {
      errors.push({ path: [sectionId], message: `Onbekend onderdeel. Kies uit: ${SECTION_IDS.join(', ')}.` });
      continue;
    }
    const section = sectionId as SectionId;
    if (!isRecord(sectionPatch)) {
      errors.push({
        path: [section],
        message: 'Geef de antwoorden van dit onderdeel als object, per vraag.',
      });
      continue;
    }
    const validated: Record<string, AnswerValue | null> = {};
    for (const [itemId, answer] of Object.entries(sectionPatch)) {
      const path = [section, itemId];
      const item = findAnswerableItem(instrument, catalogue, section, itemId);
      if (typeof item === 'string') {
        errors.push({ path, message: item });
        continue;
      }
      if (answer === null) {
        validated[itemId] = null;
        continue;
      }
      const result = validateValue(item, answer, path, catalogue);
      if (result.ok) validated[itemId] = result.value;
      else errors.push(...result.errors);
    }
    value[section] = validated;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

type AnswerableItem = InstrumentItem | { id: string; type: 'competenceLevel'; required: boolean };

/** The item, or a Dutch message why there is no such item. */
function findAnswerableItem(
  instrument: Instrument,
  catalogue: Catalogue,
  section: SectionId,
  itemId: string,
): AnswerableItem | string {
  const items: readonly InstrumentItem[] = instrument.sections[section].items;
  const item = items.find((candidate) => candidate.id === itemId);
  if (item) return item;
  if (section === 'kunnen') {
    if (!catalogue.hasCompetence(itemId))
      return 'Onbekende competentie: deze code staat niet in de catalogus.';
    if (!instrument.sections.kunnen.acceptOtherCatalogueCompetences) {
      return 'Deze competentie hoort niet bij deze vragenlijst.';
    }
    return { id: itemId, type: 'competenceLevel', required: false };
  }
  return 'Onbekende vraag in dit onderdeel.';
}

type ValueResult = { ok: true; value: AnswerValue } | { ok: false; errors: AnswerError[] };

const fail = (path: (string | number)[], message: string): ValueResult => ({
  ok: false,
  errors: [{ path, message }],
});

function validateValue(
  item: AnswerableItem,
  answer: unknown,
  path: (string | number)[],
  catalogue: Catalogue,
): ValueResult {
  switch (item.type) {
    case 'competenceLevel':
      return validateInteger(answer, 0, 4, path);
    case 'scale':
    case 'bipolar':
      return validateInteger(answer, item.scale.min, item.scale.max, path);
    case 'number':
      return validateNumber(answer, item.bounds, path);
    case 'numberRange':
      return validateNumberRange(answer, item.bounds, path);
    case 'singleChoice':
    case 'precondition':
      return validateChoice(
        answer,
        item.options.map((option) => option.value),
        path,
      );
    case 'multiChoice':
      return validateList(answer, path, {
        min: item.minSelected ?? 0,
        max: item.maxSelected ?? item.options.length,
        check: (entry) =>
          item.options.some((option) => option.value === entry)
            ? null
            : `Kies uit: ${item.options.map((option) => option.value).join(', ')}.`,
      });
    case 'occupations':
      return validateList(answer, path, {
        min: 0,
        max: item.maxSelected,
        check: (entry) =>
          catalogue.hasOccupation(entry) ? null : 'Onbekend beroep: geen ESCO-code uit de catalogus.',
      });
    case 'sectors':
      return validateList(answer, path, {
        min: 0,
        max: item.maxSelected,
        check: (entry) =>
          catalogue.hasSector(entry) ? null : 'Onbekende sector: geen ISCO-code uit de catalogus.',
      });
    case 'text':
      return validateText(answer, item.maxLength, path);
    case 'boolean':
      return typeof answer === 'boolean'
        ? { ok: true, value: answer }
        : fail(path, 'Geef ja of nee (true of false).');
    case 'obstacles':
      return validateObstacles(answer, item, path);
  }
}

function validateInteger(answer: unknown, min: number, max: number, path: (string | number)[]): ValueResult {
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < min || answer > max) {
    return fail(path, `Geef een heel getal van ${min} tot en met ${max}.`);
  }
  return { ok: true, value: answer };
}

interface Bounds {
  min: number;
  max: number;
  integer: boolean;
}

function numberError(answer: unknown, bounds: Bounds): string | null {
  const wanted = bounds.integer ? 'een heel getal' : 'een getal';
  if (
    typeof answer !== 'number' ||
    !Number.isFinite(answer) ||
    (bounds.integer && !Number.isInteger(answer))
  ) {
    return `Geef ${wanted} van ${bounds.min} tot en met ${bounds.max}.`;
  }
  if (answer < bounds.min || answer > bounds.max)
    return `Geef ${wanted} van ${bounds.min} tot en met ${bounds.max}.`;
  return null;
}

function validateNumber(answer: unknown, bounds: Bounds, path: (string | number)[]): ValueResult {
  const error = numberError(answer, bounds);
  return error ? fail(path, error) : { ok: true, value: answer as number };
}

function validateNumberRange(answer: unknown, bounds: Bounds, path: (string | number)[]): ValueResult {
  if (!isRecord(answer)) return fail(path, 'Geef een minimum en een maximum: { "min": …, "max": … }.');
  const errors: AnswerError[] = [];
  for (const key of Object.keys(answer)) {
    if (key !== 'min' && key !== 'max') errors.push({ path: [...path, key], message: 'Onbekend veld.' });
  }
  for (const key of ['min', 'max'] as const) {
    const error = numberError(answer[key], bounds);
    if (error) errors.push({ path: [...path, key], message: error });
  }
  if (errors.length > 0) return { ok: false, errors };
  const range = { min: answer.min as number, max: answer.max as number };
  if (range.min > range.max)
    return fail([...path, 'min'], 'Het minimum mag niet hoger zijn dan het maximum.');
  return { ok: true, value: range };
}

function validateChoice(answer: unknown, values: string[], path: (string | number)[]): ValueResult {
  if (typeof answer !== 'string' || !values.includes(answer))
    return fail(path, `Kies een van: ${values.join(', ')}.`);
  return { ok: true, value: answer };
}

function validateList(
  answer: unknown,
  path: (string | number)[],
  rules: { min: number; max: number; check: (entry: string) => string | null },
): ValueResult {
  if (!Array.isArray(answer)) return fail(path, 'Geef een lijst.');
  const errors: AnswerError[] = [];
  answer.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string') {
      errors.push({ path: [...path, index], message: 'Geef een tekst (code).' });
      return;
    }
    if (answer.indexOf(entry) !== index) {
      errors.push({ path: [...path, index], message: 'Deze keuze staat er dubbel in.' });
      return;
    }
    const error = rules.check(entry);
    if (error) errors.push({ path: [...path, index], message: error });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (answer.length < rules.min) return fail(path, `Kies er minstens ${rules.min}.`);
  if (answer.length > rules.max) return fail(path, `Kies er hoogstens ${rules.max}.`);
  return { ok: true, value: answer as string[] };
}

function textError(answer: unknown, maxLength: number): string | null {
  if (typeof answer !== 'string' || answer.trim() === '') return 'Geef een tekst (niet leeg).';
  if (answer.trim().length > maxLength) return `De tekst mag hoogstens ${maxLength} tekens zijn.`;
  return null;
}

function validateText(answer: unknown, maxLength: number, path: (string | number)[]): ValueResult {
  const error = textError(answer, maxLength);
  return error ? fail(path, error) : { ok: true, value: (answer as string).trim() };
}

const OBSTACLE_KEYS = ['type', 'bekend', 'oplosbaarBinnen', 'toelichting'];

function validateObstacles(
  answer: unknown,
  item: Extract<InstrumentItem, { type: 'obstacles' }>,
  path: (string | number)[],
): ValueResult {
  if (!Array.isArray(answer)) return fail(path, 'Geef een lijst (leeg als er niets speelt).');
  if (answer.length > item.maxItems) return fail(path, `Geef hoogstens ${item.maxItems} onderwerpen.`);
  const types = item.obstacleTypes.map((option) => option.value);
  const errors: AnswerError[] = [];
  const obstacles: ObstacleAnswer[] = [];
  const seenTypes = new Set<string>();
  answer.forEach((entry: unknown, index) => {
    const at = [...path, index];
    if (!isRecord(entry)) {
      errors.push({ path: at, message: 'Geef een object met type, bekend en oplosbaarBinnen.' });
      return;
    }
    const before = errors.length;
    for (const key of Object.keys(entry)) {
      if (!OBSTACLE_KEYS.includes(key)) errors.push({ path: [...at, key], message: 'Onbekend veld.' });
    }
    const { type, bekend, oplosbaarBinnen, toelichting } = entry;
    if (typeof type !== 'string' || !types.includes(type)) {
      errors.push({ path: [...at, 'type'], message: `Kies een van: ${types.join(', ')}.` });
    } else if (seenTypes.has(type)) {
      errors.push({ path: [...at, 'type'], message: 'Dit onderwerp staat er al in.' });
    } else {
      seenTypes.add(type);
    }
    if (typeof bekend !== 'boolean') {
      errors.push({
        path: [...at, 'bekend'],
        message: 'Geef aan of duidelijk is wat er speelt (true of false).',
      });
    }
    if (
      typeof oplosbaarBinnen !== 'string' ||
      !(OBSTACLE_HORIZONS as readonly string[]).includes(oplosbaarBinnen)
    ) {
      errors.push({
        path: [...at, 'oplosbaarBinnen'],
        message: `Kies een van: ${OBSTACLE_HORIZONS.join(', ')}.`,
      });
    }
    const noteError = toelichting === undefined ? null : textError(toelichting, item.noteMaxLength);
    if (noteError) errors.push({ path: [...at, 'toelichting'], message: noteError });
    if (errors.length > before) return;
    obstacles.push({
      type: type as string,
      bekend: bekend as boolean,
      oplosbaarBinnen: oplosbaarBinnen as ObstacleHorizon,
      ...(typeof toelichting === 'string' ? { toelichting: toelichting.trim() } : {}),
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: obstacles };
}

// ---------------------------------------------------------------------------------------------
// Merging and completeness

/** A new answers object with the patch applied; null in the patch removes an answer. */
export function mergeAnswers(existing: Answers, patch: AnswerPatch): Answers {
  const merged: Answers = {};
  for (const section of SECTION_IDS) {
    const next: SectionAnswers = { ...existing[section] };
    for (const [itemId, value] of Object.entries(patch[section] ?? {})) {
      if (value === null) delete next[itemId];
      else next[itemId] = value;
    }
    if (Object.keys(next).length > 0) merged[section] = next;
  }
  return merged;
}

export function isRedPhase(answers: Answers): boolean {
  return answers.stoplicht?.fase === RED_PHASE;
}

/** The only section a red-phase assessment records: the stoplight phase and its note. */
export const RED_PHASE_SECTIONS: readonly SectionId[] = ['stoplicht'];

export const RED_PHASE_REFUSAL =
  'In de fase rood leggen we alleen de fase en een notitie vast. Eerst komen rust en hulp; de rest van het gesprek kan later.';

/**
 * In the red phase only the phase and a note are recorded (someone in crisis is not put through
 * the assessment). After this patch, would the assessment hold anything else? Then these are the
 * sections at fault: the ones the patch tries to fill, and the ones already saved in an earlier
 * conversation that would stay behind (they must be removed first, with null per item). Empty
 * when the patch may be saved.
 */
export function redPhaseConflicts(existing: Answers, patch: AnswerPatch): AnswerError[] {
  if (!isRedPhase(mergeAnswers(existing, patch))) return [];
  const errors: AnswerError[] = [];
  for (const section of SECTION_IDS) {
    if (RED_PHASE_SECTIONS.includes(section)) continue;
    const incoming = Object.entries(patch[section] ?? {});
    const stays = Object.keys(existing[section] ?? {}).filter((itemId) => patch[section]?.[itemId] !== null);
    if (incoming.some(([, value]) => value !== null)) {
      errors.push({
        path: [section],
        message: 'In de fase rood vragen we dit nog niet. Eerst rust en hulp; dit onderdeel kan later.',
      });
    } else if (stays.length > 0) {
      errors.push({
        path: [section],
        message: `Hier staan nog antwoorden uit een eerder gesprek (${stays.join(', ')}). In de fase rood bewaren we die niet: haal ze eerst weg door ze op null te zetten, en leg dan de fase rood vast.`,
      });
    }
  }
  return errors;
}

export interface MissingItem {
  path: [SectionId] | [SectionId, string];
  message: string;
}

/**
 * What must still be answered before the assessment can be completed. In the red phase only the
 * stoplight items flagged requiredInRedPhase count: nobody in crisis goes through the full form.
 */
export function missingRequiredItems(instrument: Instrument, answers: Answers): MissingItem[] {
  const answered = (section: SectionId, itemId: string) => answers[section]?.[itemId] !== undefined;
  const missing: MissingItem[] = [];
  const sectionsToCheck = isRedPhase(answers) ? (['stoplicht'] as const) : SECTION_IDS;
  for (const section of sectionsToCheck) {
    const items: readonly InstrumentItem[] = instrument.sections[section].items;
    for (const item of items) {
      const required = isRedPhase(answers)
        ? 'requiredInRedPhase' in item && item.requiredInRedPhase === true
        : item.required;
      if (required && !answered(section, item.id)) {
        missing.push({ path: [section, item.id], message: 'Nog niet ingevuld.' });
      }
    }
  }
  if (!isRedPhase(answers)) {
    const { minimumScored } = instrument.sections.kunnen;
    const scored = Object.keys(answers.kunnen ?? {}).length;
    if (scored < minimumScored) {
      missing.push({
        path: ['kunnen'],
        message: `Geef bij minstens ${minimumScored} competenties een niveau (nu ${scored}).`,
      });
    }
  }
  return missing;
}

export class IncompleteAssessmentError extends Error {
  override readonly name = 'IncompleteAssessmentError';

  constructor(readonly missing: MissingItem[]) {
    super(`Assessment is not complete: ${missing.map((item) => item.path.join('.')).join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Completion: talent profile, or the short red-phase record

export const EVIDENCE_KINDS = [
  'vrijwilligerswerk',
  'werkervaring',
  'leerwerkplek_of_stage',
  'opleiding_of_cursus',
  'mantelzorg_of_thuis',
  'anders',
] as const;

export const completionInputSchema = z
  .object({
    /** Written by the lifecoach, in plain Dutch: for the lifecoach, the programme and providers. */
    strengthsSummary: z.string().trim().min(1).max(2000),
    /**
     * The only free text employers read about the person, in words from which nobody can tell
     * gender, age, origin, religion or health (employer-summary.ts checks it). Optional: without it
     * employers see the structured profile only.
     */
    summaryForEmployers: z.string().trim().min(1).max(1000).optional(),
    evidence: z
      .array(
        z
          .object({
            kind: z.enum(EVIDENCE_KINDS),
            description: z.string().trim().min(1).max(1000),
            competenceCodes: z.array(z.string()).max(20),
          })
          .strict(),
      )
      .max(30),
  })
  .strict();

export type CompletionInput = z.infer<typeof completionInputSchema>;
export type Evidence = CompletionInput['evidence'][number];

export function validateCompletionInput(
  catalogue: Catalogue,
  raw: unknown,
): ValidationResult<CompletionInput> {
  const result = completionInputSchema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => ({
        path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
        message: issue.message,
      })),
    };
  }
  const errors: AnswerError[] = [];
  result.data.evidence.forEach((evidence, index) => {
    evidence.competenceCodes.forEach((code, codeIndex) => {
      if (!catalogue.hasCompetence(code)) {
        errors.push({
          path: ['evidence', index, 'competenceCodes', codeIndex],
          message: 'Onbekende competentie: deze code staat niet in de catalogus.',
        });
      }
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: result.data };
}

export interface PreconditionStatus {
  item: string;
  labelNl: string;
  value: string;
  valueLabelNl: string;
  inOrder: boolean;
  /** Obstacle types that describe the plan when this precondition is not in order. */
  obstacleTypes: string[];
}

export interface ProfileObstacle extends ObstacleAnswer {
  labelNl: string;
}

/** Only the lifecoach and the programme may see these; never employers. */
export interface SupportNeeds {
  phase: Exclude<StoplightPhase, 'rood'>;
  phaseNote: string | null;
  preconditions: PreconditionStatus[];
  obstacles: ProfileObstacle[];
  /** Other sensitive answers, keyed 'section.item'. */
  additionalAnswers: Record<string, AnswerValue>;
}

export interface TalentProfile {
  instrumentId: string;
  instrumentVersion: number;
  competenceLevels: Record<string, CompetenceLevel>;
  interests: { occupations: string[]; sectors: string[] };
  motivation: number;
  wantedHours: NumberRangeAnswer;
  maxTravelKm: number;
  contractWishes: string[];
  workingTimes: string[];
  mobility: string[];
  /** Every gedrag item by id, including the learnability item ('leerbaarheid'). */
  behaviourScores: Record<string, number>;
  /** Descriptive work-style profile; never used for segmentation. */
  workStyle: Record<string, number>;
  strengthsSummary: string;
  /** What employers may read; null when the lifecoach wrote none (profiles made before it: absent). */
  summaryForEmployers: string | null;
  evidence: Evidence[];
  /** Answers to non-sensitive items without a fixed role, keyed 'section.item'. */
  additionalAnswers: Record<string, AnswerValue>;
  supportNeeds: SupportNeeds;
}

export type SharedTalentProfile = Omit<TalentProfile, 'supportNeeds'>;

/** A stored shareable profile as it is shown: profiles made before summaries for employers have none. */
export function storedSharedProfile(stored: Record<string, unknown>): SharedTalentProfile {
  const profile = stored as unknown as SharedTalentProfile;
  return { ...profile, summaryForEmployers: profile.summaryForEmployers ?? null };
}

/** The profile without the support needs: what may leave the lifecoach and the programme. */
export function shareableProfile(profile: TalentProfile): SharedTalentProfile {
  const { supportNeeds: _supportNeeds, ...shared } = profile;
  return shared;
}

export function computeTalentProfile(
  instrument: Instrument,
  answers: Answers,
  input: CompletionInput,
): TalentProfile {
  if (isRedPhase(answers))
    throw new Error('Red phase: record it with computeRedPhaseRecord, not as a profile');
  const missing = missingRequiredItems(instrument, answers);
  if (missing.length > 0) throw new IncompleteAssessmentError(missing);

  const willen = answers.willen ?? {};
  const gedrag = answers.gedrag ?? {};
  const randvoorwaarden = answers.randvoorwaarden ?? {};
  const list = (value: AnswerValue | undefined) => (Array.isArray(value) ? (value as string[]) : []);

  const additionalAnswers: Record<string, AnswerValue> = {};
  const sensitiveAnswers: Record<string, AnswerValue> = {};
  const preconditions: PreconditionStatus[] = [];
  for (const section of SECTION_IDS) {
    const roles: Record<string, string> | undefined = (ROLE_ITEMS as Record<string, Record<string, string>>)[
      section
    ];
    const items: readonly InstrumentItem[] = instrument.sections[section].items;
    for (const item of items) {
      const value = answers[section]?.[item.id];
      if (value === undefined) continue;
      if (item.type === 'precondition') {
        const option = item.options.find((candidate) => candidate.value === value);
        if (!option)
          throw new Error(
            `Answer ${section}.${item.id} is not an option of instrument ${instrument.version}`,
          );
        preconditions.push({
          item: item.id,
          labelNl: item.label,
          value: option.value,
          valueLabelNl: option.label,
          inOrder: option.inOrder,
          obstacleTypes: item.obstacleTypes,
        });
        continue;
      }
      // These sections are read whole below; role items have their own profile field.
      if (section === 'kunnen' || section === 'gedrag' || section === 'persoonlijkheid') continue;
      if (roles && item.id in roles) continue;
      const target = 'sensitive' in item && item.sensitive ? sensitiveAnswers : additionalAnswers;
      target[`${section}.${item.id}`] = value;
    }
  }

  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    competenceLevels: numbersOf(answers.kunnen) as Record<string, CompetenceLevel>,
    interests: { occupations: list(willen.beroepen), sectors: list(willen.sectoren) },
    motivation: willen.motivatie as number,
    wantedHours: willen.uren as NumberRangeAnswer,
    maxTravelKm: willen.reisafstandKm as number,
    contractWishes: list(willen.contractwensen),
    workingTimes: list(willen.werktijden),
    mobility: list(randvoorwaarden.mobiliteit),
    behaviourScores: numbersOf(gedrag),
    workStyle: numbersOf(answers.persoonlijkheid),
    strengthsSummary: input.strengthsSummary.trim(),
    summaryForEmployers: input.summaryForEmployers?.trim() || null,
    evidence: input.evidence,
    additionalAnswers,
    supportNeeds: {
      phase: answers.stoplicht?.fase === 'oranje' ? 'oranje' : 'groen',
      phaseNote: typeof answers.stoplicht?.notitie === 'string' ? answers.stoplicht.notitie : null,
      preconditions,
      obstacles: labelObstacles(instrument, randvoorwaarden.obstakels),
      additionalAnswers: sensitiveAnswers,
    },
  };
}

/** Obstacles with their Dutch label, so the profile reads the same when the instrument moves on. */
function labelObstacles(instrument: Instrument, value: AnswerValue | undefined): ProfileObstacle[] {
  const item = instrument.sections.randvoorwaarden.items.find((candidate) => candidate.id === 'obstakels');
  const labels = new Map(item?.type === 'obstacles' ? item.obstacleTypes.map((o) => [o.value, o.label]) : []);
  return ((value as ObstacleAnswer[] | undefined) ?? []).map((obstacle) => ({
    ...obstacle,
    labelNl: labels.get(obstacle.type) ?? obstacle.type,
  }));
}

function numbersOf(section: SectionAnswers | undefined): Record<string, number> {
  return Object.fromEntries(
    Object.entries(section ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

export interface RedPhaseRecord {
  instrumentId: string;
  instrumentVersion: number;
  phase: 'rood';
  note: string;
}

/** The red phase asks only the stoplight phase and a short note; the rest waits. */
export function computeRedPhaseRecord(instrument: Instrument, answers: Answers): RedPhaseRecord {
  if (!isRedPhase(answers)) throw new Error('Not in the red phase: complete the assessment as a profile');
  const missing = missingRequiredItems(instrument, answers);
  if (missing.length > 0) throw new IncompleteAssessmentError(missing);
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    phase: 'rood',
    note: answers.stoplicht?.notitie as string,
  };
}
