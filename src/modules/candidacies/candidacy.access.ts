import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import type { Candidacy, InterviewInvitation } from './candidacy.entity';

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
