import type { Context } from 'hono';
import type { AppBindings, RequestContext } from './context';
import { AppError, ProblemCode } from './problem';

/** The context a service verb needs, taken from an authenticated request. */
export function requestContext(c: Context<AppBindings>): RequestContext {
  const actor = c.get('actor');
  if (!actor) throw new AppError(ProblemCode.Unauthenticated, 'Authentication required.');
  return {
    em: c.get('em'),
    actor,
    requestId: c.get('requestId'),
    now: new Date(),
    deferredAudit: c.get('deferredAudit'),
  };
}
