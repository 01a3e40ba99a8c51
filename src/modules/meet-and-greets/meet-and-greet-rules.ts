// Pure rules of a Meet & Greet: states, the employer's marks and their reasons, round times and the
// Dutch texts of the printable lists. No database, no HTTP.

import { say } from '../../http/messages';
import type { EmployerWish } from './allocation';

export const meetAndGreetStatuses = ['PLANNED', 'SCHEDULE_FIXED', 'HELD', 'CANCELLED'] as const;
export type MeetAndGreetStatus = (typeof meetAndGreetStatuses)[number];

export const invitationStatuses = ['INVITED', 'ACCEPTED', 'DECLINED'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const INVITATION_STATUS_LABELS_NL: Record<InvitationStatus, string> = {
  INVITED: 'Uitgenodigd, nog geen antwoord',
  ACCEPTED: 'Komt',
  DECLINED: 'Komt niet',
};

export const MEET_AND_GREET_STATUS_LABELS_NL: Record<MeetAndGreetStatus, string> = {
  PLANNED: 'Gepland',
  SCHEDULE_FIXED: 'Gesprekkenschema ligt vast',
  HELD: 'Geweest',
  CANCELLED: 'Gaat niet door',
};

/** How an employer or lifecoach can reach the person once they agreed to share their profile. */
export const contactRoutes = ['VIA_LIFECOACH', 'PHONE', 'EMAIL'] as const;
export type ContactRoute = (typeof contactRoutes)[number];

export const CONTACT_ROUTE_LABELS_NL: Record<ContactRoute, string> = {
  VIA_LIFECOACH: 'Via de lifecoach',
  PHONE: 'Telefoon',
  EMAIL: 'E-mail',
};

export const wishes = ['WANT', 'MAYBE', 'NO'] as const satisfies readonly EmployerWish[];

export const WISH_LABELS_NL: Record<EmployerWish, string> = {
  WANT: 'Wil ik graag spreken',
  MAYBE: 'Misschien',
  NO: 'Nee',
};

export const shortlistSources = ['ENGINE', 'LIFECOACH'] as const;
export type ShortlistSource = (typeof shortlistSources)[number];

/** The fixed reasons an employer can give with a mark: about the work only, never about the person. */
export const wishReasons = [
  'SKILLS_FIT',
  'INTERESTS_FIT',
  'WANT_TO_KNOW_MORE',
  'COMPETENCE_GAP',
  'HOURS_DO_NOT_FIT',
  'TRAVEL_DISTANCE',
  'ENOUGH_CANDIDATES',
  'OTHER',
] as const;
export type WishReason = (typeof wishReasons)[number];

export const WISH_REASON_LABELS_NL: Record<WishReason, string> = {
  SKILLS_FIT: 'De vaardigheden passen goed',
  INTERESTS_FIT: 'De interesse past bij het werk',
  WANT_TO_KNOW_MORE: 'Ik wil meer weten in een gesprek',
  COMPETENCE_GAP: 'Een vaardigheid die nodig is, ontbreekt nog',
  HOURS_DO_NOT_FIT: 'De uren passen niet',
  TRAVEL_DISTANCE: 'De reisafstand is te groot',
  ENOUGH_CANDIDATES: 'Ik heb al genoeg kandidaten voor een gesprek',
  OTHER: 'Een andere reden',
};

const POSITIVE: readonly WishReason[] = ['SKILLS_FIT', 'INTERESTS_FIT', 'WANT_TO_KNOW_MORE'];
const NEGATIVE: readonly WishReason[] = [
  'COMPETENCE_GAP',
  'HOURS_DO_NOT_FIT',
  'TRAVEL_DISTANCE',
  'ENOUGH_CANDIDATES',
];

/** A positive reason goes with WANT or MAYBE, a negative one with NO or MAYBE; OTHER (with a note) with all. */
export function wishReasonProblem(wish: EmployerWish, reason: WishReason | null, note: string | null) {
  if (reason === 'OTHER' && !note)
    return say({ nl: 'Schrijf bij "een andere reden" kort welke.', en: 'Explain "other".' });
  if (reason && wish === 'NO' && POSITIVE.includes(reason))
    return say({ nl: 'Deze reden past niet bij "nee".', en: 'This reason does not go with NO.' });
  if (reason && wish === 'WANT' && NEGATIVE.includes(reason))
    return say({
      nl: 'Deze reden past niet bij "wil ik graag spreken".',
      en: 'This reason does not go with WANT.',
    });
  return null;
}

/** The not-selected reason a NO mark becomes when the schedule is fixed (null: no reason given). */
export function notSelectedReasonOfMark(reason: WishReason | null) {
  switch (reason) {
    case 'COMPETENCE_GAP':
    case 'HOURS_DO_NOT_FIT':
    case 'TRAVEL_DISTANCE':
    case 'OTHER':
      return reason;
    case 'ENOUGH_CANDIDATES':
      return 'OTHER_CANDIDATE_CHOSEN' as const;
    default:
      return null;
  }
}

const WISH_STRENGTH: Record<EmployerWish, number> = { NO: 0, MAYBE: 1, WANT: 2 };

/**
 * One wish per person and employer for the schedule: the strongest over the employer's vacancies.
 * A candidate the employer did not mark counts as MAYBE: the employer had the chance to say no, and
 * the person should get a conversation where possible.
 */
export function strongestWish(marks: readonly (EmployerWish | null)[]): EmployerWish {
  let best: EmployerWish = 'NO';
  for (const mark of marks) {
    const wish = mark ?? 'MAYBE';
    if (WISH_STRENGTH[wish] > WISH_STRENGTH[best]) best = wish;
  }
  return best;
}

export const compareWish = (a: EmployerWish | null, b: EmployerWish | null): number =>
  WISH_STRENGTH[b ?? 'MAYBE'] - WISH_STRENGTH[a ?? 'MAYBE'];

// ---- times and texts of the printable lists ---------------------------------------------------

const toMinutes = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};
const toTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export type RoundTime = { round: number; startTime: string; endTime: string };

/** The start and end of every round: rounds follow each other with a break in between. */
export function roundTimes(event: {
  startTime: string;
  rounds: number;
  roundMinutes: number;
  breakMinutes: number;
}): RoundTime[] {
  const start = toMinutes(event.startTime);
  return Array.from({ length: event.rounds }, (_, index) => {
    const begins = start + index * (event.roundMinutes + event.breakMinutes);
    return { round: index + 1, startTime: toTime(begins), endTime: toTime(begins + event.roundMinutes) };
  });
}

/** Minutes after midnight at which the last round ends; an event must end on its own day. */
export const endOfLastRound = (event: {
  startTime: string;
  rounds: number;
  roundMinutes: number;
  breakMinutes: number;
}): number =>
  toMinutes(event.startTime) + event.rounds * event.roundMinutes + (event.rounds - 1) * event.breakMinutes;

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '2027-03-12' → 'vrijdag 12 maart 2027'. */
export const dutchDateLabel = (date: string): string => DUTCH_DATE.format(new Date(`${date}T12:00:00Z`));
