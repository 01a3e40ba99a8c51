import type { EntityManager } from '@mikro-orm/core';
import { type DeferredAuditEntry, type RequestContext, SCHEDULED_JOB_TOKEN_ID } from '../../http/context';
import { AuditEntry } from './audit-entry.entity';

/**
 * Verbs are past tense and name the entity: `organisation.created`, `job_seeker.viewed`.
 * `viewed` entries record every read of a person's data.
 */
export type AuditAction = `${string}.${'created' | 'updated' | 'viewed' | 'issued' | 'revoked' | string}`;

export type AuditRecord = {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Field names touched by a change. Names only: values would put personal data into the log. */
  fields?: string[];
  /** The job seeker the data belongs to; implied when the entity is the job seeker itself. */
  subjectId?: string;
};

const subjectOf = (record: AuditRecord): string | null =>
  record.subjectId ?? (record.entityType === 'job_seeker' ? record.entityId : null);

/** A read of data (`….viewed`, `….listed`, `….follow_up_listed`), as opposed to a change. */
const isRead = (action: string) => /[._](viewed|listed)$/.test(action);

/**
 * Records an audit entry for the caller's request.
 *
 * A change's entry joins the caller's unit of work, so it is committed together with the change
 * it describes — or not at all. A read's entry is written by the app once the whole request has
 * succeeded (`writeDeferredAudit`): a read that fails half-way showed nothing and leaves no
 * entry, even when the service flushes its EntityManager before the failure.
 */
export function recordAudit(ctx: RequestContext, record: AuditRecord): void {
  if (ctx.actor.tokenId === SCHEDULED_JOB_TOKEN_ID) {
    // A scheduled job is nobody: its reads are logged as the system's, with the job's run as request.
    recordSystemAudit(ctx.em, record, ctx.now, ctx.requestId);
    return;
  }
  const entry: DeferredAuditEntry = {
    occurredAt: ctx.now,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
    actorRole: ctx.actor.role,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    requestId: ctx.requestId,
    subjectId: subjectOf(record),
    fields: record.fields ?? null,
  };
  if (ctx.deferredAudit && isRead(record.action)) ctx.deferredAudit.push(entry);
  else ctx.em.create(AuditEntry, entry);
}

/**
 * Ends a read verb. Its read entries wait for the request's success (see `recordAudit`), so unless
 * the verb recorded something else (an identity reveal is not a read) or runs outside a request (a
 * scheduled job, a script), there is nothing to flush — and a flush would still compare every
 * entity the request loaded.
 */
export async function saveReadAudit(ctx: RequestContext): Promise<void> {
  const deferred = ctx.deferredAudit && ctx.actor.tokenId !== SCHEDULED_JOB_TOKEN_ID;
  if (deferred && ctx.em.getUnitOfWork().getPersistStack().size === 0) return;
  await ctx.em.flush();
}

/** Writes a succeeded request's read entries, in a unit of work of their own (nothing else rides along). */
export async function writeDeferredAudit(
  em: EntityManager,
  entries: readonly DeferredAuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const own = em.fork();
  for (const entry of entries) own.create(AuditEntry, entry);
  await own.flush();
}

/** For actions outside an HTTP request (the token CLI, the demo seed). */
export function recordSystemAudit(
  em: EntityManager,
  record: AuditRecord,
  occurredAt = new Date(),
  requestId: string | null = null,
): void {
  em.create(AuditEntry, {
    occurredAt,
    actorUserId: null,
    actorOrganisationId: null,
    actorRole: 'SYSTEM',
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    requestId,
    subjectId: subjectOf(record),
    fields: record.fields ?? null,
  });
}
