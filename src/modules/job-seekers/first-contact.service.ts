import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { findPage, type Page } from '../../http/pagination';
import { conflict, validationError } from '../../http/problem';
import { recordAudit, saveReadAudit } from '../audit/audit.service';
import { addDays } from '../readiness/review-dates';
import { dutchCalendarDate, startOfDutchDay } from './calendar';
import { findJobSeekerInScope, jobSeekerScope } from './job-seeker.access';
import { LifecoachAssignment } from './job-seeker.entity';
import type {
  FirstContactCheckView,
  LifecoachAssignmentView,
  RecordFirstContactInput,
} from './job-seeker.schemas';
import { toLifecoachAssignmentView } from './job-seeker.views';
import { workingDaysBefore, workingDaysBetween } from './working-days';

/** Working days a new registration or a handover may wait for its first conversation (FIRST_CONTACT_WORKING_DAYS). */
export const DEFAULT_FIRST_CONTACT_WORKING_DAYS = 5;

/**
 * Open assignments without a first conversation that started before the last `workingDays` working
 * days: a registration nobody followed up, or a handover the new lifecoach has not picked up.
 */
export function firstContactChecksWhere(
  ctx: RequestContext,
  workingDays: number,
): FilterQuery<LifecoachAssignment> {
  // Started on the day `workingDays` working days ago or earlier: that many have gone by since.
  const lastDay = workingDaysBefore(dutchCalendarDate(ctx.now), workingDays);
  return {
    endedAt: null,
    firstContactAt: null,
    startedAt: { $lt: startOfDutchDay(addDays(lastDay, 1)) },
    jobSeeker: jobSeekerScope(ctx.actor),
  };
}

export const firstContactChecksProbe = (ctx: RequestContext, workingDays: number) =>
  probe(LifecoachAssignment, firstContactChecksWhere(ctx, workingDays));

/** Who is still waiting for a first conversation, longest first (lifecoach: caseload; programme: all). */
export async function listFirstContactChecks(
  ctx: RequestContext,
  workingDays: number,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<FirstContactCheckView>> {
  assertCan(ctx.actor, Permission.ReadFirstContactChecks);
  const today = dutchCalendarDate(ctx.now);
  const page = await findPage(
    ctx.em,
    LifecoachAssignment,
    firstContactChecksWhere(ctx, workingDays),
    query,
    { startedAt: 'asc' },
    ['jobSeeker.referringOrganisation', 'lifecoach'],
  );
  // A person with an ended assignment before this one came by a handover, not a registration.
  const people = page.items.map((assignment) => assignment.jobSeeker.id);
  const ended = people.length
    ? await ctx.em.find(LifecoachAssignment, { jobSeeker: { $in: people }, endedAt: { $ne: null } })
    : [];
  const handedOver = new Set(ended.map((assignment) => assignment.jobSeeker.id));
  for (const assignment of page.items) {
    recordAudit(ctx, {
      action: 'job_seeker.listed',
      entityType: 'job_seeker',
      entityId: assignment.jobSeeker.id,
    });
  }
  await saveReadAudit(ctx);
  return {
    items: page.items.map((assignment) => ({
      jobSeekerId: assignment.jobSeeker.id,
      fullName: assignment.jobSeeker.fullName,
      lifecoach: { id: assignment.lifecoach.id, displayName: assignment.lifecoach.displayName },
      assignedAt: assignment.startedAt.toISOString(),
      handedOver: handedOver.has(assignment.jobSeeker.id),
      referringOrganisationName: assignment.jobSeeker.referringOrganisation?.name ?? null,
      note: assignment.handoverNote ?? null,
      workingDaysWaiting: workingDaysBetween(dutchCalendarDate(assignment.startedAt), today),
    })),
    nextCursor: page.nextCursor,
  };
}

/**
 * The responsible lifecoach records the first conversation with the person. Recording it again keeps
 * the first day (409 says when); a day in the future or before the assignment is refused.
 */
export async function recordFirstContact(
  ctx: RequestContext,
  jobSeekerId: string,
  input: RecordFirstContactInput,
): Promise<LifecoachAssignmentView> {
  assertCan(ctx.actor, Permission.RecordFirstContact);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, jobSeekerId);
    const assignment = await em.findOneOrFail(
      LifecoachAssignment,
      { jobSeeker, endedAt: null },
      { populate: ['lifecoach'] },
    );
    const today = dutchCalendarDate(ctx.now);
    const day = input.contactedOn ?? today;
    if (day > today) {
      throw validationError([
        {
          path: ['contactedOn'],
          message: 'Deze datum ligt in de toekomst. Leg het gesprek vast als het er geweest is.',
        },
      ]);
    }
    if (day < dutchCalendarDate(assignment.startedAt)) {
      throw validationError([
        {
          path: ['contactedOn'],
          message: `Je begeleidt deze persoon sinds ${dutchCalendarDate(assignment.startedAt)}. Kies die dag of een latere.`,
        },
      ]);
    }
    if (assignment.firstContactAt) {
      throw conflict(`Het eerste gesprek staat al vast op ${dutchCalendarDate(assignment.firstContactAt)}.`);
    }
    assignment.firstContactAt = day === today ? ctx.now : new Date(`${day}T12:00:00Z`);
    recordAudit(tx, {
      action: 'job_seeker.first_contact_recorded',
      entityType: 'job_seeker',
      entityId: jobSeeker.id,
      fields: ['firstContactAt'],
    });
    await em.flush();
    return toLifecoachAssignmentView(assignment);
  });
}

/**
 * Work the responsible lifecoach does with the person (recording consent, saving assessment answers)
 * happens in a conversation: it counts as the first contact when none was recorded yet. In the
 * caller's unit of work.
 */
export async function noteContactByLifecoach(
  em: EntityManager,
  jobSeekerId: string,
  lifecoachUserId: string,
  at: Date,
): Promise<void> {
  const assignment = await em.findOne(LifecoachAssignment, {
    jobSeeker: jobSeekerId,
    lifecoach: lifecoachUserId,
    endedAt: null,
    firstContactAt: null,
  });
  if (assignment) assignment.firstContactAt = at;
}
