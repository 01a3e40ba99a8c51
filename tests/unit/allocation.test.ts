import { describe, expect, it } from 'vitest';
import {
  type AllocationInput,
  allocateConversations,
  type CandidatePair,
  InvalidAllocationInputError,
  validateSchedule,
} from '../../src/modules/meet-and-greets/allocation';

// Hand-solvable schedules, unplaced reasons, fixed conversations, input errors and determinism.

const pair = (
  seekerId: string,
  employerId: string,
  quality: number,
  wish: CandidatePair['wish'] = 'WANT',
) => ({
  seekerId,
  employerId,
  quality,
  wish,
});
const seekers = (...ids: string[]) => ids.map((id) => ({ id }));
const employers = (...ids: string[]) => ids.map((id) => ({ id, capacityPerRound: 1 }));
const meetings = (input: AllocationInput) =>
  allocateConversations(input).assignments.map((a) => `${a.round}:${a.seekerId}-${a.employerId}`);

describe('allocateConversations on hand-solvable events', () => {
  it('gives a single seat to the better match', () => {
    const input: AllocationInput = {
      rounds: 1,
      defaultMaxConversations: 1,
      seekers: seekers('anna', 'bram'),
      employers: employers('bakkerij'),
      pairs: [pair('anna', 'bakkerij', 0.5), pair('bram', 'bakkerij', 0.9)],
    };
    const schedule = allocateConversations(input);
    expect(meetings(input)).toEqual(['1:bram-bakkerij']);
    expect(schedule.unplacedSeekers).toEqual([{ seekerId: 'anna', reason: 'NO_CAPACITY' }]);
    expect(schedule.objective).toMatchObject({ seekersWithConversation: 1, points: 1900, conversations: 1 });
    expect(schedule.provenOptimal).toBe(true);
  });

  it('beats the greedy choice on total quality', () => {
    // Greedy takes anna–bakkerij (1.0) first and leaves bram with 0.1: 1.1 in total. Optimal: 1.85.
    const input: AllocationInput = {
      rounds: 1,
      defaultMaxConversations: 1,
      seekers: seekers('anna', 'bram'),
      employers: employers('bakkerij', 'garage'),
      pairs: [
        pair('anna', 'bakkerij', 1.0),
        pair('anna', 'garage', 0.9),
        pair('bram', 'bakkerij', 0.95),
        pair('bram', 'garage', 0.1),
      ],
    };
    expect(meetings(input)).toEqual(['1:bram-bakkerij', '1:anna-garage']);
    expect(allocateConversations(input).objective.totalQuality).toBeCloseTo(1.85);
  });

  it('gives everyone a conversation before adding quality', () => {
    // Quality alone would give anna both seats; bram would go home without a conversation.
    const input: AllocationInput = {
      rounds: 2,
      defaultMaxConversations: 2,
      seekers: seekers('anna', 'bram'),
      employers: employers('bakkerij'),
      pairs: [pair('anna', 'bakkerij', 0.9), pair('bram', 'bakkerij', 0.1, 'MAYBE')],
    };
    const schedule = allocateConversations(input);
    expect(schedule.objective.seekersWithConversation).toBe(2);
    expect(schedule.unplacedSeekers).toEqual([]);
  });

  it('prefers a WANT over a better-scoring MAYBE', () => {
    const input: AllocationInput = {
      rounds: 2,
      defaultMaxConversations: 1,
      seekers: seekers('anna'),
      employers: employers('bakkerij', 'garage'),
      pairs: [pair('anna', 'bakkerij', 0.2, 'WANT'), pair('anna', 'garage', 0.9, 'MAYBE')],
    };
    expect(meetings(input)).toEqual(['1:anna-bakkerij']);
  });

  it('never schedules a NO, even with seats to spare', () => {
    const input: AllocationInput = {
      rounds: 3,
      defaultMaxConversations: 3,
      seekers: seekers('anna', 'bram'),
      employers: employers('bakkerij', 'garage'),
      pairs: [
        pair('anna', 'bakkerij', 1, 'NO'),
        pair('anna', 'garage', 0.4),
        pair('bram', 'bakkerij', 0.9, 'NO'),
      ],
    };
    const schedule = allocateConversations(input);
    expect(meetings(input)).toEqual(['1:anna-garage']);
    expect(schedule.unplacedSeekers).toEqual([{ seekerId: 'bram', reason: 'NO_ACCEPTABLE_PAIR' }]);
  });

  it('spreads a person over rounds and fills an employer up to its capacity per round', () => {
    const input: AllocationInput = {
      rounds: 2,
      defaultMaxConversations: 2,
      seekers: seekers('anna', 'bram', 'cem'),
      employers: [
        { id: 'bakkerij', capacityPerRound: 2 },
        { id: 'garage', capacityPerRound: 1 },
      ],
      pairs: [
        pair('anna', 'bakkerij', 0.8),
        pair('anna', 'garage', 0.7),
        pair('bram', 'bakkerij', 0.6),
        pair('bram', 'garage', 0.5),
        pair('cem', 'bakkerij', 0.4),
      ],
    };
    const schedule = allocateConversations(input);
    // All five pairs fit: the bakkerij holds three conversations over two rounds, the garage two.
    expect(schedule.objective.conversations).toBe(5);
    expect(schedule.bySeeker.find((a) => a.seekerId === 'anna')?.conversations.map((c) => c.round)).toEqual([
      1, 2,
    ]);
    expect(validateSchedule(input, schedule)).toEqual([]);
  });

  it('respects the rounds people and employers attend', () => {
    const input: AllocationInput = {
      rounds: 3,
      defaultMaxConversations: 2,
      seekers: [
        { id: 'anna', availableRounds: [3] },
        { id: 'bram', availableRounds: [1] },
      ],
      employers: [{ id: 'bakkerij', capacityPerRound: 1, availableRounds: [2, 3] }],
      pairs: [pair('anna', 'bakkerij', 0.5), pair('bram', 'bakkerij', 0.9)],
    };
    const schedule = allocateConversations(input);
    expect(meetings(input)).toEqual(['3:anna-bakkerij']);
    expect(schedule.unplacedSeekers).toEqual([{ seekerId: 'bram', reason: 'NO_SHARED_ROUND' }]);
  });

  it('searches when absences make the best pairs collide in one round', () => {
    // Anna attends round 1 only, the garage comes in round 2 only. Choosing pairs without rounds
    // would take all three, but Bram can meet the garage only in round 2, when he must also meet
    // the bakkerij (Anna has it in round 1). He keeps the better of the two: the bakkerij.
    const input: AllocationInput = {
      rounds: 2,
      defaultMaxConversations: 2,
      seekers: [{ id: 'anna', availableRounds: [1] }, { id: 'bram' }],
      employers: [
        { id: 'bakkerij', capacityPerRound: 1 },
        { id: 'garage', capacityPerRound: 1, availableRounds: [2] },
      ],
      pairs: [pair('anna', 'bakkerij', 0.9), pair('bram', 'garage', 0.1), pair('bram', 'bakkerij', 0.6)],
    };
    const schedule = allocateConversations(input);
    expect(meetings(input)).toEqual(['1:anna-bakkerij', '2:bram-bakkerij']);
    expect(schedule.provenOptimal).toBe(true);
    expect(schedule.searchNodes).toBeGreaterThan(1);

    const capped = allocateConversations(input, { maxSearchNodes: 1 });
    expect(capped.provenOptimal).toBe(false);
    // The flow's bound: all three pairs (0.9 + 0.1 + 0.6 plus three WANT bonuses), not reachable.
    expect(capped.upperBound).toEqual({ seekersWithConversation: 2, points: 4600 });
    expect(validateSchedule(input, capped)).toEqual([]);
    expect(schedule.upperBound).toBeUndefined();
  });

  it('honours a person’s own lower limit', () => {
    const input: AllocationInput = {
      rounds: 3,
      defaultMaxConversations: 3,
      seekers: [{ id: 'anna', maxConversations: 1 }],
      employers: employers('bakkerij', 'garage'),
      pairs: [pair('anna', 'bakkerij', 0.5), pair('anna', 'garage', 0.9)],
    };
    expect(meetings(input)).toEqual(['1:anna-garage']);
  });

  it('lists every person and employer for printing, including those without conversations', () => {
    const input: AllocationInput = {
      rounds: 2,
      defaultMaxConversations: 2,
      seekers: seekers('bram', 'anna'),
      employers: employers('garage', 'bakkerij'),
      pairs: [pair('anna', 'bakkerij', 0.9), pair('anna', 'garage', 0.8)],
    };
    const schedule = allocateConversations(input);
    expect(schedule.bySeeker.map((agenda) => [agenda.seekerId, agenda.conversations.length])).toEqual([
      ['anna', 2],
      ['bram', 0],
    ]);
    expect(schedule.bySeeker[0]?.conversations.map((c) => c.round)).toEqual([1, 2]);
    expect(schedule.byEmployer.map((agenda) => [agenda.employerId, agenda.conversations.length])).toEqual([
      ['bakkerij', 1],
      ['garage', 1],
    ]);
    expect(schedule.unplacedSeekers).toEqual([{ seekerId: 'bram', reason: 'NO_ACCEPTABLE_PAIR' }]);
  });
});

