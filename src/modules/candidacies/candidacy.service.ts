import { type FilterQuery, LockMode, QueryOrder } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import { findInScope } from '../../access/scopes';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { forbidden, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { hasConsent } from '../consents/consent.service';
import { MeetAndGreetParticipant } from '../meet-and-greets/meet-and-greet.entity';
import type { ContactRoute } from '../meet-and-greets/meet-and-greet-rules';
import { vacancyScope } from '../vacancies/vacancy.access';
import { Vacancy } from '../vacancies/vacancy.entity';
import { candidacyScope } from './candidacy.access';
import { Candidacy, CandidacyTransition, InterviewInvitation } from './candidacy.entity';
import type {
  EmployerCandidacyDetail,
  EmployerCandidacyView,
  ListCandidaciesQuery,
  MoveCandidacyInput,
  StaffCandidacyDetail,
  StaffCandidacyView,
  VacancyPipelineView,
} from './candidacy.schemas';
import {
  CANDIDACY_POPULATE,
  identityVisible,
  loadViewData,
  moverOf,
  toCandidacyDetail,
  toCandidacyView,
} from './candidacy.views';
import {
  CANDIDACY_STATUS_LABELS_NL,
  type CandidacyReasonCode,
  candidacyStatuses,
  mayMove,
  moversOf,
  OPEN_CANDIDACY_STATUSES,
  reasonProblem,
  transitionExists,
} from './candidacy-rules';
import { applyTransition, invalidTransition } from './candidacy-transitions';
import { recordIdentityReveal } from './employer-identity';
import { assertPositionLeft, lockForHire, recordHire } from './hire.service';
import type { CandidacyDependencies, HiredPlacement } from './hire-hook';

// The hiring pipeline over HTTP: lists, one candidacy with its log, and the steps. The rules (which
// step by whom) are in candidacy-rules.ts; every change goes through candidacy-transitions.ts.

const STALE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

type ReadAction = 'candidacy.listed' | 'candidacy.viewed';

function auditRead(ctx: RequestContext, candidacy: Candidacy, action: ReadAction, revealed: boolean) {
  recordAudit(ctx, {
    action,
    entityType: 'candidacy',
    entityId: candidacy.id,
    subjectId: candidacy.jobSeeker.id,
    ...(revealed ? { fields: ['identity'] } : {}),
  });
}

async function viewPage(
  ctx: RequestContext,
  page: Page<Candidacy>,
  action: ReadAction,
): Promise<Page<EmployerCandidacyView | StaffCandidacyView>> {
  await ctx.em.populate(page.items, CANDIDACY_POPULATE);
  const data = await loadViewData(ctx.em, page.items);
  const employerSide = ctx.actor.role === Role.EmployerRecruiter;
  for (const candidacy of page.items)
    auditRead(ctx, candidacy, action, employerSide && identityVisible(candidacy, data));
  await ctx.em.flush();
  return {
    items: page.items.map((candidacy) => toCandidacyView(ctx.actor, candidacy, data, ctx.now)),
    nextCursor: page.nextCursor,
  };
}

/**
 * Candidacies the caller may see (employer: its own vacancies, pseudonymous until the person agrees
 * to share; lifecoach: caseload; programme staff: all), last moved first. Audited per person.
 */
export async function listCandidacies(
  ctx: RequestContext,
  query: ListCandidaciesQuery,
): Promise<Page<EmployerCandidacyView | StaffCandidacyView>> {
  assertCan(ctx.actor, Permission.ReadCandidacies);
  if (query.jobSeekerId && ctx.actor.role === Role.EmployerRecruiter) {
    throw validationError([
      {
        path: ['jobSeekerId'],
        message: say({
          nl: 'Werkgevers zoeken op kandidaatcode.',
          en: 'Employers search by candidate code.',
        }),
      },
    ]);
  }
  const filter = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.open === 'true' ? { status: { $in: [...OPEN_CANDIDACY_STATUSES] } } : {}),
    ...(query.open === 'false' ? { status: { $nin: [...OPEN_CANDIDACY_STATUSES] } } : {}),
    ...(query.vacancyId ? { vacancy: query.vacancyId } : {}),
    ...(query.meetAndGreetId ? { meetAndGreet: query.meetAndGreetId } : {}),
    ...(query.jobSeekerId ? { jobSeeker: query.jobSeekerId } : {}),
  };
  const where = query.status && query.open ? { $and: [filter, { status: query.status }] } : filter;
  const page = await findPage(ctx.em, Candidacy, { $and: [where, candidacyScope(ctx.actor)] }, query, {
    lastMovedAt: 'desc',
  });
  return viewPage(ctx, page, 'candidacy.listed');
}

