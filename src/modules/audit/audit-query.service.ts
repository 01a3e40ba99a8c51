import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { findPage, type Page } from '../../http/pagination';
import type { AuditEntryView, AuditQuery } from './audit.schemas';
import { AuditEntry } from './audit-entry.entity';

const toAuditEntryView = (entry: AuditEntry): AuditEntryView => ({
  id: entry.id,
  occurredAt: entry.occurredAt.toISOString(),
  actorUserId: entry.actorUserId ?? null,
  actorOrganisationId: entry.actorOrganisationId ?? null,
  actorRole: entry.actorRole ?? null,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  requestId: entry.requestId ?? null,
  subjectId: entry.subjectId ?? null,
  fields: entry.fields ?? null,
});

/** Newest first. Programme admins only: the log itself says who looked at whom. */
export async function queryAuditLog(ctx: RequestContext, query: AuditQuery): Promise<Page<AuditEntryView>> {
  assertCan(ctx.actor, Permission.ReadAuditLog);
  const occurredAt = {
    ...(query.from ? { $gte: new Date(query.from) } : {}),
    ...(query.to ? { $lt: new Date(query.to) } : {}),
  };
  const where = {
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.actorUserId ? { actorUserId: query.actorUserId } : {}),
    ...(query.subjectId ? { subjectId: query.subjectId } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.from || query.to ? { occurredAt } : {}),
  };
  const page = await findPage(ctx.em, AuditEntry, where, query, { id: 'desc' });
  return { items: page.items.map(toAuditEntryView), nextCursor: page.nextCursor };
}
