import type { EntityManager } from '@mikro-orm/core';
import type { OrganisationKind, Role } from '../access/roles';

/** The authenticated caller, as every service sees it. */
export type Actor = {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: Role;
  tokenId: string;
};

/** An audit entry that is written only when its request succeeds (see recordAudit). */
export type DeferredAuditEntry = {
  occurredAt: Date;
  actorUserId: string;
  actorOrganisationId: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string;
  subjectId: string | null;
  fields: string[] | null;
};

/** What a service verb receives: its own EntityManager, the caller, and the request id for the audit log. */
export type RequestContext = {
  em: EntityManager;
  actor: Actor;
  requestId: string;
  now: Date;
  /**
   * The request's audit entries for reads, written by the app once the request has succeeded.
   * Absent outside an HTTP request (seed, scripts): reads are then audited in the unit of work.
   */
  deferredAudit?: DeferredAuditEntry[];
};

export type AppBindings = {
  Variables: {
    requestId: string;
    em: EntityManager;
    deferredAudit: DeferredAuditEntry[];
    actor: Actor | undefined;
  };
};
