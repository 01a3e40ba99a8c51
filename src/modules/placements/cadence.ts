// Pure module: how often each side of the guidance talks with the new employee, and what is due or
// overdue on a given day. The manager gives feedback at least every two weeks (PRODUCT.md step 7);
// mentor and lifecoach talk more often in the first weeks. No database, no HTTP.

import { addDays, daysBetween } from '../readiness/review-dates';
import type { Absence } from './placement-rules';
import { workWeekOf } from './placement-rules';

export const checkInKinds = ['MANAGER_FEEDBACK', 'MENTOR', 'LIFECOACH'] as const;
export type CheckInKind = (typeof checkInKinds)[number];

export const CHECK_IN_KIND_LABELS_NL: Record<CheckInKind, string> = {
  MANAGER_FEEDBACK: 'Feedbackgesprek met de leidinggevende',
  MENTOR: 'Gesprek met de mentor',
  LIFECOACH: 'Gesprek met de lifecoach',
};

export const howItsGoingValues = ['GOOD', 'SOME_WORRIES', 'SERIOUS_WORRIES'] as const;
export type HowItsGoing = (typeof howItsGoingValues)[number];

export const HOW_ITS_GOING_LABELS_NL: Record<HowItsGoing, string> = {
  GOOD: 'Het gaat goed',
  SOME_WORRIES: 'Er zijn wat zorgen',
  SERIOUS_WORRIES: 'Er zijn grote zorgen',
};

/** From work week `fromWeek` on (until the next phase): days between mentor and lifecoach conversations. */
export type CadencePhase = { fromWeek: number; mentorDays: number; lifecoachDays: number };

export type CadenceRules = {
  /** Days between two manager feedback conversations; the model asks for at least every 14 days. */
  managerFeedbackDays: number;
  /** Phases by work week, the first from week 1. */
  phases: CadencePhase[];
  /** A conversation counts as "due" from this many days before its date. */
  dueSoonDays: number;
};

/**
 * The defaults (README, "Placements and follow-up"): manager feedback every 14 days; mentor and
 * lifecoach weekly in weeks 1–4, every two weeks in weeks 5–12, every four weeks from week 13.
 */
export const DEFAULT_CADENCE_RULES: CadenceRules = {
  managerFeedbackDays: 14,
  phases: [
    { fromWeek: 1, mentorDays: 7, lifecoachDays: 7 },
    { fromWeek: 5, mentorDays: 14, lifecoachDays: 14 },
    { fromWeek: 13, mentorDays: 28, lifecoachDays: 28 },
  ],
  dueSoonDays: 3,
};

/** What is wrong with a set of rules (empty when fine); the configuration check at start uses it. */
export function cadenceRuleProblems(rules: CadenceRules): string[] {
  const problems: string[] = [];
  const whole = (value: number, min: number, max: number) =>
    Number.isInteger(value) && value >= min && value <= max;
  if (!whole(rules.managerFeedbackDays, 1, 14)) {
    problems.push(
      'managerFeedbackDays must be a whole number from 1 to 14 (feedback at least every two weeks)',
    );
  }
  if (!whole(rules.dueSoonDays, 0, 14)) problems.push('dueSoonDays must be a whole number from 0 to 14');
  if (rules.phases.length === 0) problems.push('phases must have at least one phase');
  rules.phases.forEach((phase, index) => {
    if (index === 0 && phase.fromWeek !== 1) problems.push('the first phase must start at fromWeek 1');
    const previous = rules.phases[index - 1];
    if (previous && phase.fromWeek <= previous.fromWeek)
      problems.push(`phases[${index}].fromWeek must go up`);
    if (!whole(phase.fromWeek, 1, 520)) problems.push(`phases[${index}].fromWeek must be a whole number ≥ 1`);
    if (!whole(phase.mentorDays, 1, 90)) problems.push(`phases[${index}].mentorDays must be from 1 to 90`);
    if (!whole(phase.lifecoachDays, 1, 90))
      problems.push(`phases[${index}].lifecoachDays must be from 1 to 90`);
  });
  return problems;
}

