import type { Placement, Problem } from './problem';
import type {
  ConversationSchedule,
  EmployerAgenda,
  ScheduledConversation,
  ScheduleObjective,
  SeekerAgenda,
  UnplacedReason,
  UnplacedSeeker,
} from './types';

// Turns the solver's placements into the printable schedule: the list per round, per person and per
// employer, the objective, and why someone has no conversation.

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unplacedReason(problem: Problem, seeker: number): UnplacedReason {
  const pairs = problem.pairs.filter((pair) => pair.seeker === seeker);
  if (pairs.length === 0) return 'NO_ACCEPTABLE_PAIR';
  const shared = pairs.some(
    (pair) =>
      ((problem.seekerRounds[seeker] as number) & (problem.employerRounds[pair.employer] as number)) !== 0,
  );
  return shared ? 'NO_CAPACITY' : 'NO_SHARED_ROUND';
}

/** The single integer objective back into its two criteria (points stay below the coverage bonus). */
function splitObjective(problem: Problem, value: number) {
  const seekersWithConversation = Math.floor(value / problem.coverageBonus);
  return { seekersWithConversation, points: value - seekersWithConversation * problem.coverageBonus };
}

export function scheduleOutput(
  problem: Problem,
  placements: readonly Placement[],
  search: { provenOptimal: boolean; nodes: number; bound: number },
): ConversationSchedule {
  const pinned = new Set(problem.pins.map((pin) => pin.pair));
  const assignments: ScheduledConversation[] = placements
    .map(({ pair, round }) => {
      const { seeker, employer } = problem.pairs[pair] as { seeker: number; employer: number };
      return {
        seekerId: problem.seekerIds[seeker] as string,
        employerId: problem.employerIds[employer] as string,
        round,
        pinned: pinned.has(pair),
      };
    })
    .sort(
      (a, b) => a.round - b.round || byText(a.employerId, b.employerId) || byText(a.seekerId, b.seekerId),
    );

  const bySeeker: SeekerAgenda[] = problem.seekerIds.map((seekerId) => ({ seekerId, conversations: [] }));
  const byEmployer: EmployerAgenda[] = problem.employerIds.map((employerId) => ({
    employerId,
    conversations: [],
  }));
  const seekerIndex = new Map(problem.seekerIds.map((id, index) => [id, index]));
  const employerIndex = new Map(problem.employerIds.map((id, index) => [id, index]));
  for (const { seekerId, employerId, round } of assignments) {
    bySeeker[seekerIndex.get(seekerId) as number]?.conversations.push({ round, employerId });
    byEmployer[employerIndex.get(employerId) as number]?.conversations.push({ round, seekerId });
  }
  for (const agenda of bySeeker) agenda.conversations.sort((a, b) => a.round - b.round);

  const objective: ScheduleObjective = {
    seekersWithConversation: bySeeker.filter((agenda) => agenda.conversations.length > 0).length,
    points: 0,
    conversations: placements.length,
    wantConversations: 0,
    maybeConversations: 0,
    totalQuality: 0,
  };
  for (const { pair } of placements) {
    const { points, quality, wish } = problem.pairs[pair] as {
      points: number;
      quality: number;
      wish: string;
    };
    objective.points += points;
    objective.totalQuality += quality;
    if (wish === 'WANT') objective.wantConversations++;
    else objective.maybeConversations++;
  }

  // Summed floats print as 1.2999999; quality has a resolution of 0.001 anyway.
  objective.totalQuality = Math.round(objective.totalQuality * 1000) / 1000;

  const unplacedSeekers: UnplacedSeeker[] = bySeeker
    .map((agenda, seeker) => ({ agenda, seeker }))
    .filter(({ agenda }) => agenda.conversations.length === 0)
    .map(({ agenda, seeker }) => ({ seekerId: agenda.seekerId, reason: unplacedReason(problem, seeker) }));

  return {
    assignments,
    bySeeker,
    byEmployer,
    objective,
    unplacedSeekers,
    provenOptimal: search.provenOptimal,
    ...(search.provenOptimal ? {} : { upperBound: splitObjective(problem, search.bound) }),
    searchNodes: search.nodes,
  };
}
