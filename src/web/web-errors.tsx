import { OptimisticLockError } from '@mikro-orm/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../http/logger';
import { AppError, ProblemCode } from '../http/problem';
import { ErrorPage, type ErrorPageKind, errorStatus } from './layout/error-pages';
import type { WebBindings } from './web-context';

/** Renders one of the friendly error pages, in the signed-in layout when there is a session. */
export function renderError(c: Context<WebBindings>, kind: ErrorPageKind) {
  const status = errorStatus(kind) as 400 | 403 | 404 | 409 | 500 | 503;
  return c.html(
    <ErrorPage kind={kind} requestId={c.get('requestId')} signedIn={c.get('signedIn')} />,
    status,
  );
}

const kindOf = (error: AppError): ErrorPageKind | 'signIn' => {
  switch (error.code) {
    case ProblemCode.NotFound:
      return 'notFound';
    case ProblemCode.Forbidden:
      return 'notAllowed';
    case ProblemCode.Unauthenticated:
      return 'signIn';
    case ProblemCode.VersionConflict:
    case ProblemCode.Conflict:
    case ProblemCode.InvalidTransition:
    case ProblemCode.Duplicate:
      return 'conflict';
    case ProblemCode.Unavailable:
      return 'unavailable';
    case ProblemCode.Internal:
      return 'failed';
    default:
      return 'badRequest';
  }
};

/**
 * What the web app shows for anything a page did not handle itself: a Dutch page, never a stack
 * trace. Unknown errors are logged in full under the request id that the page shows.
 */
export const webErrorHandler = (logger: Logger) => (error: Error, c: Context<WebBindings>) => {
  if (error instanceof AppError) {
    const kind = kindOf(error);
    return kind === 'signIn' ? c.redirect('/inloggen', 303) : renderError(c, kind);
  }
  if (error instanceof OptimisticLockError) return renderError(c, 'conflict');
  if (error instanceof HTTPException && error.status === 413) return renderError(c, 'badRequest');
  logger.error('unhandled error', {
    requestId: c.get('requestId'),
    error: error.name,
    message: error.message,
    stack: error.stack ?? null,
  });
  return renderError(c, 'failed');
};
