import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import type { CandidacyStatus } from '../candidacies/candidacy-rules';
import { isOpenCandidacy } from '../candidacies/candidacy-rules';
import {
  AGE_BAND_LABELS_NL,
  ageBandOf,
  DECIDED_STEP_LABELS_NL,
  type FairnessCandidacy,
  fairnessRates,
  type StepRates,
  stageIndex,
} from './fairness';
import type { FairnessReport, ReportPeriodQuery } from './report.schemas';
import { reportPeriod } from './report-period';
import { cell, SMALL_CELL_LIMIT, SMALL_CELL_RULE_NL } from './small-cells';

type Row = {
  employer_id: string;
  employer_name: string;
  status: CandidacyStatus;
  created_on: string;
  date_of_birth: string | null;
  reached: CandidacyStatus[] | null;
};

const view = (steps: StepRates[]): FairnessReport['overall'] =>
  steps.map((s) => ({
    step: s.step,
    label: DECIDED_STEP_LABELS_NL[s.step],
    flagged: s.flagged,
    bands: s.bands.map((b) => ({
      ageBand: b.ageBand,
      label: AGE_BAND_LABELS_NL[b.ageBand],
      considered: cell(b.considered),
      passed: cell(b.passed),
      rate: b.rate,
      ratio: b.ratio,
      flagged: b.flagged,
    })),
  }));

/**
 * Where prejudice could return: per employer-decided step, the rate per age band (age on the day the
 * candidacy began, from the date of birth the programme holds) and the four-fifths flag, overall and
 * per employer with at least 5 candidacies. Programme staff and the advisory group only; employers
 * never see it. Counts only.
 */
export async function fairnessReport(ctx: RequestContext, query: ReportPeriodQuery): Promise<FairnessReport> {
  assertCan(ctx.actor, Permission.ReadProgrammeReports);
  const { from, to } = reportPeriod(ctx.now, query);
  const rows = (await ctx.em.getConnection().execute(
    `select c.employer_id, o.name as employer_name, c.status,
            to_char(c.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as created_on,
            js.date_of_birth, reached.statuses as reached
       from candidacy c
       join job_seeker js on js.id = c.job_seeker_id
       join organisation o on o.id = c.employer_id
       left join (
         select t.candidacy_id, array_agg(distinct v.s) as statuses
           from candidacy_transition t, lateral (values (t.from_status), (t.to_status)) v(s)
          where v.s is not null group by t.candidacy_id
       ) reached on reached.candidacy_id = c.id
      where to_char(c.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') between ? and ?`,
    [from, to],
  )) as Row[];
  const candidacies: (FairnessCandidacy & { employerName: string })[] = rows.map((row) => {
    const reached = [row.status, ...(row.reached ?? [])];
    return {
      employerId: row.employer_id,
      employerName: row.employer_name,
      ageBand: ageBandOf(row.date_of_birth, row.created_on),
      furthest: Math.max(...reached.map(stageIndex)),
      open: isOpenCandidacy(row.status),
    };
  });
  const byEmployer = new Map<string, typeof candidacies>();
  for (const c of candidacies) {
    const list = byEmployer.get(c.employerId);
    if (list) list.push(c);
    else byEmployer.set(c.employerId, [c]);
  }
  const employers = [...byEmployer.values()]
    .filter((list) => list.length >= SMALL_CELL_LIMIT)
    .map((list) => ({ employerName: list[0]?.employerName ?? '', steps: view(fairnessRates(list)) }))
    .sort((a, b) => a.employerName.localeCompare(b.employerName, 'nl'));
  recordAudit(ctx, { action: 'report.viewed', entityType: 'report', entityId: 'fairness' });
  return { from, to, rule: SMALL_CELL_RULE_NL, overall: view(fairnessRates(candidacies)), employers };
}
