import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import { jobSeekerScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { conflict, forbidden, notFound } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { findOwnJobSeeker } from '../own-record/own-record.access';
import { ERASED_NAME, erasePersonData, hasOngoingPlacement } from './erase-person';
import { type ErasureOrigin, ErasureRequest } from './erasure-request.entity';

export type ErasureRequestView = {
  id: string;
  jobSeekerId: string;
  /** The person's name while the request is open; "Verwijderd" once it is done. */
  fullName: string;
  origin: ErasureOrigin;
  status: 'PENDING' | 'DONE';
  requestedAt: string;
  completedAt: string | null;
  /** Why confirming has to wait now (an ongoing placement), or null. */
  waitsFor: 'ONGOING_PLACEMENT' | null;
};

const toView = (request: ErasureRequest, waitsFor: ErasureRequestView['waitsFor']): ErasureRequestView => ({
  id: request.id,
  jobSeekerId: request.jobSeeker.id,
  fullName: request.status === 'DONE' ? ERASED_NAME : request.jobSeeker.fullName,
  origin: request.origin,
  status: request.status,
  requestedAt: request.requestedAt.toISOString(),
  completedAt: request.completedAt?.toISOString() ?? null,
  waitsFor,
});

/**
 * The open request of a person, or a new one: inside the caller's transaction, with the person
 * locked, so two requests at once still make one.
 */
export async function openErasureRequest(
  em: EntityManager,
  jobSeeker: JobSeeker,
  origin: ErasureOrigin,
  requestedByUserId: string,
  now: Date,
): Promise<ErasureRequest> {
  await em.lock(jobSeeker, LockMode.PESSIMISTIC_WRITE);
  const open = await em.findOne(ErasureRequest, { jobSeeker, status: 'PENDING' });
  if (open) return open;
  return em.create(ErasureRequest, {
    jobSeeker,
    origin,
    status: 'PENDING',
    requestedAt: now,
    requestedByUserId,
    confirmedByUserId: null,
    completedAt: null,
  });
}

async function requestFor(ctx: RequestContext, jobSeeker: JobSeeker, origin: ErasureOrigin) {
  const request = await openErasureRequest(ctx.em, jobSeeker, origin, ctx.actor.userId, ctx.now);
  recordAudit(ctx, {
    action: 'erasure.requested',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
  });
  await ctx.em.flush();
  return toView(request, (await hasOngoingPlacement(ctx.em, jobSeeker.id)) ? 'ONGOING_PLACEMENT' : null);
}

/** "Stoppen": the signed-in person asks to leave the programme and have their data erased. */
export async function requestOwnErasure(ctx: RequestContext): Promise<ErasureRequestView> {
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findOwnJobSeeker(tx, Permission.ReadOwnRecord);
    return requestFor(tx, jobSeeker, 'PERSON');
  });
}

/** The person's open request, if any: for the "Stoppen" page. */
export async function getOwnErasureRequest(ctx: RequestContext): Promise<ErasureRequestView | null> {
  const jobSeeker = await findOwnJobSeeker(ctx, Permission.ReadOwnRecord);
  const open = await ctx.em.findOne(
    ErasureRequest,
    { jobSeeker, status: 'PENDING' },
    { populate: ['jobSeeker'] },
  );
  if (!open) return null;
  return toView(open, (await hasOngoingPlacement(ctx.em, jobSeeker.id)) ? 'ONGOING_PLACEMENT' : null);
}

/** The lifecoach asks on the person's behalf (the person said so in a conversation). */
export async function requestErasureForPerson(
  ctx: RequestContext,
  jobSeekerId: string,
): Promise<ErasureRequestView> {
  if (ctx.actor.role !== Role.Lifecoach && ctx.actor.role !== Role.ProgrammeAdmin) throw forbidden();
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const jobSeeker = await findJobSeekerInScope(tx, jobSeekerId, []);
    return requestFor(tx, jobSeeker, 'LIFECOACH');
  });
}

const assertProgrammeStaff = (ctx: RequestContext) => {
  if (ctx.actor.role !== Role.ProgrammeAdmin)
    throw forbidden('Only programme staff handle erasure requests.');
};

