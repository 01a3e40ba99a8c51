import { isLegalQualification } from './legal-requirements';
import { SEGMENT_CODES } from './segments';
import {
  CONTRACT_KINDS,
  MAX_BEHAVIOUR_SCORE,
  MAX_COMPETENCE_LEVEL,
  type MatchSeeker,
  MIN_BEHAVIOUR_SCORE,
  WORKING_TIMES,
} from './types';

// The index stores levels in bytes: a value out of range would silently wrap, so it is refused.

export class InvalidSeekerError extends Error {
  override readonly name = 'InvalidSeekerError';

  constructor(
    readonly seekerId: string,
    readonly problems: string[],
  ) {
    super(`Job seeker ${seekerId} cannot be matched: ${problems.join('; ')}`);
  }
}

const isWhole = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;
const isNonNegative = (value: number) => Number.isFinite(value) && value >= 0;

export function assertValidSeeker(seeker: MatchSeeker): void {
  const problems: string[] = [];
  if (typeof seeker.id !== 'string' || seeker.id === '') problems.push('id must be a non-empty string');
  if (seeker.segment !== null && !(seeker.segment in SEGMENT_CODES))
    problems.push(`unknown segment ${seeker.segment}`);
  const { min, max } = seeker.wantedHours;
  if (!(isNonNegative(min) && isNonNegative(max) && min <= max))
    problems.push('wantedHours must be 0 <= min <= max');
  if (!isNonNegative(seeker.maxTravelKm)) problems.push('maxTravelKm must be >= 0');
  for (const [code, level] of Object.entries(seeker.competenceLevels)) {
    if (!isWhole(level, 0, MAX_COMPETENCE_LEVEL))
      problems.push(`level of ${code} must be 0..${MAX_COMPETENCE_LEVEL}`);
  }
  for (const [item, score] of Object.entries(seeker.behaviourScores)) {
    if (!isWhole(score, MIN_BEHAVIOUR_SCORE, MAX_BEHAVIOUR_SCORE)) {
      problems.push(`behaviour ${item} must be ${MIN_BEHAVIOUR_SCORE}..${MAX_BEHAVIOUR_SCORE}`);
    }
  }
  for (const code of seeker.legalQualifications) {
    if (!isLegalQualification(code)) problems.push(`unknown legal qualification ${code}`);
  }
  if (seeker.ageYears !== null && !isNonNegative(seeker.ageYears))
    problems.push('ageYears must be >= 0 or null');
  for (const kind of seeker.contractWishes ?? []) {
    if (!CONTRACT_KINDS.includes(kind)) problems.push(`unknown contract kind ${kind}`);
  }
  for (const time of seeker.workingTimes ?? []) {
    if (!WORKING_TIMES.includes(time)) problems.push(`unknown working time ${time}`);
  }
  if (problems.length > 0) throw new InvalidSeekerError(String(seeker.id), problems);
}
