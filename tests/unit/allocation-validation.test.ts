import { describe, expect, it } from 'vitest';
import {
  type AllocationInput,
  type RoundedPair,
  type ScheduleViolationCode,
  validateSchedule,
} from '../../src/modules/meet-and-greets/allocation';

// The validator staff's hand edits go through: each rule broken on purpose must be reported.

const input: AllocationInput = {
  rounds: 2,
  defaultMaxConversations: 2,
  seekers: [{ id: 'anna' }, { id: 'bram', maxConversations: 1 }, { id: 'cem', availableRounds: [2] }],
  employers: [
    { id: 'bakkerij', capacityPerRound: 1 },
    { id: 'garage', capacityPerRound: 1, availableRounds: [1] },
    { id: 'kapper', capacityPerRound: 1 },
  ],
  pairs: [
    { seekerId: 'anna', employerId: 'bakkerij', quality: 0.8, wish: 'WANT' },
    { seekerId: 'anna', employerId: 'garage', quality: 0.6, wish: 'MAYBE' },
    { seekerId: 'bram', employerId: 'bakkerij', quality: 0.7, wish: 'WANT' },
    { seekerId: 'bram', employerId: 'garage', quality: 0.9, wish: 'NO' },
    { seekerId: 'cem', employerId: 'bakkerij', quality: 0.5, wish: 'WANT' },
    { seekerId: 'cem', employerId: 'garage', quality: 0.5, wish: 'WANT' },
  ],
  forbidden: [{ seekerId: 'cem', employerId: 'bakkerij' }],
  pinned: [{ seekerId: 'anna', employerId: 'garage', round: 1 }],
};
const valid: RoundedPair[] = [
  { seekerId: 'anna', employerId: 'garage', round: 1 },
  { seekerId: 'bram', employerId: 'bakkerij', round: 1 },
  { seekerId: 'anna', employerId: 'bakkerij', round: 2 },
];
const codes = (assignments: RoundedPair[]) => validateSchedule(input, { assignments }).map((v) => v.code);

describe('validateSchedule', () => {
  it('accepts a schedule that keeps every rule', () => {
    expect(validateSchedule(input, { assignments: valid })).toEqual([]);
  });

  it.each<[string, RoundedPair[], ScheduleViolationCode[]]>([
    [
      'an unknown person',
      [...valid, { seekerId: 'dewi', employerId: 'bakkerij', round: 1 }],
      ['UNKNOWN_SEEKER', 'EMPLOYER_OVER_CAPACITY'],
    ],
    [
      'an unknown employer',
      [...valid, { seekerId: 'cem', employerId: 'winkel', round: 2 }],
      ['UNKNOWN_EMPLOYER'],
    ],
    [
      'a round that does not exist',
      [...valid, { seekerId: 'cem', employerId: 'garage', round: 3 }],
      ['ROUND_OUT_OF_RANGE'],
    ],
    [
      'a pair not on the shortlist',
      [...valid, { seekerId: 'cem', employerId: 'kapper', round: 2 }],
      ['NOT_A_CANDIDATE'],
    ],
    [
      'an employer’s NO',
      [valid[0] as RoundedPair, { seekerId: 'bram', employerId: 'garage', round: 1 }],
      ['EMPLOYER_SAID_NO', 'EMPLOYER_OVER_CAPACITY'],
    ],
    [
      'a pair staff ruled out',
      [...valid, { seekerId: 'cem', employerId: 'bakkerij', round: 1 }],
      ['PAIR_FORBIDDEN', 'SEEKER_UNAVAILABLE', 'EMPLOYER_OVER_CAPACITY'],
    ],
    [
      'a pair meeting twice',
      [valid[0] as RoundedPair, { seekerId: 'anna', employerId: 'garage', round: 1 }],
      ['PAIR_REPEATED', 'SEEKER_DOUBLE_BOOKED', 'EMPLOYER_OVER_CAPACITY'],
    ],
    [
      'an absent person',
      [...valid, { seekerId: 'cem', employerId: 'garage', round: 1 }],
      ['SEEKER_UNAVAILABLE', 'EMPLOYER_OVER_CAPACITY'],
    ],
    [
      'an absent employer',
      [
        valid[0] as RoundedPair,
        { seekerId: 'bram', employerId: 'bakkerij', round: 1 },
        { seekerId: 'anna', employerId: 'bakkerij', round: 2 },
        { seekerId: 'cem', employerId: 'garage', round: 2 },
      ],
      ['EMPLOYER_UNAVAILABLE'],
    ],
    [
      'a double booking',
      [valid[0] as RoundedPair, { seekerId: 'anna', employerId: 'bakkerij', round: 1 }],
      ['SEEKER_DOUBLE_BOOKED'],
    ],
    [
      'more conversations than the person’s limit',
      [
        valid[0] as RoundedPair,
        { seekerId: 'bram', employerId: 'bakkerij', round: 1 },
        { seekerId: 'bram', employerId: 'garage', round: 2 },
      ],
      ['EMPLOYER_SAID_NO', 'EMPLOYER_UNAVAILABLE', 'SEEKER_OVER_LIMIT'],
    ],
    [
      'an employer over its seats',
      [
        valid[0] as RoundedPair,
        { seekerId: 'anna', employerId: 'bakkerij', round: 2 },
        { seekerId: 'bram', employerId: 'bakkerij', round: 2 },
      ],
      ['EMPLOYER_OVER_CAPACITY'],
    ],
    [
      'a fixed conversation moved',
      [{ seekerId: 'anna', employerId: 'garage', round: 2 }],
      ['EMPLOYER_UNAVAILABLE', 'PIN_NOT_RESPECTED'],
    ],
  ])('reports %s', (_name, assignments, expected) => {
    expect(codes(assignments).sort()).toEqual([...expected].sort());
  });

  it('reports several problems at once, each with where it happens', () => {
    const violations = validateSchedule(input, {
      assignments: [
        { seekerId: 'bram', employerId: 'garage', round: 2 },
        { seekerId: 'bram', employerId: 'bakkerij', round: 2 },
      ],
    });
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'EMPLOYER_SAID_NO',
          seekerId: 'bram',
          employerId: 'garage',
          round: 2,
        }),
        expect.objectContaining({ code: 'EMPLOYER_UNAVAILABLE', employerId: 'garage', round: 2 }),
        expect.objectContaining({ code: 'SEEKER_DOUBLE_BOOKED', seekerId: 'bram', round: 2 }),
        expect.objectContaining({ code: 'SEEKER_OVER_LIMIT', seekerId: 'bram' }),
        expect.objectContaining({
          code: 'PIN_NOT_RESPECTED',
          seekerId: 'anna',
          employerId: 'garage',
          round: 1,
        }),
      ]),
    );
  });
});
