import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import type { ReadinessSegment } from '../job-seekers/job-seeker.entity';
import { programmeToday } from '../readiness/review-dates';
import { SEGMENT_LABELS_NL } from '../readiness/segmentation';
import { type HiredWithin, prediction } from './prediction';
import type { PredictionReport, ReportPeriodQuery } from './report.schemas';
import { reportPeriod } from './report-period';
import { cell, SMALL_CELL_RULE_NL } from './small-cells';

type Row = {
  first_segment: ReadinessSegment;
  first_decided_on: string;
  instrument_version: number | null;
  current_segment: ReadinessSegment | null;
  hired_on: string | null;
  trajectory_on: string | null;
  ready_on: string | null;
};

const day = (column: string) => `to_char(${column} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`;

export const NO_SEGMENT_LABEL_NL = 'Geen segment (meer)';

const hiredView = (h: HiredWithin) => ({
  segment: h.segment,
  label: SEGMENT_LABELS_NL[h.segment],
  people: cell(h.people),
  counted: cell(h.counted),
  hired: cell(h.hired),
  rate: h.rate,
});

/**
 * Does the assessment predict? Over the people whose first segment decision fell in the period:
 * the share who started work within three months, per first segment and per instrument version;
 * the people in LATER who moved up to READY after a trajectory; the first segment against the
 * segment now. Counts only.
 */
export async function predictionReport(
  ctx: RequestContext,
  query: ReportPeriodQuery,
): Promise<PredictionReport> {
  assertCan(ctx.actor, Permission.ReadProgrammeReports);
  const { from, to } = reportPeriod(ctx.now, query);
  const rows = (await ctx.em.getConnection().execute(
    `with first_decision as (
       select distinct on (d.job_seeker_id) d.job_seeker_id, d.segment, d.decided_at,
              ${day('d.decided_at')} as decided_on,
              coalesce(tp.instrument_version,
                (select a.instrument_version from assessment a
                  where a.job_seeker_id = d.job_seeker_id and a.completed_at <= d.decided_at
                  order by a.completed_at desc limit 1)) as instrument_version
         from segment_decision d left join talent_profile tp on tp.id = d.profile_id
        order by d.job_seeker_id, d.decided_at, d.id
     ),
     cohort as (select * from first_decision where decided_on between ? and ?)
     select c.segment as first_segment, c.decided_on as first_decided_on, c.instrument_version,
            js.current_segment,
            (select min(pl.start_date) from placement pl
              where pl.job_seeker_id = c.job_seeker_id and pl.start_date >= c.decided_on
                and pl.status in ('ACTIVE', 'CONVERTED_TO_PERMANENT', 'ENDED')) as hired_on,
            (select min(t.actual_start_date) from trajectory_placement t
              where t.job_seeker_id = c.job_seeker_id and t.actual_start_date >= c.decided_on) as trajectory_on,
            (select ${day('min(d.decided_at)')} from segment_decision d
              where d.job_seeker_id = c.job_seeker_id and d.segment = 'READY' and d.decided_at > c.decided_at) as ready_on
       from cohort c join job_seeker js on js.id = c.job_seeker_id`,
    [from, to],
  )) as Row[];
  const result = prediction(
    rows.map((row) => ({
      firstSegment: row.first_segment,
      firstDecidedOn: row.first_decided_on,
      instrumentVersion: row.instrument_version === null ? null : Number(row.instrument_version),
      currentSegment: row.current_segment,
      hiredOn: row.hired_on,
      trajectoryOn: row.trajectory_on,
      readyOn: row.ready_on,
    })),
    programmeToday(ctx.now),
  );
  recordAudit(ctx, { action: 'report.viewed', entityType: 'report', entityId: 'prediction' });
  return {
    from,
    to,
    rule: SMALL_CELL_RULE_NL,
    bySegment: result.bySegment.map(hiredView),
    byInstrument: result.byInstrument.map((v) => ({
      instrumentVersion: v.instrumentVersion,
      segments: v.segments.map(hiredView),
    })),
    laterMovedUp: {
      people: cell(result.laterMovedUp.people),
      followedTrajectory: cell(result.laterMovedUp.followedTrajectory),
      movedUp: cell(result.laterMovedUp.movedUp),
      rate: result.laterMovedUp.rate,
    },
    changes: result.changes.map((c) => ({
      from: c.from,
      label: SEGMENT_LABELS_NL[c.from],
      to: c.to.map((t) => ({
        segment: t.segment,
        label: t.segment ? SEGMENT_LABELS_NL[t.segment] : NO_SEGMENT_LABEL_NL,
        count: cell(t.count),
      })),
    })),
  };
}
