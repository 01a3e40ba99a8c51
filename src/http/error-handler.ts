import {
  DeadlockException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppBindings } from './context';
import type { Logger } from './logger';
import { asLanguage, say } from './messages';
import { AppError, internalError, ProblemCode, problemResponse } from './problem';

/** Maps everything thrown during a request to one problem+json response. */
export const handleError = (logger: Logger) => (error: Error, c: Context<AppBindings>) => {
  const requestId = c.get('requestId') ?? crypto.randomUUID();
  return problemResponse(toAppError(error, requestId, logger), requestId, asLanguage(c.get('language')));
};

function toAppError(error: Error, requestId: string, logger: Logger): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException && error.status === 400) {
    return new AppError(
      ProblemCode.MalformedJson,
      say({ nl: 'De inhoud is niet als JSON te lezen.', en: 'The request body could not be read as JSON.' }),
    );
  }
  if (error instanceof HTTPException && error.status === 413) {
    return new AppError(
      ProblemCode.PayloadTooLarge,
      say({ nl: 'De inhoud is te groot.', en: 'The request body is too large.' }),
    );
  }
  if (error instanceof HTTPException && error.status === 415) {
    // The route's own media-type check: an empty body sent with a Content-Type that is not JSON.
    return new AppError(
      ProblemCode.UnsupportedMediaType,
      say({
        nl: 'Stuur de inhoud als JSON (Content-Type: application/json).',
        en: 'Send the request body as JSON (Content-Type: application/json).',
      }),
    );
  }
  if (error instanceof OptimisticLockError) {
    return new AppError(
      ProblemCode.VersionConflict,
      say({
        nl: 'Iemand anders heeft dit intussen veranderd. Laad het opnieuw en probeer het nog eens.',
        en: 'This record was changed by someone else. Reload and try again.',
      }),
    );
  }
  if (error instanceof UniqueConstraintViolationException) {
    // A race that got past the service's own duplicate check.
    return new AppError(
      ProblemCode.Duplicate,
      say({ nl: 'Dit bestaat al.', en: 'This record exists already.' }),
    );
  }
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) {
    // A lost race the service's lock order did not prevent (deadlock, serialization failure): the
    // transaction was rolled back and nothing was written, so the caller may simply try again.
    logger.warn('concurrent change refused', { requestId, error: error.name });
    return new AppError(
      ProblemCode.Conflict,
      say({
        nl: 'Iemand anders veranderde dit op hetzelfde moment. Probeer het opnieuw.',
        en: 'Someone else changed this at the same moment: try again.',
      }),
    );
  }
  logger.error('unhandled error', {
    requestId,
    error: error.name,
    message: error.message,
    stack: error.stack ?? null,
  });
  return internalError();
}
