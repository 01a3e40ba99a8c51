import { assertCan, can, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import { programmeToday } from '../readiness/review-dates';
import { type OutcomePlacement, type OutcomeTrajectory, outcomes } from './outcomes';
import type { OutcomesReport, ReportPeriodQuery } from './report.schemas';
import { reportPeriod } from './report-period';
import { cell, SMALL_CELL_RULE_NL, shownRate } from './small-cells';

type PlacementRow = {
  status: OutcomePlacement['status'];
  start_date: string | null;
  end_date: string | null;
  end_reason: OutcomePlacement['endReason'];
  end_note: string | null;
  converted_on: string | null;
  returns_to_programme: boolean | null;
};

type TrajectoryRow = {
  kind: OutcomeTrajectory['kind'];
  status: OutcomeTrajectory['status'];
  actual_start_date: string | null;
  finished_on: string | null;
  finish_reason: string | null;
};

/**
 * Outcomes and their causes over a period: jobs started and made permanent, retention of the jobs
 * started, endings counted by cause, people who came back, trajectories completed and stopped. The
 * notes written with endings are for programme staff only (month and cause, never a name or id).
 */
export async function outcomesReport(ctx: RequestContext, query: ReportPeriodQuery): Promise<OutcomesReport> {
  assertCan(ctx.actor, Permission.ReadProgrammeReports);
  const { from, to } = reportPeriod(ctx.now, query);
  const connection = ctx.em.getConnection();
  const placements = (await connection.execute(
    `select status, start_date, end_date, end_reason, end_note, converted_on, returns_to_programme
       from placement
      where status in ('ACTIVE', 'CONVERTED_TO_PERMANENT', 'ENDED') and start_date is not null
        and start_date <= ? and (end_date is null or end_date >= ?)`,
    [to, from],
  )) as PlacementRow[];
  const trajectories = (await connection.execute(
    `select o.kind, t.status, t.actual_start_date, t.finished_on, t.finish_reason
       from trajectory_placement t join trajectory_offering o on o.id = t.offering_id
      where t.actual_start_date between ? and ? or t.finished_on between ? and ?`,
    [from, to, from, to],
  )) as TrajectoryRow[];
  const result = outcomes(
    placements.map((p) => ({
      status: p.status,
      startDate: p.start_date,
      endDate: p.end_date,
      endReason: p.end_reason,
      endNote: p.end_note,
      convertedOn: p.converted_on,
      returnsToProgramme: p.returns_to_programme,
    })),
    trajectories.map((t) => ({
      kind: t.kind,
      status: t.status,
      startedOn: t.actual_start_date,
      finishedOn: t.finished_on,
      finishReason: t.finish_reason,
    })),
    from,
    to,
    programmeToday(ctx.now),
  );
  const notes = can(ctx.actor, Permission.ReadReportNotes);
  recordAudit(ctx, { action: 'report.viewed', entityType: 'report', entityId: 'outcomes' });
  return {
    from,
    to,
    rule: SMALL_CELL_RULE_NL,
    started: cell(result.started),
    convertedToPermanent: cell(result.convertedToPermanent),
    retention: result.retention.map((r) => ({
      months: r.months,
      retained: cell(r.retained),
      notRetained: cell(r.notRetained),
      pending: cell(r.pending),
      rate: shownRate(r.retained, r.retained + r.notRetained, r.notRetained),
    })),
    ended: cell(result.ended),
    endings: result.endings.map((e) => ({ reason: e.reason, label: e.label, count: cell(e.count) })),
    endingNotes: notes ? result.endingNotes : null,
    returned: cell(result.returned),
    trajectories: result.trajectories.map((t) => ({
      kind: t.kind,
      label: t.label,
      started: cell(t.started),
      completed: cell(t.completed),
      ended: cell(t.ended),
    })),
    trajectoryStopReasons: notes ? result.trajectoryStopReasons : null,
  };
}
