import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import type { NotSelectedReport, NotSelectedReportQuery } from './candidacy.schemas';
import { CANDIDACY_REASON_LABELS_NL, type CandidacyReasonCode, mentionsAge } from './candidacy-rules';

const NO_REASON_LABEL = 'Geen reden gegeven';

/** Midnight UTC of a date, and of the day after `to`: the report's period is whole days. */
const startOf = (date: string) => new Date(`${date}T00:00:00Z`);
const endOf = (date: string) => new Date(startOf(date).getTime() + 24 * 60 * 60 * 1000);

/**
 * Why employers did not go on with candidates, per employer: counts per reason and the free-text
 * notes, for the programme to learn from (and to follow up notes that mention age). Programme staff
 * only; no employer ever sees another employer's reasons.
 */
export async function notSelectedReport(
  ctx: RequestContext,
  query: NotSelectedReportQuery,
): Promise<NotSelectedReport> {
  assertCan(ctx.actor, Permission.ReadSelectionReports);
  // One query (steps, their candidacy's employer and its name): the report covers every employer.
  const params: unknown[] = [];
  let period = '';
  if (query.from) {
    period += ' and t.occurred_at >= ?';
    params.push(startOf(query.from).toISOString());
  }
  if (query.to) {
    period += ' and t.occurred_at < ?';
    params.push(endOf(query.to).toISOString());
  }
  const rows = (await ctx.em.getConnection().execute(
    `select t.candidacy_id, t.occurred_at, t.reason_code, t.note, c.employer_id, o.name as employer_name
       from candidacy_transition t
       join candidacy c on c.id = t.candidacy_id
       join organisation o on o.id = c.employer_id
      where t.to_status = 'NOT_SELECTED'${period}
      order by t.occurred_at, t.id`,
    params,
  )) as {
    candidacy_id: string;
    occurred_at: string | Date;
    reason_code: string | null;
    note: string | null;
    employer_id: string;
    employer_name: string;
  }[];
  const byEmployer = new Map<string, NotSelectedReport['employers'][number]>();
  for (const step of rows) {
    const employerId = step.employer_id;
    const entry = byEmployer.get(employerId) ?? {
      employerId,
      employerName: step.employer_name,
      total: 0,
      reasons: [],
      notes: [],
    };
    const reasonCode = (step.reason_code as CandidacyReasonCode | null) ?? null;
    entry.total++;
    const reason = entry.reasons.find((r) => r.reasonCode === reasonCode);
    if (reason) reason.count++;
    else
      entry.reasons.push({
        reasonCode,
        label: reasonCode ? CANDIDACY_REASON_LABELS_NL[reasonCode] : NO_REASON_LABEL,
        count: 1,
      });
    if (step.note) {
      entry.notes.push({
        candidacyId: step.candidacy_id,
        occurredAt: new Date(step.occurred_at).toISOString(),
        reasonCode,
        note: step.note,
        mentionsAge: mentionsAge(step.note),
      });
    }
    byEmployer.set(employerId, entry);
  }
  const employers = [...byEmployer.values()].sort((a, b) =>
    a.employerName.localeCompare(b.employerName, 'nl'),
  );
  for (const employer of employers)
    employer.reasons.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { from: query.from ?? null, to: query.to ?? null, employers };
}
