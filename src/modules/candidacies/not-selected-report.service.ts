import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { Organisation } from '../organisations/organisation.entity';
import { Candidacy, CandidacyTransition } from './candidacy.entity';
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
  const occurredAt = {
    ...(query.from ? { $gte: startOf(query.from) } : {}),
    ...(query.to ? { $lt: endOf(query.to) } : {}),
  };
  const steps = await ctx.em.find(
    CandidacyTransition,
    { toStatus: 'NOT_SELECTED', ...(query.from || query.to ? { occurredAt } : {}) },
    { orderBy: { occurredAt: 'asc', id: 'asc' } },
  );
  const candidacies = await ctx.em.find(Candidacy, { id: { $in: steps.map((step) => step.candidacy.id) } });
  const employerOf = new Map(candidacies.map((candidacy) => [candidacy.id, candidacy.employer.id]));
  const organisations = await ctx.em.find(Organisation, { id: { $in: [...new Set(employerOf.values())] } });
  const nameOf = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));

  const byEmployer = new Map<string, NotSelectedReport['employers'][number]>();
  for (const step of steps) {
    const employerId = employerOf.get(step.candidacy.id);
    if (!employerId) continue;
    const entry = byEmployer.get(employerId) ?? {
      employerId,
      employerName: nameOf.get(employerId) ?? '',
      total: 0,
      reasons: [],
      notes: [],
    };
    const reasonCode = (step.reasonCode as CandidacyReasonCode | null) ?? null;
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
        candidacyId: step.candidacy.id,
        occurredAt: step.occurredAt.toISOString(),
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
