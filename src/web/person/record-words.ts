import type { Catalogue } from '../../modules/catalogue/catalogue';
import type { ConsentPurpose } from '../../modules/consents/consent.entity';
import { INVITATION_STATUS_LABELS_NL } from '../../modules/meet-and-greets/meet-and-greet-rules';
import { PLACEMENT_STATUS_LABELS_NL as WORK_STATUS_LABELS } from '../../modules/placements/placement-rules';
import { PLACEMENT_STATUS_LABELS_NL as TRAJECTORY_STATUS_LABELS } from '../../modules/trajectories/trajectory-rules';
import type { ContractType } from '../../modules/vacancies/vacancy.entity';

/** Codes of the person's record in the words of "Mijn gegevens" ("je", B1). Pure. */

export const ownConsentTitles: Record<ConsentPurpose, string> = {
  PROGRAMME_PROCESSING: 'Meedoen met Warm Rotterdam Werkt',
  MATCHING: 'Zoeken naar werk dat bij je past',
  PROFILE_SHARING: 'Je profiel delen met een werkgever',
  MEET_AND_GREET: 'Naar een Meet & Greet gaan',
  SPECIAL_CATEGORIES: 'Opschrijven wat er speelt met gezondheid, verslaving of justitie',
};

export const contractTypeWords: Record<ContractType, string> = {
  EMPLOYMENT: 'Een baan in loondienst',
  LEARN_WORK: 'Een leer-werkbaan',
  INTERNSHIP: 'Een stage',
  SELF_EMPLOYED: 'Werken als zelfstandige',
};

export const trajectoryStatusWords = (status: string) =>
  TRAJECTORY_STATUS_LABELS[status as keyof typeof TRAJECTORY_STATUS_LABELS] ?? 'Onbekend';
export const workStatusWords = (status: string) =>
  WORK_STATUS_LABELS[status as keyof typeof WORK_STATUS_LABELS] ?? 'Onbekend';
export const invitationWords = (status: string) =>
  INVITATION_STATUS_LABELS_NL[status as keyof typeof INVITATION_STATUS_LABELS_NL] ?? 'Onbekend';

/** "Magazijnwerk: je kunt dit goed" — a competence and its level in words, from the catalogue. */
export function competenceWords(
  catalogue: Catalogue,
  code: string,
  level: number,
): { name: string; level: string } {
  const competence = catalogue.competence(code);
  return {
    name: competence?.labelNl ?? 'Een vaardigheid',
    level: competence?.levels[level]?.descriptorNl ?? `Niveau ${level} van 4`,
  };
}

export const occupationWords = (catalogue: Catalogue, code: string) =>
  catalogue.occupation(code)?.labelNl ?? 'Een beroep';
export const sectorWords = (catalogue: Catalogue, code: string) =>
  catalogue.sector(code)?.labelNl ?? 'Een sector';

/** Answers in the profile are codes in lower case with underscores ("avond", "op_orde"): readable as words. */
export const answerWords = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(answerWords).join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value && typeof value === 'object') {
    const range = value as { min?: number; max?: number };
    if (typeof range.min === 'number' && typeof range.max === 'number')
      return `${range.min} tot ${range.max}`;
    return 'zie je lifecoach';
  }
  return String(value).replace(/_/g, ' ');
};
