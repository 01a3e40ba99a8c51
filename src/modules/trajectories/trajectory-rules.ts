// Pure module: the rules of learn-work trajectories, activation programmes and training modules —
// which kind of offering fits which readiness segment, how a placement moves from proposal to
// completion, which start dates are possible, which placements hold a place, and when a placement
// needs a "did they arrive?" check. No database, no HTTP.

import { say } from '../../http/messages';
import type { ReadinessSegment } from '../job-seekers/job-seeker.entity';
import { addDays, daysBetween } from '../readiness/review-dates';
import { SEGMENT_LABELS_NL } from '../readiness/segmentation';

export const offeringKinds = ['LEARN_WORK', 'ACTIVATION', 'TRAINING_MODULE'] as const;
export type OfferingKind = (typeof offeringKinds)[number];

export const OFFERING_KIND_LABELS_NL: Record<OfferingKind, string> = {
  LEARN_WORK: 'Leer-werktraject',
  ACTIVATION: 'Activeringsprogramma',
  TRAINING_MODULE: 'Training ter voorbereiding op werk',
};

export const offeringStatuses = ['OPEN', 'CLOSED'] as const;
export type OfferingStatus = (typeof offeringStatuses)[number];

/**
 * Which segments a kind of offering is meant for (PRODUCT.md steps 3–4): a learn-work trajectory
 * for people who can work later (and those ready now who want one), an activation programme for
 * "not now", preparation training modules for the first two segments.
 */
export const SEGMENTS_BY_OFFERING_KIND: Readonly<Record<OfferingKind, readonly ReadinessSegment[]>> = {
  LEARN_WORK: ['LATER', 'READY'],
  ACTIVATION: ['NOT_NOW'],
  TRAINING_MODULE: ['READY', 'LATER'],
};

export type KindCheck =
  | { fits: true }
  | { fits: false; allowedSegments: readonly ReadinessSegment[]; messageNl: string; messageEn: string };

const segmentList = (segments: readonly ReadinessSegment[]) =>
  segments.map((segment) => `‘${SEGMENT_LABELS_NL[segment]}’`).join(' of ');

/** Whether an offering of this kind fits the person's current segment, with a plain reason when not. */
export function checkKindForSegment(kind: OfferingKind, segment: ReadinessSegment | null): KindCheck {
  const allowedSegments = SEGMENTS_BY_OFFERING_KIND[kind];
  if (segment !== null && allowedSegments.includes(segment)) return { fits: true };
  const kindNl = OFFERING_KIND_LABELS_NL[kind];
  const advice = 'Kies een ander aanbod, of leg in overrideJustification uit waarom dit aanbod toch past.';
  if (segment === null) {
    return {
      fits: false,
      allowedSegments,
      messageNl: `Deze persoon heeft nog geen segment. Een ${kindNl.toLowerCase()} is voor ${segmentList(allowedSegments)}. Rond eerst een assessment af. ${advice}`,
      messageEn: `This person has no readiness segment yet; a ${kind} offering is for ${allowedSegments.join(' or ')}. Complete an assessment first, or give an overrideJustification.`,
    };
  }
  return {
    fits: false,
    allowedSegments,
    messageNl: `Een ${kindNl.toLowerCase()} is voor ${segmentList(allowedSegments)}. Deze persoon zit nu in ‘${SEGMENT_LABELS_NL[segment]}’. ${advice}`,
    messageEn: `A ${kind} offering is for ${allowedSegments.join(' or ')}; this person is in ${segment}. Choose another offering, or give an overrideJustification.`,
  };
}

// ---- placements --------------------------------------------------------------------------------

export const placementStatuses = [
  'PROPOSED',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
  'STARTED',
  'COMPLETED',
  'ENDED',
] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

export const PLACEMENT_STATUS_LABELS_NL: Record<PlacementStatus, string> = {
  PROPOSED: 'Voorgesteld',
  ACCEPTED: 'Geaccepteerd, start gepland',
  DECLINED: 'Niet geaccepteerd',
  WITHDRAWN: 'Ingetrokken',
  STARTED: 'Begonnen',
  COMPLETED: 'Afgerond',
  ENDED: 'Gestopt',
};

/**
 *   PROPOSED → ACCEPTED (provider, with a start date) | DECLINED (provider, reason) | WITHDRAWN (lifecoach)
 *   ACCEPTED → STARTED (provider records the actual start) | WITHDRAWN (lifecoach) | ENDED (provider: did not start)
 *   STARTED  → COMPLETED | ENDED (provider, with a reason)
 * DECLINED, WITHDRAWN, COMPLETED and ENDED are final.
 */
const transitions: Record<PlacementStatus, readonly PlacementStatus[]> = {
  PROPOSED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: ['STARTED', 'WITHDRAWN', 'ENDED'],
  STARTED: ['COMPLETED', 'ENDED'],
  DECLINED: [],
  WITHDRAWN: [],
  COMPLETED: [],
  ENDED: [],
};

export const canMovePlacement = (from: PlacementStatus, to: PlacementStatus): boolean =>
  transitions[from].includes(to);

/** A placement that is still going: at most one per person and offering. */
export const ACTIVE_PLACEMENT_STATUSES = [
  'PROPOSED',
  'ACCEPTED',
  'STARTED',
] as const satisfies readonly PlacementStatus[];

export const isActivePlacement = (status: PlacementStatus): boolean =>
  (ACTIVE_PLACEMENT_STATUSES as readonly PlacementStatus[]).includes(status);

