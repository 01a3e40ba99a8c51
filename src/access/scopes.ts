import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Actor } from '../http/context';
import { notFound } from '../http/problem';
import type { JobSeeker } from '../modules/job-seekers/job-seeker.entity';
import type { Organisation } from '../modules/organisations/organisation.entity';
import type { User } from '../modules/users/user.entity';
import type { Vacancy } from '../modules/vacancies/vacancy.entity';
import { seesAllOrganisations } from './policy';
import { Role } from './roles';

/**
 * Scopes turn "who is asking" into a query filter. Every query for a list or a single record is
 * combined with its scope, so an out-of-scope record is simply not found (404): its existence
 * does not leak.
 */
export const organisationScope = (actor: Actor): FilterQuery<Organisation> =>
  seesAllOrganisations(actor) ? {} : { id: actor.organisationId };

export const userScope = (actor: Actor): FilterQuery<User> =>
  seesAllOrganisations(actor) ? {} : { organisation: actor.organisationId };

/**
 * Job seekers: programme staff see everyone, a lifecoach their own caseload, a partner worker the
 * people their organisation referred. Everyone else sees no one.
 */
export function jobSeekerScope(actor: Actor): FilterQuery<JobSeeker> {
  switch (actor.role) {
    case Role.ProgrammeAdmin:
      return {};
    case Role.Lifecoach:
      return { responsibleLifecoach: actor.userId };
    case Role.PartnerWorker:
      return { referringOrganisation: actor.organisationId };
    default:
      return { id: { $in: [] } };
  }
}

const worksAtEmployer = (actor: Actor) => actor.role === Role.EmployerRecruiter || actor.role === Role.Mentor;

/** Employer organisations: their own people see their own; programme staff and lifecoaches all. */
export function employerScope(actor: Actor): FilterQuery<Organisation> {
  if (worksAtEmployer(actor)) return { id: actor.organisationId, kind: 'EMPLOYER' };
  if (actor.role === Role.ProgrammeAdmin || actor.role === Role.Lifecoach) return { kind: 'EMPLOYER' };
  return { id: { $in: [] } };
}

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
