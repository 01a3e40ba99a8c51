// Pure module: outcomes and their causes over a period — jobs started, conversions to a permanent
// contract, retention, the named causes of endings, trajectories completed and ended, and people
// who came back to the programme after a job ended. No database, no HTTP.

import {
  END_REASON_LABELS_NL,
  type EndReason,
  endReasons,
  type PlacementStatus,
} from '../placements/placement-rules';
import { type RetentionCount, retentionCounts, retentionOf } from '../placements/retention';
import {
  OFFERING_KIND_LABELS_NL,
  type OfferingKind,
  offeringKinds,
  type PlacementStatus as TrajectoryStatus,
} from '../trajectories/trajectory-rules';

export type OutcomePlacement = {
  status: PlacementStatus;
  startDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  endNote: string | null;
  convertedOn: string | null;
  returnsToProgramme: boolean | null;
};

export type OutcomeTrajectory = {
  kind: OfferingKind;
  status: TrajectoryStatus;
  /** The day it actually started, or null. */
  startedOn: string | null;
  /** The day it was finished (completed or stopped), or null. */
  finishedOn: string | null;
  finishReason: string | null;
};

export type EndingCount = { reason: EndReason; label: string; count: number };
export type EndingNote = { reason: EndReason; label: string; month: string; note: string };
export type TrajectoryCount = {
  kind: OfferingKind;
  label: string;
  started: number;
  completed: number;
  ended: number;
};
export type TrajectoryReason = { kind: OfferingKind; label: string; month: string; reason: string };

export type Outcomes = {
  /** Jobs that started in the period. */
  started: number;
  /** Of all jobs, how many became permanent within the period. */
  convertedToPermanent: number;
  /** Of the jobs that started in the period: still working at 3, 6 and 12 months. */
  retention: RetentionCount[];
  /** Jobs that ended in the period. */
  ended: number;
  endings: EndingCount[];
  /** The notes written with each ending, for the programme to learn from (never with a name or id). */
  endingNotes: EndingNote[];
  /** Of the jobs that ended in the period, how many people came back to the programme. */
  returned: number;
  trajectories: TrajectoryCount[];
  trajectoryStopReasons: TrajectoryReason[];
};

const within = (day: string | null, from: string, to: string): day is string =>
  day !== null && day >= from && day <= to;

export function outcomes(
  placements: readonly OutcomePlacement[],
  trajectories: readonly OutcomeTrajectory[],
  from: string,
  to: string,
  today: string,
): Outcomes {
  const worked = placements.filter((p) => p.status !== 'DRAFT' && p.status !== 'CANCELLED');
  const startedInPeriod = worked.filter((p) => within(p.startDate, from, to));
  const endedInPeriod = worked.filter((p) => p.status === 'ENDED' && within(p.endDate, from, to));
  const endings = endReasons
    .map((reason) => ({
      reason,
      label: END_REASON_LABELS_NL[reason],
      count: endedInPeriod.filter((p) => p.endReason === reason).length,
    }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  const endingNotes = endedInPeriod
    .filter((p) => p.endReason !== null && p.endNote?.trim())
    .map((p) => ({
      reason: p.endReason as EndReason,
      label: END_REASON_LABELS_NL[p.endReason as EndReason],
      month: (p.endDate as string).slice(0, 7),
      note: (p.endNote as string).trim(),
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.label.localeCompare(b.label, 'nl'));
  const trajectoryCounts = offeringKinds.map((kind) => {
    const ofKind = trajectories.filter((t) => t.kind === kind);
    return {
      kind,
      label: OFFERING_KIND_LABELS_NL[kind],
      started: ofKind.filter((t) => within(t.startedOn, from, to)).length,
      completed: ofKind.filter((t) => t.status === 'COMPLETED' && within(t.finishedOn, from, to)).length,
      ended: ofKind.filter((t) => t.status === 'ENDED' && within(t.finishedOn, from, to)).length,
    };
  });
  const trajectoryStopReasons = trajectories
    .filter((t) => t.status === 'ENDED' && within(t.finishedOn, from, to) && t.finishReason?.trim())
    .map((t) => ({
      kind: t.kind,
      label: OFFERING_KIND_LABELS_NL[t.kind],
      month: (t.finishedOn as string).slice(0, 7),
      reason: (t.finishReason as string).trim(),
    }))
    .sort((a, b) => a.month.localeCompare(b.month));
  return {
    started: startedInPeriod.length,
    convertedToPermanent: worked.filter((p) => within(p.convertedOn, from, to)).length,
    retention: retentionCounts(
      startedInPeriod.map((p) =>
        retentionOf({ status: p.status, startDate: p.startDate, endDate: p.endDate, today }),
      ),
    ),
    ended: endedInPeriod.length,
    endings,
    endingNotes,
    returned: endedInPeriod.filter((p) => p.returnsToProgramme === true).length,
    trajectories: trajectoryCounts,
    trajectoryStopReasons,
  };
}