/**
 * Which placements hold a place. With fixed start dates a place belongs to a start: everyone
 * accepted for it counts, also after they finished (a cohort does not refill). With continuous
 * intake the capacity is how many people can take part at the same time: accepted and started.
 */
export function placeTakingStatuses(continuousIntake: boolean): readonly PlacementStatus[] {
  return continuousIntake ? ['ACCEPTED', 'STARTED'] : ['ACCEPTED', 'STARTED', 'COMPLETED', 'ENDED'];
}

/** A continuous-intake start may be planned at most this far ahead. */
export const MAX_START_DAYS_AHEAD = 365;

/** Why this start date cannot be agreed for the offering today, or null when it can. */
export function startDateProblem(
  offering: { continuousIntake: boolean; startDates: readonly string[] },
  startDate: string,
  today: string,
): string | null {
  if (startDate < today) {
    return say(
      {
        nl: 'Deze startdatum ligt in het verleden. Kies vandaag ({today}) of later.',
        en: 'This start date is in the past.',
      },
      { today },
    );
  }
  if (offering.continuousIntake) {
    if (startDate > addDays(today, MAX_START_DAYS_AHEAD)) {
      return say(
        {
          nl: 'Kies een startdatum binnen {MAX_START_DAYS_AHEAD} dagen.',
          en: 'Choose a start date within {MAX_START_DAYS_AHEAD} days.',
        },
        { MAX_START_DAYS_AHEAD },
      );
    }
    return null;
  }
  if (!offering.startDates.includes(startDate)) {
    const future = offering.startDates.filter((date) => date >= today);
    return future.length > 0
      ? say(
          {
            nl: 'Kies een van de startdata van dit aanbod: {value1}.',
            en: "Choose one of the offering's start dates.",
          },
          { value1: future.join(', ') },
        )
      : say({
          nl: 'Dit aanbod heeft geen startdatum meer in de toekomst.',
          en: 'This offering has no future start date.',
        });
  }
  return null;
}

/** The first start that is still possible: a future fixed date, or today with continuous intake. */
export function nextStartDate(
  offering: { continuousIntake: boolean; startDates: readonly string[] },
  today: string,
): string | null {
  if (offering.continuousIntake) return today;
  return [...offering.startDates].sort().find((date) => date >= today) ?? null;
}

/** "Did they arrive?": an accepted placement whose start date is more than this many days ago. */
export const ARRIVAL_CHECK_AFTER_DAYS = 14;

/** The latest start date that, without a recorded actual start, calls for an arrival check today. */
export const arrivalCheckCutoff = (today: string): string => addDays(today, -(ARRIVAL_CHECK_AFTER_DAYS + 1));

export function needsArrivalCheck(
  placement: { status: PlacementStatus; startDate: string | null; actualStartDate: string | null },
  today: string,
): boolean {
  return (
    placement.status === 'ACCEPTED' &&
    placement.startDate !== null &&
    placement.actualStartDate === null &&
    daysBetween(placement.startDate, today) > ARRIVAL_CHECK_AFTER_DAYS
  );
}

// ---- progress ----------------------------------------------------------------------------------

export const attendanceValues = ['ON_TRACK', 'SOME_ABSENCE', 'STOPPED'] as const;
export type Attendance = (typeof attendanceValues)[number];

export const ATTENDANCE_LABELS_NL: Record<Attendance, string> = {
  ON_TRACK: 'Gaat goed',
  SOME_ABSENCE: 'Soms afwezig',
  STOPPED: 'Komt niet meer',
};

export type CompetenceObservation = { competenceCode: string; level: number; observedOn: string };

export type LevelChange = {
  competenceCode: string;
  /** The level in the person's current talent profile; null when there is no profile. */
  profileLevel: number | null;
  observedLevel: number;
  observedOn: string;
};

/**
 * Observations whose level differs from the current talent profile (a competence missing from the
 * profile is level 0). Without a profile every observation is news. The latest observation per
 * competence counts.
 */
export function levelChanges(
  profileLevels: Readonly<Record<string, number>> | null,
  observations: readonly CompetenceObservation[],
): LevelChange[] {
  const latest = new Map<string, CompetenceObservation>();
  for (const observation of observations) {
    const seen = latest.get(observation.competenceCode);
    if (!seen || observation.observedOn >= seen.observedOn)
      latest.set(observation.competenceCode, observation);
  }
  return [...latest.values()]
    .map((observation) => ({
      competenceCode: observation.competenceCode,
      profileLevel: profileLevels ? (profileLevels[observation.competenceCode] ?? 0) : null,
      observedLevel: observation.level,
      observedOn: observation.observedOn,
    }))
    .filter((change) => change.profileLevel !== change.observedLevel)
    .sort((a, b) => (a.competenceCode < b.competenceCode ? -1 : a.competenceCode > b.competenceCode ? 1 : 0));
}

/** Adds new changes to earlier ones; a newer observation of the same competence replaces the older. */
export function mergeLevelChanges(
  earlier: readonly LevelChange[],
  added: readonly LevelChange[],
): LevelChange[] {
  const byCode = new Map(earlier.map((change) => [change.competenceCode, change]));
  for (const change of added) {
    const seen = byCode.get(change.competenceCode);
    if (!seen || change.observedOn >= seen.observedOn) byCode.set(change.competenceCode, change);
  }
  return [...byCode.values()].sort((a, b) =>
    a.competenceCode < b.competenceCode ? -1 : a.competenceCode > b.competenceCode ? 1 : 0,
  );
}
