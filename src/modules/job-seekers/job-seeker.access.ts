import type { FilterQuery } from '@mikro-orm/core';
import { can, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import { findInScope } from '../../access/scopes';
import type { Actor, RequestContext } from '../../http/context';
import { JobSeeker } from './job-seeker.entity';

/**
 * Lifecoaches and programme staff see the whole record (segment, consents, handover notes);
 * partner workers only the registration data of the people their organisation referred.
 */
export const seesWholeRecord = (actor: Actor): boolean =>
  can(actor, Permission.ReadSegments) && can(actor, Permission.ReadConsents);

/**
 * The job seeker, if the caller may see them (jobSeekerScope): otherwise 404, so that the existence
 * of a person outside the caller's caseload or organisation does not leak. Check the role first.
 */
export const findJobSeekerInScope = (
  ctx: RequestContext,
  id: string,
  populate: readonly ('responsibleLifecoach' | 'referringOrganisation')[] = ['responsibleLifecoach'],
): Promise<JobSeeker> =>
  findInScope(
    ctx.em,
    JobSeeker,
    id,
    jobSeekerScope(ctx.actor),
    { nl: 'Deze persoon', en: 'Job seeker' },
    populate,
  );

/**
 * A person signed in to "Mijn gegevens" sees exactly one job seeker: their own. Nobody else
 * reaches a record through this scope, so another person's record is simply not found.
 */
export function ownJobSeekerScope(actor: Actor): FilterQuery<JobSeeker> {
  if (actor.role === Role.JobSeeker && actor.jobSeekerId) return { id: actor.jobSeekerId };
  return { id: { $in: [] } };
}

/**
 * Job seekers: programme staff see everyone, a lifecoach their own caseload, a partner worker the
 * people their organisation referred. Everyone else sees no one. Nobody sees an erased person.
 */
export function jobSeekerScope(actor: Actor): FilterQuery<JobSeeker> {
  // An erased person (src/modules/erasure) is in nobody's scope: only the reports still count them.
  switch (actor.role) {
    case Role.ProgrammeAdmin:
      return { erasedAt: null };
    case Role.Lifecoach:
      return { responsibleLifecoach: actor.userId, erasedAt: null };
    case Role.PartnerWorker:
      return { referringOrganisation: actor.organisationId, erasedAt: null };
    default:
      return { id: { $in: [] } };
  }
}
