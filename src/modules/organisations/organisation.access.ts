import type { FilterQuery } from '@mikro-orm/core';
import { seesAllOrganisations } from '../../access/policy';
import type { Actor } from '../../http/context';
import type { Organisation } from './organisation.entity';

export const organisationScope = (actor: Actor): FilterQuery<Organisation> =>
  seesAllOrganisations(actor) ? {} : { id: actor.organisationId };
