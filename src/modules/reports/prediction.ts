// Pure module: does the assessment predict? Outcomes by the segment people had when they started and
// by the version of the instrument that gave it: the share of people hired within three months, the
// people in "later" who moved up after a trajectory, and how segments changed since. No database.

import { type ReadinessSegment, readinessSegments } from '../job-seekers/job-seeker.entity';
import { addMonths } from '../placements/placement-rules';
import { shownRate } from './small-cells';

export type PredictionPerson = {
  firstSegment: ReadinessSegment;
  /** The day of the first segment decision. */
  firstDecidedOn: string;
  /** The instrument version behind the first decision (its profile's, else the last assessment's before it), or null. */
  instrumentVersion: number | null;
  /** The segment now. */
  currentSegment: ReadinessSegment | null;
  /** The first day of work after the first decision, or null. */
  hiredOn: string | null;
  /** The first day a trajectory actually started after the first decision, or null. */
  trajectoryOn: string | null;
  /** The first day after the first decision the person was given READY, or null. */
  readyOn: string | null;
};

export type HiredWithin = {
  segment: ReadinessSegment;
  /** People whose first decision was given in the period. */
  people: number;
  /** Of them, those whose first decision is at least three months ago: they can be counted. */
  counted: number;
  /** Of the counted, those who started work within three months of the decision. */
  hired: number;
  /** hired / counted, null when fewer than 5 counted. */
  rate: number | null;
};

export type Prediction = {
  bySegment: HiredWithin[];
  byInstrument: { instrumentVersion: number | null; segments: HiredWithin[] }[];
  /** People who started in LATER: how many followed a trajectory and, of those, moved up to READY after it. */
  laterMovedUp: { people: number; followedTrajectory: number; movedUp: number; rate: number | null };
  /** From the first segment (rows) to the segment now (columns). */
  changes: { from: ReadinessSegment; to: { segment: ReadinessSegment | null; count: number }[] }[];
};

export const HIRED_WITHIN_MONTHS = 3;

function hiredWithin(people: readonly PredictionPerson[], today: string): HiredWithin[] {
  return readinessSegments.map((segment) => {
    const ofSegment = people.filter((p) => p.firstSegment === segment);
    const counted = ofSegment.filter((p) => addMonths(p.firstDecidedOn, HIRED_WITHIN_MONTHS) <= today);
    const hired = counted.filter(
      (p) => p.hiredOn !== null && p.hiredOn <= addMonths(p.firstDecidedOn, HIRED_WITHIN_MONTHS),
    ).length;
    return {
      segment,
      people: ofSegment.length,
      counted: counted.length,
      hired,
      rate: shownRate(hired, counted.length),
    };
  });
}

export function prediction(people: readonly PredictionPerson[], today: string): Prediction {
  const versions = [...new Set(people.map((p) => p.instrumentVersion))].sort(
    (a, b) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER),
  );
  const later = people.filter((p) => p.firstSegment === 'LATER');
  const followed = later.filter((p) => p.trajectoryOn !== null);
  const movedUp = followed.filter(
    (p) => p.readyOn !== null && p.readyOn >= (p.trajectoryOn as string),
  ).length;
  return {
    bySegment: hiredWithin(people, today),
    byInstrument: versions.map((instrumentVersion) => ({
      instrumentVersion,
      segments: hiredWithin(
        people.filter((p) => p.instrumentVersion === instrumentVersion),
        today,
      ),
    })),
    laterMovedUp: {
      people: later.length,
      followedTrajectory: followed.length,
      movedUp,
      rate: shownRate(movedUp, followed.length),
    },
    changes: readinessSegments.map((from) => ({
      from,
      to: [...readinessSegments, null].map((segment) => ({
        segment,
        count: people.filter((p) => p.firstSegment === from && p.currentSegment === segment).length,
      })),
    })),
  };
}
