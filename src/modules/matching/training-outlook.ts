import {
  type MatchContext,
  MatchingIndex,
  type MatchSeeker,
  type MatchVacancy,
  type TrainingSuggestion,
} from './engine';

/**
 * "What to train" looks ahead: training is how someone in LATER becomes ready, so the person is
 * judged as if READY (and not placed) — otherwise the segment gate would hide every regular job,
 * and with it the very gaps worth training. All other gates still apply.
 */
export function trainingOutlook(
  context: MatchContext,
  seeker: MatchSeeker,
  openVacancies: readonly MatchVacancy[],
): TrainingSuggestion[] {
  const asReady: MatchSeeker = { ...seeker, segment: 'READY', placed: false };
  return MatchingIndex.build(context, [asReady]).whatToTrain(asReady.id, openVacancies) ?? [];
}