/**
 * Open candidacies with no step for 30 days, longest waiting first: for the lifecoach (caseload) and
 * programme staff, to follow up with the person or the employer.
 */
/** Open candidacies that have not moved for STALE_AFTER_DAYS, in the actor's scope. */
export function staleCandidaciesWhere(ctx: RequestContext): FilterQuery<Candidacy> {
  const before = new Date(ctx.now.getTime() - STALE_AFTER_DAYS * DAY_MS);
  return {
    $and: [
      { status: { $in: [...OPEN_CANDIDACY_STATUSES] }, lastMovedAt: { $lt: before } },
      candidacyScope(ctx.actor),
    ],
  };
}

export const staleCandidaciesProbe = (ctx: RequestContext) => probe(Candidacy, staleCandidaciesWhere(ctx));

export async function listStaleCandidacies(
  ctx: RequestContext,
  query: { limit: number; cursor?: string },
): Promise<Page<EmployerCandidacyView | StaffCandidacyView>> {
  assertCan(ctx.actor, Permission.ReadStaleCandidacies);
  const page = await findPage(ctx.em, Candidacy, staleCandidaciesWhere(ctx), query, { lastMovedAt: 'asc' });
  return viewPage(ctx, page, 'candidacy.listed');
}

async function findCandidacy(ctx: RequestContext, id: string): Promise<Candidacy> {
  return findInScope(
    ctx.em,
    Candidacy,
    id,
    candidacyScope(ctx.actor),
    { nl: 'Deze kandidatuur', en: 'Candidacy' },
    CANDIDACY_POPULATE,
  );
}

export async function candidacyDetail(
  ctx: RequestContext,
  candidacy: Candidacy,
): Promise<EmployerCandidacyDetail | StaffCandidacyDetail> {
  const data = await loadViewData(ctx.em, [candidacy]);
  const transitions = await ctx.em.find(
    CandidacyTransition,
    { candidacy: candidacy.id },
    // A hire by code opens and hires in one moment: the opening step (from nothing) comes first.
    { orderBy: { occurredAt: 'asc', fromStatus: QueryOrder.ASC_NULLS_FIRST, id: 'asc' } },
  );
  auditRead(
    ctx,
    candidacy,
    'candidacy.viewed',
    ctx.actor.role === Role.EmployerRecruiter && identityVisible(candidacy, data),
  );
  await ctx.em.flush();
  return toCandidacyDetail(ctx.actor, candidacy, data, transitions, ctx.now);
}

/** One candidacy with every step (who, when, why). Audited. */
export async function getCandidacy(
  ctx: RequestContext,
  id: string,
): Promise<EmployerCandidacyDetail | StaffCandidacyDetail> {
  assertCan(ctx.actor, Permission.ReadCandidacies);
  return candidacyDetail(ctx, await findCandidacy(ctx, id));
}

