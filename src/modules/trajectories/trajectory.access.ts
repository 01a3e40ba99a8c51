import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import type { Organisation } from '../organisations/organisation.entity';
import type { TrajectoryOffering } from './trajectory-offering.entity';
import type { ReassessmentPrompt, TrajectoryPlacement } from './trajectory-placement.entity';

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
