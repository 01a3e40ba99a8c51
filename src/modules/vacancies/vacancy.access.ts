import type { FilterQuery } from '@mikro-orm/core';
import { worksAtEmployer } from '../../access/policy';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import type { Vacancy } from './vacancy.entity';

/**
 * Vacancies: an employer sees all of its own (drafts too); lifecoaches see published ones, to find
 * work for their caseload; programme staff see everything.
 */
export function vacancyScope(actor: Actor): FilterQuery<Vacancy> {
  if (worksAtEmployer(actor)) return { employer: actor.organisationId };
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach) return { status: { $in: ['OPEN', 'FILLED'] } };
  return { id: { $in: [] } };
}
