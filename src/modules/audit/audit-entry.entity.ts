import { defineEntity, p } from '@mikro-orm/core';

/**
 * One line of the append-only audit log: who did what to which record, when, in which request.
 * It holds identifiers and field names only — never the personal data itself.
 * A database trigger refuses UPDATE and DELETE on this table, so not even a direct SQL session can
 * rewrite history.
 */
export const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    occurredAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    actorUserId: p.uuid().nullable().index(),
    actorOrganisationId: p.uuid().nullable(),
    actorRole: p.string().length(40).nullable(),
    action: p.string().length(60),
    entityType: p.string().length(60),
    entityId: p.string().length(64),
    requestId: p.string().length(100).nullable(),
    /** The job seeker whose data this is about, so "who saw or changed what about this person" is one query. */
    subjectId: p.uuid().nullable().index(),
    /** Names of the fields a change touched (names only, no values). */
    fields: p.array().nullable(),
  },
  indexes: [{ properties: ['entityType', 'entityId'] }],
  triggers: [
    {
      name: 'audit_entry_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'audit_entry is append-only';",
    },
  ],
});

export class AuditEntry extends AuditEntrySchema.class {}
AuditEntrySchema.setClass(AuditEntry);
