import { assertCan, type Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { ownJobSeekerScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';

/**
 * The signed-in person's own job seeker record, through ownJobSeekerScope: a JOB_SEEKER account
 * reaches its own record and nothing else; every other caller is refused by the permission first.
 */
export async function findOwnJobSeeker(ctx: RequestContext, permission: Permission): Promise<JobSeeker> {
  assertCan(ctx.actor, permission);
  return findInScope(
    ctx.em,
    JobSeeker,
    ctx.actor.jobSeekerId ?? '',
    ownJobSeekerScope(ctx.actor),
    { nl: 'Deze persoon', en: 'Job seeker' },
    ['responsibleLifecoach', 'referringOrganisation'],
  );
}
