import type { Role } from '../access/roles';
import type { ConsentPurpose } from '../modules/consents/consent.entity';
import type { ReadinessSegment } from '../modules/job-seekers/job-seeker.entity';

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
};

export const roleLabels: Record<Role, string> = {
  PROGRAMME_ADMIN: 'Medewerker programma',
  LIFECOACH: 'Lifecoach',
  PARTNER_WORKER: 'Medewerker partnerorganisatie',
  EMPLOYER_RECRUITER: 'Werkgever',
  MENTOR: 'Mentor',
  TRAJECTORY_COORDINATOR: 'Coördinator trajecten',
  JOB_SEEKER: 'Werkzoekende',
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

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "3 december 2026" for a calendar date (YYYY-MM-DD) or a moment. */
export function formatDate(value: string | Date): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  return dateFormat.format(date);
}

export const formatDateTime = (value: string | Date): string => dateTimeFormat.format(new Date(value));

/** 0612345678 → 06 12 34 56 78; 0101234567 → 010 123 45 67; foreign numbers as stored. */
export function formatPhone(phone: string): string {
  if (/^06\d{8}$/.test(phone)) return `06 ${phone.slice(2).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  if (/^0\d{9}$/.test(phone))
    return `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6, 8)} ${phone.slice(8)}`;
  return phone;
}
