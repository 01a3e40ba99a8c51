import type { AssessmentView } from '../../modules/assessments/assessment.schemas';
import { SECTION_IDS, type SectionId } from '../../modules/assessments/instrument';
import type { InstrumentFormView } from '../../modules/assessments/instrument.schemas';

// How far a draft is, per section, read from what the service says is still missing. Nothing is
// decided here: the service's missingItems is the only source of "not done".

export type SectionState = 'notStarted' | 'open' | 'done' | 'optional' | 'waits';

export type SectionProgress = {
  id: SectionId;
  title: string;
  state: SectionState;
  /** What is still needed in this section, in words. */
  missing: string[];
};

export const SECTION_STATE_LABELS: Record<SectionState, string> = {
  notStarted: 'Nog niet begonnen',
  open: 'Bezig',
  done: 'Klaar',
  optional: 'Mag leeg blijven',
  waits: 'Wacht: eerst rust en hulp',
};

/** The sections a lifecoach can work on now: in the red phase only the phase and the note. */
export const offeredSections = (draft: Pick<AssessmentView, 'redPhase'>): readonly SectionId[] =>
  draft.redPhase ? ['stoplicht'] : SECTION_IDS;

function itemLabel(instrument: InstrumentFormView, section: SectionId, itemId: string): string {
  const items: readonly { id: string; label?: string }[] = instrument.sections[section].items;
  return items.find((item) => item.id === itemId)?.label ?? 'Een vraag';
}

export function sectionProgress(
  instrument: InstrumentFormView,
  draft: Pick<AssessmentView, 'answers' | 'missingItems' | 'redPhase'>,
): SectionProgress[] {
  const offered = offeredSections(draft);
  return SECTION_IDS.map((id) => {
    const title = instrument.sections[id].title;
    if (!offered.includes(id)) return { id, title, state: 'waits', missing: [] };
    const missing = draft.missingItems
      .filter((item) => item.path[1] === id)
      .map((item) => (item.path.length > 2 ? itemLabel(instrument, id, String(item.path[2])) : item.message));
    const answered = Object.keys(draft.answers[id] ?? {}).length > 0;
    const hasRequired = instrument.sections[id].items.some((item) => item.required);
    const state: SectionState =
      missing.length > 0
        ? answered
          ? 'open'
          : 'notStarted'
        : answered
          ? 'done'
          : hasRequired
            ? 'done'
            : 'optional';
    return { id, title, state, missing };
  });
}

/** The section after this one that can be worked on, or null after the last. */
export function nextSection(draft: Pick<AssessmentView, 'redPhase'>, current: SectionId): SectionId | null {
  const offered = offeredSections(draft);
  return offered[offered.indexOf(current) + 1] ?? null;
}

export const isSectionId = (value: string): value is SectionId =>
  (SECTION_IDS as readonly string[]).includes(value);
