// Public surface of the Meet & Greet conversation schedule: pure TypeScript, no database, no HTTP.

export { allocateConversations } from './allocate';
export { InvalidAllocationInputError } from './problem';
export { DEFAULT_WANT_BONUS, POINTS_PER_QUALITY_UNIT, pairPoints } from './scoring';
export type * from './types';
export { type ScheduleViolation, type ScheduleViolationCode, validateSchedule } from './validate-schedule';