/** Open requests first (oldest first), then the last 50 done; for programme staff only. */
export async function listErasureRequests(ctx: RequestContext): Promise<{ items: ErasureRequestView[] }> {
  assertProgrammeStaff(ctx);
  const [open, done] = await Promise.all([
    ctx.em.find(
      ErasureRequest,
      { status: 'PENDING' },
      { populate: ['jobSeeker'], orderBy: { requestedAt: 'asc', id: 'asc' } },
    ),
    ctx.em.find(
      ErasureRequest,
      { status: 'DONE' },
      { populate: ['jobSeeker'], orderBy: { completedAt: 'desc', id: 'asc' }, limit: 50 },
    ),
  ]);
  const items: ErasureRequestView[] = [];
  for (const request of open)
    items.push(
      toView(request, (await hasOngoingPlacement(ctx.em, request.jobSeeker.id)) ? 'ONGOING_PLACEMENT' : null),
    );
  for (const request of done) items.push(toView(request, null));
  for (const request of open)
    recordAudit(ctx, {
      action: 'job_seeker.viewed',
      entityType: 'job_seeker',
      entityId: request.jobSeeker.id,
      fields: ['fullName'],
    });
  return { items };
}

/**
 * Erases the person in one transaction, as programme staff confirm the request. Waits (409, nothing
 * written) while a placement still runs. A request already done answers as done.
 */
export async function confirmErasure(ctx: RequestContext, requestId: string): Promise<ErasureRequestView> {
  assertProgrammeStaff(ctx);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const request = await em.findOne(ErasureRequest, { id: requestId }, { populate: ['jobSeeker'] });
    if (!request) throw notFound('Erasure request');
    const jobSeeker = request.jobSeeker;
    await em.lock(jobSeeker, LockMode.PESSIMISTIC_WRITE);
    await em.refresh(request);
    if (request.status === 'DONE') return toView(request, null);
    await eraseLockedPerson(tx, jobSeeker, request);
    return toView(request, null);
  });
}

/**
 * The erasure itself, for a person locked in the caller's transaction: refuses while a placement
 * runs, then overwrites everything (erase-person.ts) and closes the request.
 */
export async function eraseLockedPerson(tx: RequestContext, jobSeeker: JobSeeker, request: ErasureRequest) {
  if (await hasOngoingPlacement(tx.em, jobSeeker.id)) {
    throw conflict(
      'This person still works under a placement. Erasure waits until the placement has ended; the request stays open.',
      { waitsFor: 'ONGOING_PLACEMENT' },
    );
  }
  const fullName = jobSeeker.fullName;
  request.status = 'DONE';
  request.completedAt = tx.now;
  request.confirmedByUserId = tx.actor.userId;
  recordAudit(tx, { action: 'job_seeker.erased', entityType: 'job_seeker', entityId: jobSeeker.id });
  await tx.em.flush();
  await erasePersonData(tx.em, jobSeeker.id, fullName, tx.now);
  // The entity in memory still holds the old values: forget it, so no later flush writes them back.
  tx.em.getUnitOfWork().unsetIdentity(jobSeeker);
}

export type RetentionNoticeView = {
  jobSeekerId: string;
  fullName: string;
  noticeAt: string;
  erasesFrom: string;
};

/**
 * People of the caller's caseload who were told their record will be anonymised for lack of
 * activity (retention.job.ts), with the first day it may happen. Audited as a list.
 */
export async function listRetentionNotices(
  ctx: RequestContext,
  query: { limit: number },
): Promise<{ items: RetentionNoticeView[] }> {
  const people = await ctx.em.find(
    JobSeeker,
    { $and: [jobSeekerScope(ctx.actor), { retentionNoticeAt: { $ne: null } }] },
    { orderBy: { retentionNoticeAt: 'asc', id: 'asc' }, limit: query.limit },
  );
  for (const person of people)
    recordAudit(ctx, {
      action: 'job_seeker.listed',
      entityType: 'job_seeker',
      entityId: person.id,
      fields: ['fullName'],
    });
  return {
    items: people.map((person) => {
      const noticeAt = person.retentionNoticeAt as Date;
      return {
        jobSeekerId: person.id,
        fullName: person.fullName,
        noticeAt: noticeAt.toISOString(),
        erasesFrom: new Date(noticeAt.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
      };
    }),
  };
}
