import type { EntityManager } from '@mikro-orm/core';
import { OrganisationKind, Role } from '../../access/roles';
import { type RequestContext, SCHEDULED_JOB_TOKEN_ID } from '../../http/context';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The context a scheduled job calls service verbs with: the programme's reach (it mails everyone
 * what is theirs), audited as SYSTEM with the job and period as request id.
 */
export const jobContext = (em: EntityManager, now: Date, runLabel: string): RequestContext => ({
  em,
  now,
  requestId: runLabel.slice(0, 100),
  actor: {
    userId: NOBODY,
    organisationId: NOBODY,
    organisationKind: OrganisationKind.Programme,
    role: Role.ProgrammeAdmin,
    tokenId: SCHEDULED_JOB_TOKEN_ID,
  },
});
