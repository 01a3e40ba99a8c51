import { SEGMENT_CODES } from './segments';
import {
  CONTRACT_KINDS,
  type ContractKind,
  type ContractType,
  type VacancyTerms,
  WORKING_TIMES,
  type WorkingTime,
} from './types';

// "Passend werk" (PRODUCT.md step 5): the contract kinds a person accepts, the working times they
// can do, paid work with a permanent prospect under a cao. The gates here compare small bitmasks,
// so the index kernel and the one-person check call the very same functions.

/** Bit per contract kind in CONTRACT_KINDS order; 0 means "not asked" (a stated wish is never empty). */
export function contractKindMask(kinds: readonly ContractKind[] | null): number {
  let mask = 0;
  for (const kind of kinds ?? []) mask |= 1 << CONTRACT_KINDS.indexOf(kind);
  return mask;
}

/** Bit per working time in WORKING_TIMES order; 0 means "not asked" or "not stated". */
export function workingTimeMask(times: readonly WorkingTime[] | null): number {
  let mask = 0;
  for (const time of times ?? []) mask |= 1 << WORKING_TIMES.indexOf(time);
  return mask;
}

export const ON_CALL_BIT = 1 << CONTRACT_KINDS.indexOf('oproepcontract');

/** An on-call contract, or one that guarantees no hours (a minimum of 0 hours: a zero-hours contract). */
export function isOnCall(contractKind: ContractKind | null, hoursMin: number): boolean {
  return contractKind === 'oproepcontract' || hoursMin === 0;
}

/**
 * CONTRACT_KIND: the vacancy's kind is one the person chose. No gate when the vacancy states no kind
 * or the person was not asked (not asked is not refused). An on-call kind is left to ON_CALL, so a
 * person is not counted twice for one reason (vacancyKindBit is 0 for it).
 */
export function contractKindAccepted(wishMask: number, vacancyKindBit: number): boolean {
  return wishMask === 0 || vacancyKindBit === 0 || (wishMask & vacancyKindBit) !== 0;
}

/** ON_CALL: on-call or zero-hours work only for a person who chose on-call work — never by default. */
export function onCallAccepted(wishMask: number, onCall: boolean): boolean {
  return !onCall || (wishMask & ON_CALL_BIT) !== 0;
}

/** WORKING_TIMES: at least one working time in common; no gate when either side stated none. */
export function workingTimesOverlap(personMask: number, vacancyMask: number): boolean {
  return personMask === 0 || vacancyMask === 0 || (personMask & vacancyMask) !== 0;
}

/** Kinds of place where unpaid work can be passend: a learn-work place or an internship. */
export function isLearningPlace(contractType: ContractType): boolean {
  return contractType === 'LEARN_WORK' || contractType === 'INTERNSHIP';
}

/**
 * UNPAID: unpaid work only as a learn-work place or internship, and only for a person on the
 * learn-work route: segment "kansrijk op termijn" (LATER, whose route is a learn-work trajectory)
 * or anyone taking part in a learn-work trajectory now. Someone ready for work gets paid work.
 */
export function unpaidFits(
  paid: boolean,
  learningPlace: boolean,
  segmentCodeOfPerson: number,
  inLearnWorkTrajectory: boolean,
): boolean {
  return paid || (learningPlace && (segmentCodeOfPerson === SEGMENT_CODES.LATER || inLearnWorkTrajectory));
}

/** The passend werk component: one third each for a permanent prospect, a cao and a pay indication. */
export function passendWerkFit(terms: VacancyTerms): number {
  return ((terms.permanentProspect ? 1 : 0) + (terms.underCao ? 1 : 0) + (terms.payIndicated ? 1 : 0)) / 3;
}

/** What makes the work passend, in the words employers and lifecoaches read. */
export function passendWerkPhrasesNl(terms: VacancyTerms): string[] {
  const phrases: string[] = [];
  if (terms.permanentProspect) phrases.push('vast contract in zicht');
  if (terms.underCao) phrases.push('cao');
  if (terms.payIndicated) phrases.push('loon bekend');
  return phrases;
}

/** The component's label in an explanation, e.g. "Passend werk: vast contract in zicht, cao". */
export function passendWerkLabelNl(terms: VacancyTerms): string {
  const phrases = passendWerkPhrasesNl(terms);
  return phrases.length
    ? `Passend werk: ${phrases.join(', ')}`
    : 'Passend werk: geen vast contract in zicht, geen cao, geen loon genoemd';
}
