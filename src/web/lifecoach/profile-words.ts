import type { InstrumentFormView } from '../../modules/assessments/instrument.schemas';
import type { SegmentReason } from '../../modules/readiness/segmentation';
import {
  formatNumber,
  preconditionsThresholdLabels,
  preconditionsValueLabels,
  stoplightValueLabels,
} from '../labels';

// A talent profile and the reasons of a segment decision in words: stored answers are option
// values and scores; the words come from the instrument version the profile was made with.

type Item = { id: string; label: string; type: string } & Record<string, unknown>;
type Scale = { min: number; max: number; labels?: string[] };

const itemsOf = (instrument: InstrumentFormView, section: keyof InstrumentFormView['sections']) =>
  instrument.sections[section].items as unknown as Item[];

export function itemOf(
  instrument: InstrumentFormView,
  section: keyof InstrumentFormView['sections'],
  id: string,
) {
  return itemsOf(instrument, section).find((item) => item.id === id);
}

/** "4 – Wil graag werken" for a score on an item with a labelled scale; "4 van 5" otherwise. */
export function scoreInWords(item: Item | undefined, value: number): string {
  const scale = item?.scale as Scale | undefined;
  if (!scale) return formatNumber(value);
  const label = Number.isInteger(value) ? scale.labels?.[value - scale.min] : undefined;
  return label ? `${value} – ${label}` : `${formatNumber(value)} van ${scale.max}`;
}

/** The labels of chosen options ("vast" → "Vast contract"). */
export function optionsInWords(item: Item | undefined, values: readonly string[]): string {
  const options = (item?.options as { value: string; label: string }[] | undefined) ?? [];
  const words = values.map(
    (value) => options.find((option) => option.value === value)?.label ?? 'Een andere keuze',
  );
  return words.length ? words.join(', ') : 'Niet ingevuld';
}

/** Where a work-style answer leans, between the two poles. */
export function workStyleInWords(item: Item | undefined, value: number): string {
  const poles = item?.poles as { min: string; max: string } | undefined;
  const scale = item?.scale as Scale | undefined;
  if (!poles || !scale) return formatNumber(value);
  const middle = (scale.min + scale.max) / 2;
  const lean = value < middle ? poles.min : value > middle ? poles.max : 'Allebei even graag';
  return `${lean} (${value} op een schaal van ${scale.min} tot ${scale.max})`;
}

const behaviourScale = (instrument: InstrumentFormView) =>
  (itemsOf(instrument, 'gedrag')[0]?.scale as Scale | undefined) ?? { min: 1, max: 5 };

/** The value and the threshold of one check of a segment decision, in words. */
export function reasonInWords(
  instrument: InstrumentFormView,
  reason: SegmentReason,
): { now: string; needed: string } {
  const { value, threshold } = reason;
  const number = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);
  switch (reason.criterion) {
    case 'behaviour': {
      const scale = behaviourScale(instrument);
      return {
        now: `Gemiddeld ${formatNumber(number(value))} van ${scale.max}`,
        needed: `Minstens ${formatNumber(number(threshold))} van ${scale.max}`,
      };
    }
    case 'learnability': {
      const item = itemOf(instrument, 'gedrag', 'leerbaarheid');
      return {
        now: scoreInWords(item, number(value)),
        needed: `Minstens ${scoreInWords(item, number(threshold))}`,
      };
    }
    case 'motivation': {
      const item = itemOf(instrument, 'willen', 'motivatie');
      return {
        now: scoreInWords(item, number(value)),
        needed: `Minstens ${scoreInWords(item, number(threshold))}`,
      };
    }
    case 'hours':
      return {
        now: `${formatNumber(number(value))} uur per week`,
        needed: `Minstens ${formatNumber(number(threshold))} uur per week`,
      };
    case 'preconditions':
      return {
        now: preconditionsValueLabels[String(value)] ?? reason.explanationNl,
        needed: preconditionsThresholdLabels[String(threshold)] ?? reason.explanationNl,
      };
    case 'stoplight':
      return {
        now: stoplightValueLabels[String(value)] ?? 'Rood',
        needed: stoplightValueLabels[String(threshold)] ?? 'Oranje of groen',
      };
  }
}
