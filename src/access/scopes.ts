import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Actor } from '../http/context';
import { notFound } from '../http/problem';
import type { Candidacy, InterviewInvitation } from '../modules/candidacies/candidacy.entity';
import type { JobSeeker } from '../modules/job-seekers/job-seeker.entity';
import type { MeetAndGreetParticipant } from '../modules/meet-and-greets/meet-and-greet.entity';
import type { Organisation } from '../modules/organisations/organisation.entity';
import type { Placement } from '../modules/placements/placement.entity';
import type { TrajectoryOffering } from '../modules/trajectories/trajectory-offering.entity';
import type {
  ReassessmentPrompt,
  TrajectoryPlacement,
} from '../modules/trajectories/trajectory-placement.entity';
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

/** Staff accounts only: a person's own account is no user to manage, list or issue tokens for. */
export const userScope = (actor: Actor): FilterQuery<User> => ({
  ...(seesAllOrganisations(actor) ? {} : { organisation: actor.organisationId }),
  role: { $ne: Role.JobSeeker },
});

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

/**
 * Trajectory providers (organisations of kind TRAJECTORY_PROVIDER): programme staff and lifecoaches
 * see them all, to choose an offering; a coordinator sees their own organisation.
 */
export function trajectoryProviderScope(actor: Actor): FilterQuery<Organisation> {
  if (actor.role === Role.ProgrammeAdmin || actor.role === Role.Lifecoach)
    return { kind: 'TRAJECTORY_PROVIDER' };
  if (actor.role === Role.TrajectoryCoordinator)
    return { id: actor.organisationId, kind: 'TRAJECTORY_PROVIDER' };
  return { id: { $in: [] } };
}

/** Offerings: a provider sees all of its own (closed ones too); lifecoaches the open ones; programme staff all. */
export function trajectoryOfferingScope(actor: Actor): FilterQuery<TrajectoryOffering> {
  if (actor.role === Role.TrajectoryCoordinator) return { provider: actor.organisationId };
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach) return { status: 'OPEN' };
  return { id: { $in: [] } };
}

/**
 * Placements: a provider sees only the people proposed to or placed with its own organisation;
 * a lifecoach the placements of their current caseload; programme staff everything.
 */
export function trajectoryPlacementScope(actor: Actor): FilterQuery<TrajectoryPlacement> {
  if (actor.role === Role.TrajectoryCoordinator) return { provider: actor.organisationId };
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach) return { jobSeeker: { responsibleLifecoach: actor.userId } };
  return { id: { $in: [] } };
}

/** Reassessment prompts are for the responsible lifecoach and programme staff. */
export function reassessmentPromptScope(actor: Actor): FilterQuery<ReassessmentPrompt> {
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach) return { jobSeeker: { responsibleLifecoach: actor.userId } };
  return { id: { $in: [] } };
}

/**
 * Placements after a hire: the employer's recruiters see all of their own employer's; a mentor (or a
 * MENTOR-role user named as manager) only the placements they are named on; a lifecoach the ones
 * they follow or whose person is in their caseload; programme staff everything.
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
    case Role.Lifecoach:
      return { $or: [{ lifecoach: actor.userId }, { jobSeeker: { responsibleLifecoach: actor.userId } }] };
    default:
      return { id: { $in: [] } };
  }
}

/**
 * Candidacies: an employer's recruiters see the candidacies for its own vacancies (pseudonymous
 * until the person agrees to share); a lifecoach those of their caseload; programme staff all.
 */
export function candidacyScope(actor: Actor): FilterQuery<Candidacy> {
  if (actor.role === Role.EmployerRecruiter) return { employer: actor.organisationId };
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach) return { jobSeeker: { responsibleLifecoach: actor.userId } };
  return { id: { $in: [] } };
}

/** Interview invitations, for the lifecoach who asks the person and for programme staff. */
export function interviewInvitationScope(actor: Actor): FilterQuery<InterviewInvitation> {
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach)
    return { candidacy: { jobSeeker: { responsibleLifecoach: actor.userId } } };
  return { id: { $in: [] } };
}

/** Who is invited to a Meet & Greet: programme staff see everyone, a lifecoach their caseload. */
export function meetAndGreetParticipantScope(actor: Actor): FilterQuery<MeetAndGreetParticipant> {
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach) return { jobSeeker: { responsibleLifecoach: actor.userId } };
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
