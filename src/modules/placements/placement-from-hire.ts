import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { conflict, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import type { MoneyChecklist } from './money-checklist';
import { addMoneyChecklist } from './money-checklist.service';
import { Placement, PlacementHoursChange } from './placement.entity';
import { flatBuildUp, RUNNING_STATUSES } from './placement-rules';

export type HireInput = {
  /** The candidacy that became "hired" in the Meet & Greet pipeline; null for a direct hire. */
  candidacyId: string | null;
  jobSeekerId: string;
  vacancyId: string;
};

export const DEFAULT_BUILD_UP_REASON =
  'Standaard uit de vacature: de contracturen vanaf week 1. Spreek een opbouw af als dat nodig is.';

/** A running placement of this person at this vacancy (draft, working, or converted), or null. */
export const findRunningPlacement = (ctx: RequestContext, vacancyId: string, jobSeekerId: string) =>
  ctx.em.findOne(Placement, {
    vacancy: vacancyId,
    jobSeeker: jobSeekerId,
    status: { $in: [...RUNNING_STATUSES] },
  });

/**
 * Adds a draft placement for a hire to the caller's unit of work — the caller flushes (or runs it
 * in its transaction), so the placement is committed with the hire or not at all. Defaults come
 * from the vacancy (contract type, hours, under cao, pay indication, paid, zero hours) and the
 * person's responsible lifecoach; the employer names the mentor, the manager and the start date
 * before the start (PATCH /api/placements/{id}, then POST …/start).
 *
 * Idempotent: a second call for the same candidacy — or while this person already has a running
 * placement at this vacancy — returns the existing placement. The caller has checked that the actor
 * may record the hire; this function checks only that the vacancy and the person exist (404) and
 * that the vacancy is not a draft (409).
 *
 * A new draft gets the start-of-work money checklist (`checklist`, the active version) with every
 * item open: the lifecoach and the person go through it before the first day.
 */
export async function createPlacementForHire(
  ctx: RequestContext,
  input: HireInput,
  checklist: MoneyChecklist,
): Promise<Placement> {
  const { em } = ctx;
  if (input.candidacyId) {
    const existing = await em.findOne(Placement, { candidacyId: input.candidacyId });
    if (existing) return existing;
  }
  const vacancy = await em.findOne(Vacancy, { id: input.vacancyId }, { populate: ['employer'] });
  if (!vacancy) throw notFound({ nl: 'Deze vacature', en: 'Vacancy' });
  if (vacancy.status === 'DRAFT') {
    throw conflict(
      say({
        nl: 'Deze vacature is nog een concept: zet haar eerst open.',
        en: 'This vacancy is still a draft: open it first.',
      }),
    );
  }
  const jobSeeker = await em.findOne(JobSeeker, { id: input.jobSeekerId });
  if (!jobSeeker) throw notFound({ nl: 'Deze persoon', en: 'Job seeker' });
  const running = await findRunningPlacement(ctx, vacancy.id, jobSeeker.id);
  if (running) {
    if (input.candidacyId && !running.candidacyId) running.candidacyId = input.candidacyId;
    return running;
  }
  const contractHours = vacancy.hoursMax;
  const steps = flatBuildUp(contractHours);
  const placement = em.create(Placement, {
    jobSeeker,
    employer: vacancy.employer,
    vacancy,
    candidacyId: input.candidacyId,
    status: 'DRAFT',
    startDate: null,
    contractType: vacancy.contractType,
    contractDurationMonths: null,
    contractHoursPerWeek: contractHours,
    zeroHoursContract: vacancy.hoursMin === 0,
    paid: vacancy.paid,
    underCao: vacancy.underCao,
    pay: vacancy.pay ?? null,
    mentor: null,
    manager: null,
    lifecoach: jobSeeker.responsibleLifecoach,
    hoursBuildUp: steps,
    absences: [],
    startedAt: null,
    convertedOn: null,
    endDate: null,
    endReason: null,
    endNote: null,
    endedBySide: null,
    endedByUserId: null,
    returnsToProgramme: null,
    createdByUserId: ctx.actor.userId,
  });
  em.create(PlacementHoursChange, {
    placement,
    steps,
    contractHoursPerWeek: contractHours,
    reason: DEFAULT_BUILD_UP_REASON,
    changedAt: ctx.now,
    changedByUserId: ctx.actor.userId,
  });
  await addMoneyChecklist(ctx, placement, checklist);
  recordAudit(ctx, {
    action: 'placement.created',
    entityType: 'placement',
    entityId: placement.id,
    subjectId: jobSeeker.id,
    ...(input.candidacyId ? { fields: ['candidacyId'] } : {}),
  });
  return placement;
}

/** The hire hook the pipeline runs (candidacies/hire-hook.ts): a draft placement with this checklist. */
export const placementForHire =
  (checklist: MoneyChecklist) =>
  (ctx: RequestContext, input: HireInput): Promise<Placement> =>
    createPlacementForHire(ctx, input, checklist);
