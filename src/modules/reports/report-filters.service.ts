import { assertCan, can, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';

export type ReportFilterOptions = {
  partners: { id: string; name: string }[];
  /** Programme staff only; empty for the advisory group. */
  lifecoaches: { id: string; name: string }[];
};

/** The choices of a report's filters: the referring partners and, for programme staff, the lifecoaches. */
export async function reportFilterOptions(ctx: RequestContext): Promise<ReportFilterOptions> {
  assertCan(ctx.actor, Permission.ReadProgrammeReports);
  const connection = ctx.em.getConnection();
  const partners = (await connection.execute(
    `select id, name from organisation where kind = 'PARTNER' order by name, id`,
  )) as { id: string; name: string }[];
  const lifecoaches = can(ctx.actor, Permission.FilterReportsByLifecoach)
    ? ((await connection.execute(
        `select id, display_name as name from app_user where role = 'LIFECOACH' and active order by display_name, id`,
      )) as { id: string; name: string }[])
    : [];
  return { partners, lifecoaches };
}
