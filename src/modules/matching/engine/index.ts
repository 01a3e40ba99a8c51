// Public surface of the matching engine: pure TypeScript, no database, no HTTP, no Node APIs.

export { InvalidVacancyError } from './compiled-vacancy';
export { type CompetenceInfo, createMatchContext, type MatchContext } from './context';
export { gateCheck } from './gates';
export {
  heldQualificationMask,
  INCLUDED_QUALIFICATIONS,
  LEGAL_QUALIFICATION_LABELS_NL,
  LEGAL_QUALIFICATIONS,
  type LegalQualificationCode,
  MOBILITY_QUALIFICATIONS,
  UnknownQualificationError,
} from './legal-requirements';
export {
  type BatchKernel,
  type CandidateRanking,
  DEFAULT_PAGE_SIZE,
  type MatchExplanation,
  MatchingIndex,
  type RankedCandidate,
  type RankedVacancy,
  type RankOptions,
  type VacancyRanking,
} from './matching-index';
export {
  isOnCall,
  passendWerkFit,
  passendWerkLabelNl,
  passendWerkPhrasesNl,
} from './passend-werk';
export { InvalidCursorError } from './ranking';
export { scoreMatch } from './score';
export { InvalidSeekerError } from './seeker-checks';
export { SEGMENTS_BY_CONTRACT } from './segments';
export * from './types';
export {
  DEFAULT_MATCH_WEIGHTS,
  InvalidMatchWeightsError,
  type MatchWeights,
  type MatchWeightsOverrides,
  resolveMatchWeights,
} from './weights';
export type { TrainingOpening, TrainingSuggestion } from './what-to-train';
