import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Actor } from '../http/context';
import { notFound } from '../http/problem';
import type { Organisation } from '../modules/organisations/organisation.entity';
import type { User } from '../modules/users/user.entity';
import { seesAllOrganisations } from './policy';

/**
 * Scopes turn "who is asking" into a query filter. Every query for a list or a single record is
 * combined with its scope, so an out-of-scope record is simply not found (404): its existence
 * does not leak.
 */
export const organisationScope = (actor: Actor): FilterQuery<Organisation> =>
  seesAllOrganisations(actor) ? {} : { id: actor.organisationId };

export const userScope = (actor: Actor): FilterQuery<User> =>
  seesAllOrganisations(actor) ? {} : { organisation: actor.organisationId };

export async function findInScope<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  id: string,
  scope: FilterQuery<Entity>,
  label: string,
  populate: readonly string[] = [],
): Promise<Entity> {
  const found = await em.findOne(entity, { $and: [{ id }, scope] } as never, {
    populate: populate as never,
  });
  if (!found) throw notFound(label);
  return found as Entity;
}
