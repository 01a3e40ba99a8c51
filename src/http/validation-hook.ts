import type { z } from 'zod';
import { say } from './messages';
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
      return issue.keys.map((key) => ({ path: [...path, key], message: UNKNOWN_FIELD, location }));
    }
    return [{ path, message: issue.message, location }];
  });
}

export const NUL_MESSAGE = say({
  nl: 'Tekst mag het teken NUL (\\u0000) niet bevatten.',
  en: 'Text may not contain the NUL character (\\u0000).',
});
const UNKNOWN_FIELD = say({ nl: 'Dit veld kennen we niet.', en: 'Unknown field.' });

/**
 * Paths of every string (or object key) that holds a NUL character. PostgreSQL cannot store one in
 * text or jsonb, so it is refused here, once for every route, instead of failing in the database.
 * Walks with its own stack: a deeply nested body must not overflow the call stack.
 */
export function pathsWithNul(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as (typeof stack)[number];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) found.push(path);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => {
        stack.push({ value: item, path: [...path, index] });
      });
    } else if (current !== null && typeof current === 'object' && !(current instanceof Date)) {
      for (const [key, item] of Object.entries(current)) {
        if (key.includes('\u0000')) found.push([...path, key]);
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return found;
}

/**
 * Used by every route: invalid input never reaches a handler and always answers 422 — including
 * text with a NUL character in a body field, a query or a path parameter.
 */
export const validationHook = (
  result:
    | { success: true; data: unknown; target: string }
    | { success: false; error: z.ZodError; target: string },
): undefined => {
  const location = locations[result.target];
  if (!result.success) {
    throw validationError(toFieldErrors(result.error.issues, location));
  }
  const withNul = pathsWithNul(result.data);
  if (withNul.length > 0) {
    throw validationError(withNul.map((path) => ({ path, message: NUL_MESSAGE, location })));
  }
  return undefined;
};
