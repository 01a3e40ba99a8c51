// Pure module: calendar dates as the programme in Rotterdam sees them.

import { say } from '../../http/messages';
import { programmeToday } from '../readiness/review-dates';

/** The date (YYYY-MM-DD) in the Netherlands at this moment: one definition, in review-dates.ts. */
export const dutchCalendarDate = programmeToday;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD ('2023-02-29' is not one). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Youngest and oldest age at which a registration for work is plausible; outside it is most likely a typo. */
export const PLAUSIBLE_AGE = { min: 15, max: 100 } as const;

export const DATE_OF_BIRTH_MESSAGES = {
  format: say({
    nl: 'Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 1985-04-23',
    en: 'Use the form YYYY-MM-DD, for example 1985-04-23',
  }),
  future: say({ nl: 'Deze datum ligt in de toekomst', en: 'This date is in the future' }),
  implausible: say(
    {
      nl: 'Controleer de geboortedatum: de leeftijd moet tussen {min} en {max} jaar liggen',
      en: 'Check the date of birth: the age must be between {min} and {max}',
    },
    { min: PLAUSIBLE_AGE.min, max: PLAUSIBLE_AGE.max },
  ),
} as const;

/** Why a date of birth cannot be right on `today`, or null when it can. */
export function dateOfBirthProblem(value: string, today: string): string | null {
  if (!isCalendarDate(value)) return DATE_OF_BIRTH_MESSAGES.format;
  if (value > today) return DATE_OF_BIRTH_MESSAGES.future;
  const age = ageOn(value, today);
  if (age < PLAUSIBLE_AGE.min || age > PLAUSIBLE_AGE.max) return DATE_OF_BIRTH_MESSAGES.implausible;
  return null;
}

/** The moment a calendar day (YYYY-MM-DD) begins in the Netherlands, summer time or not. */
export function startOfDutchDay(date: string): Date {
  const summer = new Date(`${date}T00:00:00+02:00`);
  return dutchCalendarDate(summer) === date ? summer : new Date(`${date}T00:00:00+01:00`);
}
