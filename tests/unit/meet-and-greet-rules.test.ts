import { describe, expect, it } from 'vitest';
import {
  dutchDateLabel,
  endOfLastRound,
  notSelectedReasonOfMark,
  roundTimes,
  strongestWish,
  wishReasonProblem,
} from '../../src/modules/meet-and-greets/meet-and-greet-rules';

describe('round times', () => {
  it('puts the rounds after each other with a break in between', () => {
    expect(roundTimes({ startTime: '09:45', rounds: 3, roundMinutes: 25, breakMinutes: 10 })).toEqual([
      { round: 1, startTime: '09:45', endTime: '10:10' },
      { round: 2, startTime: '10:20', endTime: '10:45' },
      { round: 3, startTime: '10:55', endTime: '11:20' },
    ]);
    expect(endOfLastRound({ startTime: '09:45', rounds: 3, roundMinutes: 25, breakMinutes: 10 })).toBe(
      11 * 60 + 20,
    );
  });

  it('writes the date the Dutch way', () => {
    expect(dutchDateLabel('2027-03-12')).toBe('vrijdag 12 maart 2027');
  });
});

describe('marks on the shortlist', () => {
  it('takes the strongest mark over an employer’s vacancies, an unmarked candidate counting as maybe', () => {
    expect(strongestWish(['NO', 'WANT'])).toBe('WANT');
    expect(strongestWish(['NO', null])).toBe('MAYBE');
    expect(strongestWish(['NO', 'NO'])).toBe('NO');
    expect(strongestWish([null])).toBe('MAYBE');
  });

  it('fits reasons to marks: no positive reason with NO, no negative reason with WANT, OTHER needs a note', () => {
    expect(wishReasonProblem('NO', 'SKILLS_FIT', null)).not.toBeNull();
    expect(wishReasonProblem('WANT', 'COMPETENCE_GAP', null)).not.toBeNull();
    expect(wishReasonProblem('MAYBE', 'COMPETENCE_GAP', null)).toBeNull();
    expect(wishReasonProblem('MAYBE', 'OTHER', null)).not.toBeNull();
    expect(wishReasonProblem('MAYBE', 'OTHER', 'Eerst de uren bespreken')).toBeNull();
    expect(wishReasonProblem('NO', null, null)).toBeNull();
  });

  it('turns the reason of a NO into the reason the employer did not select the candidate', () => {
    expect(notSelectedReasonOfMark('HOURS_DO_NOT_FIT')).toBe('HOURS_DO_NOT_FIT');
    expect(notSelectedReasonOfMark('ENOUGH_CANDIDATES')).toBe('OTHER_CANDIDATE_CHOSEN');
    expect(notSelectedReasonOfMark(null)).toBeNull();
  });
});
