import type { z } from 'zod';
import type { FieldError } from './problem';
import { validationError } from './problem';

type Location = 'body' | 'query' | 'path' | 'header';
const locations: Record<string, Location> = { json: 'body', query: 'query', param: 'path', header: 'header' };

/** zod issues → field errors with a path per offending field (an unknown key gets its own path). */
export function toFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  location?: Location,
): (FieldError & { location?: Location })[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: 'Unknown field.', location }));
    }
    return [{ path, message: issue.message, location }];
  });
}

/** Used by every route: invalid input never reaches a handler and always answers 422. */
export const validationHook = (
  result: { success: true } | { success: false; error: z.ZodError; target: string },
): undefined => {
  if (!result.success) {
    throw validationError(toFieldErrors(result.error.issues, locations[result.target]));
  }
  return undefined;
};
