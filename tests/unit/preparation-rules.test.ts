import { describe, expect, it } from 'vitest';
import {
  checkPreparationPlan,
  competencesInPreparation,
  DEFAULT_PREPARATION_INTENSITY,
  languageCodesInPlan,
  plannedEndDate,
  progressOf,
  trainableWithPlan,
} from '../../src/modules/preparation/preparation-rules';

const module = (durationWeeks: number, status: 'PLANNED' | 'BUSY' | 'DONE' | 'STOPPED' = 'PLANNED') => ({
  offeringId: `m-${durationWeeks}-${status}`,
  status,
  competenceCodes: ['T-WORK-IN-TEAMS'],
  durationWeeks,
});

const base = {
  segment: 'READY' as const,
  startDate: '2027-01-04',
  plannedWeeks: 12,
  readyToMeetDate: '2027-03-01',
  modules: [module(6)],
};

describe('checkPreparationPlan', () => {
  it.each([
    ['a good READY plan', base, []],
    ['READY at its most weeks', { ...base, plannedWeeks: 13 }, []],
    ['READY longer than about three months', { ...base, plannedWeeks: 14 }, ['plannedWeeks']],
    ['LATER longer', { ...base, segment: 'LATER' as const, plannedWeeks: 26 }, []],
    ['LATER beyond its weeks', { ...base, segment: 'LATER' as const, plannedWeeks: 27 }, ['plannedWeeks']],
    ['NOT_NOW has no preparation plan', { ...base, segment: 'NOT_NOW' as const }, ['segment']],
    ['no segment yet', { ...base, segment: null }, ['segment']],
    [
      'a module longer than the plan',
      { ...base, modules: [module(6), module(14)] },
      ['modules.1.offeringId'],
    ],
    ['meeting employers before the start', { ...base, readyToMeetDate: '2027-01-03' }, ['readyToMeetDate']],
    ['meeting employers on the start', { ...base, readyToMeetDate: '2027-01-04' }, []],
    ['meeting employers on the last day', { ...base, readyToMeetDate: '2027-03-29' }, []],
    ['meeting employers after the end', { ...base, readyToMeetDate: '2027-03-30' }, ['readyToMeetDate']],
    ['no moment chosen yet', { ...base, readyToMeetDate: null }, []],
  ])('%s', (_name, input, expected) => {
    const problems = checkPreparationPlan(input, DEFAULT_PREPARATION_INTENSITY);
    expect(problems.map((problem) => problem.path.join('.'))).toEqual(expected);
  });

  it('follows the configured intensity', () => {
    const problems = checkPreparationPlan(base, { READY: 8, LATER: 40 });
    expect(problems.map((problem) => problem.messageNl)).toEqual([
      'In dit segment duurt de voorbereiding hoogstens 8 weken.',
    ]);
  });
});

describe('progressOf', () => {
  it('counts done modules of those not stopped, and the weeks under way up to the plan', () => {
    const modules = [module(1, 'DONE'), module(2, 'BUSY'), module(3, 'STOPPED'), module(4, 'DONE')];
    expect(progressOf(modules, '2027-01-04', 12, '2027-01-25')).toEqual({
      modulesDone: 2,
      modulesCounted: 3,
      percentDone: 67,
      weeksUnderway: 3,
    });
    expect(progressOf([], '2027-01-04', 12, '2027-01-01').weeksUnderway).toBe(0);
    expect(progressOf([], '2027-01-04', 12, '2028-01-01')).toMatchObject({
      percentDone: 0,
      weeksUnderway: 12,
    });
  });

  it('ends a plan after its weeks', () => {
    expect(plannedEndDate('2027-01-04', 13)).toBe('2027-04-05');
  });
});

describe('what a plan works on', () => {
  const modules = [
    { status: 'BUSY' as const, competenceCodes: ['T-ADDRESS-AUDIENCE', 'L-NL-SPREKEN'] },
    { status: 'DONE' as const, competenceCodes: ['T-MEET-COMMITMENTS'] },
    { status: 'STOPPED' as const, competenceCodes: ['L-NL-LEZEN'] },
  ];
  const isLanguage = (code: string) => code.startsWith('L-');

  it('takes the modules planned or under way, and the competences chosen from matching', () => {
    expect([...competencesInPreparation(modules, ['P-SCHOONMAKEN'])].sort()).toEqual([
      'L-NL-SPREKEN',
      'P-SCHOONMAKEN',
      'T-ADDRESS-AUDIENCE',
    ]);
    expect([...languageCodesInPlan(modules, isLanguage)]).toEqual(['L-NL-SPREKEN']);
  });

  it('makes a small language gap trainable only with a language module for it', () => {
    const languages = new Set(['L-NL-SPREKEN']);
    const gap = (competenceCode: string, gapLevels: number, trainable = false) => ({
      competenceCode,
      gapLevels,
      trainable,
    });
    expect(trainableWithPlan(gap('L-NL-SPREKEN', 1), languages, 1)).toBe(true);
    expect(trainableWithPlan(gap('L-NL-SPREKEN', 2), languages, 1)).toBe(false);
    expect(trainableWithPlan(gap('L-NL-LEZEN', 1), languages, 1)).toBe(false);
    expect(trainableWithPlan(gap('L-NL-SPREKEN', 0), languages, 1)).toBe(false);
    expect(trainableWithPlan(gap('T-PERSIST', 1, true), new Set(), 1)).toBe(true);
  });
});
