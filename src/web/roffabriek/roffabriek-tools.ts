import type { MiddlewareHandler } from 'hono';
import { Role } from '../../access/roles';
import { AppError, ProblemCode, validationError } from '../../http/problem';
import { requireCsrf } from '../session/csrf';
import { requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import { renderError } from '../web-errors';
import type { WebRouteDependencies } from '../web-routes';

export const roffabriekHomePath = '/roffabriek';
export const offeringsPath = '/roffabriek/aanbod';
export const offeringPath = (id: string) => `${offeringsPath}/${id}`;
export const proposalsPath = '/roffabriek/voorstellen';
export const participantsPath = '/roffabriek/deelnemers';
export const participantPath = (id: string) => `${participantsPath}/${id}`;

/**
 * Trajectory coordinators only (Roffabriek and its social enterprises). Every other role gets the
 * "not found" page: from any other account this workspace does not exist.
 */
export const coordinatorOnly: MiddlewareHandler<WebBindings> = async (c, next) => {
  if (c.get('signedIn')?.user.role !== Role.TrajectoryCoordinator) return renderError(c, 'notFound');
  await next();
};

/** What every coordinator page gets: the guards (in this order) and the app's dependencies. */
export type RoffabriekTools = {
  signedIn: MiddlewareHandler<WebBindings>;
  coordinator: MiddlewareHandler<WebBindings>;
  /** Anti-forgery and body-size check: after `coordinator` on every POST. */
  csrf: MiddlewareHandler<WebBindings>;
  deps: WebRouteDependencies;
};

export function roffabriekTools(deps: WebRouteDependencies): RoffabriekTools {
  return {
    signedIn: requireSession(deps, deps.clock),
    coordinator: coordinatorOnly,
    csrf: requireCsrf(deps),
    deps,
  };
}

/**
 * A refusal about the current state (a full start, capacity below the places taken, a step that no
 * longer fits) as a message at a form field, so the page explains it next to what was typed. A
 * change by someone else in the meantime stays the error page that says so.
 */
export function asFieldError(error: unknown, field: string): unknown {
  if (
    error instanceof AppError &&
    (error.code === ProblemCode.Conflict || error.code === ProblemCode.InvalidTransition)
  ) {
    return validationError([{ path: [field], message: error.detail }]);
  }
  return error;
}

/** A whole number as typed, or the text itself so the schema reports it. */
export const wholeNumber = (typed: string | undefined): unknown => {
  const text = (typed ?? '').trim();
  return /^\d+$/.test(text) ? Number(text) : text === '' ? undefined : text;
};
