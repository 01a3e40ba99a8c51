import type { ContractKind, WorkingTime } from '../modules/vacancies/vacancy.entity';
import { contractKindLabels, workingTimeLabels } from './labels';

// The "passend werk" terms of a vacancy in words, shared by the employer's, lifecoach's and
// programme's pages so every reader sees the same sentence.

/** "Vast contract", or "Nog niet bekend" when the employer left it open. */
export function contractKindText(kind: ContractKind | null): string {
  return kind ? contractKindLabels[kind] : 'Nog niet bekend';
}

/** "Overdag, in het weekend", or "Nog niet bekend" when the employer left it open. */
export function workingTimesText(times: readonly WorkingTime[]): string {
  if (!times.length) return 'Nog niet bekend';
  const text = times.map((time) => workingTimeLabels[time].toLowerCase()).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Vast contract in zicht, cao", or a plain "geen" when nothing of it applies. */
export function passendWerkText(phrases: readonly string[]): string {
  if (!phrases.length) return 'Geen vast contract in zicht, geen cao, geen loon genoemd';
  const text = phrases.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
