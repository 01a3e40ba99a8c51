import type { AllocationInput, PairRef, RoundedPair } from './types';

// Checks a schedule against every rule of the event, whoever made it: the solver's proposal (tests)
// or programme staff's hand edits (the service, before fixing the schedule). Reports every violation
// instead of stopping at the first, so staff see all problems at once.

export type ScheduleViolationCode =
  | 'UNKNOWN_SEEKER'
  | 'UNKNOWN_EMPLOYER'
  | 'ROUND_OUT_OF_RANGE'
  | 'NOT_A_CANDIDATE'
  | 'EMPLOYER_SAID_NO'
  | 'PAIR_FORBIDDEN'
  | 'PAIR_REPEATED'
  | 'SEEKER_UNAVAILABLE'
  | 'EMPLOYER_UNAVAILABLE'
  | 'SEEKER_DOUBLE_BOOKED'
  | 'SEEKER_OVER_LIMIT'
  | 'EMPLOYER_OVER_CAPACITY'
  | 'PIN_NOT_RESPECTED';

export interface ScheduleViolation {
  code: ScheduleViolationCode;
  message: string;
  seekerId?: string;
  employerId?: string;
  round?: number;
}

const pairKey = (pair: PairRef) => JSON.stringify([pair.seekerId, pair.employerId]);

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

const attends = (available: readonly number[] | undefined, round: number) =>
  available === undefined || available.includes(round);

export function validateSchedule(
  input: AllocationInput,
  schedule: { assignments: readonly RoundedPair[] },
): ScheduleViolation[] {
  const violations: ScheduleViolation[] = [];
  const seekers = firstById(input.seekers);
  const employers = firstById(input.employers);
  const pairs = new Map(input.pairs.map((pair) => [pairKey(pair), pair]));
  const forbidden = new Set((input.forbidden ?? []).map(pairKey));
  const seen = new Set<string>();
  const seekerRounds = new Map<string, number>();
  const seekerTotals = new Map<string, number>();
  const employerRounds = new Map<string, number>();

  for (const { seekerId, employerId, round } of schedule.assignments) {
    const at = { seekerId, employerId, round };
    const seeker = seekers.get(seekerId);
    const employer = employers.get(employerId);
    if (!seeker) violations.push({ code: 'UNKNOWN_SEEKER', message: `unknown person ${seekerId}`, ...at });
    if (!employer)
      violations.push({ code: 'UNKNOWN_EMPLOYER', message: `unknown employer ${employerId}`, ...at });
    if (!Number.isInteger(round) || round < 1 || round > input.rounds) {
      violations.push({
        code: 'ROUND_OUT_OF_RANGE',
        message: `round ${round} is not 1..${input.rounds}`,
        ...at,
      });
    } else {
      if (seeker && !attends(seeker.availableRounds, round))
        violations.push({
          code: 'SEEKER_UNAVAILABLE',
          message: `${seekerId} is absent in round ${round}`,
          ...at,
        });
      if (employer && !attends(employer.availableRounds, round))
        violations.push({
          code: 'EMPLOYER_UNAVAILABLE',
          message: `${employerId} is absent in round ${round}`,
          ...at,
        });
    }
    const key = pairKey(at);
    const pair = pairs.get(key);
    if (!pair && seeker && employer)
      violations.push({
        code: 'NOT_A_CANDIDATE',
        message: `${seekerId} is not on the shortlist of ${employerId}`,
        ...at,
      });
    else if (pair?.wish === 'NO')
      violations.push({ code: 'EMPLOYER_SAID_NO', message: `${employerId} marked ${seekerId} NO`, ...at });
    if (forbidden.has(key))
      violations.push({
        code: 'PAIR_FORBIDDEN',
        message: `staff ruled out ${seekerId} with ${employerId}`,
        ...at,
      });
    if (seen.has(key))
      violations.push({
        code: 'PAIR_REPEATED',
        message: `${seekerId} meets ${employerId} more than once`,
        ...at,
      });
    seen.add(key);
    const slot = JSON.stringify([seekerId, round]);
    seekerRounds.set(slot, (seekerRounds.get(slot) ?? 0) + 1);
    seekerTotals.set(seekerId, (seekerTotals.get(seekerId) ?? 0) + 1);
    const table = JSON.stringify([employerId, round]);
    employerRounds.set(table, (employerRounds.get(table) ?? 0) + 1);
  }

  for (const [slot, count] of seekerRounds) {
    const [seekerId, round] = JSON.parse(slot) as [string, number];
    if (count > 1)
      violations.push({
        code: 'SEEKER_DOUBLE_BOOKED',
        message: `${seekerId} has ${count} conversations in round ${round}`,
        seekerId,
        round,
      });
  }
  for (const [seekerId, count] of seekerTotals) {
    const seeker = seekers.get(seekerId);
    const limit = seeker?.maxConversations ?? input.defaultMaxConversations;
    if (seeker && count > limit)
      violations.push({
        code: 'SEEKER_OVER_LIMIT',
        message: `${seekerId} has ${count} conversations, at most ${limit}`,
        seekerId,
      });
  }
  for (const [table, count] of employerRounds) {
    const [employerId, round] = JSON.parse(table) as [string, number];
    const employer = employers.get(employerId);
    if (employer && count > employer.capacityPerRound)
      violations.push({
        code: 'EMPLOYER_OVER_CAPACITY',
        message: `${employerId} has ${count} conversations in round ${round}, at most ${employer.capacityPerRound}`,
        employerId,
        round,
      });
  }

  const placed = new Set(
    schedule.assignments.map((a) => JSON.stringify([a.seekerId, a.employerId, a.round])),
  );
  for (const pin of input.pinned ?? []) {
    if (!placed.has(JSON.stringify([pin.seekerId, pin.employerId, pin.round])))
      violations.push({
        code: 'PIN_NOT_RESPECTED',
        message: `${pin.seekerId} was fixed with ${pin.employerId} in round ${pin.round}`,
        seekerId: pin.seekerId,
        employerId: pin.employerId,
        round: pin.round,
      });
  }
  return violations;
}
