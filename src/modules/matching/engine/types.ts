import type { Segment } from '../../readiness/segmentation';
import type { LegalQualificationCode } from './legal-requirements';

// The engine's inputs. Pure data: no database entities, no HTTP shapes.
//
// Blind by construction: a MatchSeeker has no name, gender, nationality or origin, address
// (only the 4-digit postcode, for the distance), diploma or work history. The engine cannot use
// what it never receives. `ageYears` exists only for a legal minimum-age gate; it never enters a
// score (see gates.ts).

export type { Segment };

export const CONTRACT_TYPES = ['EMPLOYMENT', 'LEARN_WORK', 'INTERNSHIP', 'SELF_EMPLOYED'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/**
 * The contract kinds and working times exactly as the assessment asks the person (instrument
 * items willen.contractwensen and willen.werktijden), so a vacancy and a wish compare directly.
 */
export const CONTRACT_KINDS = ['vast', 'tijdelijk', 'uitzendwerk', 'leerwerkbaan', 'oproepcontract'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const WORKING_TIMES = ['overdag', 'avond', 'nacht', 'weekend'] as const;
export type WorkingTime = (typeof WORKING_TIMES)[number];

export const REQUIREMENT_TIERS = ['ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE'] as const;
export type RequirementTier = (typeof REQUIREMENT_TIERS)[number];

/** Competence levels 0..4 as in the catalogue ("nog niet" .. "kan het anderen leren"). */
export const MAX_COMPETENCE_LEVEL = 4;
/** Gedrag (work behaviour) scores 1..5 as in the instrument. */
export const MIN_BEHAVIOUR_SCORE = 1;
export const MAX_BEHAVIOUR_SCORE = 5;

export interface HoursRange {
  min: number;
  max: number;
}

export interface MatchSeeker {
  id: string;
  /** Current readiness segment; null when the person has not been segmented yet. */
  segment: Segment | null;
  matchingConsent: boolean;
  placed: boolean;
  pc4: string;
  maxTravelKm: number;
  wantedHours: HoursRange;
  /** Level 0..4 per catalogue competence code; a missing code is level 0. */
  competenceLevels: Readonly<Record<string, number>>;
  /** ESCO occupation codes and ISCO sector codes (1 or 2 digits) the person wants. */
  interests: { occupations: readonly string[]; sectors: readonly string[] };
  /** Score 1..5 per gedrag item id; a missing item counts as not assessed. */
  behaviourScores: Readonly<Record<string, number>>;
  legalQualifications: readonly LegalQualificationCode[];
  /** Whole years, only for a legal minimum-age gate; null when unknown. */
  ageYears: number | null;
  /** Contract kinds the person accepts; null when not asked (no gate then, except on-call). */
  contractWishes: readonly ContractKind[] | null;
  /** When the person can work; null when not asked (no gate then). */
  workingTimes: readonly WorkingTime[] | null;
  /** Takes part in a learn-work trajectory (accepted or started): unpaid learn-work places fit. */
  inLearnWorkTrajectory: boolean;
}

export interface CompetenceRequirement {
  competenceCode: string;
  /** 1..4: a requirement of level 0 asks nothing. */
  level: number;
  tier: RequirementTier;
}

export type LegalRequirement = { code: LegalQualificationCode } | { minimumAge: number };

export interface MatchVacancy {
  id: string;
  contractType: ContractType;
  /** ESCO occupation code; its first two digits are the ISCO sector. */
  occupationCode: string | null;
  /** ISCO sub-major group (2 digits); defaults to the occupation's sector. */
  sectorCode: string | null;
  pc4: string;
  hours: HoursRange;
  /** The employer starts with fewer hours and builds up to the vacancy's range. */
  gradualBuildUp: boolean;
  requirements: readonly CompetenceRequirement[];
  legalRequirements: readonly LegalRequirement[];
  /** Gedrag item ids the work asks for, e.g. 'opTijdKomen'. */
  behaviours: readonly string[];
  /** In the assessment's terms; null when the employer did not state it ("niet opgegeven"). */
  contractKind: ContractKind | null;
  /** When the work is done; null or empty when the employer did not state it. */
  workingTimes: readonly WorkingTime[] | null;
  /** The terms that make work "passend": paid, permanent prospect, cao, a pay indication. */
  terms: VacancyTerms;
}

export interface VacancyTerms {
  paid: boolean;
  permanentProspect: boolean;
  underCao: boolean;
  payIndicated: boolean;
}

/** Stable order: results list failed gates in this order, and counts are keyed by it. */
export const GATE_REASONS = [
  'SEGMENT',
  'NO_MATCHING_CONSENT',
  'ALREADY_PLACED',
  'HOURS',
  'DISTANCE',
  'UNKNOWN_POSTCODE',
  'LEGAL_REQUIREMENT',
  'MINIMUM_AGE',
  'CONTRACT_KIND',
  'ON_CALL',
  'WORKING_TIMES',
  'UNPAID',
] as const;
export type GateReason = (typeof GATE_REASONS)[number];

export const GATE_REASON_LABELS_NL: Record<GateReason, string> = {
  SEGMENT: 'Past nu niet bij dit soort plek (segment)',
  NO_MATCHING_CONSENT: 'Geen toestemming om te matchen',
  ALREADY_PLACED: 'Heeft al werk via het programma',
  HOURS: 'Uren passen niet',
  DISTANCE: 'Verder dan de reisafstand die iemand wil',
  UNKNOWN_POSTCODE: 'Postcode onbekend, afstand niet te bepalen',
  LEGAL_REQUIREMENT: 'Wettelijk verplicht certificaat of rijbewijs ontbreekt',
  MINIMUM_AGE: 'Wettelijke minimumleeftijd niet gehaald of leeftijd onbekend',
  CONTRACT_KIND: 'Dit soort contract wil iemand niet',
  ON_CALL: 'Koos niet voor een oproep- of nulurencontract',
  WORKING_TIMES: 'Werktijden passen niet bij wanneer iemand kan werken',
  UNPAID: 'Onbetaald werk past alleen bij een leer-werktraject',
};

export type GateFailureCounts = Record<GateReason, number>;

export interface GateResult {
  passed: boolean;
  failed: GateReason[];
}

export const SCORE_COMPONENTS = [
  'competenceFit',
  'essentialCoverage',
  'interest',
  'behaviour',
  'hours',
  'distance',
  'passendWerk',
] as const;
export type ScoreComponentName = (typeof SCORE_COMPONENTS)[number];

export interface ScoreComponent {
  name: ScoreComponentName;
  labelNl: string;
  /** False when the vacancy asks nothing this component could measure (e.g. no behaviours). */
  applicable: boolean;
  /** 0..1, rounded to 4 decimals; null when not applicable. */
  value: number | null;
  /** Effective weight: the configured weight over the sum of the applicable ones. */
  weight: number;
  /** weight × value, rounded to 4 decimals. */
  contribution: number;
}

export interface RequirementResult {
  competenceCode: string;
  tier: RequirementTier;
  required: number;
  actual: number;
  met: boolean;
  /** Levels still to go; 0 when met. */
  gap: number;
  /** A gap that the preparation phase can close (rule in weights.ts). False when met. */
  trainable: boolean;
  /** Plain Dutch, e.g. 'niveau 2 → 3' for a gap or 'niveau 3 (gevraagd 2)' when met. */
  label: string;
}

export interface ScoreResult {
  /** 0..1, rounded to 4 decimals from the unrounded sum; the ranking uses this value. */
  score: number;
  components: ScoreComponent[];
  requirements: RequirementResult[];
  /** Distance between the PC4 centroids, 0.1 km; null when a postcode is unknown. */
  distanceKm: number | null;
}
