import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { AppError, ProblemCode } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import type { MeetAndGreet } from '../meet-and-greets/meet-and-greet.entity';
import type { Organisation } from '../organisations/organisation.entity';
import type { Vacancy } from '../vacancies/vacancy.entity';
import { Candidacy, CandidacyTransition, InterviewInvitation } from './candidacy.entity';
import {
  CANDIDACY_STATUS_LABELS_NL,
  type CandidacyReasonCode,
  type CandidacyStatus,
  isOpenCandidacy,
  type Mover,
  mayHireDirectly,
  mayMove,
  OPEN_CANDIDACY_STATUSES,
  reasonProblem,
} from './candidacy-rules';

// The one place a candidacy changes state: every step is checked against the rules, logged (who,
// when, why) and audited in the caller's unit of work. Used by the HTTP verbs and by the
// Meet & Greet and vacancy services for the steps that follow from their actions.

export const findOpenCandidacy = (em: EntityManager, jobSeekerId: string, vacancyId: string) =>
  em.findOne(Candidacy, {
    jobSeeker: jobSeekerId,
    vacancy: vacancyId,
    status: { $in: [...OPEN_CANDIDACY_STATUSES] },
  });

function logStep(
  ctx: RequestContext,
  candidacy: Candidacy,
  from: CandidacyStatus | null,
  step: { to: CandidacyStatus; mover: Mover; reasonCode: CandidacyReasonCode | null; note: string | null },
) {
  ctx.em.create(CandidacyTransition, {
    candidacy,
    fromStatus: from,
    toStatus: step.to,
    reasonCode: step.reasonCode,
    note: step.note,
    mover: step.mover,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
    occurredAt: ctx.now,
  });
  recordAudit(ctx, {
    action: from === null ? 'candidacy.created' : 'candidacy.moved',
    entityType: 'candidacy',
    entityId: candidacy.id,
    subjectId: candidacy.jobSeeker.id,
    fields: ['status', ...(step.reasonCode ? ['reasonCode'] : []), ...(step.note ? ['note'] : [])],
  });
}

/** The open candidacy of this person for this vacancy, or a new PROPOSED one. */
export async function ensureOpenCandidacy(
  ctx: RequestContext,
  input: {
    jobSeeker: JobSeeker;
    vacancy: Vacancy;
    employer: Organisation;
    meetAndGreet: MeetAndGreet | null;
  },
  mover: Mover,
): Promise<Candidacy> {
  const existing = await findOpenCandidacy(ctx.em, input.jobSeeker.id, input.vacancy.id);
  if (existing) return existing;
  const candidacy = ctx.em.create(Candidacy, {
    jobSeeker: input.jobSeeker,
    vacancy: input.vacancy,
    employer: input.employer,
    meetAndGreet: input.meetAndGreet,
    status: 'PROPOSED',
    reasonCode: null,
    lastMovedAt: ctx.now,
  });
  logStep(ctx, candidacy, null, { to: 'PROPOSED', mover, reasonCode: null, note: null });
  return candidacy;
}

export const invalidTransition = (from: CandidacyStatus, to: CandidacyStatus, detail?: string) =>
  new AppError(
    ProblemCode.InvalidTransition,
    detail ??
      say(
        {
          nl: 'Van "{value1}" kan het niet naar "{value2}".',
          en: 'A candidacy cannot go from {from} to {to}.',
        },
        { value1: CANDIDACY_STATUS_LABELS_NL[from], value2: CANDIDACY_STATUS_LABELS_NL[to], from, to },
      ),
    undefined,
    { from, to },
  );

/**
 * Takes one step. Throws INVALID_TRANSITION when the step does not exist for this mover and a
 * validation error when the reason does not fit. Leaving the pipeline closes an interview invitation,
 * so the employer no longer sees who the person is.
 */
export async function applyTransition(
  ctx: RequestContext,
  candidacy: Candidacy,
  to: CandidacyStatus,
  step: {
    mover: Mover;
    reasonCode?: CandidacyReasonCode | null;
    note?: string | null;
    /** A hire recorded outside the pipeline (candidacy-rules.ts, mayHireDirectly). */
    direct?: boolean;
  },
): Promise<void> {
  const from = candidacy.status;
  const allowed =
    step.direct && to === 'HIRED' ? mayHireDirectly(step.mover, from) : mayMove(step.mover, from, to);
  if (!allowed) throw invalidTransition(from, to);
  const reasonCode = step.reasonCode ?? null;
  const problem = reasonProblem(to, step.mover, reasonCode);
  if (problem) {
    throw new AppError(ProblemCode.ValidationFailed, problem, [{ path: ['reasonCode'], message: problem }]);
  }
  candidacy.status = to;
  candidacy.reasonCode = reasonCode;
  candidacy.lastMovedAt = ctx.now;
  logStep(ctx, candidacy, from, { to, mover: step.mover, reasonCode, note: step.note ?? null });
  if (!isOpenCandidacy(to) && to !== 'HIRED') {
    const invitation = await ctx.em.findOne(InterviewInvitation, { candidacy });
    if (invitation && invitation.status !== 'CLOSED') {
      invitation.status = 'CLOSED';
      invitation.closedAt = ctx.now;
    }
  }
}

/** Closing or filling a vacancy ends every open candidacy for it. */
export async function closeOpenCandidaciesOfVacancy(
  ctx: RequestContext,
  vacancyId: string,
  reasonCode: 'VACANCY_FILLED' | 'VACANCY_CLOSED',
): Promise<number> {
  const open = await ctx.em.find(Candidacy, {
    vacancy: vacancyId,
    status: { $in: [...OPEN_CANDIDACY_STATUSES] },
  });
  for (const candidacy of open) {
    await applyTransition(ctx, candidacy, 'VACANCY_CLOSED', { mover: 'SYSTEM', reasonCode });
  }
  return open.length;
}

/** Someone hired for one vacancy is withdrawn from all their other open candidacies, with the reason. */
export async function withdrawOtherCandidacies(
  ctx: RequestContext,
  jobSeekerId: string,
  hiredCandidacyId: string,
): Promise<number> {
  const others = await ctx.em.find(Candidacy, {
    jobSeeker: jobSeekerId,
    id: { $ne: hiredCandidacyId },
    status: { $in: [...OPEN_CANDIDACY_STATUSES] },
  });
  for (const candidacy of others) {
    await applyTransition(ctx, candidacy, 'WITHDRAWN', { mover: 'SYSTEM', reasonCode: 'HIRED_ELSEWHERE' });
  }
  return others.length;
}
