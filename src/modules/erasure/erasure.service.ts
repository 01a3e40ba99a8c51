import { type EntityManager, LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { AppError, conflict, ProblemCode } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import type { JobSeeker } from '../job-seekers/job-seeker.entity';
import { markMatchingInputChanged } from '../matching/mark-changed';
import { findOwnJobSeeker } from '../own-record/own-record.access';
import { type ErasureBlocker, erasePerson, erasureBlockers } from './erase';
import {
  type ErasureOrigin,
  ErasureRequest,
  type ErasureStatus,
  openErasureStatuses,
} from './erasure.entity';

export type ErasureRequestView = {
  id: string;
  jobSeekerId: string;
  origin: ErasureOrigin;
  status: ErasureStatus;
  requestedAt: string;
  notYetReason: string | null;
  decidedAt: string | null;
  erasedAt: string | null;
  version: number;
};

/** The person's state: the open (or last) request, and what the erasure waits for. */
export type ErasureStateView = {
  jobSeekerId: string;
  request: ErasureRequestView | null;
  blockers: ErasureBlocker[];
};

export type ErasureRequestListItem = ErasureRequestView & {
  /** The person's name while the request is open; "Gewist" after. */
  fullName: string;
  blockers: ErasureBlocker[];
};

export const toErasureRequestView = (request: ErasureRequest): ErasureRequestView => ({
  id: request.id,
  jobSeekerId: request.jobSeeker.id,
  origin: request.origin,
  status: request.status,
  requestedAt: request.requestedAt.toISOString(),
  notYetReason: request.notYetReason ?? null,
  decidedAt: request.decidedAt?.toISOString() ?? null,
  erasedAt: request.erasedAt?.toISOString() ?? null,
  version: request.version,
});

const openRequestOf = (em: EntityManager, jobSeekerId: string) =>
  em.findOne(ErasureRequest, { jobSeeker: jobSeekerId, status: { $in: [...openErasureStatuses] } });

const lastRequestOf = (em: EntityManager, jobSeekerId: string) =>
  em.findOne(ErasureRequest, { jobSeeker: jobSeekerId }, { orderBy: { requestedAt: 'desc', id: 'desc' } });

/**
 * Opens the erasure request of a person inside the caller's transaction, or answers the one that is
 * open already (asking twice is asking once). From this moment matching, shortlists and proposals
 * leave the person out (see isHeldForErasureSql), until the request is withdrawn or carried out.
 */
export async function openErasureRequest(
  tx: RequestContext,
  jobSeeker: JobSeeker,
  origin: Exclude<ErasureOrigin, 'RETENTION'>,
): Promise<ErasureRequest> {
  const { em } = tx;
  await em.lock(jobSeeker, LockMode.PESSIMISTIC_WRITE);
  const open = await openRequestOf(em, jobSeeker.id);
  if (open) return open;
  const request = em.create(ErasureRequest, {
    jobSeeker,
    origin,
    status: 'REQUESTED',
    requestedAt: tx.now,
    requestedByUserId: tx.actor.userId,
    notYetReason: null,
    decidedAt: null,
    decidedByUserId: null,
    erasedAt: null,
  });
  markMatchingInputChanged(em, jobSeeker.id);
  recordAudit(tx, {
    action: 'erasure_request.created',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
    fields: [`origin.${origin}`],
  });
  await em.flush();
  return request;
}

/**
 * Taking part given again (PROGRAMME_PROCESSING): an open request is withdrawn, so the person takes
 * part again. Inside the caller's transaction; nothing happens when no request is open.
 */
export async function withdrawOpenErasureRequest(tx: RequestContext, jobSeeker: JobSeeker): Promise<void> {
  const open = await openRequestOf(tx.em, jobSeeker.id);
  if (!open) return;
  open.status = 'WITHDRAWN';
  open.decidedAt = tx.now;
  open.decidedByUserId = tx.actor.userId;
  markMatchingInputChanged(tx.em, jobSeeker.id);
  recordAudit(tx, {
    action: 'erasure_request.withdrawn',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
    fields: ['status'],
  });
  await tx.em.flush();
}

/**
 * The hook `appendConsentRecord` calls for PROGRAMME_PROCESSING: withdrawing it opens the erasure
 * request; giving it again withdraws an open request.
 */
export async function onProgrammeProcessingConsent(
  tx: RequestContext,
  jobSeeker: JobSeeker,
  given: boolean,
): Promise<void> {
  if (given) await withdrawOpenErasureRequest(tx, jobSeeker);
  else await openErasureRequest(tx, jobSeeker, 'CONSENT_WITHDRAWN');
}

/** The person asks to stop and have their data erased ("Stoppen"). */
export async function requestOwnErasure(ctx: RequestContext): Promise<ErasureStateView> {
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findOwnJobSeeker(tx, Permission.RequestOwnErasure);
    const request = await openErasureRequest(tx, jobSeeker, 'PERSON');
    return {
      jobSeekerId: jobSeeker.id,
      request: toErasureRequestView(request),
      blockers: await erasureBlockers(tx, jobSeeker.id),
    };
  });
}

/** The person's own erasure state, for "Stoppen". Audited as a read of the own record. */
export async function getOwnErasureState(ctx: RequestContext): Promise<ErasureStateView> {
  const jobSeeker = await findOwnJobSeeker(ctx, Permission.RequestOwnErasure);
  return stateOf(ctx, jobSeeker.id);
}

