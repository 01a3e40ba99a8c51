// Inputs and outputs of the conversation schedule of a Meet & Greet. Pure data: no entities, no
// HTTP shapes. Rounds are numbered 1..rounds, as printed on the schedule.

/** The employer's mark on a candidate in the blind shortlist review. */
export type EmployerWish = 'WANT' | 'MAYBE' | 'NO';

export interface AllocationSeeker {
  id: string;
  /** At most this many conversations (K_s, 1..rounds); the event's default when omitted. */
  maxConversations?: number;
  /** Rounds the person attends (arrives late, leaves early); all rounds when omitted. */
  availableRounds?: readonly number[];
}

export interface AllocationEmployer {
  id: string;
  /** Conversations the employer holds at the same time in one round (M_e: tables, recruiters). */
  capacityPerRound: number;
  /** Rounds the employer is present; all rounds when omitted. */
  availableRounds?: readonly number[];
}

/**
 * A job seeker on an employer's shortlist. One pair per person and employer: the service collapses
 * the employer's vacancies into one pair (best match score, strongest wish) before allocating.
 */
export interface CandidatePair {
  seekerId: string;
  employerId: string;
  /** Match score scaled to 0..1. */
  quality: number;
  wish: EmployerWish;
}

export interface PairRef {
  seekerId: string;
  employerId: string;
}

export interface RoundedPair extends PairRef {
  round: number;
}

export interface AllocationInput {
  rounds: number;
  /** K: conversations per person unless the person has their own limit. */
  defaultMaxConversations: number;
  seekers: readonly AllocationSeeker[];
  employers: readonly AllocationEmployer[];
  pairs: readonly CandidatePair[];
  /** Programme staff's hand edits: these conversations stay exactly where they are. */
  pinned?: readonly RoundedPair[];
  /** Programme staff's hand edits: these people and employers never meet. */
  forbidden?: readonly PairRef[];
}

export interface AllocationOptions {
  /** Extra points for a WANT over a MAYBE, in quality units (default 1: any WANT outweighs any MAYBE). */
  wantBonus?: number;
  /** Cap on branch-and-bound nodes (default 100); only absences or fixed conversations need any. */
  maxSearchNodes?: number;
}

export interface ScheduledConversation extends RoundedPair {
  /** Placed by programme staff rather than proposed by the solver. */
  pinned: boolean;
}

export interface SeekerAgenda {
  seekerId: string;
  conversations: { round: number; employerId: string }[];
}

export interface EmployerAgenda {
  employerId: string;
  conversations: { round: number; seekerId: string }[];
}

export type UnplacedReason =
  /** Every employer marked the person NO, or staff forbade the remaining pairs. */
  | 'NO_ACCEPTABLE_PAIR'
  /** Acceptable employers exist, but none is present in a round the person attends. */
  | 'NO_SHARED_ROUND'
  /** Possible in principle, but the employers' tables are full with people who have no other option. */
  | 'NO_CAPACITY';

export interface UnplacedSeeker {
  seekerId: string;
  reason: UnplacedReason;
}

export interface ScheduleObjective {
  /** First criterion: people with at least one conversation. */
  seekersWithConversation: number;
  /** Second criterion: sum of pair points (see scoring.ts). */
  points: number;
  conversations: number;
  wantConversations: number;
  maybeConversations: number;
  /** Sum of match quality (0..1 per conversation), for reports. */
  totalQuality: number;
}

export interface ConversationSchedule {
  /** Sorted by round, employer, person. */
  assignments: ScheduledConversation[];
  /** Every person, sorted by id; conversations by round. */
  bySeeker: SeekerAgenda[];
  /** Every employer, sorted by id; conversations by round. */
  byEmployer: EmployerAgenda[];
  objective: ScheduleObjective;
  unplacedSeekers: UnplacedSeeker[];
  /** True when the schedule is proven optimal; false only when the search cap was reached. */
  provenOptimal: boolean;
  /** When not proven: no schedule does better than this (coverage first, then points). */
  upperBound?: { seekersWithConversation: number; points: number };
  searchNodes: number;
}
