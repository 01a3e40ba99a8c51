import type { FilterQuery } from '@mikro-orm/core';
import { seesAllOrganisations } from '../../access/policy';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import type { User } from './user.entity';

/** Staff accounts only: a person's own account is no user to manage, list or issue tokens for. */
export const userScope = (actor: Actor): FilterQuery<User> => ({
  ...(seesAllOrganisations(actor) ? {} : { organisation: actor.organisationId }),
  role: { $ne: Role.JobSeeker },
});
