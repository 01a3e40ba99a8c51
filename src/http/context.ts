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

/**
 * The authenticated caller, as every service sees it: an API client with a bearer token, or a
 * person signed in to the web app with a session. Services never care which, except to say it.
 */
export type Actor = ActorIdentity &
  ({ tokenId: string; sessionId?: undefined } | { sessionId: string; tokenId?: undefined });

/** What a service verb receives: its own EntityManager, the caller, and the request id for the audit log. */
export type RequestContext = {
  em: EntityManager;
  actor: Actor;
  requestId: string;
  now: Date;
};

export type AppBindings = {
  Variables: {
    requestId: string;
    em: EntityManager;
    actor: Actor | undefined;
  };
};
