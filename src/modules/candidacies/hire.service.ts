import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { conflict, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { Vacancy, type VacancyStatus } from '../vacancies/vacancy.entity';
import { Candidacy } from './candidacy.entity';
import { type Mover, OPEN_CANDIDACY_STATUSES } from './candidacy-rules';
import {
  applyTransition,
  closeOpenCandidaciesOfVacancy,
  withdrawOtherCandidacies,
} from './candidacy-transitions';
import type { CandidacyDependencies, HiredPlacement } from './hire-hook';

// The one hire path: a step of the pipeline (POST /api/candidacies/{id}/transitions, to HIRED) and a
// hire recorded outside it (POST /api/placements) both lock, count and close through here.

/**
 * Locks what a hire may change, always in the same order, so simultaneous hires wait for each other
 * instead of deadlocking: first the vacancy's row, then — by id — every candidacy the hire can move
 * (the hired one, the person's open ones, and the vacancy's open ones that close when it fills).
 * Everything is read again under the lock, so the checks after it see the winner of a race.
 * Must run inside a transaction.
 */
export async function lockForHire(
  ctx: RequestContext,
  input: { vacancyId: string; jobSeekerId: string; candidacyId?: string },
): Promise<Vacancy> {
  const vacancy = await ctx.em.findOne(
    Vacancy,
    { id: input.vacancyId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!vacancy) throw notFound({ nl: 'Deze vacature', en: 'Vacancy' });
  const open = { $in: [...OPEN_CANDIDACY_STATUSES] };
  await ctx.em.find(
    Candidacy,
    {
      $or: [
        ...(input.candidacyId ? [{ id: input.candidacyId }] : []),
        { jobSeeker: input.jobSeekerId, status: open },
        { vacancy: input.vacancyId, status: open },
      ],
    },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true },
  );
  return vacancy;
}

const NOT_OPEN_NL: Record<Exclude<VacancyStatus, 'OPEN'>, string> = {
  DRAFT: say({
    nl: 'Deze vacature is nog een concept: zet de vacature eerst open.',
    en: 'This vacancy is still a draft.',
  }),
  FILLED: say({
    nl: 'Alle plaatsen van deze vacature zijn al vervuld.',
    en: 'Every position of this vacancy is filled already.',
  }),
  CLOSED: say({ nl: 'Deze vacature is gesloten.', en: 'This vacancy is closed.' }),
};

/**
 * The filled positions of a locked vacancy (its HIRED candidacies); 409 when it is not open or has
 * no position left — how the losers of simultaneous hires are answered.
 */
export async function assertPositionLeft(ctx: RequestContext, vacancy: Vacancy): Promise<number> {
  if (vacancy.status !== 'OPEN') {
    throw conflict(NOT_OPEN_NL[vacancy.status], { vacancyStatus: vacancy.status });
  }
  const filled = await ctx.em.count(Candidacy, { vacancy: vacancy.id, status: 'HIRED' });
  if (filled >= vacancy.positions) {
    throw conflict(NOT_OPEN_NL.FILLED, { positions: vacancy.positions, filled });
  }
  return filled;
}

/**
 * The hire, under lockForHire and after assertPositionLeft (`filled`): the candidacy becomes HIRED
 * (`direct` for a hire outside the pipeline); the person's other open candidacies are withdrawn
 * (HIRED_ELSEWHERE); when all positions are taken the vacancy becomes FILLED and its other open
 * candidacies close (VACANCY_FILLED). Then the hire hook runs (placements), in the same transaction.
 */
export async function recordHire(
  ctx: RequestContext,
  hire: { candidacy: Candidacy; vacancy: Vacancy; filled: number },
  step: { mover: Mover; note: string | null; direct?: boolean },
  deps: CandidacyDependencies,
): Promise<HiredPlacement | undefined> {
  const { candidacy, vacancy, filled } = hire;
  await applyTransition(ctx, candidacy, 'HIRED', step);
  await ctx.em.flush();
  await withdrawOtherCandidacies(ctx, candidacy.jobSeeker.id, candidacy.id);
  if (filled + 1 >= vacancy.positions) {
    vacancy.status = 'FILLED';
    recordAudit(ctx, {
      action: 'vacancy.status_changed',
      entityType: 'vacancy',
      entityId: vacancy.id,
      fields: ['status'],
    });
    await closeOpenCandidaciesOfVacancy(ctx, vacancy.id, 'VACANCY_FILLED');
  }
  const placement = await deps.onHired?.(ctx, {
    candidacyId: candidacy.id,
    jobSeekerId: candidacy.jobSeeker.id,
    vacancyId: vacancy.id,
  });
  return placement ?? undefined;
}
