import { AppError, ProblemCode } from '../../http/problem';
import type { MatchingDependencies } from '../../modules/matching/matching.service';
import type { FormValues } from '../layout/form';
import type { WebRouteDependencies } from '../web-routes';

export const eventPath = (id: string) => `/beheer/meet-and-greets/${id}`;
export const schedulePath = (id: string) => `${eventPath(id)}/schema`;
export const listsPath = (id: string) => `${eventPath(id)}/lijsten`;
export const shortlistPath = (id: string, vacancyId: string) => `${eventPath(id)}/shortlists/${vacancyId}`;

/** The matching index and reference data the Meet & Greet verbs need, as the API routes get them. */
export const matchingOf = (deps: WebRouteDependencies): MatchingDependencies =>
  deps.meetAndGreets ?? { keeper: deps.matching, reference: deps.reference };

/** A typed whole number as a number; anything else as typed, so the schema's own check reports it. */
export const typedNumber = (value: string | undefined): number | string | undefined => {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** The ticked values of a CheckboxGroup (`<name>.<value>` fields). */
export const ticked = (values: FormValues, name: string): string[] =>
  Object.keys(values)
    .filter((key) => key.startsWith(`${name}.`) && values[key] === 'ja')
    .map((key) => key.slice(name.length + 1));

export const STALE_MESSAGE =
  'Iemand anders heeft dit net veranderd. Bekijk wat er nu staat, en probeer het dan nog eens.';

/**
 * A service refusal (422, 409) as one Dutch sentence for the page; not found, not allowed and
 * everything else go on to the error pages.
 */
export function refusalMessage(error: unknown): string {
  if (!(error instanceof AppError) || ![409, 422].includes(error.status)) throw error;
  if (error.code === ProblemCode.VersionConflict) return STALE_MESSAGE;
  return error.errors?.[0]?.message ?? error.detail;
}