/** The contact route the person chose when they said yes to the Meet & Greet; via the lifecoach otherwise. */
async function preferredRoute(ctx: RequestContext, candidacy: Candidacy): Promise<ContactRoute> {
  if (!candidacy.meetAndGreet) return 'VIA_LIFECOACH';
  const participant = await ctx.em.findOne(MeetAndGreetParticipant, {
    meetAndGreet: candidacy.meetAndGreet.id,
    jobSeeker: candidacy.jobSeeker.id,
  });
  return participant?.contactRoute ?? 'VIA_LIFECOACH';
}

/**
 * Shows the employer who the person is: only called once the person's consent to share their
 * profile with this employer is checked. The reveal is audited.
 */
export function revealIdentity(
  ctx: RequestContext,
  candidacy: Candidacy,
  invitation: InterviewInvitation,
  route: ContactRoute,
): void {
  invitation.status = 'SHARED';
  invitation.contactRoute = route === 'EMAIL' && !candidacy.jobSeeker.email ? 'VIA_LIFECOACH' : route;
  invitation.sharedAt = ctx.now;
  invitation.sharedByUserId = ctx.actor.userId;
  recordIdentityReveal(ctx, {
    entityType: 'candidacy',
    entityId: candidacy.id,
    subjectId: candidacy.jobSeeker.id,
    fields: ['fullName', 'contact'],
  });
}

/**
 * The employer invites the candidate to a job interview. With the person's consent to share their
 * profile with this employer, the employer sees who it is at once; without it the invitation waits
 * for the lifecoach to ask the person (GET /interview-invitations).
 */
async function inviteToInterview(ctx: RequestContext, candidacy: Candidacy, input: MoveCandidacyInput) {
  await applyTransition(ctx, candidacy, 'INVITED', { mover: 'EMPLOYER', note: input.note ?? null });
  const invitation = ctx.em.create(InterviewInvitation, {
    candidacy,
    employer: candidacy.employer,
    status: 'WAITING_FOR_CONSENT',
    message: input.message ?? null,
    contactRoute: null,
    invitedByUserId: ctx.actor.userId,
    invitedAt: ctx.now,
    sharedByUserId: null,
    sharedAt: null,
    closedAt: null,
  });
  recordAudit(ctx, {
    action: 'interview_invitation.created',
    entityType: 'candidacy',
    entityId: candidacy.id,
    subjectId: candidacy.jobSeeker.id,
  });
  if (await hasConsent(ctx.em, candidacy.jobSeeker.id, 'PROFILE_SHARING', candidacy.employer.id)) {
    revealIdentity(ctx, candidacy, invitation, await preferredRoute(ctx, candidacy));
  }
}

/**
 * One step in the pipeline. A step that does not exist from the current state is 409
 * INVALID_TRANSITION; a step that exists but is someone else's to take is 403.
 */