describe('hand adjustments by programme staff', () => {
  const base: AllocationInput = {
    rounds: 2,
    defaultMaxConversations: 1,
    seekers: seekers('anna', 'bram'),
    employers: employers('bakkerij', 'garage'),
    pairs: [
      pair('anna', 'bakkerij', 0.9),
      pair('anna', 'garage', 0.3),
      pair('bram', 'bakkerij', 0.8),
      pair('bram', 'garage', 0.2),
    ],
  };

  it('keeps fixed conversations in their round and builds around them', () => {
    const schedule = allocateConversations({
      ...base,
      pinned: [{ seekerId: 'anna', employerId: 'garage', round: 2 }],
    });
    expect(schedule.assignments).toEqual([
      { seekerId: 'bram', employerId: 'bakkerij', round: 1, pinned: false },
      { seekerId: 'anna', employerId: 'garage', round: 2, pinned: true },
    ]);
  });

  it('never schedules a pair staff ruled out', () => {
    const schedule = allocateConversations({
      ...base,
      forbidden: [{ seekerId: 'anna', employerId: 'bakkerij' }],
    });
    expect(schedule.assignments.map((a) => `${a.seekerId}-${a.employerId}`).sort()).toEqual([
      'anna-garage',
      'bram-bakkerij',
    ]);
  });

  it('refuses fixed conversations that break the rules', () => {
    const attempt =
      (pinned: AllocationInput['pinned'], forbidden: AllocationInput['forbidden'] = []) =>
      () =>
        allocateConversations({
          ...base,
          employers: [...base.employers, { id: 'kapper', capacityPerRound: 1 }],
          pairs: [...base.pairs, pair('anna', 'kapper', 0.5, 'NO')],
          pinned,
          forbidden,
        });
    expect(attempt([{ seekerId: 'anna', employerId: 'kapper', round: 1 }])).toThrow(/marked anna NO/);
    expect(attempt([{ seekerId: 'anna', employerId: 'garage', round: 3 }])).toThrow(
      InvalidAllocationInputError,
    );
    expect(
      attempt([
        { seekerId: 'anna', employerId: 'garage', round: 1 },
        { seekerId: 'bram', employerId: 'garage', round: 1 },
      ]),
    ).toThrow(/at most 1/);
    expect(
      attempt(
        [{ seekerId: 'anna', employerId: 'garage', round: 1 }],
        [{ seekerId: 'anna', employerId: 'garage' }],
      ),
    ).toThrow(/ruled out/);
  });
});

