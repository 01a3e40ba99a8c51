import type { EntityManager } from '@mikro-orm/core';
import type { OrganisationKind, Role } from '../access/roles';

/** The person acting, whatever credential they came with. */
type ActorIdentity = {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: Role;
  /** Only for the JOB_SEEKER role: the one job seeker this account belongs to. */
  jobSeekerId?: string | null;
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

/**
 * The authenticated caller, as every service sees it: an API client with a bearer token, or a
 * person signed in to the web app with a session. Services never care which, except to say it.
 */
export type Actor = ActorIdentity &
  ({ tokenId: string; sessionId?: undefined } | { sessionId: string; tokenId?: undefined });

/** The token id of the actor a scheduled job acts as; the audit log writes it as SYSTEM. */
export const SCHEDULED_JOB_TOKEN_ID = 'scheduled-job';

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
    /** 'nl' or 'en', from Accept-Language (hono/language); messages in API errors follow it. */
    language: string;
  };
};
