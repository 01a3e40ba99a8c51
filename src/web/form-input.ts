import type { Context } from 'hono';
import type { z } from 'zod';
import { isWrittenForPeople } from '../http/messages';
import { AppError, ProblemCode } from '../http/problem';
import type { FieldErrors, FormValues } from './layout/form';

/** The text fields of a posted form (files and repeated names ignored), without the anti-forgery token. */
export async function readForm(c: Context): Promise<FormValues> {
  const body = await c.req.parseBody();
  const values: FormValues = {};
  for (const [name, value] of Object.entries(body)) {
    if (name !== '_csrf' && typeof value === 'string') values[name] = value;
  }
  return values;
}

/** Empty form fields mean "not given": the API schemas expect the field to be left out. */
export function withoutEmpty(values: FormValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
}

/**
 * Turns a zod failure into one message per form field. `messages` gives the plain-Dutch text per
 * field; a field without one shows the schema's own message when it was written for people.
 */
export function fieldErrorsFromZod(error: z.ZodError, messages: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    errors[field] ??=
      messages[field] ?? (isWrittenForPeople(issue.message) ? issue.message : 'Dit klopt nog niet.');
  }
  return errors;
}

/**
 * A service's validation error (422) as messages per form field; anything else is rethrown so the
 * error pages handle it.
 */
export function fieldErrorsFromService(error: unknown, messages: Record<string, string> = {}): FieldErrors {
  if (!(error instanceof AppError) || error.code !== ProblemCode.ValidationFailed) throw error;
  const errors: FieldErrors = {};
  for (const fieldError of error.errors ?? []) {
    const field = String(fieldError.path[0] ?? '_form');
    errors[field] ??= fieldError.message || messages[field] || 'Dit klopt nog niet.';
  }
  if (!Object.keys(errors).length) errors._form = error.detail;
  return errors;
}

/**
 * A date as people type it (23-04-1985, 23/4/1985, 23.04.1985) in the YYYY-MM-DD the services take;
 * anything else is passed on unchanged, so the schema's own check reports it.
 */
export function isoDate(typed: string): string {
  const match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(typed.trim());
  if (!match) return typed.trim();
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A calendar date (YYYY-MM-DD) as a form field shows it to type over: 14-03-2027; isoDate reads it back. */
export function typedDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}
