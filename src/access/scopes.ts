import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Message } from '../http/messages';
import { notFound } from '../http/problem';

/**
 * Scopes (each module's own, in `<module>.access.ts`) turn "who is asking" into a query filter. Every query for a list or a single record is
 * combined with its scope, so an out-of-scope record is simply not found (404): its existence
 * does not leak.
 */
export async function findInScope<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  id: string,
  scope: FilterQuery<Entity>,
  label: Message,
  populate: readonly string[] = [],
): Promise<Entity> {
  const found = await em.findOne(entity, { $and: [{ id }, scope] } as never, {
    populate: populate as never,
  });
  if (!found) throw notFound(label);
  return found as Entity;
}
