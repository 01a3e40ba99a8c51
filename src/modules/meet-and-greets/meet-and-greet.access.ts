import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import type { MeetAndGreetParticipant } from './meet-and-greet.entity';

/** Who is invited to a Meet & Greet: programme staff see everyone, a lifecoach their caseload. */
export function meetAndGreetParticipantScope(actor: Actor): FilterQuery<MeetAndGreetParticipant> {
  if (actor.role === Role.ProgrammeAdmin) return {};
  if (actor.role === Role.Lifecoach) return { jobSeeker: { responsibleLifecoach: actor.userId } };
  return { id: { $in: [] } };
}
