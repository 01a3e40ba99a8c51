import { assertCan, can, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { forbidden } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import type { ReadinessSegment } from '../job-seekers/job-seeker.entity';
import type { PlacementStatus } from '../placements/placement-rules';
import { retentionOf } from '../placements/retention';
import { programmeToday } from '../readiness/review-dates';
import { SEGMENT_LABELS_NL } from '../readiness/segmentation';
import type { WayToWorkQuery, WayToWorkReport } from './report.schemas';
import { reportPeriod } from './report-period';
import { cell, SMALL_CELL_RULE_NL } from './small-cells';
import { type Journey, WAY_TO_WORK_STEP_LABELS_NL, wayToWork } from './way-to-work';

type Row = {
  registered_on: string;
  assessed_on: string | null;
  first_segment: ReadinessSegment | null;
  segmented_on: string | null;
  trajectory_on: string | null;
  meet_and_greet_on: string | null;
  interview_on: string | null;
  job_status: PlacementStatus | null;
  job_start: string | null;
  job_end: string | null;
};

const day = (column: string) => `to_char(${column} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`;

/** One row per person registered in the period, with the first day of each step (one query). */
export const JOURNEYS_SQL = (filters: string) => `
  with people as (
    select js.id, ${day('js.created_at')} as registered_on
      from job_seeker js
     where ${day('js.created_at')} between ? and ? ${filters}
  ),
  assessed as (
    select a.job_seeker_id, min(a.completed_at) as at
      from assessment a join people p on p.id = a.job_seeker_id
     where a.completed_at is not null group by a.job_seeker_id
  ),
  first_decision as (
    select distinct on (d.job_seeker_id) d.job_seeker_id, d.segment, d.decided_at
      from segment_decision d join people p on p.id = d.job_seeker_id
     order by d.job_seeker_id, d.decided_at, d.id
  ),
  trajectory as (
    select t.job_seeker_id, min(t.actual_start_date) as on_day
      from trajectory_placement t join people p on p.id = t.job_seeker_id
     where t.actual_start_date is not null group by t.job_seeker_id
  ),
  meet as (
    select mp.job_seeker_id, min(m.event_date) as on_day
      from meet_and_greet_participant mp
      join meet_and_greet m on m.id = mp.meet_and_greet_id
      join people p on p.id = mp.job_seeker_id
     where mp.attended group by mp.job_seeker_id
  ),
  interview as (
    select c.job_seeker_id, min(t.occurred_at) as at
      from candidacy c
      join people p on p.id = c.job_seeker_id
      join candidacy_transition t on t.candidacy_id = c.id
     where t.to_status in ('INTERVIEWED', 'OFFERED', 'HIRED') group by c.job_seeker_id
  ),
  job as (
    select distinct on (pl.job_seeker_id) pl.job_seeker_id, pl.status, pl.start_date, pl.end_date
      from placement pl join people p on p.id = pl.job_seeker_id
     where pl.status in ('ACTIVE', 'CONVERTED_TO_PERMANENT', 'ENDED') and pl.start_date is not null
     order by pl.job_seeker_id, pl.start_date, pl.id
  )
  select p.registered_on, ${day('assessed.at')} as assessed_on,
         fd.segment as first_segment, ${day('fd.decided_at')} as segmented_on,
         trajectory.on_day as trajectory_on, meet.on_day as meet_and_greet_on,
         ${day('interview.at')} as interview_on,
         job.status as job_status, job.start_date as job_start, job.end_date as job_end
    from people p
    left join assessed on assessed.job_seeker_id = p.id
    left join first_decision fd on fd.job_seeker_id = p.id
    left join trajectory on trajectory.job_seeker_id = p.id
    left join meet on meet.job_seeker_id = p.id
    left join interview on interview.job_seeker_id = p.id
    left join job on job.job_seeker_id = p.id`;

/**
 * The way to work over the people who registered in a period: how many reached each step and the
 * median days it took. Filterable by referring partner, lifecoach (programme staff only) and first
 * segment. Counts only; fewer than 5 people shows as "< 5".
 */
export async function wayToWorkReport(ctx: RequestContext, query: WayToWorkQuery): Promise<WayToWorkReport> {
  assertCan(ctx.actor, Permission.ReadProgrammeReports);
  if (query.lifecoachId && !can(ctx.actor, Permission.FilterReportsByLifecoach))
    throw forbidden('Only programme staff may see the way to work per lifecoach.');
  const { from, to } = reportPeriod(ctx.now, query);
  const today = programmeToday(ctx.now);
  const filters: string[] = [];
  const params: unknown[] = [from, to];
  if (query.partnerId) {
    filters.push('and js.referring_organisation_id = ?');
    params.push(query.partnerId);
  }
  if (query.lifecoachId) {
    filters.push('and js.responsible_lifecoach_id = ?');
    params.push(query.lifecoachId);
  }
  const rows = (await ctx.em.getConnection().execute(JOURNEYS_SQL(filters.join(' ')), params)) as Row[];
  const journeys: Journey[] = rows
    .filter((row) => !query.segment || row.first_segment === query.segment)
    .map((row) => ({
      registeredOn: row.registered_on,
      assessedOn: row.assessed_on,
      segmentedOn: row.segmented_on,
      firstSegment: row.first_segment,
      trajectoryOn: row.trajectory_on,
      meetAndGreetOn: row.meet_and_greet_on,
      interviewOn: row.interview_on,
      hiredOn: row.job_start,
      retention: row.job_status
        ? retentionOf({ status: row.job_status, startDate: row.job_start, endDate: row.job_end, today })
        : [3, 6, 12].map((months) => ({
            months: months as 3 | 6 | 12,
            date: null,
            outcome: 'NOT_APPLICABLE',
          })),
    }));
  const result = wayToWork(journeys);
  recordAudit(ctx, { action: 'report.viewed', entityType: 'report', entityId: 'way-to-work' });
  return {
    from,
    to,
    rule: SMALL_CELL_RULE_NL,
    people: cell(result.people),
    steps: result.steps.map((s) => ({
      step: s.step,
      label: WAY_TO_WORK_STEP_LABELS_NL[s.step],
      reached: cell(s.reached),
      pending: cell(s.pending),
      medianDays: s.medianDays,
    })),
    segments: result.segments.map((s) => ({
      segment: s.segment,
      label: SEGMENT_LABELS_NL[s.segment],
      count: cell(s.count),
    })),
  };
}