describe('input checks', () => {
  const valid: AllocationInput = {
    rounds: 2,
    defaultMaxConversations: 2,
    seekers: seekers('anna'),
    employers: employers('bakkerij'),
    pairs: [pair('anna', 'bakkerij', 0.5)],
  };
  it.each([
    ['no rounds', { rounds: 0 }, /rounds/],
    ['K above the rounds', { defaultMaxConversations: 3 }, /defaultMaxConversations/],
    ['a duplicate person', { seekers: seekers('anna', 'anna') }, /appears twice/],
    ['an unknown employer', { pairs: [pair('anna', 'kapper', 0.5)] }, /unknown employer kapper/],
    ['quality above 1', { pairs: [pair('anna', 'bakkerij', 1.5)] }, /quality/],
    ['a duplicate pair', { pairs: [pair('anna', 'bakkerij', 0.5), pair('anna', 'bakkerij', 0.6)] }, /twice/],
    [
      'an absent round that does not exist',
      { seekers: [{ id: 'anna', availableRounds: [5] }] },
      /rounds must/,
    ],
    ['no seats', { employers: [{ id: 'bakkerij', capacityPerRound: 0 }] }, /capacityPerRound/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => allocateConversations({ ...valid, ...change } as AllocationInput)).toThrow(message);
  });
});

describe('determinism', () => {
  const input: AllocationInput = {
    rounds: 3,
    defaultMaxConversations: 2,
    seekers: seekers('a', 'b', 'c', 'd'),
    employers: [
      { id: 'x', capacityPerRound: 1 },
      { id: 'y', capacityPerRound: 2 },
      { id: 'z', capacityPerRound: 1 },
    ],
    // Many equal qualities: only the tie-breaks decide.
    pairs: ['a', 'b', 'c', 'd'].flatMap((s) => ['x', 'y', 'z'].map((e) => pair(s, e, 0.5))),
  };

  it('gives the same schedule for the same event, in whatever order the input comes', () => {
    const first = allocateConversations(input);
    expect(allocateConversations(input)).toEqual(first);
    const reversed = {
      ...input,
      seekers: [...input.seekers].reverse(),
      employers: [...input.employers].reverse(),
      pairs: [...input.pairs].reverse(),
    };
    expect(allocateConversations(reversed)).toEqual(first);
  });
});
