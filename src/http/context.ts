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
