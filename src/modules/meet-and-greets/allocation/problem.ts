import { MAX_ROUNDS, roundMask } from './rounds';
import { coverageBonus, DEFAULT_WANT_BONUS, pairPoints } from './scoring';
import type { AllocationInput, AllocationOptions, EmployerWish } from './types';
import { validateSchedule } from './validate-schedule';

// The solver's own view of the input: people and employers as indices sorted by id (so the result
// does not depend on the order of the input), rounds as bit masks, and only the pairs that may meet
// (WANT or MAYBE, not ruled out by staff).

export class InvalidAllocationInputError extends Error {
  override readonly name = 'InvalidAllocationInputError';

  constructor(readonly problems: string[]) {
    super(`The conversation schedule cannot be made: ${problems.join('; ')}`);
  }
}

export interface ProblemPair {
  seeker: number;
  employer: number;
  points: number;
  quality: number;
  wish: EmployerWish;
}

/** A pair placed in a round, by the solver or by staff. */
export interface Placement {
  pair: number;
  round: number;
}

export interface Problem {
  rounds: number;
  seekerIds: string[];
  employerIds: string[];
  /** K_s per person. */
  seekerLimit: number[];
  seekerRounds: number[];
  employerCapacity: number[];
  employerRounds: number[];
  /** Pairs that may meet, sorted by person id then employer id. */
  pairs: ProblemPair[];
  pins: Placement[];
  coverageBonus: number;
}

/** Seats per employer per round; keeps flow capacities small whole numbers. */
export const MAX_CAPACITY_PER_ROUND = 1000;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const isWhole = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const WISHES: readonly string[] = ['WANT', 'MAYBE', 'NO'];

function duplicateIds(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of items) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
}

function inputProblems(input: AllocationInput): string[] {
  const problems: string[] = [];
  const { rounds } = input;
  if (!isWhole(rounds, 1, MAX_ROUNDS)) return [`rounds must be a whole number 1..${MAX_ROUNDS}`];
  if (!isWhole(input.defaultMaxConversations, 1, rounds))
    problems.push(`defaultMaxConversations must be 1..${rounds}`);
  const checkRounds = (owner: string, available: readonly number[] | undefined) => {
    if (available?.some((round) => !isWhole(round, 1, rounds)))
      problems.push(`${owner}: available rounds must be 1..${rounds}`);
  };
  for (const seeker of input.seekers) {
    if (typeof seeker.id !== 'string' || seeker.id === '') problems.push('every person needs an id');
    if (seeker.maxConversations !== undefined && !isWhole(seeker.maxConversations, 1, rounds))
      problems.push(`${seeker.id}: maxConversations must be 1..${rounds}`);
    checkRounds(seeker.id, seeker.availableRounds);
  }
  for (const employer of input.employers) {
    if (typeof employer.id !== 'string' || employer.id === '') problems.push('every employer needs an id');
    if (!isWhole(employer.capacityPerRound, 1, MAX_CAPACITY_PER_ROUND))
      problems.push(`${employer.id}: capacityPerRound must be 1..${MAX_CAPACITY_PER_ROUND}`);
    checkRounds(employer.id, employer.availableRounds);
  }
  for (const id of duplicateIds(input.seekers)) problems.push(`person ${id} appears twice`);
  for (const id of duplicateIds(input.employers)) problems.push(`employer ${id} appears twice`);
  const seekerIds = new Set(input.seekers.map((s) => s.id));
  const employerIds = new Set(input.employers.map((e) => e.id));
  const pairKeys = new Set<string>();
  for (const pair of [...input.pairs, ...(input.forbidden ?? [])]) {
    if (!seekerIds.has(pair.seekerId)) problems.push(`pair names unknown person ${pair.seekerId}`);
    if (!employerIds.has(pair.employerId)) problems.push(`pair names unknown employer ${pair.employerId}`);
  }
  for (const pair of input.pairs) {
    const at = `${pair.seekerId} with ${pair.employerId}`;
    if (!(Number.isFinite(pair.quality) && pair.quality >= 0 && pair.quality <= 1))
      problems.push(`${at}: quality must be 0..1`);
    if (!WISHES.includes(pair.wish)) problems.push(`${at}: wish must be WANT, MAYBE or NO`);
    const key = JSON.stringify([pair.seekerId, pair.employerId]);
    if (pairKeys.has(key)) problems.push(`${at}: pair appears twice`);
    pairKeys.add(key);
  }
  if (problems.length > 0) return problems;
  // Staff's pins must form a valid partial schedule themselves; the solver only builds around them.
  const withoutPins = { ...input, pinned: [] };
  for (const violation of validateSchedule(withoutPins, { assignments: input.pinned ?? [] }))
    problems.push(`fixed conversation: ${violation.message}`);
  return problems;
}

export function buildProblem(input: AllocationInput, options: AllocationOptions = {}): Problem {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new InvalidAllocationInputError(problems);
  const wantBonus = options.wantBonus ?? DEFAULT_WANT_BONUS;
  if (!(Number.isFinite(wantBonus) && wantBonus >= 0))
    throw new InvalidAllocationInputError(['wantBonus must be a number >= 0']);
  if (options.maxSearchNodes !== undefined && !isWhole(options.maxSearchNodes, 1, Number.MAX_SAFE_INTEGER))
    throw new InvalidAllocationInputError(['maxSearchNodes must be a whole number >= 1']);

  const { rounds } = input;
  const seekers = [...input.seekers].sort(byId);
  const employers = [...input.employers].sort(byId);
  const seekerIndex = new Map(seekers.map((seeker, index) => [seeker.id, index]));
  const employerIndex = new Map(employers.map((employer, index) => [employer.id, index]));
  const forbidden = new Set((input.forbidden ?? []).map((p) => JSON.stringify([p.seekerId, p.employerId])));

  const pairs: ProblemPair[] = [];
  for (const pair of input.pairs) {
    if (pair.wish === 'NO' || forbidden.has(JSON.stringify([pair.seekerId, pair.employerId]))) continue;
    pairs.push({
      seeker: seekerIndex.get(pair.seekerId) as number,
      employer: employerIndex.get(pair.employerId) as number,
      points: pairPoints(pair.quality, pair.wish, wantBonus),
      quality: pair.quality,
      wish: pair.wish,
    });
  }
  pairs.sort((a, b) => a.seeker - b.seeker || a.employer - b.employer);
  const pairIndex = new Map(pairs.map((pair, index) => [`${pair.seeker}:${pair.employer}`, index]));

  return {
    rounds,
    seekerIds: seekers.map((seeker) => seeker.id),
    employerIds: employers.map((employer) => employer.id),
    seekerLimit: seekers.map((seeker) => seeker.maxConversations ?? input.defaultMaxConversations),
    seekerRounds: seekers.map((seeker) => roundMask(rounds, seeker.availableRounds)),
    employerCapacity: employers.map((employer) => employer.capacityPerRound),
    employerRounds: employers.map((employer) => roundMask(rounds, employer.availableRounds)),
    pairs,
    pins: (input.pinned ?? []).map((pin) => ({
      pair: pairIndex.get(`${seekerIndex.get(pin.seekerId)}:${employerIndex.get(pin.employerId)}`) as number,
      round: pin.round,
    })),
    coverageBonus: coverageBonus(pairs.map((pair) => pair.points)),
  };
}
