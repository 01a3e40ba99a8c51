// Pure module: where prejudice could return. For each step an employer decides, the rate per age
// band and each band's ratio to the highest band's rate; a ratio below 0.8 is flagged (the
// four-fifths rule) when both groups are large enough to say anything. No database, no HTTP.

import type { CandidacyStatus } from '../candidacies/candidacy-rules';
import { shownRate } from './small-cells';

export const ageBands = ['UNDER_27', 'FROM_27_TO_49', 'FROM_50'] as const;
export type AgeBand = (typeof ageBands)[number];

export const AGE_BAND_LABELS_NL: Record<AgeBand, string> = {
  UNDER_27: 'Jonger dan 27',
  FROM_27_TO_49: '27 tot en met 49',
  FROM_50: '50 en ouder',
};

export const FOUR_FIFTHS = 0.8;

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageBandOf(dateOfBirth: string | null, day: string): AgeBand | null {
  if (!dateOfBirth) return null;
  const age = ageOn(dateOfBirth, day);
  return age < 27 ? 'UNDER_27' : age < 50 ? 'FROM_27_TO_49' : 'FROM_50';
}

/** The steps an employer decides, each with the stage a candidacy must have reached to be decided on. */
export const decidedSteps = [
  { step: 'SHORTLISTED', from: 'PROPOSED' },
  { step: 'INVITED', from: 'SHORTLISTED' },
  { step: 'OFFERED', from: 'INVITED' },
  { step: 'HIRED', from: 'OFFERED' },
] as const satisfies readonly { step: CandidacyStatus; from: CandidacyStatus }[];
export type DecidedStep = (typeof decidedSteps)[number]['step'];

export const DECIDED_STEP_LABELS_NL: Record<DecidedStep, string> = {
  SHORTLISTED: 'Op de lijst gezet',
  INVITED: 'Uitgenodigd voor een gesprek',
  OFFERED: 'Een aanbod gekregen',
  HIRED: 'Aangenomen',
};

const pipeline: readonly CandidacyStatus[] = [
  'PROPOSED',
  'SHORTLISTED',
  'MET',
  'INVITED',
  'INTERVIEWED',
  'OFFERED',
  'HIRED',
];
export const stageIndex = (status: CandidacyStatus): number => pipeline.indexOf(status);

/** One candidacy as the report sees it: the furthest stage it reached, whether it is still open, the age band. */
export type FairnessCandidacy = {
  employerId: string;
  ageBand: AgeBand | null;
  /** Index in PROPOSED … HIRED of the furthest stage reached. */
  furthest: number;
  open: boolean;
};

export type BandRate = {
  ageBand: AgeBand;
  /** Candidacies decided on at this step (reached the stage before it, and no longer waiting there). */
  considered: number;
  passed: number;
  /** passed / considered, null when fewer than 5 were considered. */
  rate: number | null;
  /** rate / the highest band's rate, null when either is unknown. */
  ratio: number | null;
  /** Ratio below four-fifths with both groups large enough. */
  flagged: boolean;
};

export type StepRates = { step: DecidedStep; bands: BandRate[]; flagged: boolean };

/** Rates per age band for every decided step over a set of candidacies. */
export function fairnessRates(candidacies: readonly FairnessCandidacy[]): StepRates[] {
  return decidedSteps.map(({ step, from }) => {
    const stepAt = stageIndex(step);
    const fromAt = stageIndex(from);
    const counts = ageBands.map((ageBand) => {
      let considered = 0;
      let passed = 0;
      for (const c of candidacies) {
        if (c.ageBand !== ageBand || c.furthest < fromAt) continue;
        if (c.furthest >= stepAt) {
          considered++;
          passed++;
        } else if (!c.open) considered++;
      }
      return {
        ageBand,
        considered,
        passed,
        rate: shownRate(passed, considered),
      };
    });
    const known = counts.filter((c) => c.rate !== null);
    const highest = known.length === 0 ? null : Math.max(...known.map((c) => c.rate as number));
    const bands = counts.map((c) => {
      const ratio = c.rate === null || highest === null || highest === 0 ? null : c.rate / highest;
      return { ...c, ratio, flagged: ratio !== null && ratio < FOUR_FIFTHS };
    });
    return { step, bands, flagged: bands.some((b) => b.flagged) };
  });
}
