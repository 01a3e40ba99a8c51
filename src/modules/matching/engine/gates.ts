import { type CompiledVacancy, compileVacancy } from './compiled-vacancy';
import type { MatchContext } from './context';
import { heldQualificationMask } from './legal-requirements';
import {
  contractKindAccepted,
  contractKindMask,
  onCallAccepted,
  unpaidFits,
  workingTimeMask,
  workingTimesOverlap,
} from './passend-werk';
import { assertValidSeeker } from './seeker-checks';
import { segmentCode } from './segments';
import type { GateFailureCounts, GateReason, GateResult, MatchSeeker, MatchVacancy } from './types';
import { GATE_REASONS } from './types';

/**
 * Gates: a candidate who fails one is not ranked, and every failed gate is counted.
 *
 *   SEGMENT              the contract type is open to the current segment (segments.ts)
 *   NO_MATCHING_CONSENT  the person consented to being matched
 *   ALREADY_PLACED       the person is not already placed
 *   HOURS                the wanted hours overlap the vacancy's range (touching counts), or the
 *                        vacancy builds up gradually and the person wants fewer hours than its
 *                        minimum. A build-up only grows hours, so it does not help someone who
 *                        wants more hours than the vacancy offers.
 *   UNKNOWN_POSTCODE     both PC4 codes are in the reference data (a newer postcode may be missing)
 *   DISTANCE             the distance between the PC4 centroids (0.1 km) is at most the person's
 *                        maximum; not checked when a postcode is unknown
 *   LEGAL_REQUIREMENT    every certificate or licence the law requires is held (legal-requirements.ts)
 *   MINIMUM_AGE          the person is at least the legal minimum age. An unknown age fails this
 *                        gate: the engine cannot show a legal condition is met, and the reason
 *                        tells the lifecoach what to record. Age is used nowhere else.
 *   CONTRACT_KIND        the vacancy's contract kind is one the person chose (passend-werk.ts); no
 *                        gate when either side left it open: not asked is not refused
 *   ON_CALL              on-call or zero-hours work (kind 'oproepcontract' or 0 hours minimum) only
 *                        for a person who chose on-call work; a person without an answer did not
 *   WORKING_TIMES        the vacancy's working times and the person's share at least one; no gate
 *                        when either side left them open
 *   UNPAID               unpaid work only as a learn-work place or internship, for a person in
 *                        segment LATER or in a learn-work trajectory
 */

export function hoursCompatible(
  wantedMin: number,
  wantedMax: number,
  vacancyMin: number,
  vacancyMax: number,
  gradualBuildUp: boolean,
): boolean {
  return (wantedMin <= vacancyMax && vacancyMin <= wantedMax) || (gradualBuildUp && wantedMax < vacancyMin);
}

/** Distance between the PC4 centroids in 0.1 km, or null when either postcode is unknown. */
export function seekerDistanceKm(
  seeker: MatchSeeker,
  compiled: CompiledVacancy,
  ctx: MatchContext,
): number | null {
  const seekerIndex = ctx.postcodes.indexOf(seeker.pc4);
  if (seekerIndex < 0 || compiled.pc4Index < 0) return null;
  return ctx.postcodes.distanceKmByIndex(seekerIndex, compiled.pc4Index);
}

export function checkCompiledGates(
  seeker: MatchSeeker,
  compiled: CompiledVacancy,
  ctx: MatchContext,
): GateResult {
  const failed: GateReason[] = [];
  const { vacancy } = compiled;
  if ((compiled.allowedSegments & (1 << segmentCode(seeker.segment))) === 0) failed.push('SEGMENT');
  if (!seeker.matchingConsent) failed.push('NO_MATCHING_CONSENT');
  if (seeker.placed) failed.push('ALREADY_PLACED');
  const { min, max } = seeker.wantedHours;
  if (!hoursCompatible(min, max, vacancy.hours.min, vacancy.hours.max, vacancy.gradualBuildUp))
    failed.push('HOURS');
  const distance = seekerDistanceKm(seeker, compiled, ctx);
  if (distance !== null && distance > seeker.maxTravelKm) failed.push('DISTANCE');
  if (distance === null) failed.push('UNKNOWN_POSTCODE');
  const required = compiled.requiredQualifications;
  if ((heldQualificationMask(seeker.legalQualifications) & required) !== required)
    failed.push('LEGAL_REQUIREMENT');
  if (compiled.minimumAge !== null && !(seeker.ageYears !== null && seeker.ageYears >= compiled.minimumAge)) {
    failed.push('MINIMUM_AGE');
  }
  const wishes = contractKindMask(seeker.contractWishes);
  if (!contractKindAccepted(wishes, compiled.contractKindBit)) failed.push('CONTRACT_KIND');
  if (!onCallAccepted(wishes, compiled.onCall)) failed.push('ON_CALL');
  if (!workingTimesOverlap(workingTimeMask(seeker.workingTimes), compiled.workingTimes))
    failed.push('WORKING_TIMES');
  if (
    !unpaidFits(
      compiled.paid,
      compiled.learningPlace,
      segmentCode(seeker.segment),
      seeker.inLearnWorkTrajectory,
    )
  )
    failed.push('UNPAID');
  return { passed: failed.length === 0, failed };
}

export function gateCheck(seeker: MatchSeeker, vacancy: MatchVacancy, ctx: MatchContext): GateResult {
  assertValidSeeker(seeker);
  return checkCompiledGates(seeker, compileVacancy(vacancy, ctx), ctx);
}

export function emptyGateFailureCounts(): GateFailureCounts {
  return Object.fromEntries(GATE_REASONS.map((reason) => [reason, 0])) as GateFailureCounts;
}
