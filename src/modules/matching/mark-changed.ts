import type { EntityManager } from '@mikro-orm/core';
import { MatchingChange } from './matching-change.entity';

/**
 * Call from any service that changes what matching reads about a person. The note joins the
 * caller's unit of work, so it is committed with the change or not at all.
 */
export function markMatchingInputChanged(em: EntityManager, jobSeekerId: string): void {
  em.create(MatchingChange, { jobSeekerId, changedAt: new Date() });
}