export async function moveCandidacy(
  ctx: RequestContext,
  id: string,
  input: MoveCandidacyInput,
  deps: CandidacyDependencies,
): Promise<EmployerCandidacyDetail | StaffCandidacyDetail> {
  assertCan(ctx.actor, Permission.MoveCandidacies);
  let placement: HiredPlacement | undefined;
  await ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const candidacy = await findCandidacy(tx, id);
    // A hire locks the vacancy before the candidacies (hire.service.ts), like every other hire.
    const hireVacancy =
      input.to === 'HIRED'
        ? await lockForHire(tx, {
            vacancyId: candidacy.vacancy.id,
            jobSeekerId: candidacy.jobSeeker.id,
            candidacyId: candidacy.id,
          })
        : null;
    const filled = hireVacancy ? await assertPositionLeft(tx, hireVacancy) : 0;
    if (!hireVacancy) await em.lock(candidacy, LockMode.PESSIMISTIC_WRITE);
    assertVersion(candidacy, input.version);
    const mover = moverOf(ctx.actor);
    const { to } = input;
    const from = candidacy.status;
    if (!transitionExists(from, to)) throw invalidTransition(from, to);
    if (!mayMove(mover, from, to)) {
      if (moversOf(from, to).every((who) => who === 'SYSTEM')) {
        throw invalidTransition(
          from,
          to,
          say({
            nl: 'Deze stap volgt vanzelf uit de Meet & Greet (schema vastleggen, event gehouden).',
            en: 'This step follows from the Meet & Greet.',
          }),
        );
      }
      throw forbidden(say({ nl: 'Deze stap is niet aan jou.', en: 'This step is not yours to take.' }));
    }
    if (input.message && to !== 'INVITED') {
      throw validationError([
        {
          path: ['message'],
          message: say({
            nl: 'Een bericht hoort bij een uitnodiging voor een gesprek.',
            en: 'Only with INVITED.',
          }),
        },
      ]);
    }
    const step = {
      mover,
      reasonCode: (input.reasonCode as CandidacyReasonCode | null | undefined) ?? null,
      note: input.note ?? null,
    };
    const problem = reasonProblem(to, mover, step.reasonCode);
    if (problem) throw validationError([{ path: ['reasonCode'], message: problem }]);
    if (to === 'INVITED') {
      await inviteToInterview(tx, candidacy, input);
    } else if (hireVacancy) {
      placement = await recordHire(
        tx,
        { candidacy, vacancy: hireVacancy, filled },
        { mover: 'EMPLOYER', note: input.note ?? null },
        deps,
      );
    } else {
      if (to === 'INTERVIEWED') await assertIdentityShared(tx, candidacy);
      await applyTransition(tx, candidacy, to, step);
    }
    await em.flush();
  });
  // The view makes candidate codes on the connection itself: after the commit.
  const detail = await candidacyDetail(ctx, await findCandidacy(ctx, id));
  // A hire names the placement it opened, so the employer can go on and fill it in.
  return placement ? { ...detail, placement: { id: placement.id, version: placement.version } } : detail;
}

/** An interview needs the employer to know whom to invite: the person agreed and the details were shared. */
async function assertIdentityShared(ctx: RequestContext, candidacy: Candidacy) {
  const invitation = await ctx.em.findOne(InterviewInvitation, { candidacy });
  const consent = await hasConsent(ctx.em, candidacy.jobSeeker.id, 'PROFILE_SHARING', candidacy.employer.id);
  if (invitation?.status !== 'SHARED' || !consent) {
    throw invalidTransition(
      candidacy.status,
      'INTERVIEWED',
      say({
        nl: 'De kandidaat heeft (nog) geen toestemming gegeven om het profiel met u te delen; de lifecoach vraagt het.',
        en: 'Waiting for the person’s consent.',
      }),
    );
  }
}

/**
 * A vacancy's pipeline in numbers: how many candidacies stand at each step, and how many positions
 * are filled (its HIRED candidacies) — the count that turns the vacancy FILLED. No one is named.
 */
export async function getVacancyPipeline(
  ctx: RequestContext,
  vacancyId: string,
): Promise<VacancyPipelineView> {
  assertCan(ctx.actor, Permission.ReadCandidacies);
  const vacancy = await findInScope(ctx.em, Vacancy, vacancyId, vacancyScope(ctx.actor), {
    nl: 'Deze vacature',
    en: 'Vacancy',
  });
  const candidacies = await ctx.em.find(Candidacy, { vacancy: vacancy.id }, { fields: ['status'] });
  const counts = candidacyStatuses
    .map((status) => ({
      status,
      label: CANDIDACY_STATUS_LABELS_NL[status],
      count: candidacies.filter((candidacy) => candidacy.status === status).length,
    }))
    .filter((entry) => entry.count > 0);
  const filledPositions = counts.find((entry) => entry.status === 'HIRED')?.count ?? 0;
  return {
    vacancyId: vacancy.id,
    title: vacancy.title,
    vacancyStatus: vacancy.status,
    positions: vacancy.positions,
    filledPositions,
    openPositions: Math.max(0, vacancy.positions - filledPositions),
    counts,
  };
}