/** The lifecoach (or programme staff) files the request on the person's behalf. */
export async function requestErasureFor(ctx: RequestContext, jobSeekerId: string): Promise<ErasureStateView> {
  assertCan(ctx.actor, Permission.RequestErasureFor);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, jobSeekerId, []);
    const request = await openErasureRequest(tx, jobSeeker, 'LIFECOACH');
    return {
      jobSeekerId: jobSeeker.id,
      request: toErasureRequestView(request),
      blockers: await erasureBlockers(tx, jobSeeker.id),
    };
  });
}

/** The erasure state of a person in the caller's scope (the lifecoach's page). */
export async function getErasureStateFor(
  ctx: RequestContext,
  jobSeekerId: string,
): Promise<ErasureStateView> {
  assertCan(ctx.actor, Permission.RequestErasureFor);
  const jobSeeker = await findJobSeekerInScope(ctx, jobSeekerId, []);
  return stateOf(ctx, jobSeeker.id);
}

async function stateOf(ctx: RequestContext, jobSeekerId: string): Promise<ErasureStateView> {
  const request = await lastRequestOf(ctx.em, jobSeekerId);
  recordAudit(ctx, { action: 'erasure_request.viewed', entityType: 'job_seeker', entityId: jobSeekerId });
  await ctx.em.flush();
  return {
    jobSeekerId,
    request: request ? toErasureRequestView(request) : null,
    blockers:
      request && openErasureStatuses.includes(request.status) ? await erasureBlockers(ctx, jobSeekerId) : [],
  };
}

export type ErasureListQuery = PageQuery & { status?: 'OPEN' | ErasureStatus | undefined };

/** Requests for programme staff, oldest first; open ones by default. Audited per person. */
export async function listErasureRequests(
  ctx: RequestContext,
  query: ErasureListQuery,
): Promise<Page<ErasureRequestListItem>> {
  assertCan(ctx.actor, Permission.DecideErasure);
  const status = query.status ?? 'OPEN';
  const where = { status: status === 'OPEN' ? { $in: [...openErasureStatuses] } : status };
  const page = await findPage(ctx.em, ErasureRequest, where, query, { requestedAt: 'asc' }, ['jobSeeker']);
  const items: ErasureRequestListItem[] = [];
  for (const request of page.items) {
    recordAudit(ctx, {
      action: 'erasure_request.listed',
      entityType: 'job_seeker',
      entityId: request.jobSeeker.id,
    });
    items.push({
      ...toErasureRequestView(request),
      fullName: request.jobSeeker.fullName,
      blockers: openErasureStatuses.includes(request.status)
        ? await erasureBlockers(ctx, request.jobSeeker.id)
        : [],
    });
  }
  if (items.length) await ctx.em.flush();
  return { items, nextCursor: page.nextCursor };
}

async function findOpenRequestForDecision(tx: RequestContext, requestId: string, version: number) {
  const request = await findInScope(
    tx.em,
    ErasureRequest,
    requestId,
    {},
    { nl: 'Dit verzoek', en: 'Erasure request' },
    ['jobSeeker'],
  );
  await tx.em.lock(request.jobSeeker, LockMode.PESSIMISTIC_WRITE);
  await tx.em.refresh(request);
  assertVersion(request, version);
  if (!openErasureStatuses.includes(request.status)) {
    throw conflict(
      request.status === 'ERASED'
        ? say({ nl: 'De gegevens zijn al gewist.', en: 'The data has been erased already.' })
        : say({ nl: 'Dit verzoek is ingetrokken.', en: 'This request was withdrawn.' }),
    );
  }
  return request;
}

/**
 * Programme staff confirm: the erasure is carried out in this transaction. When something must be
 * kept for an active contract, nothing is written and the answer says what it waits for (409).
 */
export async function confirmErasure(
  ctx: RequestContext,
  requestId: string,
  input: { version: number },
): Promise<ErasureRequestView> {
  assertCan(ctx.actor, Permission.DecideErasure);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const request = await findOpenRequestForDecision(tx, requestId, input.version);
    const blockers = await erasureBlockers(tx, request.jobSeeker.id);
    if (blockers.length) {
      throw new AppError(
        ProblemCode.Conflict,
        say({
          nl: 'Wissen moet wachten: er loopt nog een plaatsing.',
          en: 'The erasure has to wait: a placement is still running.',
        }),
        undefined,
        { blockers },
      );
    }
    request.status = 'ERASED';
    request.decidedAt = ctx.now;
    request.decidedByUserId = ctx.actor.userId;
    request.erasedAt = ctx.now;
    request.notYetReason = null;
    recordAudit(tx, {
      action: 'erasure_request.confirmed',
      entityType: 'job_seeker',
      entityId: request.jobSeeker.id,
      fields: ['status'],
    });
    await em.flush();
    await erasePerson(tx, request.jobSeeker.id);
    return toErasureRequestView(request);
  });
}

/** Programme staff explain why it cannot be done yet; the request stays open. */
export async function explainNotYet(
  ctx: RequestContext,
  requestId: string,
  input: { reason: string; version: number },
): Promise<ErasureRequestView> {
  assertCan(ctx.actor, Permission.DecideErasure);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const request = await findOpenRequestForDecision(tx, requestId, input.version);
    request.status = 'NOT_YET';
    request.notYetReason = input.reason;
    request.decidedAt = ctx.now;
    request.decidedByUserId = ctx.actor.userId;
    recordAudit(tx, {
      action: 'erasure_request.not_yet',
      entityType: 'job_seeker',
      entityId: request.jobSeeker.id,
      fields: ['notYetReason'],
    });
    await em.flush();
    return toErasureRequestView(request);
  });
}
