import type { ContractType, Segment } from './types';

/**
 * Which readiness segments a kind of place is open to. Regular work asks someone who can start
 * within about three months (READY); a learn-work place or an internship is the route for those
 * who need longer (LATER) too. NOT_NOW and "not yet segmented" match nothing: they get an
 * activation programme first, and a lifecoach can always review the segment.
 */
export const SEGMENTS_BY_CONTRACT: Readonly<Record<ContractType, readonly Segment[]>> = {
  EMPLOYMENT: ['READY'],
  SELF_EMPLOYED: ['READY'],
  LEARN_WORK: ['READY', 'LATER'],
  INTERNSHIP: ['READY', 'LATER'],
};

/** Small integer per segment for typed-array columns; 0 is "not segmented". */
export const SEGMENT_CODES: Readonly<Record<Segment, number>> = { READY: 1, LATER: 2, NOT_NOW: 3 };
export const SEGMENT_BY_CODE: readonly (Segment | null)[] = [null, 'READY', 'LATER', 'NOT_NOW'];

export function segmentCode(segment: Segment | null): number {
  return segment === null ? 0 : SEGMENT_CODES[segment];
}

/** Bit (1 << segment code) set for every segment the contract type is open to. */
export function allowedSegmentMask(contractType: ContractType): number {
  let mask = 0;
  for (const segment of SEGMENTS_BY_CONTRACT[contractType]) mask |= 1 << SEGMENT_CODES[segment];
  return mask;
}
