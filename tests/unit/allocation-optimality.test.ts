import { describe, expect, it } from 'vitest';
import {
  type AllocationInput,
  allocateConversations,
  type CandidatePair,
  pairPoints,
  type RoundedPair,
  validateSchedule,
} from '../../src/modules/meet-and-greets/allocation';
import { assignRounds } from '../../src/modules/meet-and-greets/allocation/assign-rounds';
import { followSideRounds } from '../../src/modules/meet-and-greets/allocation/follow-side-rounds';
import { greedyFill } from '../../src/modules/meet-and-greets/allocation/greedy-fill';
import { occupancyAfter } from '../../src/modules/meet-and-greets/allocation/occupancy';
import {
  buildProblem,
  type Placement,
  type Problem,
} from '../../src/modules/meet-and-greets/allocation/problem';
import { selectPairs } from '../../src/modules/meet-and-greets/allocation/select-pairs';

// Optimality against brute force: on random small events every schedule is enumerated, and the
// solver must reach the best coverage and, at that coverage, the best points. Instances are
// seeded, so a failure reproduces.

/** mulberry32: seeded test data. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof seededRandom>;

function someRounds(random: Random, rounds: number, partTime: number): number[] | undefined {
  if (!random.chance(partTime)) return undefined;
  return Array.from({ length: rounds }, (_, i) => i + 1).filter(() => random.chance(0.6));
}

interface EventShape {
  absences: boolean;
  staffEdits: boolean;
  /** Many pairs, one seat per employer, most people part-time: where rounds collide most. */
  crowded?: boolean;
}

function randomEvent(random: Random, options: EventShape): AllocationInput {
  const crowded = options.crowded ?? false;
  const rounds = crowded ? random.int(2, 3) : random.int(1, 3);
  const partTime = crowded ? 0.7 : 0.5;
  const seekers = Array.from({ length: crowded ? random.int(4, 5) : random.int(1, 5) }, (_, i) => ({
    id: `s${i}`,
    maxConversations: random.chance(0.3) ? random.int(1, rounds) : undefined,
    availableRounds: options.absences ? someRounds(random, rounds, partTime) : undefined,
  }));
  const employers = Array.from({ length: crowded ? random.int(2, 3) : random.int(1, 3) }, (_, i) => ({
    id: `e${i}`,
    capacityPerRound: crowded ? 1 : random.int(1, 2),
    availableRounds: options.absences ? someRounds(random, rounds, partTime) : undefined,
  }));
  const pairs: CandidatePair[] = [];
  for (const seeker of seekers)
    for (const employer of employers)
      if (random.chance(crowded ? 0.9 : 0.65))
        pairs.push({
          seekerId: seeker.id,
          employerId: employer.id,
          // Coarse qualities make ties, which the tie-breaks must survive.
          quality: random.int(0, 10) / 10,
          wish: random.chance(0.15) ? 'NO' : random.chance(0.5) ? 'WANT' : 'MAYBE',
        });
  const input: AllocationInput = {
    rounds,
    defaultMaxConversations: random.int(1, rounds),
    seekers,
    employers,
    pairs,
  };
  if (!options.staffEdits) return input;
  const acceptable = pairs.filter((pair) => pair.wish !== 'NO');
  const forbidden = acceptable.filter(() => random.chance(0.1));
  // Pins: a few pairs placed wherever they still fit, as staff would do by hand.
  const pinned: RoundedPair[] = [];
  for (const pair of acceptable) {
    if (forbidden.includes(pair) || !random.chance(0.2)) continue;
    const candidate = { ...pair, round: random.int(1, rounds) };
    const trial = { ...input, pinned: [] };
    if (validateSchedule(trial, { assignments: [...pinned, candidate] }).length === 0) pinned.push(candidate);
  }
  return { ...input, forbidden, pinned };
}

interface Best {
  covered: number;
  points: number;
}