/** The phase that work week `week` falls in (week 0, before the start, counts as the first). */
export function phaseOfWeek(rules: CadenceRules, week: number): CadencePhase {
  let current = rules.phases[0] as CadencePhase;
  for (const phase of rules.phases) if (phase.fromWeek <= week) current = phase;
  return current;
}

export function intervalDays(rules: CadenceRules, kind: CheckInKind, week: number): number {
  if (kind === 'MANAGER_FEEDBACK') return rules.managerFeedbackDays;
  const phase = phaseOfWeek(rules, week);
  return kind === 'MENTOR' ? phase.mentorDays : phase.lifecoachDays;
}

const isAbsent = (absences: readonly Absence[], date: string) =>
  absences.some((absence) => absence.from <= date && date <= absence.to);

/** A due date is never searched further than this; it keeps the computation finite on any input. */
const MAX_SEARCH_DAYS = 3 * 366;

/**
 * The day on which `days` days without absence have passed since `anchor`. Absence days (holidays)
 * do not count, so a two-week holiday moves the next conversation two weeks on; the result is
 * never itself a day of absence.
 */
export function dueAfter(anchor: string, days: number, absences: readonly Absence[]): string {
  let date = anchor;
  let remaining = days;
  for (let step = 0; step < MAX_SEARCH_DAYS; step++) {
    date = addDays(date, 1);
    if (isAbsent(absences, date)) continue;
    remaining -= 1;
    if (remaining <= 0) return date;
  }
  return date;
}

export const followUpStates = ['NOT_STARTED', 'UPCOMING', 'DUE', 'OVERDUE'] as const;
export type FollowUpState = (typeof followUpStates)[number];

export type FollowUpStatus = {
  kind: CheckInKind;
  state: FollowUpState;
  /** The latest conversation of this kind, or null when none was recorded yet. */
  lastCheckInDate: string | null;
  /** Days between conversations, from the phase the last conversation (or the start) fell in. */
  intervalDays: number;
  /** The date by which the next conversation should have taken place. */
  dueDate: string;
  /** Calendar days past the due date; 0 unless OVERDUE. */
  daysOverdue: number;
};

export type CadenceInput = {
  startDate: string;
  checkIns: readonly { kind: CheckInKind; date: string }[];
  absences: readonly Absence[];
  today: string;
  rules: CadenceRules;
};

/**
 * The follow-up status of one kind of conversation on `today`. The next conversation is due
 * `interval` days (absences not counted) after the last one — or after the start when there was
 * none — where the interval is that of the phase the last conversation fell in. A missed
 * conversation is one overdue item, however long the gap; a conversation recorded after a gap
 * (a holiday, a late entry) starts the count again. Conversations dated before the start or after
 * `today` are not counted.
 */
export function followUpStatus(input: CadenceInput, kind: CheckInKind): FollowUpStatus {
  const { startDate, today, rules } = input;
  let last: string | null = null;
  for (const checkIn of input.checkIns) {
    if (checkIn.kind !== kind || checkIn.date < startDate || checkIn.date > today) continue;
    if (last === null || checkIn.date > last) last = checkIn.date;
  }
  const anchor = last ?? startDate;
  const interval = intervalDays(rules, kind, workWeekOf(startDate, anchor));
  const dueDate = dueAfter(anchor, interval, input.absences);
  let state: FollowUpState;
  if (today < startDate) state = 'NOT_STARTED';
  else if (today > dueDate) state = 'OVERDUE';
  else if (daysBetween(today, dueDate) <= rules.dueSoonDays) state = 'DUE';
  else state = 'UPCOMING';
  return {
    kind,
    state,
    lastCheckInDate: last,
    intervalDays: interval,
    dueDate,
    daysOverdue: state === 'OVERDUE' ? daysBetween(dueDate, today) : 0,
  };
}

/** The follow-up status of every kind of conversation, in the order of `checkInKinds`. */
export const followUpStatuses = (input: CadenceInput): FollowUpStatus[] =>
  checkInKinds.map((kind) => followUpStatus(input, kind));
