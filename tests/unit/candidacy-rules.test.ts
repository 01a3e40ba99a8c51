import { describe, expect, it } from 'vitest';
import {
  candidacyStatuses,
  isOpenCandidacy,
  mayHireDirectly,
  mayMove,
  mentionsAge,
  moversOf,
  nextSteps,
  OPEN_CANDIDACY_STATUSES,
  reasonProblem,
  transitionExists,
} from '../../src/modules/candidacies/candidacy-rules';

const EXITS = ['DECLINED_BY_PERSON', 'NOT_SELECTED', 'WITHDRAWN', 'VACANCY_CLOSED'] as const;

describe('a hire recorded outside the pipeline', () => {
  it('goes from any open state straight to hired, for the employer, the lifecoach and programme staff only', () => {
    for (const from of candidacyStatuses) {
      for (const mover of ['EMPLOYER', 'LIFECOACH', 'PROGRAMME'] as const) {
        expect(mayHireDirectly(mover, from), `${mover} ${from}`).toBe(isOpenCandidacy(from));
      }
      expect(mayHireDirectly('SYSTEM', from)).toBe(false);
    }
    // It is not a step of the pipeline itself: there an employer hires only after an offer.
    expect(mayMove('EMPLOYER', 'PROPOSED', 'HIRED')).toBe(false);
  });
});

describe('the pipeline', () => {
  it('goes forward one step at a time: proposed → shortlisted → met → invited → interviewed → offered → hired', () => {
    const forward = ['PROPOSED', 'SHORTLISTED', 'MET', 'INVITED', 'INTERVIEWED', 'OFFERED', 'HIRED'] as const;
    for (const [index, from] of forward.entries()) {
      for (const to of forward) {
        const expected = forward.indexOf(to) === index + 1 || (from === 'SHORTLISTED' && to === 'INVITED');
        expect(transitionExists(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('allows every exit from every open state, and nothing at all from hired or an exit', () => {
    for (const from of OPEN_CANDIDACY_STATUSES)
      for (const exit of EXITS) expect(transitionExists(from, exit)).toBe(true);
    for (const from of ['HIRED', ...EXITS] as const) {
      expect(isOpenCandidacy(from)).toBe(false);
      for (const to of candidacyStatuses) expect(transitionExists(from, to), `${from} → ${to}`).toBe(false);
    }
  });

  it('gives each step to its owner: employers decide, the person declines through the lifecoach', () => {
    expect(mayMove('EMPLOYER', 'OFFERED', 'HIRED')).toBe(true);
    expect(mayMove('PROGRAMME', 'OFFERED', 'HIRED')).toBe(false);
    expect(mayMove('LIFECOACH', 'OFFERED', 'DECLINED_BY_PERSON')).toBe(true);
    expect(mayMove('EMPLOYER', 'OFFERED', 'DECLINED_BY_PERSON')).toBe(false);
    expect(moversOf('PROPOSED', 'SHORTLISTED')).toEqual(['SYSTEM']);
    expect(moversOf('INVITED', 'VACANCY_CLOSED')).toEqual(['SYSTEM']);
    expect(nextSteps('MET', 'EMPLOYER')).toEqual(['INVITED', 'NOT_SELECTED']);
    expect(nextSteps('MET', 'LIFECOACH')).toEqual(['DECLINED_BY_PERSON', 'WITHDRAWN']);
  });
});

describe('reasons', () => {
  it('asks an employer for a reason about the work, and a person for none', () => {
    expect(reasonProblem('NOT_SELECTED', 'EMPLOYER', null)).toMatch(/Kies een reden/);
    expect(reasonProblem('NOT_SELECTED', 'EMPLOYER', 'COMPETENCE_GAP')).toBeNull();
    expect(reasonProblem('NOT_SELECTED', 'EMPLOYER', 'HIRED_ELSEWHERE')).toMatch(/past niet/);
    expect(reasonProblem('NOT_SELECTED', 'SYSTEM', null)).toBeNull();
    expect(reasonProblem('DECLINED_BY_PERSON', 'LIFECOACH', null)).toBeNull();
    expect(reasonProblem('DECLINED_BY_PERSON', 'LIFECOACH', 'OTHER')).toMatch(/geen reden/);
    expect(reasonProblem('WITHDRAWN', 'LIFECOACH', 'HIRED_ELSEWHERE')).toMatch(/past niet/);
    expect(reasonProblem('WITHDRAWN', 'SYSTEM', 'HIRED_ELSEWHERE')).toBeNull();
    expect(reasonProblem('VACANCY_CLOSED', 'SYSTEM', 'VACANCY_FILLED')).toBeNull();
    expect(reasonProblem('INVITED', 'EMPLOYER', null)).toBeNull();
  });

  it.each([
    ['Te oud voor dit team', true],
    ['Wij zoeken iemand jonger', true],
    ['Past niet bij de leeftijd van het team', true],
    ['Too old for the job', true],
    ['Mist nog ervaring met de heftruck', false],
    ['Twee jaar ervaring gevraagd', false],
    ['Woont te ver weg', false],
  ])('flags notes about age for the programme: %s', (note, flagged) => {
    expect(mentionsAge(note)).toBe(flagged);
  });
});
