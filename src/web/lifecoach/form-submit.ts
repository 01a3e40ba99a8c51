import type { z } from 'zod';
import type { RequestContext } from '../../http/context';
import { isWrittenForPeople } from '../../http/messages';
import { AppError, ProblemCode } from '../../http/problem';
import { formatDate } from '../labels';
import type { FieldErrors } from '../layout/form';

export type Submitted<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export type FieldOf = (path: readonly PropertyKey[]) => string;

const firstSegment: FieldOf = (path) => String(path[0] ?? '_form');

/**
 * Service messages are written for API clients too; a few name the allowed codes ("Kies een van:
 * groen, oranje, rood."). A person reads the same message without the codes.
 */
export function plainServiceMessage(message: string): string {
  const dutch = message.trim();
  if (/^Kies (een van|uit):/.test(dutch)) return 'Kies een van de mogelijkheden.';
  if (/^Geef een tekst \(code\)/.test(dutch)) return 'Kies een van de mogelijkheden.';
  return dutch
    .replace(/\s*\((true of false|min, max)\)/g, '')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date));
}

type SubmitOptions = {
  /** The form field a path of the input (or of a service error) belongs to; default its first part. */
  fieldOf?: FieldOf;
  /** The message per field when the input schema refuses it (zod's generic messages are not shown). */
  messages?: Record<string, string>;
  /** The message per field in place of the service's own, where that one is written for API clients. */
  serviceMessages?: Record<string, string>;
};

/**
 * A form post through the API's own input schema, then the service verb — as the API route does
 * it. What the schema or the service refuses comes back as one message per form field, and the
 * request's unit of work is cleared, so the reads that show the form again can never write part of
 * the refused change. Every other error goes on to the error pages.
 */
export async function submitToService<S extends z.ZodType, T>(
  ctx: RequestContext,
  schema: S,
  input: unknown,
  write: (data: z.output<S>) => Promise<T>,
  options: SubmitOptions = {},
): Promise<Submitted<T>> {
  const fieldOf = options.fieldOf ?? firstSegment;
  const messages = options.messages ?? {};
  const serviceMessages = options.serviceMessages ?? {};
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      // A schema's own message is written for people; zod's generic ones are not shown.
      errors[field] ??=
        messages[field] ?? (isWrittenForPeople(issue.message) ? issue.message : 'Dit klopt nog niet.');
    }
    return { ok: false, errors };
  }
  try {
    return { ok: true, value: await write(parsed.data) };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== ProblemCode.ValidationFailed) throw error;
    ctx.em.clear();
    const errors: FieldErrors = {};
    for (const fieldError of error.errors ?? []) {
      const field = fieldOf(fieldError.path);
      errors[field] ??= serviceMessages[field] ?? plainServiceMessage(fieldError.message);
    }
    if (!Object.keys(errors).length)
      errors._form = serviceMessages._form ?? plainServiceMessage(error.detail);
    return { ok: false, errors };
  }
}

/** Where a form goes after it was saved: the page again, with a notice the page knows by its key. */
export const withNotice = (path: string, notice: string): string =>
  `${path}${path.includes('?') ? '&' : '?'}melding=${encodeURIComponent(notice)}`;
