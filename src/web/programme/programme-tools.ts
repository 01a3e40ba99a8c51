import type { MiddlewareHandler } from 'hono';
import { Role } from '../../access/roles';
import { requireCsrf } from '../session/csrf';
import { requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import { renderError } from '../web-errors';
import type { WebRouteDependencies } from '../web-routes';

/**
 * Programme staff only. Every other role gets the "not found" page, not "not allowed": from any
 * other account the programme's pages (organisations, users, the audit trail) do not exist.
 */
export const programmeOnly: MiddlewareHandler<WebBindings> = async (c, next) => {
  if (c.get('signedIn')?.user.role !== Role.ProgrammeAdmin) return renderError(c, 'notFound');
  await next();
};

/** What every programme page file gets: the guards (in this order) and the app's dependencies. */
export type ProgrammeTools = {
  /** A signed-in person; `admin` after it narrows to programme staff. Both on every route. */
  signedIn: MiddlewareHandler<WebBindings>;
  admin: MiddlewareHandler<WebBindings>;
  /** Anti-forgery and body-size check: after `admin` on every POST. */
  csrf: MiddlewareHandler<WebBindings>;
  deps: WebRouteDependencies;
};

export function programmeTools(deps: WebRouteDependencies): ProgrammeTools {
  return {
    signedIn: requireSession(deps, deps.clock),
    admin: programmeOnly,
    csrf: requireCsrf(deps),
    deps,
  };
}
