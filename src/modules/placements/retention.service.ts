import type { FilterQuery } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { programmeToday } from '../readiness/review-dates';
import type { RetentionQuery, RetentionReportView } from './follow-up.schemas';
import { Placement } from './placement.entity';
import { END_REASON_LABELS_NL, endReasons } from './placement-rules';
import { retentionCounts, retentionOf } from './retention';

/**
 * For the programme: of the placements that started in a period, how many still worked there after
 * 3, 6 and 12 months, how many became permanent, and the named causes of the endings. Counts only,
 * no person is named, so nothing is written to the audit log.
 */
export async function retentionReport(
  ctx: RequestContext,
  query: RetentionQuery,
): Promise<RetentionReportView> {
  assertCan(ctx.actor, Permission.ReadRetention);
  const where: FilterQuery<Placement>[] = [
    { status: { $in: ['ACTIVE', 'CONVERTED_TO_PERMANENT', 'ENDED'] }, startDate: { $ne: null } },
  ];
  if (query.startedFrom) where.push({ startDate: { $gte: query.startedFrom } });
  if (query.startedTo) where.push({ startDate: { $lte: query.startedTo } });
  if (query.employerId) where.push({ employer: query.employerId });
  const placements = await ctx.em.find(Placement, { $and: where } as FilterQuery<Placement>, {
    fields: ['status', 'startDate', 'endDate', 'endReason', 'convertedOn'],
  });
  const today = programmeToday(ctx.now);
  const milestones = placements.map((placement) =>
    retentionOf({
      status: placement.status,
      startDate: placement.startDate ?? null,
      endDate: placement.endDate ?? null,
      today,
    }),
  );
  return {
    asOf: today,
    placements: placements.length,
    retention: retentionCounts(milestones),
    endReasons: endReasons
      .map((reason) => ({
        reason,
        labelNl: END_REASON_LABELS_NL[reason],
        count: placements.filter(
          (placement) => placement.status === 'ENDED' && placement.endReason === reason,
        ).length,
      }))
      .filter((entry) => entry.count > 0),
    convertedToPermanent: placements.filter((placement) => placement.convertedOn).length,
  };
}
