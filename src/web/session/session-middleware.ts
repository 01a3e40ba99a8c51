import type { MiddlewareHandler } from 'hono';
import { Role } from '../../access/roles';
import { resolveSession } from '../../modules/auth/web-session.service';
import type { WebBindings, WebDependencies } from '../web-context';
import { renderError } from '../web-errors';
import { clearSessionCookie, readSessionCookie } from './cookies';
import { csrfTokenForSession } from './csrf';

type SessionDeps = Pick<WebDependencies, 'publicBaseUrl' | 'sessionRules'>;

/**
 * Every page that needs a signed-in person: the session cookie must name a live session of an
 * active user (checked on every request, like a bearer token). Otherwise the person goes to the
 * sign-in page and the stale cookie is removed. Sets the actor, so pages call service verbs with
 * the same rules as the API.
 */
export const requireSession =
  (deps: SessionDeps, clock: () => Date): MiddlewareHandler<WebBindings> =>
  async (c, next) => {
    const secret = readSessionCookie(c, deps);
    const resolved = await resolveSession(c.get('em'), secret, clock(), deps.sessionRules);
    if (!resolved) {
      if (secret) clearSessionCookie(c, deps);
      return c.redirect('/inloggen', 303);
    }
    const csrfToken = await csrfTokenForSession(resolved.secret);
    c.set('actor', resolved.actor);
    c.set('csrfToken', csrfToken);
    c.set('signedIn', { session: resolved.session, user: resolved.session.user, csrfToken });
    // Pages show personal data: never keep them in a shared cache or the back-forward cache of another user.
    c.header('Cache-Control', 'no-store');
    await next();
  };

/**
 * A workspace for some roles only; anyone else gets the "not with your account" page. A person
 * signed in to their own space gets the "not found" page for any staff page: from their account no
 * other page, and no other person's record, exists.
 */
export const requireRole =
  (...roles: Role[]): MiddlewareHandler<WebBindings> =>
  async (c, next) => {
    const role = c.get('signedIn')?.user.role;
    if (role === Role.JobSeeker && !roles.includes(role)) return renderError(c, 'notFound');
    if (!role || !roles.includes(role)) return renderError(c, 'notAllowed');
    await next();
  };
