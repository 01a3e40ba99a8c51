import { describe, expect, it } from 'vitest';
import type { AllocationInput, CandidatePair } from '../../src/modules/meet-and-greets/allocation';
import { validateSchedule } from '../../src/modules/meet-and-greets/allocation';
import { assignRounds } from '../../src/modules/meet-and-greets/allocation/assign-rounds';
import { occupancyAfter } from '../../src/modules/meet-and-greets/allocation/occupancy';
import { buildProblem } from '../../src/modules/meet-and-greets/allocation/problem';

// Step 2 of the allocation: when everyone attends every round and nothing is fixed, any set of pairs
// within the degree limits (a person at most K_s ≤ R pairs, an employer at most M_e·R) is placed in
// rounds completely, with no double booking and no employer over M_e in a round (König / de Werra,
// see assign-rounds.ts). Here the claim is tried on many random pair sets, most of them as full as
// the limits allow, which is where a weaker method fails.

function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

/** Random pairs up to the degree limits: edges are added in random order while both ends have room. */
function pairSetWithinLimits(seed: number): AllocationInput {
  const random = seededRandom(seed);
  const rounds = random.int(1, 6);
  const seekers = Array.from({ length: random.int(1, 30) }, (_, i) => ({
    id: `s${String(i).padStart(2, '0')}`,
    maxConversations: random.int(1, rounds),
  }));
  const employers = Array.from({ length: random.int(1, 10) }, (_, i) => ({
    id: `e${String(i).padStart(2, '0')}`,
    capacityPerRound: random.int(1, 3),
  }));
  const candidates = seekers.flatMap((s) => employers.map((e) => ({ s, e, order: random.next() })));
  candidates.sort((a, b) => a.order - b.order);
  const seekerDegree = new Map<string, number>();
  const employerDegree = new Map<string, number>();
  const density = random.next() < 0.7 ? 1 : random.next();
  const pairs: CandidatePair[] = [];
  for (const { s, e } of candidates) {
    const sd = seekerDegree.get(s.id) ?? 0;
    const ed = employerDegree.get(e.id) ?? 0;
    if (sd >= s.maxConversations || ed >= e.capacityPerRound * rounds || random.next() > density) continue;
    seekerDegree.set(s.id, sd + 1);
    employerDegree.set(e.id, ed + 1);
    pairs.push({ seekerId: s.id, employerId: e.id, quality: 0.5, wish: 'WANT' });
  }
  return { rounds, defaultMaxConversations: rounds, seekers, employers, pairs };
}

function placeAll(input: AllocationInput) {
  const problem = buildProblem(input);
  const all = problem.pairs.map((_, index) => index);
  const { placed, unplaced } = assignRounds(problem, occupancyAfter(problem, []), all);
  const assignments = placed.map(({ pair, round }) => ({
    seekerId: problem.seekerIds[problem.pairs[pair]?.seeker as number] as string,
    employerId: problem.employerIds[problem.pairs[pair]?.employer as number] as string,
    round,
  }));
  return { unplaced, assignments };
}

describe('assignRounds without absences or fixed conversations', () => {
  it('places every pair of 2000 random pair sets within the degree limits', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const input = pairSetWithinLimits(seed);
      const { unplaced, assignments } = placeAll(input);
      expect(unplaced, `seed ${seed}`).toEqual([]);
      expect(assignments.length, `seed ${seed}`).toBe(input.pairs.length);
      expect(validateSchedule(input, { assignments }), `seed ${seed}`).toEqual([]);
    }
  });

  it('fills a complete R × R event round for round, like a Latin square', () => {
    for (let rounds = 1; rounds <= 8; rounds++) {
      const ids = Array.from({ length: rounds }, (_, i) => `${i}`);
      const input: AllocationInput = {
        rounds,
        defaultMaxConversations: rounds,
        seekers: ids.map((id) => ({ id: `s${id}` })),
        employers: ids.map((id) => ({ id: `e${id}`, capacityPerRound: 1 })),
        pairs: ids.flatMap((s) =>
          ids.map((e) => ({ seekerId: `s${s}`, employerId: `e${e}`, quality: 1, wish: 'WANT' as const })),
        ),
      };
      const { unplaced, assignments } = placeAll(input);
      expect(unplaced).toEqual([]);
      expect(validateSchedule(input, { assignments })).toEqual([]);
    }
  });

  it('fills an employer with several seats per round to the last seat', () => {
    // 3 rounds × 4 seats = 12 people, each also meeting a second employer with 4 seats per round.
    const people = Array.from({ length: 12 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const input: AllocationInput = {
      rounds: 3,
      defaultMaxConversations: 2,
      seekers: people.map((id) => ({ id })),
      employers: [
        { id: 'groot', capacityPerRound: 4 },
        { id: 'ook-groot', capacityPerRound: 4 },
      ],
      pairs: people.flatMap((id) => [
        { seekerId: id, employerId: 'groot', quality: 1, wish: 'WANT' as const },
        { seekerId: id, employerId: 'ook-groot', quality: 1, wish: 'WANT' as const },
      ]),
    };
    const { unplaced, assignments } = placeAll(input);
    expect(unplaced).toEqual([]);
    expect(validateSchedule(input, { assignments })).toEqual([]);
  });
});
