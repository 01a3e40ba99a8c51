import { assertCan, Permission, seesAllOrganisations } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import type { ReportPeriodQuery, SocialReturnReport } from './report.schemas';
import { reportPeriod } from './report-period';
import { cell, isSmall, SMALL_CELL_RULE_NL } from './small-cells';
import { type SocialReturnPlacement, socialReturnTotals } from './social-return';

type Row = {
  employer_id: string;
  start_date: string;
  end_date: string | null;
  contract_type: SocialReturnPlacement['contractType'];
  contract_hours_per_week: number;
  paid: boolean;
  under_cao: boolean;
  zero_hours_contract: boolean;
  converted_on: string | null;
};

/**
 * Social return per employer over a period: what an employer needs to account for its SROI
 * obligation. An employer's recruiters get their own employer only; programme staff and the
 * advisory group every employer. Counts only; fewer than 5 people shows as "< 5".
 */
export async function socialReturnReport(
  ctx: RequestContext,
  query: ReportPeriodQuery,
): Promise<SocialReturnReport> {
  assertCan(ctx.actor, Permission.ReadSocialReturnReport);
  const { from, to } = reportPeriod(ctx.now, query);
  const programmeWide = seesAllOrganisations(ctx.actor) || ctx.actor.role === 'ADVISORY_GROUP';
  const rows = (await ctx.em.getConnection().execute(
    `select employer_id, start_date, end_date, contract_type, contract_hours_per_week, paid, under_cao,
            zero_hours_contract, converted_on
       from placement
      where status in ('ACTIVE', 'CONVERTED_TO_PERMANENT', 'ENDED') and start_date is not null
        and start_date <= ? and (end_date is null or end_date >= ?)
        ${programmeWide ? '' : 'and employer_id = ?'}`,
    programmeWide ? [to, from] : [to, from, ctx.actor.organisationId],
  )) as Row[];
  const totals = socialReturnTotals(
    rows.map((row) => ({
      employerId: row.employer_id,
      startDate: row.start_date,
      endDate: row.end_date,
      contractType: row.contract_type,
      contractHoursPerWeek: Number(row.contract_hours_per_week),
      paid: row.paid,
      underCao: row.under_cao,
      zeroHoursContract: row.zero_hours_contract,
      convertedOn: row.converted_on,
    })),
    from,
    to,
  );
  const names = totals.length
    ? ((await ctx.em
        .getConnection()
        .execute(`select id, name from organisation where id in (${totals.map(() => '?').join(', ')})`, [
          ...totals.map((t) => t.employerId),
        ])) as { id: string; name: string }[])
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const employers = totals
    .map((t) => ({
      employerName: nameOf.get(t.employerId) ?? '',
      people: cell(t.people),
      hired: cell(t.hired),
      hoursWorked: isSmall(t.people) ? null : t.hoursWorked,
      monthsEmployed: isSmall(t.people) ? null : t.monthsEmployed,
      paid: cell(t.paid),
      underCao: cell(t.underCao),
      permanentProspect: cell(t.permanentProspect),
      learnWork: cell(t.learnWork),
      zeroHours: cell(t.zeroHours),
    }))
    .sort((a, b) => a.employerName.localeCompare(b.employerName, 'nl'));
  recordAudit(ctx, { action: 'report.viewed', entityType: 'report', entityId: 'social-return' });
  return { from, to, rule: SMALL_CELL_RULE_NL, employers };
}
