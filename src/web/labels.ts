import type { Role } from '../access/roles';
import type { EVIDENCE_KINDS } from '../modules/assessments/answers';
import type { assessmentStatuses } from '../modules/assessments/assessment.entity';
import { formatDate, formatDateTime } from '../modules/calendar/dutch-dates';
import type { ConsentPurpose } from '../modules/consents/consent.entity';
import type { ReadinessSegment } from '../modules/job-seekers/job-seeker.entity';
import type { FollowUpState } from '../modules/placements/cadence';
import type { ContactRoute } from '../modules/trajectories/trajectory-placement.entity';
import type {
  ContractKind,
  ContractType,
  RequirementTier,
  WorkingTime,
} from '../modules/vacancies/vacancy.entity';

type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
type AssessmentStatus = (typeof assessmentStatuses)[number];

/**
 * Every code the service stores, in the plain Dutch a person reads. Pages never show a code itself:
 * add the label here when a page needs a new one.
 */

export const segmentLabels: Record<ReadinessSegment, string> = {
  READY: 'Klaar voor werk binnen drie maanden',
  LATER: 'Eerst een leer-werktraject',
  NOT_NOW: 'Nu eerst andere stappen',
};

/** Short form for tables and filters. */
export const segmentShortLabels: Record<ReadinessSegment, string> = {
  READY: 'Klaar voor werk',
  LATER: 'Leer-werktraject',
  NOT_NOW: 'Eerst andere stappen',
};

export const noSegmentLabel = 'Nog geen segment';

export const consentPurposeLabels: Record<ConsentPurpose, string> = {
  PROGRAMME_PROCESSING: 'Meedoen met het programma',
  MATCHING: 'Zoeken naar passend werk',
  PROFILE_SHARING: 'Profiel delen met een werkgever',
  MEET_AND_GREET: 'Naar een Meet & Greet',
  SPECIAL_CATEGORIES: 'Gezondheid, verslaving of justitie opschrijven',
};

export const roleLabels: Record<Role, string> = {
  PROGRAMME_ADMIN: 'Medewerker programma',
  LIFECOACH: 'Lifecoach',
  PARTNER_WORKER: 'Medewerker partnerorganisatie',
  EMPLOYER_RECRUITER: 'Werkgever',
  MENTOR: 'Mentor',
  MANAGER: 'Leidinggevende',
  TRAJECTORY_COORDINATOR: 'Coördinator trajecten',
  JOB_SEEKER: 'Werkzoekende',
  ADVISORY_GROUP: 'Adviesgroep ervaringsdeskundigen',
};

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language' });

/** "Turks" for tr: the language's Dutch name (ISO 639-1 code in, never shown). */
export const languageLabel = (code: string): string => {
  const name = languageNames.of(code);
  return name && name !== code ? name : 'Andere taal';
};

/** The languages offered first when registering someone: Rotterdam's most spoken. */
export const commonLanguages = [
  'nl',
  'en',
  'ar',
  'tr',
  'pl',
  'so',
  'ti',
  'bg',
  'ro',
  'es',
  'pt',
  'fr',
  'uk',
  'fa',
];

export { formatDate, formatDateTime };

