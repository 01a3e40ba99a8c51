import type { FilterQuery } from '@mikro-orm/core';
import { worksAtEmployer } from '../../access/policy';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import type { Organisation } from '../organisations/organisation.entity';

/** Employer organisations: their own people see their own; programme staff and lifecoaches all. */
export function employerScope(actor: Actor): FilterQuery<Organisation> {
  if (worksAtEmployer(actor)) return { id: actor.organisationId, kind: 'EMPLOYER' };
  if (actor.role === Role.ProgrammeAdmin || actor.role === Role.Lifecoach) return { kind: 'EMPLOYER' };
  return { id: { $in: [] } };
}
