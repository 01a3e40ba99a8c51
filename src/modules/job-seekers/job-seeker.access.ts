import { can, Permission } from '../../access/policy';
import { findInScope, jobSeekerScope } from '../../access/scopes';
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
  findInScope(ctx.em, JobSeeker, id, jobSeekerScope(ctx.actor), 'Job seeker', populate);