/** 0612345678 → 06 12 34 56 78; 0101234567 → 010 123 45 67; foreign numbers as stored. */
export function formatPhone(phone: string): string {
  if (/^06\d{8}$/.test(phone)) return `06 ${phone.slice(2).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  if (/^0\d{9}$/.test(phone))
    return `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6, 8)} ${phone.slice(8)}`;
  return phone;
}

// ---- assessment, profile and segment ------------------------------------------------------------

export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  DRAFT: 'Bezig',
  COMPLETED: 'Afgerond',
};

export const evidenceKindLabels: Record<EvidenceKind, string> = {
  vrijwilligerswerk: 'Vrijwilligerswerk',
  werkervaring: 'Werkervaring',
  leerwerkplek_of_stage: 'Leer-werkplek of stage',
  opleiding_of_cursus: 'Opleiding, cursus of certificaat',
  mantelzorg_of_thuis: 'Mantelzorg of werk thuis',
  anders: 'Iets anders, bijvoorbeeld een filmpje waarin iemand zich voorstelt',
};

/** The value of the preconditions check of a segment decision, in words. */
export const preconditionsValueLabels: Record<string, string> = {
  op_orde: 'Alles is op orde',
  drie_maanden: 'Wat nog speelt, is binnen drie maanden geregeld',
  anderhalf_jaar: 'Wat nog speelt, is binnen anderhalf jaar geregeld',
  onbekend: 'Nog niet te zeggen wanneer het geregeld is',
};

/** The threshold of the preconditions check: the longest time allowed. */
export const preconditionsThresholdLabels: Record<string, string> = {
  drie_maanden: 'Alles geregeld binnen drie maanden',
  anderhalf_jaar: 'Alles geregeld binnen anderhalf jaar',
};

export const stoplightValueLabels: Record<string, string> = {
  groen: 'Groen',
  oranje: 'Oranje',
  rood: 'Rood: er is nu een crisis',
  'oranje of groen': 'Oranje of groen',
};

// ---- work and learning --------------------------------------------------------------------------

/** Contract kinds in the assessment's terms (what the person was asked), as employers read them. */
export const contractKindLabels: Record<ContractKind, string> = {
  vast: 'Vast contract',
  tijdelijk: 'Tijdelijk contract',
  uitzendwerk: 'Uitzendwerk',
  leerwerkbaan: 'Leer-werkbaan (werken en leren, met loon)',
  oproepcontract: 'Oproepcontract of nulurencontract',
};

export const workingTimeLabels: Record<WorkingTime, string> = {
  overdag: 'Overdag',
  avond: "'s Avonds",
  nacht: "'s Nachts",
  weekend: 'In het weekend',
};

export const contractTypeLabels: Record<ContractType, string> = {
  EMPLOYMENT: 'Baan in loondienst',
  LEARN_WORK: 'Leer-werkbaan',
  INTERNSHIP: 'Stage',
  SELF_EMPLOYED: 'Als zelfstandige',
};

export const requirementTierLabels: Record<RequirementTier, string> = {
  ESSENTIAL: 'Moet',
  IMPORTANT: 'Belangrijk',
  NICE_TO_HAVE: 'Mooi meegenomen',
};

export const contactRouteLabels: Record<ContactRoute, string> = {
  PHONE: 'Bel de persoon zelf',
  EMAIL: 'Mail de persoon zelf',
  VIA_LIFECOACH: 'Alleen via mij, de lifecoach',
};

export { GATE_REASON_LABELS_NL as gateReasonLabels } from '../modules/matching/engine';

// ---- after the hire -----------------------------------------------------------------------------

export { HOW_ITS_GOING_LABELS_NL as howItsGoingLabels } from '../modules/placements/cadence';

export const followUpStateLabels: Record<FollowUpState, string> = {
  NOT_STARTED: 'Nog niet begonnen met werken',
  UPCOMING: 'Op tijd',
  DUE: 'Binnenkort nodig',
  OVERDUE: 'Te laat',
};

/** Who wrote a comment on the onboarding plan, by the role of their account. */
export const commentAuthorLabels: Record<string, string> = {
  EMPLOYER_RECRUITER: 'werkgever',
  MENTOR: 'mentor',
  MANAGER: 'leidinggevende',
  LIFECOACH: 'lifecoach',
  PROGRAMME_ADMIN: 'programma',
};

/** "1 dag", "3 dagen". */
export const dayCount = (days: number): string => (days === 1 ? '1 dag' : `${days} dagen`);

/** 16.1 → "€ 16,10", 2500 → "€ 2.500,00": an amount in euros as Dutch readers write it. */
export const formatEuros = (value: number): string =>
  `€ ${value.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** 3.857 → "3,86": Dutch decimal comma, at most two decimals. */
export const formatNumber = (value: number): string =>
  (Math.round(value * 100) / 100).toString().replace('.', ',');
