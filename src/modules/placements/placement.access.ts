import type { FilterQuery } from '@mikro-orm/core';
import { can, Permission } from '../../access/policy';
import { Role, worksAtAnEmployer } from '../../access/roles';
import { findInScope } from '../../access/scopes';
import type { Actor, RequestContext } from '../../http/context';
import { forbidden } from '../../http/problem';
import { type CheckInKind, checkInKinds } from './cadence';
import { Placement } from './placement.entity';
import type { ViewerRole } from './placement.schemas';

/** Relations a view needs: the person (with their responsible lifecoach), employer, vacancy and the named people. */
export const PLACEMENT_POPULATE = [
  'jobSeeker',
  'jobSeeker.responsibleLifecoach',
  'employer',
  'vacancy',
  'mentor',
  'manager',
  'lifecoach',
] as const;

/** A placement the caller may see (placementScope), or 404 so its existence does not leak. */
export const findPlacementInScope = (
  ctx: RequestContext,
  id: string,
  populate: readonly string[] = PLACEMENT_POPULATE,
): Promise<Placement> =>
  findInScope(
    ctx.em,
    Placement,
    id,
    placementScope(ctx.actor),
    { nl: 'Deze plaatsing', en: 'Placement' },
    populate,
  );

/** What the caller is to this placement; one person can be several (a recruiter who is also the manager). */
export type PlacementRelation = {
  programme: boolean;
  recruiter: boolean;
  manager: boolean;
  mentor: boolean;
  lifecoach: boolean;
};

/** Recruiters, mentors and managers: they see candidate codes, and a name only after consent. */
export const isEmployerSide = (actor: Actor): boolean => worksAtAnEmployer(actor.role);

/** Needs the placement with jobSeeker populated (responsibleLifecoach is a reference id). */
export function relationTo(actor: Actor, placement: Placement): PlacementRelation {
  const ownEmployer = isEmployerSide(actor) && placement.employer.id === actor.organisationId;
  return {
    programme: actor.role === Role.ProgrammeAdmin,
    recruiter: actor.role === Role.EmployerRecruiter && ownEmployer,
    manager: ownEmployer && placement.manager?.id === actor.userId,
    mentor: ownEmployer && placement.mentor?.id === actor.userId,
    lifecoach:
      actor.role === Role.Lifecoach &&
      (placement.lifecoach.id === actor.userId ||
        placement.jobSeeker.responsibleLifecoach.id === actor.userId),
  };
}

export function viewerRolesOf(relation: PlacementRelation): ViewerRole[] {
  const roles: ViewerRole[] = [];
  if (relation.programme) roles.push('PROGRAMME');
  if (relation.recruiter) roles.push('RECRUITER');
  if (relation.manager) roles.push('MANAGER');
  if (relation.mentor) roles.push('MENTOR');
  if (relation.lifecoach) roles.push('LIFECOACH');
  return roles;
}

/**
 * The kinds of conversation whose reports the caller may read: the lifecoach and the programme all
 * of them; the manager the manager feedback; the mentor the mentor conversations. No employer user
 * ever reads a lifecoach report. Of the other kinds the caller sees worry flags only.
 */
export function readableKinds(actor: Actor, relation: PlacementRelation): CheckInKind[] {
  if (!can(actor, Permission.ReadCheckIns)) return [];
  if (relation.programme || relation.lifecoach) return [...checkInKinds];
  const kinds: CheckInKind[] = [];
  if (relation.manager) kinds.push('MANAGER_FEEDBACK');
  if (relation.mentor) kinds.push('MENTOR');
  return kinds;
}

/** The kinds of conversation whose cadence the caller follows: employers never the lifecoach's. */
export function followedKinds(actor: Actor, relation: PlacementRelation): CheckInKind[] {
  if (relation.programme || relation.lifecoach) return [...checkInKinds];
  if (relation.recruiter) return ['MANAGER_FEEDBACK', 'MENTOR'];
  return readableKinds(actor, relation);
}

/** The one kind of conversation each named person records. */
export function mayRecordKind(relation: PlacementRelation, kind: CheckInKind): boolean {
  if (kind === 'MANAGER_FEEDBACK') return relation.manager;
  if (kind === 'MENTOR') return relation.mentor;
  return relation.lifecoach;
}

/** The onboarding plan is the employer's: its recruiters and the placement's manager change it. */
export const mayEditPlan = (relation: PlacementRelation): boolean => relation.recruiter || relation.manager;

export function assertRelation(allowed: boolean, detail: string): void {
  if (!allowed) throw forbidden(detail);
}

/**
 * Placements after a hire: the employer's recruiters see all of their own employer's; a mentor (or a
 * MENTOR-role user named as manager) only the placements they are named on; a manager only the
 * placements they manage; a lifecoach the ones they follow or whose person is in their caseload;
 * programme staff everything.
 */
export function placementScope(actor: Actor): FilterQuery<Placement> {
  switch (actor.role) {
    case Role.ProgrammeAdmin:
      return {};
    case Role.EmployerRecruiter:
      return { employer: actor.organisationId };
    case Role.Mentor:
      return {
        employer: actor.organisationId,
        $or: [{ mentor: actor.userId }, { manager: actor.userId }],
      };
    case Role.Manager:
      return { employer: actor.organisationId, manager: actor.userId };
    case Role.Lifecoach:
      return { $or: [{ lifecoach: actor.userId }, { jobSeeker: { responsibleLifecoach: actor.userId } }] };
    default:
      return { id: { $in: [] } };
  }
}