/** Tries every round (or none) for every acceptable pair: exponential, only for tiny events. */
function bruteForce(input: AllocationInput): Best {
  const forbidden = new Set((input.forbidden ?? []).map((p) => `${p.seekerId}|${p.employerId}`));
  const pins = new Map((input.pinned ?? []).map((p) => [`${p.seekerId}|${p.employerId}`, p.round]));
  const pairs = input.pairs.filter((p) => p.wish !== 'NO' && !forbidden.has(`${p.seekerId}|${p.employerId}`));
  const seekers = new Map(input.seekers.map((s) => [s.id, s]));
  const employers = new Map(input.employers.map((e) => [e.id, e]));
  const seekerBusy = new Set<string>();
  const seekerCount = new Map<string, number>();
  const employerLoad = new Map<string, number>();
  const attends = (available: readonly number[] | undefined, round: number) =>
    available === undefined || available.includes(round);
  let best: Best = { covered: -1, points: -1 };
  const chosen: CandidatePair[] = [];

  const visit = (index: number) => {
    if (index === pairs.length) {
      const covered = new Set(chosen.map((p) => p.seekerId)).size;
      const points = chosen.reduce((sum, p) => sum + pairPoints(p.quality, p.wish), 0);
      if (covered > best.covered || (covered === best.covered && points > best.points))
        best = { covered, points };
      return;
    }
    const pair = pairs[index] as CandidatePair;
    const pinnedRound = pins.get(`${pair.seekerId}|${pair.employerId}`);
    if (pinnedRound === undefined) visit(index + 1);
    const seeker = seekers.get(pair.seekerId);
    const employer = employers.get(pair.employerId);
    if (!seeker || !employer) return;
    const limit = seeker.maxConversations ?? input.defaultMaxConversations;
    for (let round = 1; round <= input.rounds; round++) {
      if (pinnedRound !== undefined && round !== pinnedRound) continue;
      const slot = `${pair.seekerId}|${round}`;
      const table = `${pair.employerId}|${round}`;
      const count = seekerCount.get(pair.seekerId) ?? 0;
      const load = employerLoad.get(table) ?? 0;
      if (seekerBusy.has(slot) || count >= limit || load >= employer.capacityPerRound) continue;
      if (!attends(seeker.availableRounds, round) || !attends(employer.availableRounds, round)) continue;
      seekerBusy.add(slot);
      seekerCount.set(pair.seekerId, count + 1);
      employerLoad.set(table, load + 1);
      chosen.push(pair);
      visit(index + 1);
      chosen.pop();
      employerLoad.set(table, load);
      seekerCount.set(pair.seekerId, count);
      seekerBusy.delete(slot);
    }
  };
  visit(0);
  return best;
}

function checkAgainstBruteForce(seed: number, options: EventShape) {
  const input = randomEvent(seededRandom(seed), options);
  const schedule = allocateConversations(input);
  const best = bruteForce(input);
  const context = `seed ${seed}`;
  expect(validateSchedule(input, schedule), context).toEqual([]);
  expect(schedule.provenOptimal, context).toBe(true);
  expect(schedule.objective.seekersWithConversation, context).toBe(best.covered);
  expect(schedule.objective.points, context).toBe(best.points);
  return schedule;
}

const seeds = (count: number) => Array.from({ length: count }, (_, i) => 1000 + i);

describe('allocation is optimal on small random events (brute force)', () => {
  it('when everyone attends every round: the flow alone is optimal, no search needed', () => {
    for (const seed of seeds(800)) {
      const schedule = checkAgainstBruteForce(seed, { absences: false, staffEdits: false });
      expect(schedule.searchNodes, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it('with absences, fixed conversations and ruled-out pairs', () => {
    for (const seed of seeds(2000)) checkAgainstBruteForce(seed, { absences: true, staffEdits: true });
  });

  it('in crowded events where absences make rounds collide, which needs the search', () => {
    let searched = 0;
    for (const seed of seeds(2000)) {
      const schedule = checkAgainstBruteForce(seed, { absences: true, staffEdits: true, crowded: true });
      if (schedule.searchNodes > 1) searched++;
    }
    // The search itself must be exercised, not only the root flows.
    expect(searched).toBeGreaterThan(20);
  });
});

describe('the schedules the search builds along the way', () => {
  const asAssignments = (problem: Problem, placements: Placement[]) =>
    placements.map(({ pair, round }) => ({
      seekerId: problem.seekerIds[problem.pairs[pair]?.seeker as number] as string,
      employerId: problem.employerIds[problem.pairs[pair]?.employer as number] as string,
      round,
    }));

  // A wrong one would only surface when it happens to be the best; here each is checked itself.
  it('are valid and keep the fixed conversations, with absences and staff edits', () => {
    for (const seed of seeds(1000)) {
      const input = randomEvent(seededRandom(seed), { absences: true, staffEdits: true });
      const problem = buildProblem(input);
      const occupancy = occupancyAfter(problem, problem.pins);
      const network = selectPairs(problem, occupancy, problem.pins, new Set(), 'rounds');
      const sideRounds = network.sideRounds as NonNullable<typeof network.sideRounds>;
      const partials = [
        greedyFill(problem, problem.pins),
        [
          ...problem.pins,
          ...followSideRounds(problem, occupancy, { pairs: network.pairs, sideRounds }).placed,
        ],
        [...problem.pins, ...assignRounds(problem, occupancy, network.pairs).placed],
      ];
      for (const partial of partials) {
        expect(
          validateSchedule(input, { assignments: asAssignments(problem, partial) }),
          `seed ${seed}`,
        ).toEqual([]);
      }
    }
  });
});
