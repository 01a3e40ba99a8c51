import type { EntityManager } from '@mikro-orm/core';
import { type RequestContext, SCHEDULED_JOB_TOKEN_ID } from '../../http/context';
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

/**
 * Adds an audit entry to the caller's unit of work, so it is committed together with the change
 * it describes — or not at all.
 */
export function recordAudit(ctx: RequestContext, record: AuditRecord): void {
  if (ctx.actor.tokenId === SCHEDULED_JOB_TOKEN_ID) {
    // A scheduled job is nobody: its reads are logged as the system's, with the job's run as request.
    recordSystemAudit(ctx.em, record, ctx.now, ctx.requestId);
    return;
  }
  ctx.em.create(AuditEntry, {
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
  });
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
